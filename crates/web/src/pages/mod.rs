//! One module per area of the site.

pub mod aanmelden;
pub mod aanmeldingen;
pub mod account;
pub mod beheer;
pub mod dekkend;
pub mod leerling;
pub mod leerplicht;
pub mod postcode;
pub mod scholen;
pub mod sop;
pub mod start;
pub mod swv;
pub mod thuiszitters;
pub mod verzuim;
pub mod voortgang;

use crate::error::WebError;
use axum::http::header;
use axum::response::IntoResponse;

pub type Page = Result<axum::response::Response, WebError>;

/// Renders a template into a response.
pub fn render(t: &impl askama::Template) -> Page {
    Ok(axum::response::Html(t.render()?).into_response())
}

pub async fn static_css() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        include_str!("../../static/passend.css"),
    )
}

pub async fn not_found() -> WebError {
    WebError::NietGevonden
}

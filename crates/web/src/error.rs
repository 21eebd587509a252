//! The one place where errors become pages and statuses. Causes of server errors are
//! logged with their chain, never shown.

use crate::layout::Layout;
use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use passend_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error("niet gevonden")]
    NietGevonden,
    #[error("{0}")]
    Ongeldig(String),
    #[error("aanmelden vereist")]
    AanmeldenVereist,
    /// The CSRF value of a form was missing or wrong.
    #[error("formulier verlopen")]
    FormulierVerlopen,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("pagina kon niet worden opgebouwd")]
    Template(#[from] askama::Error),
}

#[derive(Template)]
#[template(path = "fout.html")]
struct FoutPage {
    layout: Layout,
    titel: String,
    uitleg: String,
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let (status, titel, uitleg) = match &self {
            WebError::AanmeldenVereist => return Redirect::to("/aanmelden").into_response(),
            WebError::NietGevonden | WebError::Store(StoreError::NietGevonden { .. }) => (
                StatusCode::NOT_FOUND,
                "Niet gevonden",
                "Deze pagina bestaat niet, of u heeft geen toegang tot deze gegevens.".to_string(),
            ),
            WebError::Ongeldig(m) => (StatusCode::BAD_REQUEST, "Controleer uw invoer", m.clone()),
            WebError::FormulierVerlopen => (
                StatusCode::FORBIDDEN,
                "Formulier verlopen",
                "Dit formulier is verlopen of komt niet van deze website. Laad de pagina opnieuw en probeer het nog eens."
                    .to_string(),
            ),
            WebError::Store(e) if e.is_user_error() => (
                StatusCode::BAD_REQUEST,
                "Controleer uw invoer",
                e.to_string(),
            ),
            other => {
                let mut cause = String::new();
                let mut source: Option<&dyn std::error::Error> = Some(other);
                while let Some(e) = source {
                    cause.push_str(&format!(": {e}"));
                    source = e.source();
                }
                tracing::error!("serverfout{cause}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Er ging iets mis",
                    "Er ging aan onze kant iets mis. Probeer het later opnieuw.".to_string(),
                )
            }
        };
        let page = FoutPage {
            layout: Layout::anonymous(titel),
            titel: titel.into(),
            uitleg,
        };
        match page.render() {
            Ok(html) => (status, Html(html)).into_response(),
            Err(_) => (status, titel.to_string()).into_response(),
        }
    }
}

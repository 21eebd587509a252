//! One module per area of the site.

pub mod aanmelden;
pub mod aanmeldingen;
pub mod account;
pub mod beheer;
pub mod bereidheid;
pub mod bevestigen;
pub mod brief;
pub mod briefhoofd;
pub mod caseload_export;
pub mod dekkend;
pub mod edexml;
pub mod geld;
pub mod herstel;
pub mod inspectie;
pub mod leerling;
pub mod leerplicht;
pub mod mailvoorkeur;
pub mod monitor;
pub mod ondersteuning;
pub mod oso;
pub mod ouder;
pub mod postadres;
pub mod postcode;
pub mod rectificatie;
pub mod scholen;
pub mod sop;
pub mod start;
pub mod swv;
pub mod taken;
pub mod thuiszitters;
pub mod tlv;
pub mod tweede_factor;
pub mod uitnodiging;
pub mod verantwoording;
pub mod verzuim;
pub mod voortgang;
pub mod wachtwoord;

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

/// A date field of a form: empty is `None`, anything else must be `JJJJ-MM-DD`.
pub fn datum_of_leeg(text: &str, wat: &str) -> Result<Option<jiff::civil::Date>, WebError> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    t.parse()
        .map(Some)
        .map_err(|_| WebError::Ongeldig(format!("{wat}: '{t}' is geen datum (JJJJ-MM-DD)")))
}

/// A required date field of a form.
pub fn datum_veld(text: &str, wat: &str) -> Result<jiff::civil::Date, WebError> {
    datum_of_leeg(text, wat)?.ok_or_else(|| WebError::Ongeldig(format!("{wat}: vul een datum in")))
}

/// The pupil id in a path; anything else is "not found".
pub fn leerling_id(id: &str) -> Result<passend_store::LeerlingId, WebError> {
    id.parse::<i64>()
        .map(passend_store::LeerlingId)
        .map_err(|_| WebError::NietGevonden)
}

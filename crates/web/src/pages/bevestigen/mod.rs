//! Decisions ask for confirmation before they are final (issue 20, part 8). A decision form
//! of the web pages posts first to be checked: invalid input is refused as before, and valid
//! input answers with "Controleer en bevestig" — what will be recorded in words, who hears
//! of it, that a letter goes to the parents — and records nothing. "Bevestigen" posts the
//! same fields with `bevestigd=ja`, and only that post records; "Terug" posts them with
//! `terug=ja` and shows the form again with the input kept. The API has no such step: a
//! call is an explicit act already.

mod invoer;

pub use invoer::Invoer;

use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{FromRequest, Request};
use passend_store::Voornemen;
use serde::de::DeserializeOwned;

/// Where the user is with a decision form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stap {
    /// The form was sent: check it and ask for confirmation.
    Controleren,
    /// Confirmed: record it.
    Bevestigd,
    /// Back to the form, the input kept.
    Terug,
}

/// A decision form: its fields, the input as sent (to repeat or fill in again), and the
/// step. The CSRF value is checked as for every form.
pub struct Besluitformulier<T> {
    pub velden: T,
    pub invoer: Invoer,
    pub stap: Stap,
}

impl<T: DeserializeOwned> FromRequest<AppState> for Besluitformulier<T> {
    type Rejection = WebError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, WebError> {
        let pad = req.uri().path().to_string();
        let bytes = crate::csrf::form_bytes(req, state).await?;
        let velden = crate::csrf::lees(&bytes)?;
        let paren: Vec<(String, String)> = crate::csrf::lees(&bytes)?;
        let ja = |naam: &str| paren.iter().any(|(k, v)| k == naam && v == "ja");
        let stap = match (ja("bevestigd"), ja("terug")) {
            (true, _) => Stap::Bevestigd,
            (false, true) => Stap::Terug,
            _ => Stap::Controleren,
        };
        Ok(Self {
            velden,
            invoer: Invoer::new(pad, paren),
            stap,
        })
    }
}

#[derive(Template)]
#[template(path = "bevestigen.html")]
struct BevestigPagina<'a> {
    layout: Layout,
    /// What is decided, e.g. "Besluit over de aanmelding".
    titel: &'a str,
    v: &'a Voornemen,
    invoer: &'a Invoer,
    csrf: &'a str,
}

/// The "Controleer en bevestig" page for a checked decision.
pub fn bevestig(g: &Gebruiker, titel: &str, v: &Voornemen, invoer: &Invoer) -> Page {
    render(&BevestigPagina {
        layout: Layout::new(format!("Controleer en bevestig: {titel}"), Some(g)),
        titel,
        v,
        invoer,
        csrf: &g.csrf,
    })
}

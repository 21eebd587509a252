//! The residents check: the gemeente's list against the enrolments, to find absoluut verzuim.

use super::leerplicht_only;
use super::overzicht::page;
use crate::csrf::{self};
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError, vandaag};
use axum::extract::{Multipart, State};
use axum::http::HeaderMap;

pub async fn ingezetenen(
    State(state): State<AppState>,
    headers: HeaderMap,
    g: Gebruiker,
    mut form: Multipart,
) -> Page {
    let (mut token, mut bestand) = (None, None);
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|_| WebError::Ongeldig("het formulier kon niet worden gelezen".into()))?
    {
        match field.name().unwrap_or_default() {
            "csrf" => token = field.text().await.ok(),
            "bestand" => {
                bestand = Some(field.bytes().await.map_err(|_| {
                    WebError::Ongeldig("het bestand kon niet worden gelezen".into())
                })?)
            }
            _ => {}
        }
    }
    if !token.is_some_and(|t| csrf::matches(&headers, &t)) {
        return Err(WebError::FormulierVerlopen);
    }
    leerplicht_only(&g)?;
    let bestand = bestand
        .filter(|b| !b.is_empty())
        .ok_or_else(|| WebError::Ongeldig("kies een CSV-bestand".into()))?;
    let lijst = crate::invoer::ingezetenen_csv(&bestand).map_err(WebError::Ongeldig)?;
    let controle = state
        .store
        .leerplicht()
        .controleer_ingezetenen(&g.verzoeker, &lijst, vandaag(), "/leerplicht/ingezetenen")
        .await?;
    page(&state, &g, Some(controle)).await
}

//! A school uploads its absence (CSV); the rules make the reports.

use super::MAX_UPLOAD;
use super::lijst::page;
use crate::csrf;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use axum::extract::{Multipart, State};
use axum::http::HeaderMap;
use passend_domain::verzuim::Vakantieregio;
use passend_domain::{Functie, VestigingCode};

/// The upload: multipart with `csrf`, `regio` and `bestand`.
pub async fn import(
    State(state): State<AppState>,
    headers: HeaderMap,
    g: Gebruiker,
    mut form: Multipart,
) -> Page {
    let (mut token, mut regio, mut bestand) = (None, None, None);
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|_| WebError::Ongeldig("het formulier kon niet worden gelezen".into()))?
    {
        match field.name().unwrap_or_default() {
            "csrf" => token = field.text().await.ok(),
            "regio" => regio = field.text().await.ok(),
            "bestand" => {
                let bytes = field.bytes().await.map_err(|_| {
                    WebError::Ongeldig("het bestand kon niet worden gelezen".into())
                })?;
                if bytes.len() > MAX_UPLOAD {
                    return Err(WebError::Ongeldig("het bestand is groter dan 20 MB".into()));
                }
                bestand = Some(bytes);
            }
            _ => {}
        }
    }
    if !token.is_some_and(|t| csrf::matches(&headers, &t)) {
        return Err(WebError::FormulierVerlopen);
    }
    // Only a school imports, for its own vestiging; the store checks the scope again.
    g.vereist(Functie::VerzuimInlezen)?;
    let regio = regio
        .as_deref()
        .and_then(Vakantieregio::parse)
        .ok_or_else(|| WebError::Ongeldig("kies de vakantieregio: noord, midden of zuid".into()))?;
    let bestand = bestand
        .filter(|b| !b.is_empty())
        .ok_or_else(|| WebError::Ongeldig("kies een CSV-bestand".into()))?;
    let school = g.verzoeker.kijker.scope.clone().unwrap_or_default();
    let vestiging = VestigingCode::parse(&school).map_err(|_| WebError::NietGevonden)?;
    let rows = crate::invoer::verzuim_csv(&bestand).map_err(WebError::Ongeldig)?;
    let uitkomst = state
        .store
        .verzuim()
        .importeer_verzuim(&g.verzoeker, &vestiging, regio, &rows, "/verzuim/import")
        .await?;
    page(&state, &g, Some(uitkomst)).await
}

//! `/beheer/regelsets`: the bekostiging rule sets, shipped and uploaded by the beheerder.

use super::MAX_REGELSET;
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use crate::{AppState, WebError, csrf};
use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::HeaderMap;
use passend_store::StoreError;

#[derive(Template)]
#[template(path = "geld_regelsets.html")]
struct RegelsetsPage {
    layout: Layout,
    csrf: String,
    ingebouwd: Vec<(String, String)>,
    toegevoegd: Vec<(String, String, String)>,
    problemen: Vec<String>,
    bewaard: Option<String>,
}

/// (schooljaar, regeling) of every rule set the project ships: the page's list and the API's.
pub fn meegeleverde_regelsets() -> Vec<(String, String)> {
    let ingebouwd = passend_domain::bekostiging::Regelsets::ingebouwd();
    ingebouwd
        .schooljaren()
        .iter()
        .filter_map(|sj| ingebouwd.voor(*sj).ok())
        .map(|r| (r.schooljaar.to_string(), r.regeling.clone()))
        .collect()
}

/// (schooljaar, bestand, aangemaakt) of every rule set the beheerder added: the page's list
/// and the API's.
pub async fn toegevoegde_regelsets(
    state: &AppState,
) -> Result<Vec<(String, String, String)>, StoreError> {
    Ok(state
        .store
        .geld()
        .toegevoegde_regelsets()
        .await?
        .into_iter()
        .map(|t| (t.schooljaar.to_string(), t.bestand, t.aangemaakt))
        .collect())
}

async fn regelsets_pagina(state: &AppState, g: &Gebruiker) -> Result<RegelsetsPage, WebError> {
    // A beheer page: anyone else gets "not found", as for the audit log.
    g.vereist(passend_domain::Functie::Beheer)?;
    Ok(RegelsetsPage {
        layout: Layout::new("Regelsets bekostiging", Some(g)),
        csrf: g.csrf.clone(),
        ingebouwd: meegeleverde_regelsets(),
        toegevoegd: toegevoegde_regelsets(state).await?,
        problemen: Vec::new(),
        bewaard: None,
    })
}

/// `/beheer/regelsets`: the shipped rule sets and those added (beheerder).
pub async fn regelsets(State(state): State<AppState>, g: Gebruiker) -> Page {
    render(&regelsets_pagina(&state, &g).await?)
}

pub async fn regelset_upload(
    State(state): State<AppState>,
    headers: HeaderMap,
    g: Gebruiker,
    mut form: Multipart,
) -> Page {
    let (mut token, mut bestand, mut naam) = (None, None, String::new());
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|_| WebError::Ongeldig("het formulier kon niet worden gelezen".into()))?
    {
        match field.name().unwrap_or_default() {
            "csrf" => token = field.text().await.ok(),
            "bestand" => {
                naam = field.file_name().unwrap_or_default().to_string();
                bestand = Some(field.bytes().await.map_err(|_| {
                    WebError::Ongeldig(format!(
                        "bestand: kon niet worden gelezen (groter dan {} kB?)",
                        MAX_REGELSET / 1024
                    ))
                })?);
            }
            _ => {}
        }
    }
    if !token.is_some_and(|t| csrf::matches(&headers, &t)) {
        return Err(WebError::FormulierVerlopen);
    }
    let bestand = bestand
        .filter(|b| !b.is_empty())
        .ok_or_else(|| WebError::Ongeldig("bestand: kies een regelsetbestand (JSON)".into()))?;
    let tekst = String::from_utf8(bestand.to_vec())
        .map_err(|_| WebError::Ongeldig("bestand: geen UTF-8-tekst".into()))?;
    let mut page = regelsets_pagina(&state, &g).await?;
    match state
        .store
        .geld()
        .bewaar_regelset(&g.verzoeker, &naam, &tekst, "/beheer/regelsets")
        .await
    {
        Ok(sj) => {
            page = regelsets_pagina(&state, &g).await?;
            page.bewaard = Some(sj.to_string());
        }
        Err(StoreError::Geweigerd(p)) => page.problemen = p,
        Err(e) => return Err(e.into()),
    }
    let mut resp = render(&page)?;
    if !page.problemen.is_empty() {
        *resp.status_mut() = axum::http::StatusCode::BAD_REQUEST;
    }
    Ok(resp)
}

//! The upload: stored for the school in one transaction, or refused with every problem.

use super::{MAX_UPLOAD, ROUTE, lees, mag, pagina};
use crate::csrf;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse};
use passend_store::StoreError;

pub async fn upload(
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
                    WebError::Ongeldig(format!(
                        "het bestand kon niet worden gelezen (groter dan {} MB?)",
                        MAX_UPLOAD / 1024 / 1024
                    ))
                })?);
            }
            _ => {}
        }
    }
    if !token.is_some_and(|t| csrf::matches(&headers, &t)) {
        return Err(WebError::FormulierVerlopen);
    }
    let vestiging = mag(&g)?;
    let bestand = bestand
        .filter(|b| !b.is_empty())
        .ok_or_else(|| WebError::Ongeldig("kies een EDEXML-bestand (XML)".into()))?;
    let gelezen = lees(bestand)
        .await
        .map_err(|_| WebError::Ongeldig("het bestand kon niet worden gelezen".into()))?;
    let problemen = match gelezen {
        Err(afwijzing) => afwijzing
            .problemen()
            .iter()
            .map(|p| p.to_string())
            .collect(),
        Ok(roster) => {
            match state
                .store
                .rooster()
                .importeer_edexml(
                    &g.verzoeker,
                    &roster,
                    crate::vandaag(),
                    ROUTE,
                    &mut |_, _| {},
                )
                .await
            {
                Ok(uitkomst) => {
                    let mut page = pagina(&state, &g, vestiging).await?;
                    page.uitkomst = Some(uitkomst);
                    return render(&page);
                }
                Err(StoreError::Geweigerd(problemen)) => problemen,
                Err(e) => return Err(e.into()),
            }
        }
    };
    let mut page = pagina(&state, &g, vestiging).await?;
    page.problemen = problemen;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(page.render()?)).into_response())
}

//! Importing registrations from a school's administration system (CSV).

use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError, vandaag};
use axum::extract::State;
use axum::response::{IntoResponse, Redirect};
use passend_domain::Functie;

/// Upload limit for a registrations export: a school registers hundreds a year, not more.
pub const MAX_IMPORT: usize = 2 * 1024 * 1024;

/// A school imports registrations from its administration system (CSV): all or nothing.
pub async fn importeer(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    g: Gebruiker,
    mut form: axum::extract::Multipart,
) -> Page {
    let (mut token, mut bestand) = (None, None);
    while let Some(field) = form.next_field().await.map_err(|_| {
        WebError::Ongeldig("het formulier kon niet worden gelezen (groter dan 2 MB?)".into())
    })? {
        match field.name().unwrap_or_default() {
            "csrf" => token = field.text().await.ok(),
            "bestand" => {
                bestand = Some(field.bytes().await.map_err(|_| {
                    WebError::Ongeldig(
                        "het bestand kon niet worden gelezen (groter dan 2 MB?)".into(),
                    )
                })?)
            }
            _ => {}
        }
    }
    if !token.is_some_and(|t| crate::csrf::matches(&headers, &t)) {
        return Err(WebError::FormulierVerlopen);
    }
    let Some(scope) = g.scope_voor(Functie::Aanmelden) else {
        return Err(WebError::NietGevonden);
    };
    let vestiging =
        passend_domain::VestigingCode::parse(scope).map_err(|_| WebError::NietGevonden)?;
    let bestand = bestand
        .filter(|b| !b.is_empty())
        .ok_or_else(|| WebError::Ongeldig("kies een CSV-bestand".into()))?;
    let today = vandaag();
    let regels = crate::invoer::aanmeldingen_csv(&bestand, &vestiging, today)
        .map_err(|p| WebError::Ongeldig(p.join("; ")))?;
    state
        .store
        .aanmeldingen()
        .importeer_aanmeldingen(&g.verzoeker, &regels, today, "/aanmeldingen/import")
        .await?;
    Ok(Redirect::to("/aanmeldingen").into_response())
}

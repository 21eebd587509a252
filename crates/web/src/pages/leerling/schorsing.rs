//! The school records a schorsing.

use crate::csrf::CsrfForm;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use passend_store::LeerlingId;

#[derive(serde::Deserialize)]
pub struct SchorsingForm {
    van: String,
    tot: String,
    #[serde(default)]
    reden: String,
    #[serde(default)]
    schriftelijk: Option<String>,
    #[serde(default)]
    stem_kind: String,
}

/// The school records a schorsing; a melding to the inspectie is made when it is longer
/// than one day.
pub async fn schors(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<SchorsingForm>,
) -> Page {
    let id = id
        .parse::<i64>()
        .map(LeerlingId)
        .map_err(|_| WebError::NietGevonden)?;
    let dag = |t: &str, wat: &str| {
        t.trim()
            .parse::<jiff::civil::Date>()
            .map_err(|_| WebError::Ongeldig(format!("{wat}: '{t}' is geen datum (JJJJ-MM-DD)")))
    };
    let s = passend_store::NieuweSchorsing {
        van: dag(&f.van, "eerste dag")?,
        tot: dag(&f.tot, "laatste dag")?,
        reden: f.reden,
        schriftelijk: f.schriftelijk.is_some(),
        stem_kind: f.stem_kind,
    };
    state
        .store
        .maatregelen()
        .schors(
            &g.verzoeker,
            id,
            &s,
            crate::vandaag(),
            "/leerlingen/{id}/schorsing",
        )
        .await?;
    Ok(Redirect::to(&format!("/leerlingen/{}", id.0)).into_response())
}

//! Assigning the two deskundigen who advise on a TLV.

use super::{terug, tlv_id};
use crate::csrf::CsrfForm;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use axum::extract::{Path, State};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct DeskundigenForm {
    eerste: String,
    tweede: String,
}

pub async fn deskundigen_toewijzen(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<DeskundigenForm>,
) -> Page {
    let id = tlv_id(&id)?;
    let nummer = |s: &str| {
        s.trim()
            .parse::<i64>()
            .map_err(|_| WebError::Ongeldig("kies twee deskundigen uit het register".into()))
    };
    state
        .store
        .tlvs()
        .wijs_deskundigen_toe(
            &g.verzoeker,
            id,
            nummer(&f.eerste)?,
            nummer(&f.tweede)?,
            crate::vandaag(),
            "/tlv/{id}/deskundigen",
        )
        .await?;
    terug(id)
}

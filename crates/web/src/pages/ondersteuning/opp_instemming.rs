//! The paper alternative to the parents' instemming with the OPP: the school uploads the form
//! the parents signed, with the day they signed it.

use super::terug;
use crate::csrf;
use crate::formulier::{ingevuld, verplichte_datum};
use crate::pages::{Page, leerling_id};
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use axum::extract::{Multipart, Path, State};
use axum::http::HeaderMap;
use passend_store::PapierenFormulier;

/// The largest signed form the page takes (a scan or a photo).
pub const MAX_FORMULIER: usize = 10 * 1024 * 1024;

pub async fn opp_instemming(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    g: Gebruiker,
    mut form: Multipart,
) -> Page {
    let id = leerling_id(&id)?;
    let onleesbaar = || WebError::Ongeldig("het formulier kon niet worden gelezen".into());
    let (mut token, mut datum, mut formulier) = (None, String::new(), None);
    while let Some(field) = form.next_field().await.map_err(|_| onleesbaar())? {
        match field.name().unwrap_or_default() {
            "csrf" => token = field.text().await.ok(),
            "datum" => datum = field.text().await.unwrap_or_default(),
            "formulier" => {
                let naam = field.file_name().unwrap_or_default().to_string();
                let mime = field
                    .content_type()
                    .unwrap_or("application/octet-stream")
                    .to_string();
                let inhoud = field.bytes().await.map_err(|_| onleesbaar())?.to_vec();
                formulier = Some(PapierenFormulier { naam, mime, inhoud });
            }
            _ => {}
        }
    }
    if !token.is_some_and(|t| csrf::matches(&headers, &t)) {
        return Err(WebError::FormulierVerlopen);
    }
    let datum = verplichte_datum("datum", ingevuld(&datum))
        .map_err(|e| e.op_pagina(&[("datum", "datum van ondertekening")]))?;
    let formulier = formulier.unwrap_or(PapierenFormulier {
        naam: String::new(),
        mime: String::new(),
        inhoud: Vec::new(),
    });
    state
        .store
        .opps()
        .opp_instemming(
            &g.verzoeker,
            id,
            datum,
            &formulier,
            crate::vandaag(),
            "/leerlingen/{id}/opp/instemming",
        )
        .await?;
    terug(id)
}

//! An attachment from an OSO dossier.

use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use axum::extract::{Path, State};

/// An attachment from an OSO dossier, for those who may see the pupil's dossier. Served as a
/// download so a browser never renders it in the application's origin.
pub async fn bijlage(State(state): State<AppState>, Path(id): Path<String>, g: Gebruiker) -> Page {
    let id: i64 = id.parse().map_err(|_| WebError::NietGevonden)?;
    let (naam, mime, bytes) = state
        .store
        .oso()
        .bijlage_voor(&g.verzoeker, id, crate::vandaag(), "/bijlagen/{id}")
        .await?;
    Ok(crate::download::bijlage(&naam, mime, bytes))
}

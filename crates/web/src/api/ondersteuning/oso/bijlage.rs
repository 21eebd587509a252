//! One attachment of a received dossier.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::ondersteuning::nummer;
use crate::api::problem::{ApiError, Probleem};
use axum::extract::{Path, State};
use axum::response::Response;

/// Een bijlage van een OSO-dossier, voor wie het dossier van de leerling mag zien; een
/// beperkt zichtbare bijlage alleen voor wie de beperkte gegevens mag zien. Het downloaden
/// wordt gelogd.
#[utoipa::path(
    get,
    path = "/bijlagen/{id}",
    tag = "ondersteuning",
    operation_id = "bijlage",
    params(("id" = i64, Path, description = "Nummer van de bijlage")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De inhoud van de bijlage, met het type dat het dossier opgaf (Content-Type) en als download",
         body = inline(crate::api::Binair), content_type = "application/octet-stream",
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Content-Disposition" = String, description = "attachment; filename=\"groeidocument.pdf\""))),
        (status = 400, description = "Geen nummer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn bijlage(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let (naam, mime, bytes) = state
        .store
        .oso()
        .bijlage_voor(
            &g.verzoeker,
            nummer(&id)?,
            crate::vandaag(),
            "/api/v1/bijlagen/{id}",
        )
        .await?;
    Ok(crate::download::bijlage(&naam, mime, bytes))
}

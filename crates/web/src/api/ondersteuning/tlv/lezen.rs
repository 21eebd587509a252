//! One TLV, and its decision letter.

use super::schema::Toelaatbaarheidsverklaring;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::ondersteuning::nummer;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};
use axum::response::Response;

/// Eén toelaatbaarheidsverklaring binnen het werkgebied (ook voor de gevraagde deskundigen);
/// het inzien wordt gelogd.
#[utoipa::path(
    get,
    path = "/tlvs/{id}",
    tag = "ondersteuning",
    operation_id = "toelaatbaarheidsverklaring",
    params(("id" = i64, Path, description = "Nummer van de aanvraag")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De aanvraag met adviezen, besluit en bezwaren", body = Toelaatbaarheidsverklaring,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen nummer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn tlv(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
) -> Result<Json<Toelaatbaarheidsverklaring>, ApiError> {
    let t = state
        .store
        .tlvs()
        .tlv_voor(
            &g.verzoeker,
            nummer(&id)?,
            crate::vandaag(),
            "/api/v1/tlvs/{id}",
        )
        .await?;
    Ok(Json(Toelaatbaarheidsverklaring::voor(t)))
}

/// De besluitbrief aan de ouders als PDF, zoals de pagina hem geeft; het inzien wordt gelogd.
#[utoipa::path(
    get,
    path = "/tlvs/{id}/besluitbrief",
    tag = "ondersteuning",
    operation_id = "besluitbrief",
    params(("id" = i64, Path, description = "Nummer van de aanvraag")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De brief (PDF) met het besluit en de bezwaarclausule",
         body = inline(crate::api::Binair), content_type = "application/pdf",
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Content-Disposition" = String, description = "inline; filename=\"besluit-tlv-12.pdf\""))),
        (status = 400, description = "Geen nummer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend, buiten uw werkgebied, of nog geen besluit", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn besluitbrief(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = nummer(&id)?;
    let b = state
        .store
        .brieven()
        .brief(
            &g.verzoeker,
            passend_domain::brief::Briefsoort::Tlv,
            id,
            crate::vandaag(),
            "/api/v1/tlvs/{id}/besluitbrief",
        )
        .await?;
    Ok(crate::download::besluitbrief(&b, id))
}

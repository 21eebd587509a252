//! The residents check for absoluut verzuim.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Controle {
    pub ingezetenen: usize,
    pub plichtig: usize,
    pub ingeschreven: usize,
    pub vrijgesteld: usize,
    pub absoluut_verzuim: usize,
    pub nieuwe_zaken: usize,
}

/// De ingezetenenlijst van de gemeente controleren op absoluut verzuim (CSV `bsn,geboortedatum,postcode[,voornaam,achternaam]`).
#[utoipa::path(
    post,
    path = "/ingezetenen",
    tag = "leerplicht",
    operation_id = "ingezetenenControleren",
    request_body(content = String, content_type = "text/csv", description = "De ingezetenen; in de eerste kolom een BSN of onderwijsnummer"),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Gecontroleerd", body = Controle, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldig bestand; niets opgeslagen", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor de leerplicht", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn ingezetenen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    body: Bytes,
) -> Result<Json<Controle>, ApiError> {
    g.api_vereist(passend_domain::Functie::Leerplichtoverzicht)?;
    let lijst = crate::invoer::ingezetenen_csv(&body).map_err(ApiError::bad_request)?;
    let c = state
        .store
        .leerplicht()
        .controleer_ingezetenen(
            &g.verzoeker,
            &lijst,
            crate::vandaag(),
            "/api/v1/ingezetenen",
        )
        .await?;
    Ok(Json(Controle {
        ingezetenen: c.ingezetenen,
        plichtig: c.plichtig,
        ingeschreven: c.ingeschreven,
        vrijgesteld: c.vrijgesteld,
        absoluut_verzuim: c.absoluut_verzuim,
        nieuwe_zaken: c.nieuwe_zaken,
    }))
}

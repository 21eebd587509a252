//! A new case for a pupil within the caller's scope.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::thuiszitters::ZaakVelden;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use passend_store::LeerlingId;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NieuweZaak {
    /// langdurig_relatief_verzuim of absoluut_verzuim.
    pub soort: String,
    /// Eerste dag thuis.
    #[schema(format = Date, value_type = String)]
    pub startdatum: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Aangemaakt {
    pub id: i64,
}

/// Een thuiszitterzaak openen voor een leerling binnen het werkgebied (niet als ouder).
#[utoipa::path(
    post,
    path = "/leerlingen/{id}/thuiszitterzaak",
    tag = "leerlingen",
    operation_id = "thuiszitterzaakOpenen",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    request_body = NieuweZaak,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Geopend", body = Aangemaakt,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige invoer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
        (status = 409, description = "Er loopt al een zaak", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn open_zaak(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(z): ApiJson<NieuweZaak>,
) -> Result<(StatusCode, Json<Aangemaakt>), ApiError> {
    let leerling = id
        .parse::<i64>()
        .map_err(|_| ApiError::bad_request(format!("'{id}' is geen leerlingnummer")))?;
    let (soort, start) = ZaakVelden {
        soort: &z.soort,
        startdatum: Some(&z.startdatum),
    }
    .lees()?;
    let id = state
        .store
        .thuiszitters()
        .open_zaak(
            &g.verzoeker,
            LeerlingId(leerling),
            soort,
            start,
            crate::vandaag(),
            "/api/v1/leerlingen/{id}/thuiszitterzaak",
        )
        .await?;
    Ok((StatusCode::CREATED, Json(Aangemaakt { id })))
}

//! The thuiszitter register in the API: the cases of the pupils in the key's scope.

use super::auth::ApiGebruiker;
use super::problem::{ApiError, Probleem};
use crate::AppState;
use axum::Json;
use axum::extract::{Path, State};
use passend_store::Zaak;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Thuiszitterzaak {
    pub id: i64,
    pub leerling: i64,
    pub samenwerkingsverband: String,
    /// langdurig_relatief_verzuim of absoluut_verzuim.
    pub soort: String,
    #[schema(format = Date, value_type = String)]
    pub startdatum: String,
    pub dagen_thuis: i64,
    pub langer_dan_drie_maanden: bool,
    /// Stap op de escalatieladder, vanaf 1.
    pub stap: usize,
    pub stap_naam: String,
    pub eigenaar: String,
    #[schema(format = Date, value_type = String)]
    pub deadline: String,
    pub besluit_te_laat: bool,
    #[schema(format = Date, value_type = Option<String>)]
    pub aanbod_datum: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub opgelost_op: Option<String>,
}

impl From<Zaak> for Thuiszitterzaak {
    fn from(z: Zaak) -> Self {
        Self {
            id: z.id,
            leerling: z.leerling_id.0,
            samenwerkingsverband: z.swv_code,
            soort: z.soort,
            startdatum: z.startdatum.to_string(),
            dagen_thuis: z.dagen_thuis,
            langer_dan_drie_maanden: z.langer_dan_drie_maanden,
            stap: z.stap + 1,
            stap_naam: z.stap_naam,
            eigenaar: z.eigenaar,
            deadline: z.deadline.to_string(),
            besluit_te_laat: z.besluit_te_laat,
            aanbod_datum: z.aanbod_datum.map(|d| d.to_string()),
            opgelost_op: z.opgelost_op.map(|d| d.to_string()),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ThuiszitterLijst {
    pub zaken: Vec<Thuiszitterzaak>,
}

/// De thuiszitterzaken van de leerlingen binnen het werkgebied van de API-sleutel.
#[utoipa::path(
    get,
    path = "/thuiszitters",
    tag = "leerlingen",
    operation_id = "thuiszitters",
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De zaken, open zaken eerst", body = ThuiszitterLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn thuiszitters(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
) -> Result<Json<ThuiszitterLijst>, ApiError> {
    let zaken = state
        .store
        .zaken_voor(&g.verzoeker, crate::vandaag(), "/api/v1/thuiszitters")
        .await?;
    Ok(Json(ThuiszitterLijst {
        zaken: zaken.into_iter().map(Thuiszitterzaak::from).collect(),
    }))
}

/// Eén thuiszitterzaak binnen het werkgebied; het inzien wordt gelogd.
#[utoipa::path(
    get,
    path = "/thuiszitters/{id}",
    tag = "leerlingen",
    operation_id = "thuiszitter",
    params(("id" = i64, Path, description = "Nummer van de zaak")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De zaak", body = Thuiszitterzaak,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldig nummer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn thuiszitter(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
) -> Result<Json<Thuiszitterzaak>, ApiError> {
    let id = id
        .parse::<i64>()
        .map_err(|_| ApiError::bad_request(format!("'{id}' is geen zaaknummer")))?;
    let zaak = state
        .store
        .zaak_voor(
            &g.verzoeker,
            id,
            crate::vandaag(),
            "/api/v1/thuiszitters/{id}",
        )
        .await?;
    Ok(Json(Thuiszitterzaak::from(zaak)))
}

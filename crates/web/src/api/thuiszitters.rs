//! The thuiszitter register in the API: the cases of the pupils in the key's scope.

use super::auth::ApiGebruiker;
use super::extract::{ApiJson, datum};
use super::problem::{ApiError, Probleem};
use crate::AppState;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use passend_domain::thuiszitters::Soort;
use passend_store::LeerlingId;
use passend_store::Zaak;
use serde::{Deserialize, Serialize};
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
    let soort = Soort::parse(&z.soort)
        .ok_or_else(|| ApiError::bad_request(format!("'{}' is geen soort verzuim", z.soort)))?;
    let start = datum(&z.startdatum, "startdatum")?;
    let id = state
        .store
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

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Bijwerking {
    pub plan: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub aanbod_datum: Option<String>,
    /// Weer naar school of aanbod aanvaard op deze dag: de zaak sluit.
    #[schema(format = Date, value_type = Option<String>)]
    pub opgelost_op: Option<String>,
    /// Het bindende besluit van de laatste stap (alleen het samenwerkingsverband).
    pub besluit: Option<String>,
}

/// Een zaak bijwerken: plan, aanbod, oplossing of het bindende besluit.
#[utoipa::path(
    patch,
    path = "/thuiszitters/{id}",
    tag = "leerlingen",
    operation_id = "thuiszitterBijwerken",
    params(("id" = i64, Path, description = "Nummer van de zaak")),
    request_body = Bijwerking,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De bijgewerkte zaak", body = Thuiszitterzaak,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige invoer of niet toegestaan in deze stap", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn werk_bij(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<Bijwerking>,
) -> Result<Json<Thuiszitterzaak>, ApiError> {
    let id = id
        .parse::<i64>()
        .map_err(|_| ApiError::bad_request(format!("'{id}' is geen zaaknummer")))?;
    let today = crate::vandaag();
    let route = "/api/v1/thuiszitters/{id}";
    let aanbod = b
        .aanbod_datum
        .as_deref()
        .map(|d| datum(d, "aanbodDatum"))
        .transpose()?;
    if b.plan.is_some() || aanbod.is_some() {
        state
            .store
            .werk_zaak_bij(&g.verzoeker, id, b.plan.as_deref(), aanbod, today, route)
            .await?;
    }
    if let Some(besluit) = &b.besluit {
        state
            .store
            .neem_besluit(&g.verzoeker, id, besluit, today, route)
            .await?;
    } else if let Some(op) = &b.opgelost_op {
        state
            .store
            .los_zaak_op(&g.verzoeker, id, datum(op, "opgelostOp")?, today, route)
            .await?;
    }
    Ok(Json(Thuiszitterzaak::from(
        state
            .store
            .zaak_voor(&g.verzoeker, id, today, route)
            .await?,
    )))
}

//! Verzuim in the API: a school posts its absence as CSV (the same format and checks as
//! the upload page), and every role reads the reports and vrijstellingen in its scope.

use super::auth::ApiGebruiker;
use super::extract::ApiQuery;
use super::problem::{ApiError, Probleem};
use crate::AppState;
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use passend_domain::verzuim::Vakantieregio;
use passend_domain::{Functie, VestigingCode};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Verzuimmelding {
    pub id: i64,
    pub leerling: i64,
    pub vestiging: String,
    pub gemeente: String,
    /// verzuim_16_uur, langdurig_relatief_verzuim of thuiszitter_3_maanden.
    pub soort: String,
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    /// Ongeoorloofde uren die voor deze melding zijn geteld.
    pub uren: String,
    /// geregistreerd, in behandeling, afgesloten, ter kennisgeving aangenomen of ingetrokken.
    pub status: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VerzuimmeldingLijst {
    pub meldingen: Vec<Verzuimmelding>,
}

/// De verzuimmeldingen over leerlingen binnen het werkgebied van de API-sleutel.
#[utoipa::path(
    get,
    path = "/verzuimmeldingen",
    tag = "leerlingen",
    operation_id = "verzuimmeldingen",
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De meldingen, nieuwste eerst", body = VerzuimmeldingLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn verzuimmeldingen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
) -> Result<Json<VerzuimmeldingLijst>, ApiError> {
    let list = state
        .store
        .verzuimmeldingen_voor(&g.verzoeker, crate::vandaag(), "/api/v1/verzuimmeldingen")
        .await?;
    Ok(Json(VerzuimmeldingLijst {
        meldingen: list
            .into_iter()
            .map(|m| Verzuimmelding {
                id: m.id,
                leerling: m.leerling_id.0,
                vestiging: m.vestiging_code,
                gemeente: m.gemeentecode,
                soort: m.soort,
                datum: m.datum,
                uren: m.uren.to_string(),
                status: m.status,
            })
            .collect(),
    }))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RegioParam {
    /// Vakantieregio van de school: noord, midden of zuid.
    pub regio: String,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ImportResultaat {
    pub rijen: usize,
    pub leerlingen: usize,
    pub nieuwe_meldingen: usize,
    pub nieuwe_zaken: usize,
}

/// Verzuim van een school inlezen (CSV `leerling_id,datum,lesuren_gepland,lesuren_ongeoorloofd,lesuren_geoorloofd`); alles of niets.
#[utoipa::path(
    post,
    path = "/scholen/{code}/verzuim",
    tag = "leerlingen",
    operation_id = "verzuimInlezen",
    params(("code" = String, Path, description = "Vestigingscode van de eigen school"), RegioParam),
    request_body(content = String, content_type = "text/csv", description = "Het verzuim, één regel per leerling per schooldag"),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Ingelezen", body = ImportResultaat,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldig bestand; niets opgeslagen", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Niet uw school", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn verzuim_inlezen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(code): Path<String>,
    ApiQuery(p): ApiQuery<RegioParam>,
    body: Bytes,
) -> Result<Json<ImportResultaat>, ApiError> {
    let vestiging = VestigingCode::parse(&code).map_err(|_| ApiError::not_found())?;
    if !g.mag_voor(Functie::VerzuimInlezen, vestiging.as_str()) {
        return Err(ApiError::not_found());
    }
    let regio = Vakantieregio::parse(&p.regio)
        .ok_or_else(|| ApiError::bad_request("regio moet noord, midden of zuid zijn"))?;
    let rows = crate::invoer::verzuim_csv(&body).map_err(ApiError::bad_request)?;
    let u = state
        .store
        .importeer_verzuim(
            &g.verzoeker,
            &vestiging,
            regio,
            &rows,
            "/api/v1/scholen/{code}/verzuim",
        )
        .await?;
    Ok(Json(ImportResultaat {
        rijen: u.rijen,
        leerlingen: u.leerlingen,
        nieuwe_meldingen: u.nieuwe_meldingen,
        nieuwe_zaken: u.nieuwe_zaken,
    }))
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Vrijstelling {
    pub id: i64,
    pub leerling: i64,
    /// 5a, 5b, 5c, 5a-trekkend, 11 of 15 (artikel van de Leerplichtwet).
    pub grond: String,
    #[schema(format = Date, value_type = String)]
    pub van: String,
    #[schema(format = Date, value_type = Option<String>)]
    pub tot: Option<String>,
    pub status: String,
    /// De volgende kennisgeving moet vóór deze datum binnen zijn (art. 6).
    #[schema(format = Date, value_type = Option<String>)]
    pub kennisgeving_voor: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VrijstellingLijst {
    pub vrijstellingen: Vec<Vrijstelling>,
}

/// Vrijstellingen: voor de leerplicht die van de gemeente, voor een ouder die van de eigen kinderen.
#[utoipa::path(
    get,
    path = "/vrijstellingen",
    tag = "leerlingen",
    operation_id = "vrijstellingen",
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De vrijstellingen", body = VrijstellingLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn vrijstellingen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
) -> Result<Json<VrijstellingLijst>, ApiError> {
    let list = state
        .store
        .vrijstellingen_voor(&g.verzoeker, "/api/v1/vrijstellingen")
        .await?;
    Ok(Json(VrijstellingLijst {
        vrijstellingen: list
            .into_iter()
            .map(|v| Vrijstelling {
                id: v.id,
                leerling: v.leerling_id.0,
                grond: v.grond.as_str().into(),
                van: v.van.to_string(),
                tot: v.tot.map(|d| d.to_string()),
                status: v.status,
                kennisgeving_voor: v.kennisgeving_voor.map(|d| d.to_string()),
            })
            .collect(),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NieuweStatus {
    /// in behandeling, afgesloten, ter kennisgeving aangenomen (leerplicht) of ingetrokken (de school).
    pub status: String,
}

/// De status van een verzuimmelding wijzigen.
#[utoipa::path(
    patch,
    path = "/verzuimmeldingen/{id}",
    tag = "leerlingen",
    operation_id = "verzuimmeldingStatus",
    params(("id" = i64, Path, description = "Nummer van de melding")),
    request_body = NieuweStatus,
    security(("apiSleutel" = [])),
    responses(
        (status = 204, description = "Gewijzigd", headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Deze overgang of rol is niet toegestaan", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn zet_status(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    super::extract::ApiJson(s): super::extract::ApiJson<NieuweStatus>,
) -> Result<axum::http::StatusCode, ApiError> {
    let id = id
        .parse::<i64>()
        .map_err(|_| ApiError::bad_request(format!("'{id}' is geen meldingnummer")))?;
    let naar = passend_domain::verzuimmelding::Status::parse(&s.status)
        .map_err(|e| ApiError::bad_request(e.to_string()))?;
    state
        .store
        .zet_meldingstatus(
            &g.verzoeker,
            id,
            naar,
            crate::vandaag(),
            "/api/v1/verzuimmeldingen/{id}",
        )
        .await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}

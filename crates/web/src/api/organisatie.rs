//! Samenwerkingsverbanden and scholen: public organisation data.

use super::extract::ApiQuery;
use super::problem::{ApiError, Probleem};
use super::{PaginaInfo, Paginering};
use crate::AppState;
use axum::Json;
use axum::extract::{Path, State};
use passend_domain::{Schoolsoort, SwvCode, VestigingCode};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Samenwerkingsverband {
    /// DUO-code, bijvoorbeeld PO2707.
    pub code: String,
    /// PO of VO.
    pub sector: String,
    pub aantal_gemeenten: i64,
    pub aantal_postcodes: i64,
    pub aantal_vestigingen: i64,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SamenwerkingsverbandLijst {
    pub samenwerkingsverbanden: Vec<Samenwerkingsverband>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Gemeente {
    pub code: String,
    pub naam: String,
    /// Postcodes (PC4) van deze gemeente die in dit samenwerkingsverband liggen.
    pub aantal_postcodes: i64,
    /// Waar als de gemeente ook in een ander samenwerkingsverband ligt.
    pub gedeeld: bool,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SamenwerkingsverbandDetail {
    pub code: String,
    pub sector: String,
    pub gemeenten: Vec<Gemeente>,
    pub postcodes: Vec<i64>,
    pub vestigingen: Vec<School>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct School {
    /// Vestigingscode: BRIN en volgnummer.
    pub code: String,
    pub naam: String,
    /// bao, sbo, so, vso, vo of pro.
    pub schoolsoort: String,
    pub plaats: String,
    pub samenwerkingsverband: String,
    pub bestuur: String,
    /// Ingeschreven leerlingen vandaag, afgeschermd per samenwerkingsverband: een aantal
    /// onder de drempel is "<10", en waar het anders uit het totaal van het
    /// samenwerkingsverband terug te rekenen is, "×".
    pub aantal_leerlingen: crate::api::monitor::MonitorCel,
}

impl From<passend_store::VestigingRegel> for School {
    fn from(v: passend_store::VestigingRegel) -> Self {
        Self {
            code: v.code,
            naam: v.naam,
            schoolsoort: v.schoolsoort,
            plaats: v.plaats,
            samenwerkingsverband: v.swv_code,
            bestuur: v.bestuur,
            aantal_leerlingen: crate::api::monitor::cel(
                v.leerlingen,
                passend_store::monitor::drempel(),
            ),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SchoolLijst {
    pub scholen: Vec<School>,
    #[serde(flatten)]
    pub pagina: PaginaInfo,
}

/// Alle samenwerkingsverbanden van de regio-indeling.
#[utoipa::path(
    get,
    path = "/samenwerkingsverbanden",
    tag = "organisatie",
    operation_id = "samenwerkingsverbanden",
    responses(
        (status = 200, description = "De samenwerkingsverbanden", body = SamenwerkingsverbandLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 500, description = "Serverfout", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn samenwerkingsverbanden(
    State(state): State<AppState>,
) -> Result<Json<SamenwerkingsverbandLijst>, ApiError> {
    let list = state.store.list_swvs().await?;
    Ok(Json(SamenwerkingsverbandLijst {
        samenwerkingsverbanden: list
            .into_iter()
            .map(|s| Samenwerkingsverband {
                code: s.code,
                sector: s.sector,
                aantal_gemeenten: s.gemeenten,
                aantal_postcodes: s.postcodes,
                aantal_vestigingen: s.vestigingen,
            })
            .collect(),
    }))
}

/// Eén samenwerkingsverband met gemeenten, postcodes en vestigingen.
#[utoipa::path(
    get,
    path = "/samenwerkingsverbanden/{code}",
    tag = "organisatie",
    operation_id = "samenwerkingsverband",
    params(("code" = String, Path, description = "DUO-code, bijvoorbeeld PO2605")),
    responses(
        (status = 200, description = "Het samenwerkingsverband", body = SamenwerkingsverbandDetail,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige code", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn samenwerkingsverband(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<SamenwerkingsverbandDetail>, ApiError> {
    let code = SwvCode::parse(&code).map_err(|e| ApiError::bad_request(e.to_string()))?;
    let d = state.store.swv(&code).await?;
    Ok(Json(SamenwerkingsverbandDetail {
        code: d.code,
        sector: d.sector,
        gemeenten: d
            .gemeenten
            .into_iter()
            .map(|(code, naam, hier, totaal)| Gemeente {
                code,
                naam,
                aantal_postcodes: hier,
                gedeeld: hier < totaal,
            })
            .collect(),
        postcodes: d.postcodes,
        vestigingen: d.vestigingen.into_iter().map(School::from).collect(),
    }))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SchoolFilter {
    /// Alleen deze schoolsoort: bao, sbo, so, vso, vo of pro.
    pub schoolsoort: Option<String>,
}

/// Scholen (vestigingen), op naam.
#[utoipa::path(
    get,
    path = "/scholen",
    tag = "organisatie",
    operation_id = "scholen",
    params(SchoolFilter, Paginering),
    responses(
        (status = 200, description = "Een pagina scholen", body = SchoolLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige filter of paginering", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn scholen(
    State(state): State<AppState>,
    ApiQuery(filter): ApiQuery<SchoolFilter>,
    ApiQuery(paginering): ApiQuery<Paginering>,
) -> Result<Json<SchoolLijst>, ApiError> {
    let (pagina, grootte) = paginering.checked()?;
    let soort = match filter.schoolsoort.as_deref() {
        None | Some("") => None,
        Some(s) => Some(Schoolsoort::parse(s).map_err(|e| ApiError::bad_request(e.to_string()))?),
    };
    let all = state.store.list_vestigingen(soort).await?;
    let totaal = all.len() as i64;
    let extra = soort
        .map(|s| format!("schoolsoort={s}&"))
        .unwrap_or_default();
    let scholen = all
        .into_iter()
        .skip(((pagina - 1) * grootte) as usize)
        .take(grootte as usize)
        .map(School::from)
        .collect();
    Ok(Json(SchoolLijst {
        scholen,
        pagina: PaginaInfo::new("/scholen", &extra, pagina, grootte, totaal),
    }))
}

/// Eén school (vestiging).
#[utoipa::path(
    get,
    path = "/scholen/{code}",
    tag = "organisatie",
    operation_id = "school",
    params(("code" = String, Path, description = "Vestigingscode, bijvoorbeeld 90AA00")),
    responses(
        (status = 200, description = "De school", body = School,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige code", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn school(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<School>, ApiError> {
    let code = VestigingCode::parse(&code).map_err(|e| ApiError::bad_request(e.to_string()))?;
    Ok(Json(School::from(
        state.store.vestiging(&code).await?.vestiging,
    )))
}

//! Schools (vestigingen) by name.

use crate::AppState;
use crate::api::extract::ApiQuery;
use crate::api::problem::{ApiError, Probleem};
use crate::api::{PaginaInfo, Paginering};
use axum::Json;
use axum::extract::State;
use passend_domain::Schoolsoort;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

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
    let all = state.store.organisaties().list_vestigingen(soort).await?;
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

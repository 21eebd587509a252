//! The verdeelmodel of a samenwerkingsverband for a school year.

use super::verdeelmodel_zetten::VerdeelmodelBody;
use super::{schooljaar, swv};
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiQuery;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};
use passend_domain::Schooljaar;
use passend_store::geld::laatste_telbare_schooljaar;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct SchooljaarParam {
    /// Schooljaar, bijvoorbeeld `2027-2028`.
    #[param(example = "2027-2028")]
    pub schooljaar: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct VerdeelmodelAntwoord {
    #[schema(example = "PO2605")]
    pub samenwerkingsverband: String,
    #[schema(example = "2027-2028")]
    pub schooljaar: String,
    /// Leeg als er voor dit schooljaar nog geen verdeelmodel is.
    pub verdeelmodel: Option<VerdeelmodelBody>,
}

pub(super) fn schooljaar_of_standaard(p: &SchooljaarParam) -> Result<Schooljaar, ApiError> {
    match p.schooljaar.as_deref() {
        None | Some("") => Ok(laatste_telbare_schooljaar(crate::vandaag())),
        Some(s) => schooljaar(s, "schooljaar"),
    }
}

/// Het verdeelmodel van een samenwerkingsverband voor een schooljaar.
#[utoipa::path(
    get,
    path = "/swv/{code}/verdeelmodel",
    tag = "geld",
    operation_id = "verdeelmodel",
    params(("code" = String, Path, description = "SWV-code", example = "PO2605"), SchooljaarParam),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Het verdeelmodel", body = VerdeelmodelAntwoord,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige code of parameter", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn verdeelmodel(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(code): Path<String>,
    ApiQuery(q): ApiQuery<SchooljaarParam>,
) -> Result<Json<VerdeelmodelAntwoord>, ApiError> {
    let code = swv(&code)?;
    let sj = schooljaar_of_standaard(&q)?;
    let m = state
        .store
        .geld()
        .verdeelmodel(&g.verzoeker, &code, sj)
        .await?;
    Ok(Json(VerdeelmodelAntwoord {
        samenwerkingsverband: code.to_string(),
        schooljaar: sj.to_string(),
        verdeelmodel: m.map(|m| VerdeelmodelBody {
            eigen_taken: m.model.eigen_taken.normalize().to_string(),
            per_leerling: m.model.per_leerling.normalize().to_string(),
            toelichting: m.toelichting,
        }),
    }))
}

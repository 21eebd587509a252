//! National progress: pupils at home longer than three months against the trajectory.

use crate::api::extract::ApiQuery;
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Leeg {}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Voortgangsjaar {
    pub schooljaar: String,
    /// Landelijk gemeten aantal kinderen langer dan drie maanden thuis, als bekend.
    pub gemeten: Option<i64>,
    /// Het traject uit de voortgangsbrief (vanaf 2015/2016).
    pub traject: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Voortgang {
    pub jaren: Vec<Voortgangsjaar>,
}

/// Landelijke voortgang: thuiszitters langer dan drie maanden tegen het traject (openbaar).
#[utoipa::path(
    get,
    path = "/voortgang",
    tag = "organisatie",
    operation_id = "voortgang",
    responses(
        (status = 200, description = "Per schooljaar", body = Voortgang, headers(("API-Version" = String, description = "Versie van de API"))),
    )
)]
pub async fn voortgang(ApiQuery(_): ApiQuery<Leeg>) -> Json<Voortgang> {
    use passend_domain::voortgang::{BASISJAAR, nationale_reeks, traject};
    let reeks = nationale_reeks();
    let first = reeks.iter().map(|m| m.jaar).min().unwrap_or(BASISJAAR);
    let last = reeks
        .iter()
        .map(|m| m.jaar)
        .max()
        .unwrap_or(BASISJAAR)
        .max(BASISJAAR + 4);
    Json(Voortgang {
        jaren: (first..=last)
            .map(|j| Voortgangsjaar {
                schooljaar: format!("{j}-{}", j + 1),
                gemeten: reeks.iter().find(|m| m.jaar == j).map(|m| m.aantal),
                traject: (j >= BASISJAAR).then(|| traject(j)),
            })
            .collect(),
    })
}

//! Anonymous counts of disputes per school year.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiQuery;
use crate::api::monitor::{MonitorCel, cel};
use crate::api::problem::{ApiError, Probleem};
use crate::api::verantwoording::schooljaar;
use axum::Json;
use axum::extract::State;
use passend_domain::{Functie, Schooljaar};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SchooljaarQuery {
    /// JJJJ-JJJJ; standaard het huidige schooljaar.
    pub schooljaar: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Telling {
    pub samenwerkingsverband: String,
    /// toelating, verwijdering, opp, onderwijsconsulent of tlv-bezwaar.
    pub soort: String,
    /// Buiten het samenwerkingsverband zelf verborgen als het klein is (zoals in de monitor).
    pub aantal: MonitorCel,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct GeschillenTelling {
    pub schooljaar: String,
    pub tellingen: Vec<Telling>,
}

#[utoipa::path(
    get,
    path = "/geschillentelling",
    tag = "verantwoording",
    operation_id = "geschillentelling",
    params(SchooljaarQuery),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Aantallen per samenwerkingsverband en soort, zonder leerling of school", body = GeschillenTelling,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldig schooljaar", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn geschillen_telling(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiQuery(q): ApiQuery<SchooljaarQuery>,
) -> Result<Json<GeschillenTelling>, ApiError> {
    let jaar = match q.schooljaar.as_deref() {
        Some(s) => schooljaar(s, "schooljaar")?,
        None => Schooljaar::of(crate::vandaag()),
    };
    // Counts are for the SWV's staff, its OPR and national supervision; others have none.
    let tellingen = if g.mag(Functie::Verantwoordingscijfers) {
        state
            .store
            .monitor()
            .geschillen_overzicht(&g.verzoeker, jaar, crate::vandaag())
            .await?
    } else {
        Vec::new()
    };
    Ok(Json(GeschillenTelling {
        schooljaar: jaar.to_string(),
        tellingen: tellingen
            .into_iter()
            .map(|(swv, soort, n)| Telling {
                samenwerkingsverband: swv,
                soort: soort.to_string(),
                aantal: cel(n, crate::monitor_drempel()),
            })
            .collect(),
    }))
}

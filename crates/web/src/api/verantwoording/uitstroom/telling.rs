//! Expected against actual outflow, per samenwerkingsverband and school.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiQuery;
use crate::api::monitor::{MonitorCel, cel};
use crate::api::problem::{ApiError, Probleem};
use crate::api::verantwoording::schooljaar;
use axum::Json;
use axum::extract::State;
use passend_store::verantwoording as v;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct UitstroomRij {
    /// vervolgonderwijs, arbeidsmarkt, dagbesteding; leeg: geen profiel in het OPP.
    pub verwacht: Option<String>,
    pub vervolgonderwijs: MonitorCel,
    pub arbeidsmarkt: MonitorCel,
    pub dagbesteding: MonitorCel,
    pub onbekend: MonitorCel,
    pub volgens_verwachting: MonitorCel,
    pub totaal: MonitorCel,
}

/// Aantallen van een samenwerkingsverband of school. Buiten het samenwerkingsverband en de
/// scholen zelf zijn kleine aantallen verborgen zoals in de monitor, en zijn er geen
/// tabellen per school.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct UitstroomGroep {
    pub code: String,
    pub naam: String,
    pub totaal: MonitorCel,
    pub rijen: Vec<UitstroomRij>,
    /// Een jaar later, waar bekend: vervolgonderwijs, arbeidsmarkt, dagbesteding, onbekend.
    pub na_een_jaar: Vec<MonitorCel>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Uitstroom {
    pub samenwerkingsverbanden: Vec<UitstroomGroep>,
    pub scholen: Vec<UitstroomGroep>,
}

fn groep(g: v::UitstroomGroep) -> UitstroomGroep {
    let c = |c| cel(c, crate::monitor_drempel());
    UitstroomGroep {
        code: g.code,
        naam: g.naam,
        totaal: c(g.totaal),
        rijen: g
            .rijen
            .iter()
            .map(|r| UitstroomRij {
                verwacht: r.verwacht.map(|u| u.as_str().to_string()),
                vervolgonderwijs: c(r.feitelijk[0]),
                arbeidsmarkt: c(r.feitelijk[1]),
                dagbesteding: c(r.feitelijk[2]),
                onbekend: c(r.feitelijk[3]),
                volgens_verwachting: c(r.conform),
                totaal: c(r.totaal),
            })
            .collect(),
        na_een_jaar: g.na_jaar.iter().map(|n| c(*n)).collect(),
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UitstroomQuery {
    /// Alleen de uitstroom van dit schooljaar (JJJJ-JJJJ); standaard alle.
    pub schooljaar: Option<String>,
}

#[utoipa::path(
    get,
    path = "/vso-uitstroom",
    tag = "verantwoording",
    operation_id = "vsoUitstroom",
    params(UitstroomQuery),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Verwachte tegen werkelijke uitstroom per samenwerkingsverband en per school, alleen aantallen", body = Uitstroom,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldig schooljaar", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn uitstroom(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiQuery(q): ApiQuery<UitstroomQuery>,
) -> Result<Json<Uitstroom>, ApiError> {
    let jaar = q
        .schooljaar
        .as_deref()
        .map(|s| schooljaar(s, "schooljaar"))
        .transpose()?;
    let (swv, scholen) = state
        .store
        .verantwoording()
        .uitstroom_vergelijking(&g.verzoeker, jaar)
        .await?;
    Ok(Json(Uitstroom {
        samenwerkingsverbanden: swv.into_iter().map(groep).collect(),
        scholen: scholen.into_iter().map(groep).collect(),
    }))
}

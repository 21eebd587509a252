//! `GET /api/v1/taken`: the caller's open tasks ("Mijn werk"), overdue first, a page at a
//! time. Which tasks is the store's decision (the scoped reads of each area).

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiQuery;
use crate::api::problem::{ApiError, Probleem};
use crate::api::{PaginaInfo, Paginering};
use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

/// Een openstaande stap voor de aanroeper.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TaakSamenvatting {
    /// De soort stap, als code (bijvoorbeeld `aanmelding-beslissen`).
    pub soort: String,
    /// Wat de stap is, in woorden.
    pub omschrijving: String,
    /// Waar de stap en de termijn vandaan komen (artikel of procedure).
    pub bron: String,
    /// De leerling waar de stap over gaat.
    pub leerling_id: Option<i64>,
    /// Over wie, voor zover de aanroeper dat mag zien.
    pub over: Option<String>,
    /// De laatste dag voor de stap; leeg als wet en procedure geen termijn geven.
    #[schema(format = Date, value_type = Option<String>)]
    pub termijn: Option<String>,
    /// De termijn is verstreken.
    pub te_laat: bool,
    /// De pagina waar de stap gezet wordt.
    pub pagina: String,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TakenLijst {
    pub taken: Vec<TaakSamenvatting>,
    #[serde(flatten)]
    pub pagina: PaginaInfo,
}

/// De openstaande taken van de aanroeper, verlopen termijnen eerst.
#[utoipa::path(
    get,
    path = "/taken",
    tag = "taken",
    operation_id = "taken",
    params(Paginering),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Een pagina taken", body = TakenLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige paginering", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn taken(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiQuery(paginering): ApiQuery<Paginering>,
) -> Result<Json<TakenLijst>, ApiError> {
    let (pagina, grootte) = paginering.checked()?;
    let today = crate::vandaag();
    let alle = state
        .store
        .taken()
        .open_taken(&g.verzoeker, today, &state.procedure, "/api/v1/taken")
        .await?;
    let totaal = i64::try_from(alle.len()).unwrap_or(i64::MAX);
    let van = usize::try_from((pagina - 1) * grootte).unwrap_or(usize::MAX);
    let taken = alle
        .into_iter()
        .skip(van)
        .take(usize::try_from(grootte).unwrap_or(0))
        .map(|t| TaakSamenvatting {
            soort: t.soort.code().into(),
            omschrijving: t.soort.omschrijving().into(),
            bron: t.soort.bron().into(),
            te_laat: t.te_laat(today),
            leerling_id: t.leerling,
            over: t.over,
            termijn: t.termijn.map(|d| d.to_string()),
            pagina: t.link,
        })
        .collect();
    Ok(Json(TakenLijst {
        taken,
        pagina: PaginaInfo::new("/taken", "", pagina, grootte, totaal),
    }))
}

#[derive(OpenApi)]
#[openapi(
    paths(taken),
    components(schemas(TakenLijst, TaakSamenvatting)),
    tags((name = "taken", description = "Mijn werk: de stappen die wet en procedure aan de aanroeper geven, met hun termijn"))
)]
pub struct TakenApi;

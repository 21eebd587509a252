//! Ontwikkelingsperspectieven whose evaluation is due or late.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiQuery;
use crate::api::ondersteuning::dag;
use crate::api::problem::{ApiError, Probleem};
use crate::api::{PaginaInfo, Paginering};
use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OppSignaal {
    pub leerling: i64,
    pub naam: String,
    pub vestiging: String,
    /// Wat er moet gebeuren.
    pub wat: String,
    /// Uiterlijk op deze dag.
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    pub te_laat: bool,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OppSignaalLijst {
    pub signalen: Vec<OppSignaal>,
    #[serde(flatten)]
    pub pagina: PaginaInfo,
}

/// Leerlingen die een ontwikkelingsperspectief moeten hebben en er (nog) geen hebben, en
/// ontwikkelingsperspectieven waarvan de jaarlijkse evaluatie nodig of te laat is. Voor de
/// school, het bestuur en het samenwerkingsverband; anderen krijgen een lege lijst.
#[utoipa::path(
    get,
    path = "/opp-signalen",
    tag = "ondersteuning",
    operation_id = "oppSignalen",
    params(Paginering),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Een pagina signalen", body = OppSignaalLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige paginering", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn signalen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiQuery(paginering): ApiQuery<Paginering>,
) -> Result<Json<OppSignaalLijst>, ApiError> {
    let (pagina, grootte) = paginering.checked()?;
    let alle = state
        .store
        .opps()
        .opp_signalen(&g.verzoeker, crate::vandaag(), "/api/v1/opp-signalen")
        .await?;
    let totaal = alle.len() as i64;
    Ok(Json(OppSignaalLijst {
        signalen: alle
            .into_iter()
            .skip(((pagina - 1) * grootte) as usize)
            .take(grootte as usize)
            .map(|s| OppSignaal {
                leerling: s.leerling_id.0,
                naam: s.naam,
                vestiging: s.vestiging_code,
                wat: s.wat,
                datum: dag(s.datum),
                te_laat: s.te_laat,
            })
            .collect(),
        pagina: PaginaInfo::new("/opp-signalen", "", pagina, grootte, totaal),
    }))
}

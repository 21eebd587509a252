//! The arrangements the caller works on.

use super::schema::Arrangement;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiQuery;
use crate::api::problem::{ApiError, Probleem};
use crate::api::{PaginaInfo, Paginering};
use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ArrangementLijst {
    pub arrangementen: Vec<Arrangement>,
    #[serde(flatten)]
    pub pagina: PaginaInfo,
}

/// De aanvragen bij het eigen samenwerkingsverband: open aanvragen eerst. Voor andere rollen
/// een lege lijst.
#[utoipa::path(
    get,
    path = "/arrangementen",
    tag = "ondersteuning",
    operation_id = "arrangementen",
    params(Paginering),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Een pagina aanvragen", body = ArrangementLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige paginering", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn caseload(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiQuery(paginering): ApiQuery<Paginering>,
) -> Result<Json<ArrangementLijst>, ApiError> {
    let (pagina, grootte) = paginering.checked()?;
    let alle = state
        .store
        .arrangementen()
        .arrangementen_van_swv(&g.verzoeker, "/api/v1/arrangementen")
        .await?;
    let totaal = alle.len() as i64;
    Ok(Json(ArrangementLijst {
        arrangementen: alle
            .into_iter()
            .skip(((pagina - 1) * grootte) as usize)
            .take(grootte as usize)
            .map(Arrangement::van)
            .collect(),
        pagina: PaginaInfo::new("/arrangementen", "", pagina, grootte, totaal),
    }))
}

//! The pupils within the caller's scope, a page at a time.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiQuery;
use crate::api::problem::{ApiError, Probleem};
use crate::api::{PaginaInfo, Paginering};
use axum::Json;
use axum::extract::State;
use passend_store::LeerlingRegel;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct LeerlingSamenvatting {
    pub id: i64,
    pub naam: String,
    #[schema(format = Date, value_type = String)]
    pub geboortedatum: String,
}

impl From<LeerlingRegel> for LeerlingSamenvatting {
    fn from(l: LeerlingRegel) -> Self {
        Self {
            id: l.id.0,
            naam: l.naam,
            geboortedatum: l.geboortedatum.to_string(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct LeerlingLijst {
    pub leerlingen: Vec<LeerlingSamenvatting>,
    #[serde(flatten)]
    pub pagina: PaginaInfo,
}

/// De leerlingen binnen het werkgebied van de API-sleutel.
#[utoipa::path(
    get,
    path = "/leerlingen",
    tag = "leerlingen",
    operation_id = "leerlingen",
    params(Paginering),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Een pagina leerlingen", body = LeerlingLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige paginering", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn leerlingen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiQuery(paginering): ApiQuery<Paginering>,
) -> Result<Json<LeerlingLijst>, ApiError> {
    let (pagina, grootte) = paginering.checked()?;
    let (list, totaal) = state
        .store
        .leerlingen_voor(
            &g.verzoeker,
            crate::vandaag(),
            pagina,
            grootte,
            "/api/v1/leerlingen",
        )
        .await?;
    Ok(Json(LeerlingLijst {
        leerlingen: list.into_iter().map(LeerlingSamenvatting::from).collect(),
        pagina: PaginaInfo::new("/leerlingen", "", pagina, grootte, totaal),
    }))
}

//! VO: the term is suspended while an incomplete registration waits for the parents.

use super::nummer;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::problem::{ApiError, Probleem};
use crate::api::zorgplicht::Aanmelding;
use crate::formulier::aanmelding::OpschortingVelden;
use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"van": "2026-11-02", "tot": "2026-11-09"}))]
pub struct OpschortingInvoer {
    /// De dag van het verzoek om de aanmelding aan te vullen.
    pub van: String,
    /// De dag waarop de ouders aanvulden; leeg zolang dat niet is gebeurd.
    pub tot: Option<String>,
}

/// VO: het verzoek om een onvolledige aanmelding aan te vullen schort de beslistermijn op
/// (in het PO geweigerd).
#[utoipa::path(
    post,
    path = "/aanmeldingen/{id}/opschorting",
    tag = "leerlingen",
    operation_id = "aanmeldingOpschorten",
    params(("id" = i64, Path, description = "Nummer van de aanmelding")),
    request_body = OpschortingInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Opgeschort; de aanmelding met de nieuwe termijn", body = Aanmelding,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet toegestaan, zoals in het PO", body = Probleem,
         content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet van uw school", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn opschorten(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(v): ApiJson<OpschortingInvoer>,
) -> Result<Json<Aanmelding>, ApiError> {
    const ROUTE: &str = "/api/v1/aanmeldingen/{id}/opschorting";
    let (id, today) = (nummer(&id)?, crate::vandaag());
    let o = OpschortingVelden {
        van: Some(&v.van),
        tot: v.tot.as_deref(),
    }
    .lees()?;
    state
        .store
        .aanmeldingen()
        .schort_op(&g.verzoeker, id, o.van, o.tot, today, ROUTE)
        .await?;
    let a = state
        .store
        .aanmeldingen()
        .aanmelding_voor(&g.verzoeker, id, today, ROUTE)
        .await?;
    Ok(Json(a.into()))
}

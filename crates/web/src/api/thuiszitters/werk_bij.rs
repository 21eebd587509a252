//! An update of a case: plan, offer, solution or the binding decision.

use super::zaak::Thuiszitterzaak;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::datum;
use crate::formulier::thuiszitters::opgelost_op;
use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Bijwerking {
    pub plan: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub aanbod_datum: Option<String>,
    /// Weer naar school of aanbod aanvaard op deze dag: de zaak sluit.
    #[schema(format = Date, value_type = Option<String>)]
    pub opgelost_op: Option<String>,
    /// Het bindende besluit van de laatste stap (alleen het samenwerkingsverband).
    pub besluit: Option<String>,
}

/// Een zaak bijwerken: plan, aanbod, oplossing of het bindende besluit.
#[utoipa::path(
    patch,
    path = "/thuiszitters/{id}",
    tag = "leerlingen",
    operation_id = "thuiszitterBijwerken",
    params(("id" = i64, Path, description = "Nummer van de zaak")),
    request_body = Bijwerking,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De bijgewerkte zaak", body = Thuiszitterzaak,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige invoer of niet toegestaan in deze stap", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn werk_bij(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<Bijwerking>,
) -> Result<Json<Thuiszitterzaak>, ApiError> {
    let id = id
        .parse::<i64>()
        .map_err(|_| ApiError::bad_request(format!("'{id}' is geen zaaknummer")))?;
    let today = crate::vandaag();
    let route = "/api/v1/thuiszitters/{id}";
    let aanbod = datum("aanbod_datum", b.aanbod_datum.as_deref())?;
    if b.plan.is_some() || aanbod.is_some() {
        state
            .store
            .thuiszitters()
            .werk_zaak_bij(&g.verzoeker, id, b.plan.as_deref(), aanbod, today, route)
            .await?;
    }
    if let Some(besluit) = &b.besluit {
        state
            .store
            .thuiszitters()
            .neem_besluit(&g.verzoeker, id, besluit, today, route)
            .await?;
    } else if let Some(op) = &b.opgelost_op {
        state
            .store
            .thuiszitters()
            .los_zaak_op(&g.verzoeker, id, opgelost_op(Some(op))?, today, route)
            .await?;
    }
    Ok(Json(Thuiszitterzaak::from(
        state
            .store
            .thuiszitters()
            .zaak_voor(&g.verzoeker, id, today, route)
            .await?,
    )))
}

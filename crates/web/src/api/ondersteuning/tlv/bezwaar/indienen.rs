//! A bezwaar against the decision on a TLV.

use super::{TlvBezwaar, gezocht_bezwaar};
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::{Aangemaakt, aangemaakt, nummer};
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::verplichte_datum;
use axum::extract::{Path, State};
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"ingediendOp": "2026-11-20", "gronden": "de ouders vinden dat het so niet past bij de leerbehoefte"}))]
pub struct BezwaarInvoer {
    #[schema(format = Date, value_type = String)]
    pub ingediend_op: String,
    pub gronden: String,
}

/// Een bezwaar tegen het besluit registreren (het samenwerkingsverband dat besliste).
#[utoipa::path(
    post,
    path = "/tlvs/{id}/bezwaren",
    tag = "ondersteuning",
    operation_id = "tlvBezwaar",
    params(("id" = i64, Path, description = "Nummer van de aanvraag")),
    request_body = BezwaarInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Geregistreerd, met de termijnen", body = TlvBezwaar,
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Location" = String, description = "Het bezwaar"))),
        (status = 400, description = "Niet toegestaan: nog geen besluit, geen gronden, datum", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn bezwaar(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<BezwaarInvoer>,
) -> Result<Aangemaakt<TlvBezwaar>, ApiError> {
    const ROUTE: &str = "/api/v1/tlvs/{id}/bezwaren";
    let (id, today) = (nummer(&id)?, crate::vandaag());
    let ingediend_op = verplichte_datum("ingediend_op", Some(&b.ingediend_op))?;
    let bezwaar = state
        .store
        .tlvs()
        .registreer_bezwaar(&g.verzoeker, id, ingediend_op, &b.gronden, today, ROUTE)
        .await?;
    let made = gezocht_bezwaar(&state, &g, id, bezwaar, ROUTE).await?;
    Ok(aangemaakt(
        format!("/api/v1/tlvs/{id}/bezwaren/{bezwaar}"),
        made,
    ))
}

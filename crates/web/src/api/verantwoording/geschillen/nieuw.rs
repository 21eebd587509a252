//! A new dispute or referral.

use super::lijst::Geschil;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::{Aangemaakt, aangemaakt};
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::verantwoording::GeschilVelden;
use axum::extract::State;
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"leerling": 12, "soort": "verwijdering", "vestiging": "90AA00", "ingediendOp": "2026-10-01",
    "omschrijving": "ouders bestrijden de verwijdering"}))]
pub struct GeschilInvoer {
    pub leerling: i64,
    /// toelating, verwijdering, opp of onderwijsconsulent.
    pub soort: String,
    pub vestiging: String,
    #[schema(format = Date)]
    pub ingediend_op: String,
    pub omschrijving: String,
}

#[utoipa::path(
    post,
    path = "/geschillen",
    tag = "verantwoording",
    operation_id = "geschilVastleggen",
    request_body = GeschilInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Vastgelegd, met de termijn voor het oordeel", body = Geschil,
         headers(("API-Version" = String, description = "Versie van de API"), ("Location" = String, description = "Het geschil"))),
        (status = 400, description = "Ongeldige invoer, of u bent geen partij (school, bestuur of samenwerkingsverband)", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Leerling onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn nieuw_geschil(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiJson(i): ApiJson<GeschilInvoer>,
) -> Result<Aangemaakt<Geschil>, ApiError> {
    let today = crate::vandaag();
    let (leerling, nieuw) = GeschilVelden {
        leerling: &i.leerling.to_string(),
        soort: &i.soort,
        vestiging: &i.vestiging,
        ingediend_op: Some(&i.ingediend_op),
        omschrijving: &i.omschrijving,
    }
    .lees()?;
    let id = state
        .store
        .verantwoording()
        .registreer_geschil(&g.verzoeker, leerling, &nieuw, today, "/api/v1/geschillen")
        .await?;
    let geschil = state
        .store
        .verantwoording()
        .geschil_voor(&g.verzoeker, id, today, "/api/v1/geschillen")
        .await?;
    Ok(aangemaakt(
        format!("/api/v1/geschillen/{id}"),
        Geschil::from(geschil),
    ))
}

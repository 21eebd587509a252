//! The judgement and the board's response, each once.

use super::lijst::Geschil;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::nummer;
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::verantwoording::GeschilStapVelden;
use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;
use utoipa::ToSchema;

/// Het oordeel (bij een onderwijsconsulent: de uitkomst) en de reactie van het bestuur; elk één keer.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"oordeelDatum": "2026-11-01", "oordeel": "gegrond", "reactieDatum": "2026-11-15", "volgtOordeel": false,
    "reactie": "inmiddels is een andere school bereid de leerling toe te laten"}))]
pub struct GeschilStapInvoer {
    #[schema(format = Date)]
    pub oordeel_datum: Option<String>,
    pub oordeel: Option<String>,
    #[schema(format = Date)]
    pub reactie_datum: Option<String>,
    pub volgt_oordeel: Option<bool>,
    /// Wat het bestuur met het oordeel doet; bij afwijken de motivering.
    pub reactie: Option<String>,
}

#[utoipa::path(
    patch,
    path = "/geschillen/{id}",
    tag = "verantwoording",
    operation_id = "geschilBijwerken",
    params(("id" = i64, Path, description = "Nummer van het geschil")),
    request_body = GeschilStapInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Bijgewerkt", body = Geschil, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige invoer: een afwijking zonder motivering, een reactie vóór het oordeel, al vastgelegd", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn geschil_bijwerken(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<GeschilStapInvoer>,
) -> Result<Json<Geschil>, ApiError> {
    let id = nummer(&id)?;
    let today = crate::vandaag();
    let stap = GeschilStapVelden {
        oordeel_datum: i.oordeel_datum.as_deref(),
        oordeel: i.oordeel.as_deref(),
        reactie_datum: i.reactie_datum.as_deref(),
        volgt_oordeel: i.volgt_oordeel,
        reactie: i.reactie.as_deref(),
    }
    .lees()?;
    state
        .store
        .verantwoording()
        .werk_geschil_bij(&g.verzoeker, id, &stap, today, "/api/v1/geschillen/{id}")
        .await?;
    let geschil = state
        .store
        .verantwoording()
        .geschil_voor(&g.verzoeker, id, today, "/api/v1/geschillen/{id}")
        .await?;
    Ok(Json(Geschil::from(geschil)))
}

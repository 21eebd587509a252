//! The next steps of a bezwaar: hearing, advice, decision on the bezwaar.

use super::{TlvBezwaar, gezocht_bezwaar};
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::nummer;
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::tlv::BezwaarStapVelden;
use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;
use utoipa::ToSchema;

/// Een stap in de behandeling; alleen de meegegeven velden worden vastgelegd.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"verdaagd": true}))]
pub struct BezwaarBijwerking {
    /// De beslistermijn één keer verdagen.
    pub verdaagd: Option<bool>,
    /// Het advies van de bezwaaradviescommissie.
    pub advies: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub advies_datum: Option<String>,
    /// gegrond, deels gegrond, ongegrond of niet-ontvankelijk.
    pub uitkomst: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub besluit_datum: Option<String>,
}

/// Verdaging, het advies van de commissie of de beslissing op bezwaar vastleggen (het
/// samenwerkingsverband dat besliste).
#[utoipa::path(
    patch,
    path = "/tlvs/{id}/bezwaren/{bezwaar}",
    tag = "ondersteuning",
    operation_id = "tlvBezwaarBijwerken",
    params(("id" = i64, Path, description = "Nummer van de aanvraag"),
           ("bezwaar" = i64, Path, description = "Nummer van het bezwaar")),
    request_body = BezwaarBijwerking,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Bijgewerkt", body = TlvBezwaar,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet toegestaan: al beslist, uitkomst zonder advies, niets om vast te leggen", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn bezwaar_bijwerken(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path((id, bezwaar)): Path<(String, String)>,
    ApiJson(b): ApiJson<BezwaarBijwerking>,
) -> Result<Json<TlvBezwaar>, ApiError> {
    const ROUTE: &str = "/api/v1/tlvs/{id}/bezwaren/{bezwaar}";
    let (id, bezwaar) = (nummer(&id)?, nummer(&bezwaar)?);
    let stap = BezwaarStapVelden {
        verdaagd: b.verdaagd,
        advies_datum: b.advies_datum.as_deref(),
        advies: b.advies.as_deref(),
        besluit_datum: b.besluit_datum.as_deref(),
        uitkomst: b.uitkomst.as_deref(),
    }
    .lees()?;
    state
        .store
        .tlvs()
        .werk_bezwaar_bij(&g.verzoeker, id, bezwaar, &stap, crate::vandaag(), ROUTE)
        .await?;
    Ok(Json(gezocht_bezwaar(&state, &g, id, bezwaar, ROUTE).await?))
}

//! A schorsing recorded by the pupil's school, with its notice to the inspectie.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::{Aangemaakt, aangemaakt, nummer};
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::leerling::SchorsingVelden;
use axum::extract::{Path, State};
use passend_store::LeerlingId;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Een schorsing die de school vastlegt (WPO art. 40c, WVO 2020 art. 8.1.10).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"van": "2026-11-23", "tot": "2026-11-24", "reden": "herhaald geweld in de klas",
    "schriftelijk": true, "stemKind": "gehoord op 20 november; vindt de schorsing oneerlijk"}))]
pub struct SchorsingInvoer {
    /// Eerste dag, JJJJ-MM-DD.
    pub van: String,
    /// Laatste dag; ten hoogste een week na de eerste.
    pub tot: String,
    pub reden: String,
    /// Het besluit is schriftelijk aan de ouders meegedeeld.
    pub schriftelijk: bool,
    /// Wat het kind zei, of waarom het niet is gehoord.
    pub stem_kind: String,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SchorsingVastgelegd {
    /// De melding aan de inspectie, als die nodig is (schorsing langer dan één dag).
    pub inspectie_melding: Option<String>,
}

/// De school van de leerling legt een schorsing vast; bij meer dan één dag maakt passend de
/// melding aan de inspectie.
#[utoipa::path(
    post,
    path = "/leerlingen/{id}/schorsingen",
    tag = "leerlingen",
    operation_id = "schorsingVastleggen",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    request_body = SchorsingInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Vastgelegd", body = SchorsingVastgelegd,
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Location" = String, description = "De schorsingen van de leerling"))),
        (status = 400, description = "Niet toegestaan, zoals langer dan een week of niet schriftelijk", body = Probleem,
         content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Ongeldige invoer", "status": 400,
             "detail": "een schorsing duurt ten hoogste een week"})),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet van uw school", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn schors(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(s): ApiJson<SchorsingInvoer>,
) -> Result<Aangemaakt<SchorsingVastgelegd>, ApiError> {
    let leerling = LeerlingId(nummer(&id)?);
    let nieuw = SchorsingVelden {
        van: Some(&s.van),
        tot: Some(&s.tot),
        reden: &s.reden,
        schriftelijk: s.schriftelijk,
        stem_kind: &s.stem_kind,
    }
    .lees()?;
    let melding = state
        .store
        .maatregelen()
        .schors(
            &g.verzoeker,
            leerling,
            &nieuw,
            crate::vandaag(),
            "/api/v1/leerlingen/{id}/schorsingen",
        )
        .await?;
    Ok(aangemaakt(
        format!("/api/v1/leerlingen/{}/schorsingen", leerling.0),
        SchorsingVastgelegd {
            inspectie_melding: melding,
        },
    ))
}

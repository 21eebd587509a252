//! The paper alternative to the parents' own instemming: the school sends the signed form.

use super::eigen_opp;
use super::schema::Ontwikkelingsperspectief;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::nummer;
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::verplichte_datum;
use axum::Json;
use axum::extract::{Path, State};
use passend_store::LeerlingId;
use serde::Deserialize;
use utoipa::ToSchema;

/// De instemming van de ouders met het handelingsdeel van de huidige versie, op papier: het
/// door de ouders ondertekende formulier. Ouders met een account stemmen zelf in.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"datum": "2026-11-20", "formulier": {"naam": "instemming.pdf", "mime": "application/pdf", "inhoud": "JVBERi0xLjcK"}}))]
// Named apart in the OpenAPI document: another type of this name exists elsewhere.
#[schema(as = OppInstemmingInvoer)]
pub struct InstemmingInvoer {
    /// De dag waarop de ouders het formulier ondertekenden.
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    pub formulier: Formulier,
}

/// Het ondertekende formulier (scan of foto).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Formulier {
    pub naam: String,
    pub mime: String,
    /// De inhoud in base64.
    pub inhoud: String,
}

/// Het door de ouders ondertekende instemmingsformulier vastleggen op de huidige versie (de
/// school).
#[utoipa::path(
    post,
    path = "/leerlingen/{id}/opp/instemming",
    tag = "ondersteuning",
    operation_id = "oppInstemming",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    request_body = InstemmingInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Vastgelegd", body = Ontwikkelingsperspectief,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet toegestaan: al ingestemd, geen OPP, datum in de toekomst, geen formulier", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn instemming(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<InstemmingInvoer>,
) -> Result<Json<Ontwikkelingsperspectief>, ApiError> {
    let leerling = LeerlingId(nummer(&id)?);
    let datum = verplichte_datum("datum", Some(&i.datum))?;
    use base64::Engine;
    let inhoud = base64::engine::general_purpose::STANDARD
        .decode(i.formulier.inhoud.trim())
        .map_err(|_| crate::formulier::Veldfout::new("formulier.inhoud", "dit is geen base64"))?;
    let formulier = passend_store::PapierenFormulier {
        naam: i.formulier.naam,
        mime: i.formulier.mime,
        inhoud,
    };
    state
        .store
        .opps()
        .opp_instemming(
            &g.verzoeker,
            leerling,
            datum,
            &formulier,
            crate::vandaag(),
            "/api/v1/leerlingen/{id}/opp/instemming",
        )
        .await?;
    Ok(Json(eigen_opp(&state, &g.verzoeker, leerling).await?))
}

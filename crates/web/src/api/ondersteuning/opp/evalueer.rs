//! The yearly evaluation of an ontwikkelingsperspectief.

use super::eigen_opp;
use super::schema::Ontwikkelingsperspectief;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::{Aangemaakt, aangemaakt, nummer};
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::ondersteuning::OppEvaluatieVelden;
use axum::extract::{Path, State};
use passend_store::LeerlingId;
use serde::Deserialize;
use utoipa::ToSchema;

/// Een evaluatie van het ontwikkelingsperspectief, ten minste eenmaal per schooljaar.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"datum": "2026-11-20", "metOuders": true, "verslag": "doelen lezen gehaald; rekenen blijft"}))]
pub struct OppEvaluatieInvoer {
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    #[serde(default)]
    pub met_ouders: bool,
    pub verslag: String,
}

/// Een evaluatie vastleggen (de school waar de leerling is ingeschreven).
#[utoipa::path(
    post,
    path = "/leerlingen/{id}/opp/evaluaties",
    tag = "ondersteuning",
    operation_id = "oppEvalueren",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    request_body = OppEvaluatieInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Vastgelegd; het ontwikkelingsperspectief met de evaluatie", body = Ontwikkelingsperspectief,
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Location" = String, description = "De ontwikkelingsperspectieven van de leerling"))),
        (status = 400, description = "Niet toegestaan: geen verslag, datum in de toekomst, nog geen OPP", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn evalueer(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(e): ApiJson<OppEvaluatieInvoer>,
) -> Result<Aangemaakt<Ontwikkelingsperspectief>, ApiError> {
    let leerling = LeerlingId(nummer(&id)?);
    let evaluatie = OppEvaluatieVelden {
        datum: Some(&e.datum),
        met_ouders: e.met_ouders,
        verslag: &e.verslag,
    }
    .lees()?;
    state
        .store
        .opps()
        .evalueer_opp(
            &g.verzoeker,
            leerling,
            &evaluatie,
            crate::vandaag(),
            "/api/v1/leerlingen/{id}/opp/evaluaties",
        )
        .await?;
    let opp = eigen_opp(&state, &g.verzoeker, leerling).await?;
    Ok(aangemaakt(
        format!("/api/v1/leerlingen/{}/opp", leerling.0),
        opp,
    ))
}

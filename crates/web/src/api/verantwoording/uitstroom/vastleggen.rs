//! A leaver recorded with destination.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::{Aangemaakt, aangemaakt, nummer};
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::verantwoording::UitstroomVelden;
use axum::extract::{Path, State};
use passend_store::LeerlingId;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"vestiging": "90VS00", "uitstroomdatum": "2026-07-31", "bestemming": "vervolgonderwijs", "vervolgSoort": "entreeopleiding"}))]
pub struct UitstroomInvoer {
    pub vestiging: String,
    #[schema(format = Date)]
    pub uitstroomdatum: String,
    /// vervolgonderwijs, arbeidsmarkt, dagbesteding of onbekend.
    pub bestemming: String,
    /// Bij vervolgonderwijs: entreeopleiding, mbo niveau 2, mbo niveau 3, mbo niveau 4, hbo of wo, voortgezet onderwijs, anders.
    pub vervolg_soort: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct UitstroomVastgelegd {
    pub id: i64,
}

#[utoipa::path(
    post,
    path = "/leerlingen/{id}/vso-uitstroom",
    tag = "verantwoording",
    operation_id = "vsoUitstroomVastleggen",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    request_body = UitstroomInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Vastgelegd; het verwachte profiel komt uit het OPP", body = UitstroomVastgelegd,
         headers(("API-Version" = String, description = "Versie van de API"), ("Location" = String, description = "Het overzicht"))),
        (status = 400, description = "Ongeldige invoer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Leerling onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn uitstroom_vastleggen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<UitstroomInvoer>,
) -> Result<Aangemaakt<UitstroomVastgelegd>, ApiError> {
    let leerling = LeerlingId(nummer(&id)?);
    let u = UitstroomVelden {
        vestiging: &i.vestiging,
        uitstroomdatum: Some(&i.uitstroomdatum),
        bestemming: &i.bestemming,
        vervolg_soort: i.vervolg_soort.as_deref(),
    }
    .lees()?;
    let id = state
        .store
        .verantwoording()
        .registreer_uitstroom(
            &g.verzoeker,
            leerling,
            &u,
            crate::vandaag(),
            "/api/v1/leerlingen/{id}/vso-uitstroom",
        )
        .await?;
    Ok(aangemaakt(
        "/api/v1/vso-uitstroom".to_string(),
        UitstroomVastgelegd { id },
    ))
}

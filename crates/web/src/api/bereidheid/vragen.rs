//! The school of aanmelding asks another school.

use super::nummer;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::leerplicht::Nummer;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"vestiging": "90AB00", "ondersteuningsbehoefte": "Kleine groep, vaste begeleider.", "oudersAkkoord": true}))]
pub struct VraagInvoer {
    /// Vestigingscode uit het register van de school die wordt gevraagd.
    pub vestiging: String,
    /// De ondersteuningsbehoefte die de ouders laten delen (en niets meer).
    pub ondersteuningsbehoefte: String,
    /// De ouders stemden in met het delen.
    pub ouders_akkoord: bool,
}

/// Een andere school vragen of zij bereid is het kind toe te laten (WPO art. 40 lid 4).
#[utoipa::path(
    post,
    path = "/aanmeldingen/{id}/bereidheidsvragen",
    tag = "leerlingen",
    operation_id = "bereidheidVragen",
    params(("id" = i64, Path, description = "Nummer van de aanmelding")),
    request_body = VraagInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Gevraagd", body = Nummer, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen vestiging uit het register, de eigen school, of de termijn is verstreken", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet van uw school", body = Probleem, content_type = "application/problem+json"),
        (status = 409, description = "Deze school is al gevraagd", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn vraag(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(v): ApiJson<VraagInvoer>,
) -> Result<(StatusCode, Json<Nummer>), ApiError> {
    // The store checks the scope first and then the request (the domain's `toets_vraag`):
    // outside the scope the answer is "not found", whatever the input.
    let id = nummer(&id)?;
    let nieuw = state
        .store
        .aanmeldingen()
        .vraag_bereidheid(
            &g.verzoeker,
            id,
            &v.vestiging,
            &v.ondersteuningsbehoefte,
            v.ouders_akkoord,
            crate::vandaag(),
            "/api/v1/aanmeldingen/{id}/bereidheidsvragen",
        )
        .await?;
    Ok((StatusCode::CREATED, Json(Nummer { id: nieuw })))
}

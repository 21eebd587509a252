//! A move: the pupil's new home postcode.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::nummer;
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::leerling::postcode as woonpostcode;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use passend_store::LeerlingId;
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
// The example sits on the field: Spectral's rule for 400 responses matches any key that
// contains "post", and a schema-level example would put the key "postcode" on a string.
pub struct PostcodeInvoer {
    /// De nieuwe woonpostcode; bepaalt het SWV en de gemeente van de leerling.
    #[schema(example = "3431 AB")]
    pub postcode: String,
}

/// Een verhuizing: de nieuwe woonpostcode van een leerling binnen het werkgebied.
#[utoipa::path(
    put,
    path = "/leerlingen/{id}/postcode",
    tag = "leerlingen",
    operation_id = "postcodeWijzigen",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    request_body = PostcodeInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 204, description = "Gewijzigd",
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen geldige postcode", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn postcode(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(p): ApiJson<PostcodeInvoer>,
) -> Result<StatusCode, ApiError> {
    let leerling = LeerlingId(nummer(&id)?);
    let postcode = woonpostcode(&p.postcode)?;
    state
        .store
        .wijzig_postcode(
            &g.verzoeker,
            leerling,
            &postcode,
            crate::vandaag(),
            "/api/v1/leerlingen/{id}/postcode",
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

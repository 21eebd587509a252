//! The bezwaar against a TLV, with its terms.

use super::{TlvBezwaar, gezocht_bezwaar};
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::ondersteuning::nummer;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};

/// Eén bezwaar met zijn termijnen, binnen het werkgebied; het inzien wordt gelogd.
#[utoipa::path(
    get,
    path = "/tlvs/{id}/bezwaren/{bezwaar}",
    tag = "ondersteuning",
    operation_id = "tlvBezwaarLezen",
    params(("id" = i64, Path, description = "Nummer van de aanvraag"),
           ("bezwaar" = i64, Path, description = "Nummer van het bezwaar")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Het bezwaar", body = TlvBezwaar,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen nummer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn bezwaar_lezen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path((id, bezwaar)): Path<(String, String)>,
) -> Result<Json<TlvBezwaar>, ApiError> {
    let (id, bezwaar) = (nummer(&id)?, nummer(&bezwaar)?);
    Ok(Json(
        gezocht_bezwaar(
            &state,
            &g,
            id,
            bezwaar,
            "/api/v1/tlvs/{id}/bezwaren/{bezwaar}",
        )
        .await?,
    ))
}

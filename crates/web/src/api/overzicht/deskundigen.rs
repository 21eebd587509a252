//! An SWV's register of deskundigen.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::ondersteuning::tlv::{Deskundige, DeskundigenRegister};
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};
use passend_domain::SwvCode;

/// Het register van deskundigen van een samenwerkingsverband, zoals de pagina /deskundigen
/// het toont. Alleen voor medewerkers van dat samenwerkingsverband.
#[utoipa::path(
    get,
    path = "/samenwerkingsverbanden/{code}/deskundigen",
    tag = "ondersteuning",
    operation_id = "samenwerkingsverbandDeskundigen",
    params(("code" = String, Path, description = "DUO-code van het samenwerkingsverband", example = "PO2605")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Het register, op naam", body = DeskundigenRegister,
         headers(("API-Version" = String, description = "Versie van de API")),
         example = json!({"deskundigen": [
             {"id": 1, "naam": "drs. J. de Vries", "discipline": "orthopedagoog", "verbondenAan": "91ZZ"}
         ]})),
        (status = 400, description = "Geen geldige code van een samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor medewerkers van dit samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn deskundigen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(code): Path<String>,
) -> Result<Json<DeskundigenRegister>, ApiError> {
    let swv = SwvCode::parse(&code).map_err(|e| ApiError::bad_request(format!("code: {e}")))?;
    let lijst = state
        .store
        .tlvs()
        .deskundigen(&g.verzoeker, &swv.to_string())
        .await?;
    Ok(Json(DeskundigenRegister {
        deskundigen: lijst
            .into_iter()
            .map(|d| Deskundige {
                id: d.id,
                naam: d.naam,
                discipline: d.discipline,
                verbonden_aan: d.verbonden_aan,
            })
            .collect(),
    }))
}

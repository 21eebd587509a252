//! A new deskundige in the register.

use super::register::{Deskundige, eigen_swv};
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::{Aangemaakt, aangemaakt};
use crate::api::problem::{ApiError, Probleem};
use axum::extract::State;
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"naam": "drs. J. de Vries", "discipline": "orthopedagoog", "verbondenAan": "91ZZ"}))]
pub struct DeskundigeInvoer {
    pub naam: String,
    /// orthopedagoog, psycholoog, kinder- of jeugdpsycholoog, pedagoog, kinderpsychiater,
    /// maatschappelijk werker of arts.
    pub discipline: String,
    /// BRIN-nummers van scholen waaraan de deskundige verbonden is, gescheiden door komma's.
    pub verbonden_aan: Option<String>,
}

/// Een deskundige aan het register van het eigen samenwerkingsverband toevoegen.
#[utoipa::path(
    post,
    path = "/deskundigen",
    tag = "ondersteuning",
    operation_id = "deskundigeToevoegen",
    request_body = DeskundigeInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Toegevoegd", body = Deskundige,
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Location" = String, description = "Het register"))),
        (status = 400, description = "Geen naam, of een discipline die het Besluit niet noemt", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor medewerkers van een samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn deskundige_toevoegen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiJson(d): ApiJson<DeskundigeInvoer>,
) -> Result<Aangemaakt<Deskundige>, ApiError> {
    let swv = eigen_swv(&g.verzoeker.kijker)?;
    let id = state
        .store
        .tlvs()
        .voeg_deskundige_toe(
            &g.verzoeker,
            &d.naam,
            &d.discipline,
            d.verbonden_aan.as_deref().unwrap_or_default(),
            "/api/v1/deskundigen",
        )
        .await?;
    let made = state
        .store
        .tlvs()
        .deskundigen(&g.verzoeker, &swv)
        .await?
        .into_iter()
        .find(|d| d.id == id)
        .ok_or_else(ApiError::not_found)?;
    Ok(aangemaakt(
        "/api/v1/deskundigen".into(),
        Deskundige {
            id: made.id,
            naam: made.naam,
            discipline: made.discipline,
            verbonden_aan: made.verbonden_aan,
        },
    ))
}

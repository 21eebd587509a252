//! The two deskundigen the samenwerkingsverband asks, and the advice each writes.

use super::opnieuw;
use super::schema::Toelaatbaarheidsverklaring;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::{Aangemaakt, aangemaakt, nummer};
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::tlv::AdviesVelden;
use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;
use utoipa::ToSchema;

/// De twee deskundigen uit het register van het samenwerkingsverband.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"eerste": 1, "tweede": 2}))]
pub struct DeskundigenInvoer {
    /// Een orthopedagoog of psycholoog.
    pub eerste: i64,
    /// Een kinder- of jeugdpsycholoog, pedagoog, kinderpsychiater, maatschappelijk werker of arts.
    pub tweede: i64,
}

/// Twee onafhankelijke deskundigen om advies vragen (het samenwerkingsverband dat beslist).
#[utoipa::path(
    post,
    path = "/tlvs/{id}/deskundigen",
    tag = "ondersteuning",
    operation_id = "tlvDeskundigen",
    params(("id" = i64, Path, description = "Nummer van de aanvraag")),
    request_body = DeskundigenInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Toegewezen", body = Toelaatbaarheidsverklaring,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet toegestaan: discipline, niet onafhankelijk, twee keer dezelfde, niet in het register", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn deskundigen_toewijzen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(d): ApiJson<DeskundigenInvoer>,
) -> Result<Json<Toelaatbaarheidsverklaring>, ApiError> {
    const ROUTE: &str = "/api/v1/tlvs/{id}/deskundigen";
    let id = nummer(&id)?;
    state
        .store
        .tlvs()
        .wijs_deskundigen_toe(
            &g.verzoeker,
            id,
            d.eerste,
            d.tweede,
            crate::vandaag(),
            ROUTE,
        )
        .await?;
    Ok(Json(opnieuw(&state, &g, id, ROUTE).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"volgorde": 1, "datum": "2026-11-20",
    "advies": "Toelaatbaar tot het so: de ondersteuningsbehoefte gaat boven wat de basisschool kan bieden."}))]
// Named apart in the OpenAPI document: another type of this name exists elsewhere.
#[schema(as = TlvAdviesInvoer)]
pub struct AdviesInvoer {
    /// 1 of 2: welk van de twee gevraagde adviezen.
    pub volgorde: i64,
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    pub advies: String,
}

/// Een advies uitbrengen: de gevraagde deskundige zelf, of het samenwerkingsverband namens
/// haar of hem. Elk advies blijft zoals het is geschreven.
#[utoipa::path(
    post,
    path = "/tlvs/{id}/adviezen",
    tag = "ondersteuning",
    operation_id = "tlvAdvies",
    params(("id" = i64, Path, description = "Nummer van de aanvraag")),
    request_body = AdviesInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Uitgebracht", body = Toelaatbaarheidsverklaring,
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Location" = String, description = "De aanvraag"))),
        (status = 400, description = "Niet toegestaan: niet gevraagd, al uitgebracht, leeg, datum", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn advies(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(a): ApiJson<AdviesInvoer>,
) -> Result<Aangemaakt<Toelaatbaarheidsverklaring>, ApiError> {
    const ROUTE: &str = "/api/v1/tlvs/{id}/adviezen";
    let id = nummer(&id)?;
    let nieuw = AdviesVelden {
        volgorde: &a.volgorde.to_string(),
        datum: Some(&a.datum),
        advies: &a.advies,
    }
    .lees()?;
    state
        .store
        .tlvs()
        .geef_advies(&g.verzoeker, id, &nieuw, crate::vandaag(), ROUTE)
        .await?;
    Ok(aangemaakt(
        format!("/api/v1/tlvs/{id}"),
        opnieuw(&state, &g, id, ROUTE).await?,
    ))
}

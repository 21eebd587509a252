//! A dispute as the API shows it, and the disputes within the caller's pupil scope.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::ondersteuning::{dag, opt_dag};
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::State;
use passend_store::verantwoording as v;
use serde::Serialize;
use utoipa::ToSchema;

/// Een geschil bij de geschillencommissie, of een verwijzing naar een onderwijsconsulent.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Geschil {
    pub id: i64,
    pub leerling: i64,
    pub naam: String,
    pub vestiging: String,
    pub samenwerkingsverband: String,
    /// toelating, verwijdering, opp of onderwijsconsulent.
    pub soort: String,
    #[schema(format = Date, value_type = String)]
    pub ingediend_op: String,
    pub omschrijving: String,
    /// Tien weken na ontvangst door de commissie; leeg bij een onderwijsconsulent.
    #[schema(format = Date, value_type = Option<String>)]
    pub oordeel_uiterlijk: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub oordeel_datum: Option<String>,
    pub oordeel: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub reactie_datum: Option<String>,
    pub volgt_oordeel: Option<bool>,
    pub reactie: Option<String>,
}

impl From<v::Geschil> for Geschil {
    fn from(g: v::Geschil) -> Self {
        Self {
            id: g.id,
            leerling: g.leerling_id.0,
            naam: g.naam,
            vestiging: g.vestiging_code,
            samenwerkingsverband: g.swv_code,
            soort: g.soort,
            ingediend_op: dag(g.ingediend_op),
            omschrijving: g.omschrijving,
            oordeel_uiterlijk: opt_dag(g.oordeel_uiterlijk),
            oordeel_datum: opt_dag(g.oordeel_datum),
            oordeel: g.oordeel,
            reactie_datum: opt_dag(g.reactie_datum),
            volgt_oordeel: g.volgt_oordeel,
            reactie: g.reactie,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct GeschillenLijst {
    pub geschillen: Vec<Geschil>,
}

#[utoipa::path(
    get,
    path = "/geschillen",
    tag = "verantwoording",
    operation_id = "geschillen",
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De geschillen van leerlingen binnen uw werkgebied (bezwaar tegen een TLV staat bij de TLV)", body = GeschillenLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn geschillen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
) -> Result<Json<GeschillenLijst>, ApiError> {
    let lijst = state
        .store
        .verantwoording()
        .geschillen_voor(&g.verzoeker, crate::vandaag(), "/api/v1/geschillen")
        .await?;
    Ok(Json(GeschillenLijst {
        geschillen: lijst.into_iter().map(Geschil::from).collect(),
    }))
}

//! A request for a vrijstelling, recorded by the leerplichtambtenaar.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::leerplicht::VrijstellingVelden;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct VrijstellingAanvraag {
    pub leerling: i64,
    /// 5a, 5b, 5c, 5a-trekkend, 11 of 15.
    pub grond: String,
    #[schema(format = Date, value_type = String)]
    pub van: String,
    #[schema(format = Date, value_type = Option<String>)]
    pub tot: Option<String>,
    /// Datum van de verklaring van arts, pedagoog of psycholoog (art. 5 onder a).
    #[schema(format = Date, value_type = Option<String>)]
    pub verklaring_datum: Option<String>,
    #[serde(default)]
    pub verklaring_van_behandelaar: bool,
    /// Art. 5 onder a: de datum waarvoor het samenwerkingsverband moet adviseren; het
    /// samenwerkingsverband schrijft het advies zelf.
    #[schema(format = Date, value_type = Option<String>)]
    pub swv_advies_uiterlijk: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Nummer {
    pub id: i64,
}

/// Een vrijstelling aanvragen (de leerplicht van de woongemeente).
#[utoipa::path(
    post,
    path = "/vrijstellingen",
    tag = "leerplicht",
    operation_id = "vrijstellingAanvragen",
    request_body = VrijstellingAanvraag,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Vastgelegd", body = Nummer, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige invoer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Leerling onbekend of buiten uw gemeente", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn aanvragen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiJson(a): ApiJson<VrijstellingAanvraag>,
) -> Result<(StatusCode, Json<Nummer>), ApiError> {
    g.api_vereist(passend_domain::Functie::Leerplichtoverzicht)?;
    let v = VrijstellingVelden {
        leerling: &a.leerling.to_string(),
        grond: &a.grond,
        van: Some(&a.van),
        tot: a.tot.as_deref(),
        verklaring_datum: a.verklaring_datum.as_deref(),
        verklaring_van_behandelaar: a.verklaring_van_behandelaar,
        swv_advies_uiterlijk: a.swv_advies_uiterlijk.as_deref(),
        document: None,
    }
    .lees()?;
    let id = state
        .store
        .leerplicht()
        .vraag_vrijstelling(&g.verzoeker, &v, crate::vandaag(), "/api/v1/vrijstellingen")
        .await?;
    Ok((StatusCode::CREATED, Json(Nummer { id })))
}

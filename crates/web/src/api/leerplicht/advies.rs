//! The SWV's advice before a vrijstelling art. 5 onder a, in the API: the SWV reads its
//! requests (name, age, ground; no dossier) and writes its advice itself.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};
use passend_store::Adviesvraag;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Een vraag om advies over een vrijstelling art. 5 onder a.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Vrijstellingsadvies {
    /// Nummer van de vrijstelling.
    pub vrijstelling: i64,
    pub naam: String,
    pub leeftijd: i16,
    pub samenwerkingsverband: String,
    #[schema(format = Date, value_type = String)]
    pub gevraagd_op: String,
    #[schema(format = Date, value_type = String)]
    pub uiterlijk: String,
    /// Leeg zolang het samenwerkingsverband niet heeft geadviseerd.
    pub advies: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub advies_datum: Option<String>,
}

impl From<Adviesvraag> for Vrijstellingsadvies {
    fn from(v: Adviesvraag) -> Self {
        let gegeven = v.advies.gegeven;
        Self {
            vrijstelling: v.vrijstelling_id,
            naam: v.naam,
            leeftijd: v.leeftijd,
            samenwerkingsverband: v.advies.swv_code,
            gevraagd_op: v.advies.gevraagd_op.to_string(),
            uiterlijk: v.advies.uiterlijk.to_string(),
            advies_datum: gegeven.as_ref().map(|g| g.1.to_string()),
            advies: gegeven.map(|g| g.0),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VrijstellingsadviesLijst {
    pub vrijstellingsadviezen: Vec<Vrijstellingsadvies>,
}

/// De adviesvragen aan het eigen samenwerkingsverband, open eerst.
#[utoipa::path(
    get,
    path = "/vrijstellingsadviezen",
    tag = "leerplicht",
    operation_id = "vrijstellingsadviezen",
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De adviesvragen", body = VrijstellingsadviesLijst, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn adviezen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
) -> Result<Json<VrijstellingsadviesLijst>, ApiError> {
    let lijst = state
        .store
        .leerplicht()
        .adviesvragen_voor(
            &g.verzoeker,
            crate::vandaag(),
            "/api/v1/vrijstellingsadviezen",
        )
        .await?;
    Ok(Json(VrijstellingsadviesLijst {
        vrijstellingsadviezen: lijst.into_iter().map(Into::into).collect(),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"advies": "Onderwijs is nu niet mogelijk; over een half jaar opnieuw bekijken."}))]
// Named apart in the OpenAPI document: another type of this name exists elsewhere.
#[schema(as = VrijstellingsadviesInvoer)]
pub struct AdviesInvoer {
    /// Het advies over de onderwijsmogelijkheden van het kind.
    pub advies: String,
}

/// Het advies van het gevraagde samenwerkingsverband zelf, één keer; datum en auteur legt passend vast.
#[utoipa::path(
    post,
    path = "/vrijstellingsadviezen/{id}",
    tag = "leerplicht",
    operation_id = "vrijstellingAdviseren",
    params(("id" = i64, Path, description = "Nummer van de vrijstelling")),
    request_body = AdviesInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Geadviseerd", body = Vrijstellingsadvies, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen tekst, of niet het gevraagde samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet aan uw samenwerkingsverband gevraagd", body = Probleem, content_type = "application/problem+json"),
        (status = 409, description = "Al geadviseerd", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn adviseer(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(a): ApiJson<AdviesInvoer>,
) -> Result<Json<Vrijstellingsadvies>, ApiError> {
    const ROUTE: &str = "/api/v1/vrijstellingsadviezen/{id}";
    let id: i64 = id
        .parse()
        .map_err(|_| ApiError::bad_request(format!("'{id}' is geen nummer")))?;
    let (store, today) = (state.store.leerplicht(), crate::vandaag());
    store
        .geef_advies(&g.verzoeker, id, &a.advies, today, ROUTE)
        .await?;
    Ok(Json(
        store
            .adviesvraag_voor(&g.verzoeker, id, today, ROUTE)
            .await?
            .into(),
    ))
}

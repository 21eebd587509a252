//! The evaluation of an arrangement.

use super::schema::Arrangement;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::nummer;
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::verplichte_datum;
use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"datum": "2027-06-20", "evaluatie": "doelen gehaald; afbouwen na de zomer"}))]
pub struct ArrangementEvaluatieInvoer {
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    pub evaluatie: String,
}

/// Een toegekend arrangement evalueren (de school of het samenwerkingsverband).
#[utoipa::path(
    post,
    path = "/arrangementen/{id}/evaluatie",
    tag = "ondersteuning",
    operation_id = "arrangementEvaluatie",
    params(("id" = i64, Path, description = "Nummer van de aanvraag")),
    request_body = ArrangementEvaluatieInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Vastgelegd", body = Arrangement,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet toegestaan: niet toegekend, geen tekst, datum in de toekomst", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn evaluatie(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(e): ApiJson<ArrangementEvaluatieInvoer>,
) -> Result<Json<Arrangement>, ApiError> {
    const ROUTE: &str = "/api/v1/arrangementen/{id}/evaluatie";
    let (id, today) = (nummer(&id)?, crate::vandaag());
    let datum = verplichte_datum("datum", Some(&e.datum))?;
    state
        .store
        .arrangementen()
        .evalueer_arrangement(&g.verzoeker, id, datum, &e.evaluatie, today, ROUTE)
        .await?;
    let a = state
        .store
        .arrangementen()
        .arrangement_voor(&g.verzoeker, id, today, ROUTE)
        .await?;
    Ok(Json(Arrangement::van(a)))
}

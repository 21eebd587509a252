//! A request for an arrangement for a pupil.

use super::schema::Arrangement;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::{Aangemaakt, aangemaakt, nummer};
use crate::api::problem::{ApiError, Probleem};
use axum::extract::{Path, State};
use passend_store::LeerlingId;
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"vraag": "Lotte loopt vast bij rekenen; wij vragen 2 uur ambulante begeleiding per week."}))]
pub struct ArrangementAanvraag {
    /// De ondersteuningsvraag.
    pub vraag: String,
}

/// Een arrangement aanvragen bij het eigen samenwerkingsverband (de school waar de leerling is
/// ingeschreven); het OPP van de school gaat mee.
#[utoipa::path(
    post,
    path = "/leerlingen/{id}/arrangementen",
    tag = "ondersteuning",
    operation_id = "arrangementAanvragen",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    request_body = ArrangementAanvraag,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Aangevraagd", body = Arrangement,
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Location" = String, description = "De nieuwe aanvraag"))),
        (status = 400, description = "Niet toegestaan: geen vraag, of niet de school van de leerling", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn vraag_aan(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(a): ApiJson<ArrangementAanvraag>,
) -> Result<Aangemaakt<Arrangement>, ApiError> {
    const ROUTE: &str = "/api/v1/leerlingen/{id}/arrangementen";
    let leerling = LeerlingId(nummer(&id)?);
    let today = crate::vandaag();
    let id = state
        .store
        .arrangementen()
        .vraag_arrangement_aan(&g.verzoeker, leerling, &a.vraag, today, ROUTE)
        .await?;
    let made = state
        .store
        .arrangementen()
        .arrangement_voor(&g.verzoeker, id, today, ROUTE)
        .await?;
    Ok(aangemaakt(
        format!("/api/v1/arrangementen/{id}"),
        Arrangement::van(made),
    ))
}

//! A new integral arrangement: all five parties, each agreement with an owner and a date.

use super::schema::IntegraalArrangement;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::{ApiJson, datum};
use crate::api::ondersteuning::arrangementen::partijen;
use crate::api::ondersteuning::{Aangemaakt, aangemaakt, nummer, opt_datum, veld};
use crate::api::problem::{ApiError, Probleem};
use axum::extract::{Path, State};
use passend_domain::arrangement::Onderdeel;
use passend_store::{LeerlingId, NieuwIntegraal};
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IntegraleAfspraakInvoer {
    /// schoolplek, ondersteuning, zorg, leerplicht of vervoer; elk ten hoogste één keer.
    pub onderdeel: String,
    pub afspraak: String,
    pub eigenaar: String,
    #[schema(format = Date, value_type = Option<String>)]
    pub datum: Option<String>,
}

/// Eén tafel: alle vijf partijen, elke afspraak met een eigenaar en een datum.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"datum": "2026-11-20",
    "deelnemers": ["ouders", "school", "samenwerkingsverband", "jeugdhulp", "gemeente"],
    "verslag": "terug naar school in vier weken, met zorg op school",
    "afspraken": [
        {"onderdeel": "schoolplek", "afspraak": "start 3 ochtenden per week", "eigenaar": "SO De Lekstroom", "datum": "2026-12-01"},
        {"onderdeel": "vervoer", "afspraak": "taxi vanaf 1 december", "eigenaar": "gemeente Nieuwegein, leerlingenvervoer", "datum": "2026-12-01"}]}))]
pub struct IntegraalInvoer {
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    /// ouders, school, samenwerkingsverband, jeugdhulp en gemeente.
    pub deelnemers: Vec<String>,
    pub verslag: String,
    pub afspraken: Vec<IntegraleAfspraakInvoer>,
}

/// Een integraal arrangement vastleggen (het samenwerkingsverband).
#[utoipa::path(
    post,
    path = "/leerlingen/{id}/integrale-arrangementen",
    tag = "ondersteuning",
    operation_id = "integraalArrangementVastleggen",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    request_body = IntegraalInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Vastgelegd", body = IntegraalArrangement,
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Location" = String, description = "De integrale arrangementen van de leerling"))),
        (status = 400, description = "Niet toegestaan: een partij ontbreekt, een afspraak zonder eigenaar of datum", body = Probleem,
         content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Ongeldige invoer", "status": 400,
             "detail": "aan tafel zitten ouders, school, samenwerkingsverband, jeugdhulp en gemeente; gemeente ontbreekt"})),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn vastleggen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(n): ApiJson<IntegraalInvoer>,
) -> Result<Aangemaakt<IntegraalArrangement>, ApiError> {
    let leerling = LeerlingId(nummer(&id)?);
    let afspraken = n
        .afspraken
        .iter()
        .enumerate()
        .map(|(i, a)| {
            Ok((
                Onderdeel::parse(&a.onderdeel)
                    .map_err(|e| veld(&format!("afspraken[{i}].onderdeel"), e))?,
                a.afspraak.clone(),
                a.eigenaar.clone(),
                opt_datum(a.datum.as_deref(), &format!("afspraken[{i}].datum"))?,
            ))
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    let nieuw = NieuwIntegraal {
        datum: datum(&n.datum, "datum")?,
        deelnemers: partijen(&n.deelnemers, "deelnemers")?,
        verslag: n.verslag,
        afspraken,
    };
    let id = state
        .store
        .arrangementen()
        .leg_integraal_vast(
            &g.verzoeker,
            leerling,
            &nieuw,
            crate::vandaag(),
            "/api/v1/leerlingen/{id}/integrale-arrangementen",
        )
        .await?;
    let made = state
        .store
        .arrangementen()
        .integrale_arrangementen_van(
            &g.verzoeker,
            leerling,
            crate::vandaag(),
            "/api/v1/leerlingen/{id}/integrale-arrangementen",
        )
        .await?
        .into_iter()
        .find(|i| i.id == id)
        .ok_or_else(ApiError::not_found)?;
    Ok(aangemaakt(
        format!("/api/v1/leerlingen/{}/integrale-arrangementen", leerling.0),
        made.into(),
    ))
}

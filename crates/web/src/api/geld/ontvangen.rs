//! What a school board received from the samenwerkingsverbanden.

use super::bedrag;
use super::betalingen::Betaling;
use super::params::GeldParams;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiQuery;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Ontvangst {
    #[schema(example = "PO2605")]
    pub samenwerkingsverband: String,
    /// Wat het bestuur in totaal van dit samenwerkingsverband ontvangt (leeg als er niets verdeeld is).
    #[schema(example = "837000.00")]
    pub totaal: Option<String>,
    /// De eigen scholen in dit samenwerkingsverband.
    pub scholen: Vec<Betaling>,
    /// Waarom er niets verdeeld is (geen verdeelmodel, negatief budget, …).
    pub probleem: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OntvangenAntwoord {
    #[schema(example = "2027-2028")]
    pub schooljaar: String,
    pub rekenvoorbeeld: bool,
    pub samenwerkingsverbanden: Vec<Ontvangst>,
}

/// Wat het eigen bestuur ontvangt van elk samenwerkingsverband waarin het een vestiging
/// heeft, per school (voor het jaarverslag; alleen besturen).
#[utoipa::path(
    get,
    path = "/geld/ontvangen",
    tag = "geld",
    operation_id = "geldOntvangen",
    params(GeldParams),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De ontvangsten per samenwerkingsverband", body = OntvangenAntwoord,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen regelset of ongeldige parameter", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Niet voor uw rol", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn ontvangen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiQuery(q): ApiQuery<GeldParams>,
) -> Result<Json<OntvangenAntwoord>, ApiError> {
    let k = q.keuze()?;
    // The store decides: only a bestuur, and only its own boards' schools.
    let lijst = state
        .store
        .geld()
        .ontvangen_per_swv(&g.verzoeker, k.schooljaar, k.voorbeeld, k.naar)
        .await?;
    Ok(Json(OntvangenAntwoord {
        schooljaar: k.schooljaar.to_string(),
        // As the store picks the rule set: another year's amounts make it an example.
        rekenvoorbeeld: k.voorbeeld.is_some_and(|v| v != k.schooljaar),
        samenwerkingsverbanden: lijst
            .into_iter()
            .map(|o| Ontvangst {
                samenwerkingsverband: o.swv.to_string(),
                totaal: o.totaal.map(bedrag),
                scholen: o
                    .scholen
                    .iter()
                    .map(|s| Betaling {
                        vestiging: s.vestiging.clone(),
                        naam: s.naam.clone(),
                        bevoegd_gezag: s.bestuur.clone(),
                        leerlingen: s.leerlingen,
                        per_leerling: bedrag(s.per_leerling),
                        naar_arrangementen: bedrag(s.arrangement),
                        totaal: bedrag(s.totaal),
                    })
                    .collect(),
                probleem: o.probleem,
            })
            .collect(),
    }))
}

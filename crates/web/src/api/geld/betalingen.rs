//! Payments to and from the school boards.

use super::params::GeldParams;
use super::{bedrag, swv};
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiQuery;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};
use passend_store::geld::Betalingen;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Betaling {
    #[schema(example = "90AA00")]
    pub vestiging: String,
    pub naam: String,
    #[schema(example = "90001")]
    pub bevoegd_gezag: String,
    pub leerlingen: u64,
    #[schema(example = "12500.00")]
    pub per_leerling: String,
    #[schema(example = "4000.00")]
    pub naar_arrangementen: String,
    #[schema(example = "16500.00")]
    pub totaal: String,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct BestuurBetaling {
    #[schema(example = "90001")]
    pub bevoegd_gezag: String,
    pub naam: String,
    #[schema(example = "837000.00")]
    pub totaal: String,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct BetalingenAntwoord {
    #[schema(example = "PO2605")]
    pub samenwerkingsverband: String,
    #[schema(example = "2027-2028")]
    pub schooljaar: String,
    pub rekenvoorbeeld: bool,
    /// Het verdeelde netto budget (leeg voor een bestuur).
    #[schema(example = "1000000.00")]
    pub budget: Option<String>,
    #[schema(example = "100000.00")]
    pub eigen_taken: Option<String>,
    pub scholen: Vec<Betaling>,
    pub besturen: Vec<BestuurBetaling>,
    /// Waarom er niets verdeeld is (geen verdeelmodel, negatief budget, …).
    pub probleem: Option<String>,
}

fn betalingen_antwoord(b: Betalingen) -> BetalingenAntwoord {
    BetalingenAntwoord {
        samenwerkingsverband: b.swv.to_string(),
        schooljaar: b.schooljaar.to_string(),
        rekenvoorbeeld: b.rekenvoorbeeld,
        budget: b.budget.map(bedrag),
        eigen_taken: b.eigen_taken.map(bedrag),
        scholen: b
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
        besturen: b
            .per_bestuur
            .iter()
            .map(|(bg, n, t)| BestuurBetaling {
                bevoegd_gezag: bg.clone(),
                naam: n.clone(),
                totaal: bedrag(*t),
            })
            .collect(),
        probleem: b.probleem,
    }
}

/// De betalingen van een samenwerkingsverband aan besturen en scholen volgens het
/// verdeelmodel; een bestuur ziet alleen de eigen scholen.
#[utoipa::path(
    get,
    path = "/swv/{code}/betalingen",
    tag = "geld",
    operation_id = "betalingen",
    params(("code" = String, Path, description = "SWV-code", example = "PO2605"), GeldParams),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De betalingen", body = BetalingenAntwoord,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen regelset of ongeldige parameter", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn betalingen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(code): Path<String>,
    ApiQuery(q): ApiQuery<GeldParams>,
) -> Result<Json<BetalingenAntwoord>, ApiError> {
    let code = swv(&code)?;
    let k = q.keuze()?;
    let b = state
        .store
        .geld()
        .betalingen(&g.verzoeker, &code, k.schooljaar, k.voorbeeld, k.naar)
        .await?;
    Ok(Json(betalingen_antwoord(b)))
}

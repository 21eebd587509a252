//! The national monitor.

use super::antwoord::antwoord;
use super::schema::MonitorAntwoord;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::problem::{ApiError, Probleem};
use crate::pages::monitor::{MonitorQuery, lees};
use axum::Json;
use axum::extract::{Query, State};

/// The monitor for the caller's scope: inspectie and ministerie every SWV with the national
/// totals, an SWV or OPR its own SWV.
#[utoipa::path(
    get,
    path = "/monitor",
    tag = "monitor",
    operation_id = "monitor",
    params(("schooljaar" = Option<String>, Query, description = "Schooljaar als 2026-2027; leeg: het huidige", example = "2026-2027")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De cijfers, kleine aantallen afgeschermd", body = MonitorAntwoord,
         headers(("API-Version" = String, description = "Versie van de API")),
         example = json!({
            "schooljaar": "2026-2027", "bereik": "landelijk", "afgeschermd": true, "drempel": 10,
            "indicatoren": [{
                "sleutel": "tlv", "titel": "Toelaatbaarheidsverklaringen",
                "definitie": "Toelaatbaarheidsverklaringen die het samenwerkingsverband in de periode heeft toegekend …",
                "peildatum": "periode 01-08-2026 t/m 22-11-2026",
                "kolommen": ["sbo", "so laag"],
                "rijen": [
                    {"samenwerkingsverband": "PO2605", "cellen": [{"waarde": null, "onderdrukt": true, "label": "<10"}, {"waarde": null, "onderdrukt": true, "label": "×"}], "totaal": {"waarde": 24, "onderdrukt": false, "label": "24"}},
                    {"samenwerkingsverband": "VO2605", "cellen": [{"waarde": 0, "onderdrukt": false, "label": "0"}, {"waarde": 0, "onderdrukt": false, "label": "0"}], "totaal": {"waarde": 0, "onderdrukt": false, "label": "0"}}
                ],
                "landelijk": {"samenwerkingsverband": null, "cellen": [{"waarde": null, "onderdrukt": true, "label": "<10"}, {"waarde": null, "onderdrukt": true, "label": "×"}], "totaal": {"waarde": 24, "onderdrukt": false, "label": "24"}}
            }],
            "trendThuiszitters": [{"schooljaar": "2025-2026", "aantal": 31}, {"schooljaar": "2026-2027", "aantal": 18}],
            "trajectThuiszitters": [],
            "geld": [{"samenwerkingsverband": "PO2605", "budget": "4123456.78", "boekjaar": 2025, "baten": "9310000.00", "lasten": "10155000.00", "reserve": "290000.00", "signaleringswaardeOverschreden": false}]
         })),
        (status = 400, description = "Ongeldig schooljaar", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Niet voor uw rol", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn monitor_landelijk(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Query(q): Query<MonitorQuery>,
) -> Result<Json<MonitorAntwoord>, ApiError> {
    let q = MonitorQuery {
        swv: None,
        formaat: None,
        ..q
    };
    Ok(Json(antwoord(&lees(&state.store, &g, &q).await?)))
}

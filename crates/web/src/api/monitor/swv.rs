//! The monitor of one samenwerkingsverband.

use super::antwoord::antwoord;
use super::schema::MonitorAntwoord;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::problem::{ApiError, Probleem};
use crate::pages::monitor::{MonitorQuery, lees};
use axum::Json;
use axum::extract::{Path, Query, State};

/// The monitor for one SWV: for inspectie and ministerie its row of the national tables
/// (the same hidden cells), for the SWV's staff and OPR only their own SWV.
#[utoipa::path(
    get,
    path = "/monitor/{code}",
    tag = "monitor",
    operation_id = "monitorSwv",
    params(
        ("code" = String, Path, description = "DUO-code van het samenwerkingsverband", example = "PO2605"),
        ("schooljaar" = Option<String>, Query, description = "Schooljaar als 2026-2027; leeg: het huidige", example = "2026-2027"),
    ),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De cijfers van één samenwerkingsverband", body = MonitorAntwoord,
         headers(("API-Version" = String, description = "Versie van de API")),
         example = json!({
            "schooljaar": "2026-2027", "bereik": "PO2605", "afgeschermd": true, "drempel": 10,
            "indicatoren": [{
                "sleutel": "vrijstellingen", "titel": "Vrijstellingen per grond",
                "definitie": "Verleende vrijstellingen van de Leerplichtwet die in de periode golden …",
                "peildatum": "periode 01-08-2026 t/m 22-11-2026",
                "kolommen": ["art. 5a", "art. 5b"],
                "rijen": [{"samenwerkingsverband": "PO2605", "cellen": [{"waarde": null, "onderdrukt": true, "label": "×"}, {"waarde": null, "onderdrukt": true, "label": "<10"}], "totaal": {"waarde": 17, "onderdrukt": false, "label": "17"}}],
                "landelijk": null
            }],
            "trendThuiszitters": [{"schooljaar": "2025-2026", "aantal": null}, {"schooljaar": "2026-2027", "aantal": 12}],
            "trajectThuiszitters": [{"schooljaar": "2026-2027", "richting": "hoogstens", "streefwaarde": 5}],
            "geld": [{"samenwerkingsverband": "PO2605", "budget": "4123456.78", "boekjaar": 2025, "baten": "9310000.00", "lasten": "10155000.00", "reserve": "290000.00", "signaleringswaardeOverschreden": false}]
         })),
        (status = 400, description = "Ongeldige code of ongeldig schooljaar", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Niet voor uw rol, of onbekend samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn monitor_swv(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(code): Path<String>,
    Query(q): Query<MonitorQuery>,
) -> Result<Json<MonitorAntwoord>, ApiError> {
    let q = MonitorQuery {
        swv: Some(code),
        formaat: None,
        ..q
    };
    Ok(Json(antwoord(&lees(&state.store, &g, &q).await?)))
}

//! The zorgplicht signals (tag `toezicht`).

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::monitor::MonitorCel;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

/// One count as the /signalen page shows it: 1 to 9 hidden as "<10".
fn signaal(n: u32) -> MonitorCel {
    let verborgen = n > 0 && n < crate::pages::aanmeldingen::KLEINE_CEL;
    MonitorCel {
        waarde: (!verborgen).then_some(u64::from(n)),
        onderdrukt: verborgen,
        label: if verborgen {
            format!("<{}", crate::pages::aanmeldingen::KLEINE_CEL)
        } else {
            n.to_string()
        },
    }
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SignalenRij {
    pub samenwerkingsverband: String,
    pub open_aanmeldingen: MonitorCel,
    /// Aanmeldingen waarover de school niet binnen de termijn besloot.
    pub besluit_te_laat: MonitorCel,
    /// Aanmeldingen waarvoor een tijdelijke plaatsing verplicht is.
    pub tijdelijke_plaatsing_verplicht: MonitorCel,
    /// Ingetrokken binnen zes weken nadat een ondersteuningsbehoefte was vastgesteld.
    pub ingetrokken_na_ondersteuningsbehoefte: MonitorCel,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SignalenAntwoord {
    pub samenwerkingsverbanden: Vec<SignalenRij>,
}

/// De signalen over de zorgplicht per samenwerkingsverband, zoals de pagina /signalen ze
/// toont: alleen aantallen, 1 tot 10 afgeschermd. Alleen voor inspectie en ministerie.
#[utoipa::path(
    get,
    path = "/signalen",
    tag = "toezicht",
    operation_id = "signalen",
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De aantallen per samenwerkingsverband", body = SignalenAntwoord,
         headers(("API-Version" = String, description = "Versie van de API")),
         example = json!({"samenwerkingsverbanden": [{
             "samenwerkingsverband": "PO2605",
             "openAanmeldingen": {"waarde": 14, "onderdrukt": false, "label": "14"},
             "besluitTeLaat": {"waarde": null, "onderdrukt": true, "label": "<10"},
             "tijdelijkePlaatsingVerplicht": {"waarde": 0, "onderdrukt": false, "label": "0"},
             "ingetrokkenNaOndersteuningsbehoefte": {"waarde": null, "onderdrukt": true, "label": "<10"}
         }]})),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Niet voor uw rol", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn signalen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
) -> Result<Json<SignalenAntwoord>, ApiError> {
    let rijen = state
        .store
        .aanmeldingen()
        .aanmeldsignalen(&g.verzoeker, crate::vandaag())
        .await?;
    Ok(Json(SignalenAntwoord {
        samenwerkingsverbanden: rijen
            .into_iter()
            .map(
                |(swv, [open, te_laat, plaatsing, ingetrokken])| SignalenRij {
                    samenwerkingsverband: swv,
                    open_aanmeldingen: signaal(open),
                    besluit_te_laat: signaal(te_laat),
                    tijdelijke_plaatsing_verplicht: signaal(plaatsing),
                    ingetrokken_na_ondersteuningsbehoefte: signaal(ingetrokken),
                },
            )
            .collect(),
    }))
}

//! The ministerie's research file.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiQuery;
use crate::api::problem::{ApiError, Probleem};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use utoipa::IntoParams;

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct OnderzoekParams {
    /// Het schooljaar (standaard het lopende).
    #[param(example = "2026-2027")]
    pub schooljaar: Option<String>,
}

/// Het onderzoeksbestand van een schooljaar, zoals de pagina /monitor/onderzoek het geeft:
/// per inschrijving op de peildatum een pseudoniem en grove kenmerken, nooit naam, BSN,
/// postcode of geboortedatum. Elke download staat in het auditlog. Alleen voor het
/// ministerie.
#[utoipa::path(
    get,
    path = "/onderzoeksbestand",
    tag = "monitor",
    operation_id = "onderzoeksbestand",
    params(OnderzoekParams),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Het bestand (CSV, UTF-8)", body = String, content_type = "text/csv",
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Content-Disposition" = String, description = "attachment; filename=\"onderzoek-2026-2027.csv\"")),
         example = "pseudoniem,schooljaar,samenwerkingsverband,schoolsoort,geboortejaar,opp,tlv,arrangement_toegekend,thuiszitter_langer_dan_3_maanden\n3f9c…e1,2026-2027,PO2605,bao,2017,nee,,nee,nee\n"),
        (status = 400, description = "Geen geldig schooljaar, of buiten de monitor", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor het ministerie", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn onderzoeksbestand(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiQuery(q): ApiQuery<OnderzoekParams>,
) -> Result<Response, ApiError> {
    let today = crate::vandaag();
    let (sj, _) =
        passend_store::MonitorStore::monitor_invoer(q.schooljaar.as_deref(), None, today)?;
    // The store checks the role and writes the export to the audit log.
    let regels = state
        .store
        .monitor()
        .onderzoeksextract(&g.verzoeker, sj, today, "/api/v1/onderzoeksbestand")
        .await?;
    let tabel = crate::pages::monitor::onderzoek_tabel(sj, regels);
    crate::export::bestand(&tabel, crate::export::Formaat::Csv).map_err(|_| {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Serverfout",
            "er ging aan onze kant iets mis",
        )
    })
}

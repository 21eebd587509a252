//! A rule set added by the beheerder.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::problem::{ApiError, Probleem};
use axum::extract::State;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A rule set to add: the file as the page takes it, in a JSON body.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RegelsetInvoer {
    /// De regelset, in het formaat van de meegeleverde bestanden (`crates/domain/data/bekostiging`).
    #[schema(value_type = Object)]
    pub regelset: serde_json::Map<String, serde_json::Value>,
    /// De bestandsnaam, voor meldingen en het overzicht (standaard `regelset.json`).
    pub bestand: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"schooljaar": "2027-2028"}))]
pub struct RegelsetBewaard {
    /// Het schooljaar waarvoor de regelset nu geldt.
    pub schooljaar: String,
}

/// Een regelset voor de bekostiging toevoegen (of vervangen) voor een schooljaar dat passend
/// niet meelevert, zoals de pagina /beheer/regelsets: gecontroleerd door dezelfde lezer als
/// de meegeleverde; een geweigerde regelset noemt de sleutel en het probleem, en er wordt
/// niets opgeslagen. Alleen voor de beheerder.
#[utoipa::path(
    post,
    path = "/regelsets",
    tag = "beheer",
    operation_id = "regelsetToevoegen",
    request_body(content = RegelsetInvoer, description = "De regelset en de bestandsnaam",
        example = json!({
            "regelset": {
                "schooljaar": "2027-2028", "regime": "peildatum_1_oktober",
                "regeling": "Regeling bekostiging personeel PO 2027–2028 …",
                "teldatum": {"datum": "2026-10-01", "bron": "WPO art. 132 lid 1, 3 en 4 en WVO art. 85b lid 2 en 3"},
                "groei_teldatum": {"datum": "2027-02-01", "bron": "WPO art. 125b lid 1 en 2 en WVO art. 85d lid 1 en 2"},
                "bedragen": {"zware_ondersteuning_po": {"bedrag": "300.00", "bron": "Regeling 2027–2028 art. 19"}}
            },
            "bestand": "2027-2028.json"
        })),
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Bewaard", body = RegelsetBewaard,
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Location" = String, description = "De lijst van regelsets")),
         example = json!({"schooljaar": "2027-2028"})),
        (status = 400, description = "Ongeldige JSON", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor de beheerder", body = Probleem, content_type = "application/problem+json"),
        (status = 413, description = "Groter dan 320 kB", body = Probleem, content_type = "application/problem+json"),
        (status = 422, description = "Regelset geweigerd; niets opgeslagen", body = Probleem, content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Bestand geweigerd", "status": 422,
             "detail": "2027-2028.json: 'bedragen.zware_ondersteuning_po.bedrag' is ongeldig: schrijf 300 als tekst, zoals \"300\": een JSON-getal zou via een float gelezen worden",
             "problemen": ["2027-2028.json: 'bedragen.zware_ondersteuning_po.bedrag' is ongeldig: schrijf 300 als tekst, zoals \"300\": een JSON-getal zou via een float gelezen worden"]})),
    )
)]
pub async fn regelset_toevoegen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiJson(invoer): ApiJson<RegelsetInvoer>,
) -> Result<crate::api::ondersteuning::Aangemaakt<RegelsetBewaard>, ApiError> {
    let tekst = serde_json::Value::Object(invoer.regelset).to_string();
    let sj = state
        .store
        .geld()
        .bewaar_regelset(
            &g.verzoeker,
            invoer.bestand.as_deref().unwrap_or_default(),
            &tekst,
            "/api/v1/regelsets",
        )
        .await?;
    Ok(crate::api::ondersteuning::aangemaakt(
        "/api/v1/regelsets".into(),
        RegelsetBewaard {
            schooljaar: sj.to_string(),
        },
    ))
}

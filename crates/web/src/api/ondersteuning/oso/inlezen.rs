//! An OSO dossier read in: checked, then refused with every problem or stored whole.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::{Aangemaakt, aangemaakt, veld};
use crate::api::problem::{ApiError, Probleem};
use axum::extract::State;
use base64::Engine;
use passend_store::{OsoKoppeling, Persoonsnummer};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Een OSO-dossier om in te lezen.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"persoonsnummer": "123456782", "dossier": "PD94bWwgdmVyc2lvbj0iMS4wIj8+..."}))]
pub struct OsoInvoer {
    /// BSN of onderwijsnummer van de leerling: een dossier voor het samenwerkingsverband bevat
    /// dat niet (OSO-regel PaO.LL03).
    pub persoonsnummer: String,
    /// Het dossier (OSO gegevensset 2019.1, XML), base64-gecodeerd.
    pub dossier: String,
}

/// Wat het inlezen opleverde.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OsoResultaat {
    pub leerling: i64,
    pub dossier: i64,
    pub nieuwe_leerling: bool,
    pub tlvs: usize,
    pub historie: usize,
    pub bijlagen: usize,
    /// Beperkt zichtbaar opgeslagen: diagnoses, medische gegevens, intelligentieonderzoek.
    pub beperkt: usize,
    /// De aanvraag bij het samenwerkingsverband, als een school inleest.
    pub aanvraag: Option<i64>,
    /// Categorieën zonder toestemming (OPT-UIT) of niet toegestaan (VERBODEN).
    pub niet_geleverd: Vec<String>,
}

/// Een OSO-dossier inlezen (samenwerkingsverband of school). Een ongeldig dossier wordt
/// geweigerd met alle problemen en hun regel; er wordt dan niets opgeslagen.
#[utoipa::path(
    post,
    path = "/oso-dossiers",
    tag = "ondersteuning",
    operation_id = "osoDossierInlezen",
    request_body = OsoInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Ingelezen", body = OsoResultaat,
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Location" = String, description = "De leerling"))),
        (status = 400, description = "Geen geldig persoonsnummer of geen base64", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Deze rol leest geen dossiers in", body = Probleem, content_type = "application/problem+json"),
        (status = 422, description = "Het dossier voldoet niet aan het schema of de regels", body = Probleem,
         content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Dossier geweigerd", "status": 422,
             "detail": "regel 479: categorie Verzuim is OPT-UIT maar het dossier bevat gegevens van die categorie",
             "problemen": ["regel 479: categorie Verzuim is OPT-UIT maar het dossier bevat gegevens van die categorie"]})),
    )
)]
pub async fn inlezen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiJson(invoer): ApiJson<OsoInvoer>,
) -> Result<Aangemaakt<OsoResultaat>, ApiError> {
    g.api_vereist(passend_domain::Functie::OsoInlezen)?;
    let nummer = Persoonsnummer::parse(invoer.persoonsnummer.trim())
        .map_err(|e| veld("persoonsnummer", e))?;
    let xml = base64::engine::general_purpose::STANDARD
        .decode(invoer.dossier.trim())
        .map_err(|_| veld("dossier", "geen geldige base64"))?;
    let gelezen = tokio::task::spawn_blocking(move || passend_uitwisseling::oso::lees(&xml))
        .await
        .map_err(|_| ApiError::bad_request("het dossier kon niet worden gelezen"))?;
    let dossier = gelezen.map_err(|a| ApiError::afgewezen("Dossier geweigerd", &a))?;
    let u = state
        .store
        .oso()
        .importeer_oso(
            &g.verzoeker,
            &dossier,
            &OsoKoppeling::Persoonsnummer(nummer),
            crate::vandaag(),
            "/api/v1/oso-dossiers",
        )
        .await?;
    Ok(aangemaakt(
        format!("/api/v1/leerlingen/{}", u.leerling.0),
        OsoResultaat {
            leerling: u.leerling.0,
            dossier: u.dossier,
            nieuwe_leerling: u.nieuwe_leerling,
            tlvs: u.tlvs,
            historie: u.historie,
            bijlagen: u.bijlagen,
            beperkt: u.beperkt,
            aanvraag: u.aanvraag,
            niet_geleverd: u.niet_geleverd,
        },
    ))
}

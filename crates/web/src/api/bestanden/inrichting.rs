//! The beheerder's set-up of a region through the API, as `passend import organisaties`
//! and `passend import kalender` and the page /beheer/inrichting do it: the same readers
//! and store calls; a refused file is a 422 problem naming every line, and nothing is stored.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use passend_domain::{Functie, RegioIndeling};
use passend_store::StoreError;
use serde::Serialize;
use utoipa::ToSchema;

/// The file's text, or the problem that it is not UTF-8.
fn tekst(body: &Bytes) -> Result<&str, ApiError> {
    std::str::from_utf8(body)
        .map_err(|_| ApiError::geweigerd("Bestand geweigerd", vec!["geen UTF-8-tekst".into()]))
}

fn geweigerd(e: StoreError) -> ApiError {
    match e {
        StoreError::Ongeldig(p) => ApiError::geweigerd("Bestand geweigerd", vec![p]),
        e => e.into(),
    }
}

/// What an organisations import changed.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
#[schema(example = json!({"nieuw": 3, "gewijzigd": 1, "ongewijzigd": 40, "gesloten": 0, "mbo": 0}))]
pub struct OrganisatiesIngelezen {
    /// Vestigingen die er nog niet waren.
    pub nieuw: usize,
    /// Vestigingen met een andere naam of een ander adres (de wijziging is vastgelegd).
    pub gewijzigd: usize,
    pub ongewijzigd: usize,
    /// Vestigingen die niet meer in het bestand stonden: gesloten, niet verwijderd.
    pub gesloten: usize,
    /// Mbo-vestigingen: gelezen, niet opgeslagen (geen passend onderwijs).
    pub mbo: usize,
}

/// Besturen, scholen en vestigingen inlezen (CSV zoals FORMATS.md, naar de adresbestanden
/// van DUO), zoals `passend import organisaties`. Het samenwerkingsverband volgt uit postcode
/// en sector, tenzij het bestand het noemt. Alles of niets; opnieuw inlezen is veilig; een
/// vestiging die ontbreekt wordt gesloten, nooit verwijderd. Alleen voor de beheerder.
#[utoipa::path(
    post,
    path = "/organisaties/import",
    tag = "beheer",
    operation_id = "organisatiesInlezen",
    request_body(content = String, content_type = "text/csv",
        description = "Eén vestiging per regel, met haar school en bestuur",
        example = "bestuur,bestuur_naam,brin,vestiging,naam,soort,straat,huisnummer,postcode,plaats,gemeentecode,swv\n41234,Stichting Voorbeeld,12AB,00,De Linde,bao,Dorpsstraat,1,3431 AB,Nieuwegein,0356,\n"),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Ingelezen", body = OrganisatiesIngelezen,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldig verzoek (de inhoud kon niet worden gelezen)", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor de beheerder", body = Probleem, content_type = "application/problem+json"),
        (status = 413, description = "Groter dan 8 MB", body = Probleem, content_type = "application/problem+json"),
        (status = 422, description = "Bestand geweigerd; niets opgeslagen", body = Probleem, content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Bestand geweigerd", "status": 422,
             "detail": "regel 3, kolom postcode: '9999' is geen postcode",
             "problemen": ["regel 3, kolom postcode: '9999' is geen postcode"]})),
    )
)]
pub async fn organisaties_inlezen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    body: Bytes,
) -> Result<Json<OrganisatiesIngelezen>, ApiError> {
    g.api_vereist(Functie::Beheer)?;
    let rijen = passend_domain::organisaties::lees(tekst(&body)?, RegioIndeling::officieel())
        .map_err(|p| ApiError::geweigerd("Bestand geweigerd", p))?;
    let u = state
        .store
        .organisaties()
        .importeer_organisaties(
            &g.verzoeker,
            &rijen,
            crate::vandaag(),
            "/api/v1/organisaties/import",
        )
        .await
        .map_err(geweigerd)?;
    Ok(Json(OrganisatiesIngelezen {
        nieuw: u.nieuw,
        gewijzigd: u.gewijzigd,
        ongewijzigd: u.ongewijzigd,
        gesloten: u.gesloten,
        mbo: u.mbo,
    }))
}

/// Which schooljaren's holidays were loaded.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"schooljaren": ["2026-2027"]}))]
pub struct SchoolvakantiesIngelezen {
    pub schooljaren: Vec<String>,
}

/// Schoolvakanties inlezen, zoals `passend import kalender`: het JSON-formaat van de open
/// data van de Rijksoverheid (`{"content": [{"schoolyear": …, "vacations": […]}]}`) of de
/// CSV van de meegeleverde kalender (`schooljaar,vakantie,regio,start,eind,…`). Per schooljaar
/// moeten noord, midden en zuid er alle drie in staan; een ingelezen schooljaar vervangt het
/// vorige. Verzuim op een dag van een schooljaar zonder kalender wordt geweigerd met de naam
/// van dat schooljaar. Alleen voor de beheerder.
#[utoipa::path(
    post,
    path = "/schoolvakanties/import",
    tag = "beheer",
    operation_id = "schoolvakantiesInlezen",
    request_body(content = String, content_type = "text/csv",
        description = "De vakanties van één of meer schooljaren (CSV, of de JSON van de open data)"),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Ingelezen", body = SchoolvakantiesIngelezen,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldig verzoek (de inhoud kon niet worden gelezen)", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor de beheerder", body = Probleem, content_type = "application/problem+json"),
        (status = 413, description = "Groter dan 8 MB", body = Probleem, content_type = "application/problem+json"),
        (status = 422, description = "Bestand geweigerd; niets opgeslagen", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn schoolvakanties_inlezen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    body: Bytes,
) -> Result<Json<SchoolvakantiesIngelezen>, ApiError> {
    g.api_vereist(Functie::Beheer)?;
    let rijen = passend_domain::verzuim::vakanties::lees(tekst(&body)?)
        .map_err(|e| ApiError::geweigerd("Bestand geweigerd", vec![e.to_string()]))?;
    let jaren = state
        .store
        .verzuim()
        .laad_schoolvakanties(&g.verzoeker, &rijen, "/api/v1/schoolvakanties/import")
        .await
        .map_err(geweigerd)?;
    Ok(Json(SchoolvakantiesIngelezen {
        schooljaren: jaren.iter().map(ToString::to_string).collect(),
    }))
}

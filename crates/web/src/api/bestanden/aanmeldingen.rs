//! A school's registrations as a CSV file.

use super::eigen_vestiging;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use passend_domain::Functie;
use passend_store::StoreError;
use serde::Serialize;
use utoipa::ToSchema;

/// What a registrations import stored.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
#[schema(example = json!({"aanmeldingen": 2}))]
pub struct AanmeldingenIngelezen {
    /// Aanmeldingen vastgelegd, één per regel.
    pub aanmeldingen: usize,
}

/// Aanmeldingen van de eigen school inlezen uit de leerlingadministratie (CSV
/// `persoonsnummer,voornaam,tussenvoegsel,achternaam,geboortedatum,postcode,ontvangen,gewenste_start,eerste_voorkeur,andere_scholen,extra_ondersteuning,beoordeling`),
/// zoals de pagina /aanmeldingen. Alles of niets: een geweigerd bestand noemt elk probleem
/// met zijn regel, en er wordt niets opgeslagen. Alleen voor scholen.
#[utoipa::path(
    post,
    path = "/aanmeldingen/import",
    tag = "leerlingen",
    operation_id = "aanmeldingenInlezen",
    request_body(content = String, content_type = "text/csv",
        description = "De aanmeldingen, één per regel; `eerste_voorkeur` en `extra_ondersteuning` zijn ja of nee",
        example = "persoonsnummer,voornaam,tussenvoegsel,achternaam,geboortedatum,postcode,ontvangen,gewenste_start,eerste_voorkeur,andere_scholen,extra_ondersteuning,beoordeling\n111222333,Noor,,Jansen,2021-03-04,3431AB,2026-11-19,,ja,,nee,\n123456782,Sem,van,Dijk,2021-02-28,3431AB,2026-11-19,2027-01-05,nee,De Regenboog,ja,leesproblemen\n"),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Ingelezen", body = AanmeldingenIngelezen,
         headers(("API-Version" = String, description = "Versie van de API")),
         example = json!({"aanmeldingen": 2})),
        (status = 400, description = "Ongeldig verzoek", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor scholen", body = Probleem, content_type = "application/problem+json"),
        (status = 413, description = "Groter dan 2 MB", body = Probleem, content_type = "application/problem+json"),
        (status = 422, description = "Bestand geweigerd; niets opgeslagen", body = Probleem, content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Bestand geweigerd", "status": 422,
             "detail": "regel 3: geboortedatum: '2021-02-30' is geen datum (JJJJ-MM-DD); regel 4: '9999' is geen postcode: verwacht 4 cijfers en 2 letters, zoals 3431 AB",
             "problemen": ["regel 3: geboortedatum: '2021-02-30' is geen datum (JJJJ-MM-DD)", "regel 4: '9999' is geen postcode: verwacht 4 cijfers en 2 letters, zoals 3431 AB"]})),
    )
)]
pub async fn aanmeldingen_inlezen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    body: Bytes,
) -> Result<Json<AanmeldingenIngelezen>, ApiError> {
    let vestiging = eigen_vestiging(&g, Functie::Aanmelden)?;
    let today = crate::vandaag();
    let regels = crate::invoer::aanmeldingen_csv(&body, &vestiging, today)
        .map_err(|p| ApiError::geweigerd("Bestand geweigerd", p))?;
    let n = state
        .store
        .aanmeldingen()
        .importeer_aanmeldingen(&g.verzoeker, &regels, today, "/api/v1/aanmeldingen/import")
        .await
        .map_err(|e| match e {
            // A row the rules refuse; the store names its line.
            StoreError::Ongeldig(p) => ApiError::geweigerd("Bestand geweigerd", vec![p]),
            e => e.into(),
        })?;
    Ok(Json(AanmeldingenIngelezen { aanmeldingen: n }))
}

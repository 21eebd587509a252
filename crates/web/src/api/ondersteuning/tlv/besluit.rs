//! The decision, with its gapless beschikkingsnummer.

use super::opnieuw;
use super::schema::Toelaatbaarheidsverklaring;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::{aangemaakt, nummer};
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::tlv::TlvBesluitVelden;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Het besluit van het samenwerkingsverband, na beide adviezen.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"besluit": "toegekend", "categorie": "laag", "ingang": "2026-09-15"}))]
pub struct TlvBesluitInvoer {
    /// toegekend of afgewezen.
    pub besluit: String,
    /// so en vso: laag, midden of hoog (L, M, H); sbo: leeg.
    pub categorie: Option<String>,
    /// Bij toekenning: de ingangsdatum.
    #[schema(format = Date, value_type = Option<String>)]
    pub ingang: Option<String>,
    /// Bij toekenning: een 31 juli, ten minste één heel schooljaar na de ingang; leeg geeft de
    /// vroegste toegestane einddatum.
    #[schema(format = Date, value_type = Option<String>)]
    pub einde: Option<String>,
    /// Bij afwijzing: de redenen.
    pub reden: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TlvBeschikking {
    /// Bij toekenning: het nieuwe beschikkingsnummer.
    #[schema(example = "PO2605-2026-00001")]
    pub beschikkingsnummer: Option<String>,
    pub toelaatbaarheidsverklaring: Toelaatbaarheidsverklaring,
}

/// Beslissen: een toekenning krijgt het volgende beschikkingsnummer van het samenwerkingsverband
/// en het jaar (zonder gaten) en geeft 201; een afwijzing met redenen geeft 200. Het antwoord
/// bevat de brief aan de ouders.
#[utoipa::path(
    post,
    path = "/tlvs/{id}/besluit",
    tag = "ondersteuning",
    operation_id = "tlvBesluit",
    params(("id" = i64, Path, description = "Nummer van de aanvraag")),
    request_body = TlvBesluitInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Toegekend, met beschikkingsnummer", body = TlvBeschikking,
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Location" = String, description = "De beschikking"))),
        (status = 200, description = "Afgewezen", body = TlvBeschikking,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet toegestaan: adviezen ontbreken, te korte periode, categorie, afwijzing zonder redenen, al beslist", body = Probleem,
         content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Ongeldige invoer", "status": 400,
             "detail": "de toelaatbaarheidsverklaring moet minimaal 1 geheel schooljaar geldig zijn: bij ingang 2026-09-15 eindigt ze op zijn vroegst op 2028-07-31 (WEC art. 40 lid 15, BRON-controle 424)"})),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn besluit(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<TlvBesluitInvoer>,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    const ROUTE: &str = "/api/v1/tlvs/{id}/besluit";
    let id = nummer(&id)?;
    let besluit = TlvBesluitVelden {
        besluit: &b.besluit,
        reden: b.reden.as_deref().unwrap_or_default(),
        categorie: b.categorie.as_deref(),
        ingang: b.ingang.as_deref(),
        einde: b.einde.as_deref(),
    }
    .lees()?;
    let nummer = state
        .store
        .tlvs()
        .beslis_tlv(&g.verzoeker, id, &besluit, crate::vandaag(), ROUTE)
        .await?;
    let body = TlvBeschikking {
        toelaatbaarheidsverklaring: opnieuw(&state, &g, id, ROUTE).await?,
        beschikkingsnummer: nummer.clone(),
    };
    Ok(match nummer {
        Some(_) => aangemaakt(format!("/api/v1/tlvs/{id}"), body).into_response(),
        None => (StatusCode::OK, Json(body)).into_response(),
    })
}

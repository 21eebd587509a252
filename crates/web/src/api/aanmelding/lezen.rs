//! One registration, with the TLV the admitting school needs.

use super::nummer;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::ondersteuning::tlv::Beschikkingsgegevens;
use crate::api::problem::{ApiError, Probleem};
use crate::api::zorgplicht::Aanmelding;
use axum::Json;
use axum::extract::{Path, State};
use serde::Serialize;
use utoipa::ToSchema;

/// De aanmelding, en voor de school die toelaat de toelaatbaarheidsverklaring die zij nodig heeft.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AanmeldingDetail {
    #[serde(flatten)]
    pub aanmelding: Aanmelding,
    /// Alleen voor de school (en haar bevoegd gezag) waar het kind is aangemeld, bij een
    /// lopende aanmelding: de toegekende of nog aangevraagde TLV's van de soort die de school
    /// nodig heeft (sbo, so of vso). Voor anderen leeg.
    pub toelaatbaarheidsverklaringen: Vec<TlvVoorToelating>,
}

/// Het besluit over de toelaatbaarheid, zonder de aanvraag, de adviezen of het dossier.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TlvVoorToelating {
    pub id: i64,
    /// sbo, so of vso.
    pub soort: String,
    /// "aangevraagd, nog niet beslist", "toegekend, geldig", "toegekend, nog niet ingegaan" of "toegekend, verlopen".
    pub status: String,
    /// Het samenwerkingsverband dat de verklaring afgaf.
    pub samenwerkingsverband: String,
    pub samenwerkingsverband_naam: Option<String>,
    #[serde(flatten)]
    pub beschikking: Beschikkingsgegevens,
}

impl TlvVoorToelating {
    fn van(t: passend_store::TlvVoorToelating, today: jiff::civil::Date) -> Self {
        Self {
            id: t.id,
            soort: t.soort.as_str().into(),
            status: t.status(today).into(),
            samenwerkingsverband: t.swv_code,
            samenwerkingsverband_naam: t.swv_naam,
            beschikking: Beschikkingsgegevens::van(
                t.besluit_datum,
                t.categorie.map(|c| c.code()),
                t.ingang,
                t.einde,
                t.beschikkingsnummer,
            ),
        }
    }
}

/// Eén aanmelding binnen het werkgebied, met haar termijnen; voor de school die toelaat ook
/// de toelaatbaarheidsverklaring van het kind.
#[utoipa::path(
    get,
    path = "/aanmeldingen/{id}",
    tag = "leerlingen",
    operation_id = "aanmelding",
    params(("id" = i64, Path, description = "Nummer van de aanmelding")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De aanmelding", body = AanmeldingDetail, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen nummer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn aanmelding(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
) -> Result<Json<AanmeldingDetail>, ApiError> {
    let today = crate::vandaag();
    let route = "/api/v1/aanmeldingen/{id}";
    let a = state
        .store
        .aanmeldingen()
        .aanmelding_voor(&g.verzoeker, nummer(&id)?, today, route)
        .await?;
    let tlvs = state
        .store
        .tlvs()
        .tlvs_voor_toelating(&g.verzoeker, a.id, today, route)
        .await?;
    Ok(Json(AanmeldingDetail {
        aanmelding: a.into(),
        toelaatbaarheidsverklaringen: tlvs
            .into_iter()
            .map(|t| TlvVoorToelating::van(t, today))
            .collect(),
    }))
}

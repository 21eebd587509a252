//! A request for a TLV, sent to the samenwerkingsverband the law names.

use super::schema::Toelaatbaarheidsverklaring;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::{Aangemaakt, aangemaakt, nummer};
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::tlv::TlvAanvraagVelden;
use axum::extract::{Path, State};
use passend_store::LeerlingId;
use serde::Deserialize;
use utoipa::ToSchema;

/// De aanvraag door het bevoegd gezag van de school waar het kind is aangemeld of ingeschreven.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"soort": "so", "aanvragendeVestiging": "90AA00", "ontvangendeVestiging": "90BT00",
    "toelichting": "ondersteuningsbehoefte niveau 6 in communicatie; zie OPP"}))]
pub struct TlvAanvraagInvoer {
    /// sbo, so of vso.
    pub soort: String,
    /// De vestiging waar het kind is aangemeld of ingeschreven; voor een school de eigen
    /// vestiging als dit veld ontbreekt.
    pub aanvragende_vestiging: Option<String>,
    /// De sbo- of (v)so-school waarvoor de verklaring is; verplicht voor sbo als de aanvrager
    /// zelf geen sbo-school is.
    pub ontvangende_vestiging: Option<String>,
    pub toelichting: Option<String>,
}

/// Een toelaatbaarheidsverklaring aanvragen. De aanvraag gaat naar het samenwerkingsverband
/// dat de wet aanwijst (WPO art. 40 lid 8, WEC art. 40 lid 11 en 13), welk dat ook is; het
/// antwoord noemt het en de grond.
#[utoipa::path(
    post,
    path = "/leerlingen/{id}/tlvs",
    tag = "ondersteuning",
    operation_id = "tlvAanvragen",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    request_body = TlvAanvraagInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Aangevraagd bij het samenwerkingsverband dat beslist", body = Toelaatbaarheidsverklaring,
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Location" = String, description = "De nieuwe aanvraag"))),
        (status = 400, description = "Niet toegestaan: niet de aanvragende school, niet aangemeld of ingeschreven, geen sbo-school genoemd", body = Probleem,
         content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Ongeldige invoer", "status": 400,
             "detail": "de aanvraag voor het sbo noemt de sbo-school: die bepaalt het samenwerkingsverband (WPO art. 40 lid 8)"})),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied, of een onbekende vestiging", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn aanvragen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(a): ApiJson<TlvAanvraagInvoer>,
) -> Result<Aangemaakt<Toelaatbaarheidsverklaring>, ApiError> {
    const ROUTE: &str = "/api/v1/leerlingen/{id}/tlvs";
    let leerling = LeerlingId(nummer(&id)?);
    let today = crate::vandaag();
    let aanvraag = TlvAanvraagVelden {
        soort: &a.soort,
        aanvragende_vestiging: a.aanvragende_vestiging.as_deref(),
        ontvangende_vestiging: a.ontvangende_vestiging.as_deref(),
        toelichting: a.toelichting.as_deref().unwrap_or_default(),
        eigen_vestiging: g.verzoeker.kijker.eigen_vestiging(),
    }
    .lees()?;
    let id = state
        .store
        .tlvs()
        .vraag_tlv_aan(&g.verzoeker, leerling, &aanvraag, today, ROUTE)
        .await?;
    // Read back as the requester may read it (also a school with only the registration).
    let made = state
        .store
        .tlvs()
        .tlv_voor(&g.verzoeker, id, today, ROUTE)
        .await?;
    Ok(aangemaakt(
        format!("/api/v1/tlvs/{id}"),
        Toelaatbaarheidsverklaring::voor(made),
    ))
}

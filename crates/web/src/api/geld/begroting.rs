//! The budget of a samenwerkingsverband for a school year.

use super::begroting_antwoord::{Afdrachtregel, Begroting, Scenario, Toelichtingregel};
use super::params::GeldParams;
use super::{bedrag, swv};
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiQuery;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};
use passend_domain::bekostiging::Decimal;
use passend_store::geld::naar_tekst;

/// De begroting van een samenwerkingsverband, berekend uit de geregistreerde inschrijvingen
/// en TLV's, met per regel de toelichting. Een schooljaar zonder regelset wordt geweigerd,
/// tenzij `rekenvoorbeeld` een regelset kiest.
#[utoipa::path(
    get,
    path = "/swv/{code}/begroting",
    tag = "geld",
    operation_id = "begroting",
    params(("code" = String, Path, description = "SWV-code", example = "PO2605"), GeldParams),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De begroting", body = Begroting,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen regelset voor dit schooljaar, of ongeldige parameter", body = Probleem, content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Ongeldige invoer", "status": 400,
            "detail": "geen regelset voor schooljaar 2027-2028: bedragen worden nooit verzonnen. Er zijn regelsets voor 2014-2015, 2015-2016; voeg een regelsetbestand voor 2027-2028 toe"})),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn begroting(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(code): Path<String>,
    ApiQuery(q): ApiQuery<GeldParams>,
) -> Result<Json<Begroting>, ApiError> {
    let code = swv(&code)?;
    let k = q.keuze()?;
    let b = state
        .store
        .geld()
        .begroting(&g.verzoeker, &code, k.schooljaar, k.voorbeeld, k.naar)
        .await?;
    let e = &b.eigen;
    let r = &b.berekening.regelset;
    let opt = |d: Option<Decimal>| d.map(bedrag);
    Ok(Json(Begroting {
        samenwerkingsverband: code.to_string(),
        schooljaar: k.schooljaar.to_string(),
        regelset: r.schooljaar.to_string(),
        rekenvoorbeeld: b.berekening.rekenvoorbeeld,
        afdracht_naar: naar_tekst(k.naar).into(),
        teldatum: r.teldatum.to_string(),
        groei_teldatum: r.groei_teldatum.to_string(),
        leerlingen: e.leerlingen,
        lichte_ondersteuning: opt(e.lichte_ondersteuning),
        zware_ondersteuning: opt(e.zware_ondersteuning),
        afdracht_so: opt(e.afdracht_so),
        afdracht_vso: opt(e.afdracht_vso),
        verevening: opt(e.verevening),
        groei: opt(e.groei),
        netto: bedrag(e.netto),
        ontbrekend: e
            .ontbrekend
            .iter()
            .map(|c| c.as_str().to_string())
            .collect(),
        toelichting: e
            .toelichting
            .iter()
            .map(|t| Toelichtingregel {
                onderdeel: t.component.as_str().into(),
                invoer: t.invoer.clone(),
                sleutel: t.sleutel.clone(),
                factor: t.factor.map(|f| f.to_string()),
                bron: t.bron.clone(),
                uitkomst: opt(t.uitkomst),
            })
            .collect(),
        afdracht_per_categorie: b
            .afdracht_per_groep
            .iter()
            .map(|a| Afdrachtregel {
                groep: a.groep.to_string(),
                leerlingen: a.aantal,
                normbedrag: opt(a.normbedrag),
                bedrag: opt(a.bedrag),
            })
            .collect(),
        zonder_tlv: b.berekening.zonder_tlv.get(&code).copied().unwrap_or(0),
        scenarios: b
            .scenarios
            .iter()
            .map(|s| Scenario {
                samenwerkingsverband: s.swv.to_string(),
                tlv: bedrag(s.tlv),
                woon: bedrag(s.woon),
                school: bedrag(s.school),
            })
            .collect(),
        afdracht_landelijk: b.afdracht_landelijk.iter().map(|d| opt(*d)).collect(),
    }))
}

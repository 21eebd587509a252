//! Read-only lists that had only a page: the zorgplicht signals (tag `toezicht`), the audit
//! log (tag `beheer`) and an SWV's register of deskundigen. Who sees what is the store's
//! decision; these handlers only translate.

use super::auth::ApiGebruiker;
use super::extract::ApiQuery;
use super::monitor::MonitorCel;
use super::ondersteuning::tlv::{Deskundige, DeskundigenRegister};
use super::problem::{ApiError, Probleem};
use super::{PaginaInfo, Paginering};
use crate::AppState;
use axum::Json;
use axum::extract::{Path, State};
use passend_domain::SwvCode;
use passend_store::AuditFilter;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

#[derive(OpenApi)]
#[openapi(
    paths(signalen, auditlog, deskundigen),
    components(schemas(SignalenAntwoord, SignalenRij, AuditlogLijst, AuditlogRegel)),
    tags((name = "toezicht", description = "Signalen over de zorgplicht per samenwerkingsverband, voor inspectie en ministerie; alleen aantallen"),
         (name = "beheer", description = "Het auditlog, alleen voor de beheerder"))
)]
pub struct OverzichtApi;

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

/// The audit page's filters and the page selection, in one query (unknown names refused).
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AuditlogParams {
    /// Alleen regels van deze gebruikersnaam.
    #[param(example = "swv-po")]
    pub gebruiker: Option<String>,
    /// Alleen regels over deze leerling (intern nummer, nooit het BSN).
    #[param(example = 373)]
    pub leerling: Option<i64>,
    /// Alleen deze actie, bijvoorbeeld `lezen`, `lezen-lijst`, `aanmaken` of `exporteren`.
    #[param(example = "lezen")]
    pub actie: Option<String>,
    /// Vanaf deze dag (JJJJ-MM-DD).
    #[param(format = Date, value_type = Option<String>, example = "2026-11-01")]
    pub van: Option<String>,
    /// Tot en met deze dag (JJJJ-MM-DD).
    #[param(format = Date, value_type = Option<String>, example = "2026-11-22")]
    pub tot: Option<String>,
    /// Paginanummer, vanaf 1.
    pub pagina: Option<i64>,
    /// Regels per pagina, 1 tot 200 (standaard 50).
    pub pagina_grootte: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AuditlogRegel {
    pub id: i64,
    /// Tijdstip (UTC, RFC 3339).
    pub tijdstip: String,
    pub gebruikersnaam: String,
    pub rol: String,
    /// Het werkgebied van de rol (vestiging, bestuur, samenwerkingsverband, gemeente).
    pub scope: Option<String>,
    pub leerling: Option<i64>,
    pub actie: String,
    pub route: String,
    /// Wat er veranderde, als tekst; leeg bij lezen.
    pub wijzigingen: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AuditlogLijst {
    pub regels: Vec<AuditlogRegel>,
    #[serde(flatten)]
    pub pagina: PaginaInfo,
}

fn leeg(v: Option<String>) -> Option<String> {
    v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// Het auditlog, nieuwste eerst, met dezelfde filters als de pagina /beheer/audit.
/// Alleen voor de beheerder.
#[utoipa::path(
    get,
    path = "/auditlog",
    tag = "beheer",
    operation_id = "auditlog",
    params(AuditlogParams),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Een pagina van het auditlog", body = AuditlogLijst,
         headers(("API-Version" = String, description = "Versie van de API")),
         example = json!({
             "regels": [{"id": 812, "tijdstip": "2026-11-22T09:14:03Z", "gebruikersnaam": "swv-po", "rol": "swv",
                         "scope": "PO2605", "leerling": 373, "actie": "lezen", "route": "/leerlingen/{id}", "wijzigingen": null}],
             "pagina": 1, "paginaGrootte": 50, "totaal": 1,
             "_links": {"self": {"href": "/api/v1/auditlog?actie=lezen&pagina=1&paginaGrootte=50"}}
         })),
        (status = 400, description = "Ongeldige datum, leerlingnummer, paginering of onbekende parameter", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor de beheerder", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn auditlog(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiQuery(q): ApiQuery<AuditlogParams>,
) -> Result<Json<AuditlogLijst>, ApiError> {
    let (pagina, grootte) = Paginering {
        pagina: q.pagina,
        pagina_grootte: q.pagina_grootte,
    }
    .checked()?;
    let filter = AuditFilter {
        gebruikersnaam: leeg(q.gebruiker),
        leerling_id: q.leerling,
        actie: leeg(q.actie),
        van: leeg(q.van),
        tot: leeg(q.tot),
    };
    let (regels, totaal) = state
        .store
        .zoek_audit(&g.verzoeker, &filter, pagina, grootte)
        .await?;
    // The filters again in the links, so that next and prev stay within them.
    let mut extra = String::new();
    for (naam, waarde) in [
        ("gebruiker", filter.gebruikersnaam.clone()),
        ("leerling", filter.leerling_id.map(|l| l.to_string())),
        ("actie", filter.actie.clone()),
        ("van", filter.van.clone()),
        ("tot", filter.tot.clone()),
    ] {
        if let Some(w) = waarde {
            extra.push_str(&serde_urlencoded::to_string([(naam, w)]).unwrap_or_default());
            extra.push('&');
        }
    }
    Ok(Json(AuditlogLijst {
        regels: regels
            .into_iter()
            .map(|r| AuditlogRegel {
                id: r.id,
                tijdstip: r.tijdstip,
                gebruikersnaam: r.gebruikersnaam,
                rol: r.rol,
                scope: r.scope,
                leerling: r.leerling_id,
                actie: r.actie,
                route: r.route,
                wijzigingen: r.wijzigingen,
            })
            .collect(),
        pagina: PaginaInfo::new("/auditlog", &extra, pagina, grootte, totaal),
    }))
}

/// Het register van deskundigen van een samenwerkingsverband, zoals de pagina /deskundigen
/// het toont. Alleen voor medewerkers van dat samenwerkingsverband.
#[utoipa::path(
    get,
    path = "/samenwerkingsverbanden/{code}/deskundigen",
    tag = "ondersteuning",
    operation_id = "samenwerkingsverbandDeskundigen",
    params(("code" = String, Path, description = "DUO-code van het samenwerkingsverband", example = "PO2605")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Het register, op naam", body = DeskundigenRegister,
         headers(("API-Version" = String, description = "Versie van de API")),
         example = json!({"deskundigen": [
             {"id": 1, "naam": "drs. J. de Vries", "discipline": "orthopedagoog", "verbondenAan": "91ZZ"}
         ]})),
        (status = 400, description = "Geen geldige code van een samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor medewerkers van dit samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn deskundigen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(code): Path<String>,
) -> Result<Json<DeskundigenRegister>, ApiError> {
    let swv = SwvCode::parse(&code).map_err(|e| ApiError::bad_request(format!("code: {e}")))?;
    let lijst = state
        .store
        .deskundigen(&g.verzoeker, &swv.to_string())
        .await?;
    Ok(Json(DeskundigenRegister {
        deskundigen: lijst
            .into_iter()
            .map(|d| Deskundige {
                id: d.id,
                naam: d.naam,
                discipline: d.discipline,
                verbonden_aan: d.verbonden_aan,
            })
            .collect(),
    }))
}

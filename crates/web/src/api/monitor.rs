//! The monitor: aggregates with small-cell protection. The same figures and the same
//! hidden cells as the page: a hidden cell has `waarde: null`, `onderdrukt: true` and the
//! label "<10" (or "×" for a cell hidden so that a small one cannot be computed back).

use super::auth::ApiGebruiker;
use super::problem::{ApiError, Probleem};
use crate::AppState;
use crate::pages::monitor::{MonitorQuery, lees};
use axum::Json;
use axum::extract::{Path, Query, State};
use passend_domain::monitor::Cel;
use passend_store::monitor::{Bereik, Monitor};
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

#[derive(OpenApi)]
#[openapi(
    paths(monitor_landelijk, monitor_swv),
    components(schemas(MonitorAntwoord, MonitorIndicator, MonitorRij, MonitorCel, MonitorGeld, MonitorJaar, MonitorStreefwaarde)),
    tags((name = "monitor", description = "Regionale en landelijke monitor, met afscherming van kleine aantallen"))
)]
pub struct MonitorApi;

/// One count; hidden counts have no value.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"waarde": null, "onderdrukt": true, "label": "<10"}))]
pub struct MonitorCel {
    /// The count, or `null` when hidden.
    pub waarde: Option<u64>,
    pub onderdrukt: bool,
    /// As shown: the count, "<10", or "×" (hidden so that a small count cannot be computed
    /// back from a total).
    pub label: String,
}

#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "samenwerkingsverband": "PO2605",
    "cellen": [{"waarde": 40, "onderdrukt": false, "label": "40"}, {"waarde": null, "onderdrukt": true, "label": "<10"}],
    "totaal": {"waarde": 43, "onderdrukt": false, "label": "43"}
}))]
pub struct MonitorRij {
    /// SWV code; `null` for the national totals.
    pub samenwerkingsverband: Option<String>,
    pub cellen: Vec<MonitorCel>,
    /// The row total, where the figure has one.
    pub totaal: Option<MonitorCel>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MonitorIndicator {
    #[schema(example = "tlv")]
    pub sleutel: String,
    #[schema(example = "Toelaatbaarheidsverklaringen")]
    pub titel: String,
    /// What is counted.
    pub definitie: String,
    #[schema(example = "periode 01-08-2026 t/m 22-11-2026")]
    pub peildatum: String,
    #[schema(example = json!(["sbo", "so laag", "so midden"]))]
    pub kolommen: Vec<String>,
    pub rijen: Vec<MonitorRij>,
    /// Column totals over every SWV (national view only).
    pub landelijk: Option<MonitorRij>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct MonitorAntwoord {
    #[schema(example = "2026-2027")]
    pub schooljaar: String,
    /// `landelijk`, or the SWV the figures are about.
    #[schema(example = "landelijk")]
    pub bereik: String,
    /// Whether small counts are hidden (always, outside the SWV's own staff).
    pub afgeschermd: bool,
    #[schema(example = 10)]
    pub drempel: u64,
    pub indicatoren: Vec<MonitorIndicator>,
    /// Thuiszitters longer than three months per schooljaar for the view (the same count and
    /// the same hidden cells as the indicator `thuiszitters` of each schooljaar).
    pub trend_thuiszitters: Vec<MonitorJaar>,
    /// For an SWV: the targets on that figure from its adopted ondersteuningsplannen, per
    /// schooljaar they cover (the trajectory). Empty nationally.
    pub traject_thuiszitters: Vec<MonitorStreefwaarde>,
    /// Budget, spending and reserve per SWV (amounts in euro as decimal strings; not
    /// subject to the small-cell rule); in the national view the sum as `landelijk`.
    pub geld: Vec<MonitorGeld>,
}

/// One schooljaar's count; `null` where hidden.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"schooljaar": "2025-2026", "aantal": 12}))]
pub struct MonitorJaar {
    pub schooljaar: String,
    pub aantal: Option<u64>,
}

/// A plan's target for one schooljaar.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"schooljaar": "2026-2027", "richting": "hoogstens", "streefwaarde": 5}))]
pub struct MonitorStreefwaarde {
    pub schooljaar: String,
    /// `hoogstens` or `minstens`.
    pub richting: String,
    pub streefwaarde: u64,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
#[schema(example = json!({"samenwerkingsverband": "PO2605", "budget": "4123456.78", "boekjaar": 2025, "baten": "9310000.00", "lasten": "3980000.00", "reserve": "812000.00", "signaleringswaardeOverschreden": false}))]
pub struct MonitorGeld {
    pub samenwerkingsverband: String,
    pub budget: Option<String>,
    /// Het boekjaar van baten, lasten en reserve.
    pub boekjaar: Option<i16>,
    pub baten: Option<String>,
    pub lasten: Option<String>,
    pub reserve: Option<String>,
    pub signaleringswaarde_overschreden: Option<bool>,
}

pub fn cel(c: Cel, drempel: u64) -> MonitorCel {
    MonitorCel {
        waarde: c.waarde(),
        onderdrukt: c.onderdrukt(),
        label: c.label(drempel),
    }
}

pub fn antwoord(m: &Monitor) -> MonitorAntwoord {
    let d = m.drempel;
    MonitorAntwoord {
        schooljaar: m.schooljaar.to_string(),
        bereik: match (&m.swv, &m.bereik) {
            (Some(s), _) => s.clone(),
            (None, Bereik::EigenSwv(s) | Bereik::Opr(s)) => s.clone(),
            (None, Bereik::Landelijk) => "landelijk".into(),
        },
        afgeschermd: m.bereik.beschermd(),
        drempel: d,
        indicatoren: m
            .indicatoren
            .iter()
            .map(|i| {
                let t = &i.tabel;
                MonitorIndicator {
                    sleutel: i.sleutel.into(),
                    titel: i.titel.into(),
                    definitie: i.definitie.clone(),
                    peildatum: i.peildatum.clone(),
                    kolommen: t.kolommen.clone(),
                    rijen: t
                        .rijen
                        .iter()
                        .enumerate()
                        .map(|(r, swv)| MonitorRij {
                            samenwerkingsverband: Some(swv.clone()),
                            cellen: t.cellen[r].iter().map(|c| cel(*c, d)).collect(),
                            totaal: t.rijtotalen.as_ref().map(|rt| cel(rt[r], d)),
                        })
                        .collect(),
                    landelijk: t.kolomtotalen.as_ref().map(|kt| MonitorRij {
                        samenwerkingsverband: None,
                        cellen: kt.iter().map(|c| cel(*c, d)).collect(),
                        totaal: t.totaal.map(|c| cel(c, d)),
                    }),
                }
            })
            .collect(),
        trend_thuiszitters: m
            .trend_thuiszitters
            .iter()
            .map(|(sj, n)| MonitorJaar {
                schooljaar: sj.to_string(),
                aantal: *n,
            })
            .collect(),
        traject_thuiszitters: m
            .traject_thuiszitters
            .iter()
            .map(|(sj, richting, d)| MonitorStreefwaarde {
                schooljaar: sj.to_string(),
                richting: richting.clone(),
                streefwaarde: *d,
            })
            .collect(),
        geld: m
            .geld
            .iter()
            .map(|g| {
                let bedrag = |d: Option<passend_domain::bekostiging::Decimal>| {
                    d.map(|d| format!("{:.2}", d.round_dp(2)))
                };
                MonitorGeld {
                    samenwerkingsverband: g.swv.clone(),
                    budget: bedrag(g.budget),
                    boekjaar: g.boekjaar,
                    baten: bedrag(g.baten),
                    lasten: bedrag(g.lasten),
                    reserve: bedrag(g.reserve),
                    signaleringswaarde_overschreden: g.signaleringswaarde_overschreden,
                }
            })
            .collect(),
    }
}

/// The monitor for the caller's scope: inspectie and ministerie every SWV with the national
/// totals, an SWV or OPR its own SWV.
#[utoipa::path(
    get,
    path = "/monitor",
    tag = "monitor",
    operation_id = "monitor",
    params(("schooljaar" = Option<String>, Query, description = "Schooljaar als 2026-2027; leeg: het huidige", example = "2026-2027")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De cijfers, kleine aantallen afgeschermd", body = MonitorAntwoord,
         headers(("API-Version" = String, description = "Versie van de API")),
         example = json!({
            "schooljaar": "2026-2027", "bereik": "landelijk", "afgeschermd": true, "drempel": 10,
            "indicatoren": [{
                "sleutel": "tlv", "titel": "Toelaatbaarheidsverklaringen",
                "definitie": "Toelaatbaarheidsverklaringen die het samenwerkingsverband in de periode heeft toegekend …",
                "peildatum": "periode 01-08-2026 t/m 22-11-2026",
                "kolommen": ["sbo", "so laag"],
                "rijen": [
                    {"samenwerkingsverband": "PO2605", "cellen": [{"waarde": null, "onderdrukt": true, "label": "<10"}, {"waarde": null, "onderdrukt": true, "label": "×"}], "totaal": {"waarde": 24, "onderdrukt": false, "label": "24"}},
                    {"samenwerkingsverband": "VO2605", "cellen": [{"waarde": 0, "onderdrukt": false, "label": "0"}, {"waarde": 0, "onderdrukt": false, "label": "0"}], "totaal": {"waarde": 0, "onderdrukt": false, "label": "0"}}
                ],
                "landelijk": {"samenwerkingsverband": null, "cellen": [{"waarde": null, "onderdrukt": true, "label": "<10"}, {"waarde": null, "onderdrukt": true, "label": "×"}], "totaal": {"waarde": 24, "onderdrukt": false, "label": "24"}}
            }],
            "trendThuiszitters": [{"schooljaar": "2025-2026", "aantal": 31}, {"schooljaar": "2026-2027", "aantal": 18}],
            "trajectThuiszitters": [],
            "geld": [{"samenwerkingsverband": "PO2605", "budget": "4123456.78", "boekjaar": 2025, "baten": "9310000.00", "lasten": "10155000.00", "reserve": "290000.00", "signaleringswaardeOverschreden": false}]
         })),
        (status = 400, description = "Ongeldig schooljaar", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Niet voor uw rol", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn monitor_landelijk(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Query(q): Query<MonitorQuery>,
) -> Result<Json<MonitorAntwoord>, ApiError> {
    let q = MonitorQuery {
        swv: None,
        formaat: None,
        ..q
    };
    Ok(Json(antwoord(&lees(&state.store, &g, &q).await?)))
}

/// The monitor for one SWV: for inspectie and ministerie its row of the national tables
/// (the same hidden cells), for the SWV's staff and OPR only their own SWV.
#[utoipa::path(
    get,
    path = "/monitor/{code}",
    tag = "monitor",
    operation_id = "monitorSwv",
    params(
        ("code" = String, Path, description = "DUO-code van het samenwerkingsverband", example = "PO2605"),
        ("schooljaar" = Option<String>, Query, description = "Schooljaar als 2026-2027; leeg: het huidige", example = "2026-2027"),
    ),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De cijfers van één samenwerkingsverband", body = MonitorAntwoord,
         headers(("API-Version" = String, description = "Versie van de API")),
         example = json!({
            "schooljaar": "2026-2027", "bereik": "PO2605", "afgeschermd": true, "drempel": 10,
            "indicatoren": [{
                "sleutel": "vrijstellingen", "titel": "Vrijstellingen per grond",
                "definitie": "Verleende vrijstellingen van de Leerplichtwet die in de periode golden …",
                "peildatum": "periode 01-08-2026 t/m 22-11-2026",
                "kolommen": ["art. 5a", "art. 5b"],
                "rijen": [{"samenwerkingsverband": "PO2605", "cellen": [{"waarde": null, "onderdrukt": true, "label": "×"}, {"waarde": null, "onderdrukt": true, "label": "<10"}], "totaal": {"waarde": 17, "onderdrukt": false, "label": "17"}}],
                "landelijk": null
            }],
            "trendThuiszitters": [{"schooljaar": "2025-2026", "aantal": null}, {"schooljaar": "2026-2027", "aantal": 12}],
            "trajectThuiszitters": [{"schooljaar": "2026-2027", "richting": "hoogstens", "streefwaarde": 5}],
            "geld": [{"samenwerkingsverband": "PO2605", "budget": "4123456.78", "boekjaar": 2025, "baten": "9310000.00", "lasten": "10155000.00", "reserve": "290000.00", "signaleringswaardeOverschreden": false}]
         })),
        (status = 400, description = "Ongeldige code of ongeldig schooljaar", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Niet voor uw rol, of onbekend samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn monitor_swv(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(code): Path<String>,
    Query(q): Query<MonitorQuery>,
) -> Result<Json<MonitorAntwoord>, ApiError> {
    let q = MonitorQuery {
        swv: Some(code),
        formaat: None,
        ..q
    };
    Ok(Json(antwoord(&lees(&state.store, &g, &q).await?)))
}

//! The monitor: aggregates with small-cell protection. Per schooljaar and per SWV (the
//! SWV's staff and OPR: their own; inspectie and ministerie: every SWV and the national
//! totals), every figure with its definition and its peildatum or period, the trends as
//! inline SVG, and the tables as CSV or Excel (`?formaat=csv|xlsx`). Who sees which SWV
//! and whether small cells are hidden is decided by the store.

use super::{Page, render};
use crate::export::{Cel as ExportCel, Formaat, Tabel, download};
use crate::layout::Layout;
use crate::session::Gebruiker;
use crate::{AppState, monitor_drempel, vandaag};
use askama::Template;
use axum::extract::{Query, State};
use passend_domain::Schooljaar;
use passend_domain::voortgang::{BASISJAAR, nationale_reeks, traject};
use passend_store::Store;
use passend_store::monitor::{Bereik, EERSTE_JAAR, ExtractRegel, Indicator, Monitor};
use std::collections::BTreeMap;

#[derive(Debug, Default, serde::Deserialize)]
pub struct MonitorQuery {
    pub schooljaar: Option<String>,
    pub swv: Option<String>,
    pub formaat: Option<String>,
}

/// One table cell as the page shows it.
pub struct Vak {
    pub label: String,
    pub onderdrukt: bool,
}

pub struct Rij {
    pub naam: String,
    pub vakken: Vec<Vak>,
}

pub struct Figuur {
    pub sleutel: &'static str,
    pub titel: &'static str,
    pub definitie: String,
    pub peildatum: String,
    pub kolommen: Vec<String>,
    pub totaalkolom: bool,
    pub rijen: Vec<Rij>,
}

/// A point of a line chart, in SVG units, with its label and shown value.
pub struct Punt {
    pub x: i64,
    pub y: i64,
    pub label: String,
    pub waarde: String,
}

pub struct Lijn {
    pub pad: String,
    pub punten: Vec<Punt>,
}

#[derive(Template)]
#[template(path = "monitor.html")]
struct MonitorPage {
    layout: Layout,
    titel: String,
    schooljaar: String,
    jaren: Vec<(String, bool)>,
    swv: String,
    landelijk: bool,
    beschermd: bool,
    drempel: u64,
    ministerie: bool,
    query: String,
    figuren: Vec<Figuur>,
    aandelen: Vec<(String, String)>,
    speciaal: Lijn,
    speciaal_max: String,
    thuis: Lijn,
    traject: Lijn,
    /// The register's count for the view per schooljaar, and (for an SWV) its plan's target.
    register: Lijn,
    register_traject: Lijn,
    register_max: String,
    register_rijen: Vec<RegisterRij>,
    geld: Vec<GeldRij>,
    geld_definitie: &'static str,
}

/// One schooljaar of the thuiszitters trend against the SWV's own target.
pub struct RegisterRij {
    pub schooljaar: String,
    pub gemeten: String,
    pub streefwaarde: String,
    pub behaald: &'static str,
}

/// The register's thuiszitters per schooljaar against the targets of the SWV's adopted
/// plans: a line each, and a table.
fn register_trend(m: &Monitor, drempel: u64) -> (Lijn, Lijn, String, Vec<RegisterRij>) {
    let laatste = m
        .trend_thuiszitters
        .iter()
        .map(|(sj, _)| sj.start().year())
        .chain(
            m.traject_thuiszitters
                .iter()
                .map(|(sj, _, _)| sj.start().year()),
        )
        .max()
        .unwrap_or(EERSTE_JAAR);
    let top = m
        .trend_thuiszitters
        .iter()
        .filter_map(|(_, n)| *n)
        .chain(m.traject_thuiszitters.iter().map(|(_, _, d)| *d))
        .max()
        .unwrap_or(0);
    // The axis runs to the next multiple of 10 above the top.
    let max = i64::try_from((top / 10 + 1) * 10).unwrap_or(i64::MAX);
    let gemeten = lijn(
        &m.trend_thuiszitters
            .iter()
            .map(|(sj, n)| {
                let w = n.and_then(|n| i64::try_from(n).ok());
                (
                    sj.start().year(),
                    w,
                    w.map(crate::format::aantal).unwrap_or_default(),
                )
            })
            .collect::<Vec<_>>(),
        EERSTE_JAAR,
        laatste,
        max,
    );
    let doel = lijn(
        &m.traject_thuiszitters
            .iter()
            .map(|(sj, richting, d)| {
                let d = i64::try_from(*d).unwrap_or(i64::MAX);
                (
                    sj.start().year(),
                    Some(d),
                    format!("{richting} {}", crate::format::aantal(d)),
                )
            })
            .collect::<Vec<_>>(),
        EERSTE_JAAR,
        laatste,
        max,
    );
    // Per schooljaar: the count if the year is in the trend (`Some(None)`: hidden), and the
    // target if a plan sets one.
    type Jaar = (Option<Option<u64>>, Option<(String, u64)>);
    let mut jaren: BTreeMap<Schooljaar, Jaar> = BTreeMap::new();
    for (sj, n) in &m.trend_thuiszitters {
        jaren.entry(*sj).or_default().0 = Some(*n);
    }
    for (sj, r, d) in &m.traject_thuiszitters {
        jaren.entry(*sj).or_default().1 = Some((r.clone(), *d));
    }
    let rijen = jaren
        .into_iter()
        .map(|(sj, (gemeten, doel))| RegisterRij {
            schooljaar: sj.to_string(),
            gemeten: match gemeten {
                Some(Some(n)) => crate::format::aantal(i64::try_from(n).unwrap_or(i64::MAX)),
                Some(None) => format!("afgeschermd (<{drempel} of ×)"),
                None => "—".into(),
            },
            streefwaarde: doel
                .as_ref()
                .map_or("—".into(), |(r, d)| format!("{r} {d}")),
            behaald: match (gemeten, &doel) {
                (Some(Some(n)), Some((r, d))) if r == "minstens" => {
                    if n >= *d {
                        "ja"
                    } else {
                        "nee"
                    }
                }
                (Some(Some(n)), Some((_, d))) => {
                    if n <= *d {
                        "ja"
                    } else {
                        "nee"
                    }
                }
                _ => "—",
            },
        })
        .collect();
    (gemeten, doel, crate::format::aantal(max), rijen)
}

pub struct GeldRij {
    pub swv: String,
    pub budget: String,
    pub boekjaar: String,
    pub baten: String,
    pub lasten: String,
    pub reserve: String,
    pub signalering: &'static str,
}

/// An amount as "€ 1.234,56"; "—" when there is none.
fn euro(d: Option<passend_domain::bekostiging::Decimal>) -> String {
    d.and_then(|d| {
        format!("{:.2}", d.round_dp(2))
            .replace('.', "")
            .parse::<i64>()
            .ok()
    })
    .map(crate::format::euro)
    .unwrap_or_else(|| "—".into())
}

fn vak(c: passend_domain::monitor::Cel, drempel: u64) -> Vak {
    Vak {
        label: c.label(drempel),
        onderdrukt: c.onderdrukt(),
    }
}

fn figuur(i: &Indicator, drempel: u64) -> Figuur {
    let t = &i.tabel;
    let mut rijen: Vec<Rij> = t
        .rijen
        .iter()
        .enumerate()
        .map(|(r, naam)| {
            let mut vakken: Vec<Vak> = t.cellen[r].iter().map(|c| vak(*c, drempel)).collect();
            if let Some(rt) = &t.rijtotalen {
                vakken.push(vak(rt[r], drempel));
            }
            Rij {
                naam: naam.clone(),
                vakken,
            }
        })
        .collect();
    if let Some(kt) = &t.kolomtotalen {
        let mut vakken: Vec<Vak> = kt.iter().map(|c| vak(*c, drempel)).collect();
        if let Some(tt) = t.totaal {
            vakken.push(vak(tt, drempel));
        }
        rijen.push(Rij {
            naam: "Landelijk".into(),
            vakken,
        });
    }
    Figuur {
        sleutel: i.sleutel,
        titel: i.titel,
        definitie: i.definitie.clone(),
        peildatum: i.peildatum.clone(),
        kolommen: t.kolommen.clone(),
        totaalkolom: t.rijtotalen.is_some(),
        rijen,
    }
}

/// Per mille as a Dutch percentage with one decimal.
pub fn procent(promille: u64) -> String {
    format!("{},{} %", promille / 10, promille % 10)
}

/// The monitor's tables as one long table for a download: one row per cell, with the
/// figure's definition and date; hidden cells as "<10" or "×", never their value.
pub fn tabel(m: &Monitor) -> Tabel {
    let mut out = Tabel::new(
        &format!("monitor-{}", m.schooljaar),
        &[
            "schooljaar",
            "indicator",
            "definitie",
            "peildatum_of_periode",
            "samenwerkingsverband",
            "categorie",
            "aantal",
            "onderdrukt",
        ],
    );
    for g in &m.geld {
        for (k, v) in [
            ("budget", g.budget),
            ("baten", g.baten),
            ("lasten", g.lasten),
            ("reserve", g.reserve),
        ] {
            out.rij(vec![
                m.schooljaar.to_string().into(),
                "Budget, lasten en reserve (euro)".into(),
                passend_store::monitor::GELD_DEFINITIE.into(),
                match (k, g.boekjaar) {
                    ("budget", _) | (_, None) => format!("schooljaar {}", m.schooljaar),
                    (_, Some(j)) => format!("boekjaar {j}"),
                }
                .into(),
                g.swv.clone().into(),
                k.into(),
                v.map_or(ExportCel::Leeg, ExportCel::Bedrag),
                "nee".into(),
            ]);
        }
    }
    for i in &m.indicatoren {
        let f = figuur(i, m.drempel);
        let mut kolommen = f.kolommen.clone();
        if f.totaalkolom {
            kolommen.push("totaal".into());
        }
        for rij in &f.rijen {
            for (k, v) in kolommen.iter().zip(&rij.vakken) {
                let aantal = if v.onderdrukt {
                    ExportCel::Tekst(v.label.clone())
                } else {
                    ExportCel::Getal(v.label.parse().unwrap_or(0))
                };
                out.rij(vec![
                    m.schooljaar.to_string().into(),
                    i.titel.into(),
                    i.definitie.clone().into(),
                    i.peildatum.clone().into(),
                    rij.naam.clone().into(),
                    k.clone().into(),
                    aantal,
                    (if v.onderdrukt { "ja" } else { "nee" }).into(),
                ]);
            }
        }
    }
    out
}

/// Chart geometry in SVG units.
const W: i64 = 640;
const H: i64 = 240;
const LEFT: i64 = 60;
const TOP: i64 = 20;
const BOTTOM: i64 = 30;

fn lijn(waarden: &[(i16, Option<i64>, String)], eerste: i16, laatste: i16, max: i64) -> Lijn {
    let span = i64::from((laatste - eerste).max(1));
    let punten: Vec<Punt> = waarden
        .iter()
        .filter_map(|(jaar, w, label)| {
            let w = (*w)?;
            Some(Punt {
                x: LEFT + i64::from(jaar - eerste) * (W - LEFT - 20) / span,
                y: TOP + (H - TOP - BOTTOM) * (max - w.min(max)) / max.max(1),
                label: format!("{jaar}/{}", jaar + 1),
                waarde: label.clone(),
            })
        })
        .collect();
    let pad = punten
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{}{},{}", if i == 0 { "M" } else { " L" }, p.x, p.y))
        .collect();
    Lijn { pad, punten }
}

pub async fn lees(
    store: &Store,
    g: &Gebruiker,
    q: &MonitorQuery,
) -> Result<Monitor, passend_store::StoreError> {
    let today = vandaag();
    let (sj, swv) = Store::monitor_invoer(q.schooljaar.as_deref(), q.swv.as_deref(), today)?;
    store
        .monitor(&g.verzoeker, sj, swv.as_deref(), monitor_drempel(), today)
        .await
}

pub async fn page(
    State(state): State<AppState>,
    g: Gebruiker,
    Query(q): Query<MonitorQuery>,
) -> Page {
    let formaat = Formaat::van(q.formaat.as_deref())?;
    let m = lees(&state.store, &g, &q).await?;
    if let Some(formaat) = formaat {
        return download(&state.store, &g.verzoeker, "/monitor", &tabel(&m), formaat).await;
    }
    let today = vandaag();
    let huidig = Schooljaar::of(today);
    let mut jaren = Vec::new();
    let mut sj = Schooljaar::starting_in(EERSTE_JAAR);
    while sj <= huidig {
        jaren.push((sj.to_string(), sj == m.schooljaar));
        sj = sj.next();
    }
    let figuren: Vec<Figuur> = m.indicatoren.iter().map(|i| figuur(i, m.drempel)).collect();
    let aandelen = m
        .indicatoren
        .iter()
        .find(|i| i.sleutel == "leerlingen")
        .map(|i| passend_store::monitor::aandeel_speciaal(&i.tabel))
        .unwrap_or_default()
        .into_iter()
        .map(|(swv, a)| {
            (
                swv,
                a.map(procent)
                    .unwrap_or_else(|| "niet te tonen (kleine aantallen)".into()),
            )
        })
        .collect();
    // The share of special education: its axis runs to the next whole 2 % above the top.
    let top = m
        .trend_speciaal
        .iter()
        .filter_map(|(_, a)| *a)
        .max()
        .unwrap_or(0);
    let max = ((top / 20) + 1) * 20;
    let speciaal = lijn(
        &m.trend_speciaal
            .iter()
            .map(|(sj, a)| {
                (
                    sj.start().year(),
                    a.map(|a| a as i64),
                    a.map(procent).unwrap_or_default(),
                )
            })
            .collect::<Vec<_>>(),
        EERSTE_JAAR,
        huidig.start().year(),
        max as i64,
    );
    let reeks = nationale_reeks();
    let (eerste, laatste) = (2013, reeks.iter().map(|r| r.jaar).max().unwrap_or(2021));
    let thuis = lijn(
        &reeks
            .iter()
            .map(|r| (r.jaar, Some(r.aantal), crate::format::aantal(r.aantal)))
            .collect::<Vec<_>>(),
        eerste,
        laatste,
        5_000,
    );
    let traject_lijn = lijn(
        &(BASISJAAR..=BASISJAAR + 4)
            .map(|j| (j, Some(traject(j)), crate::format::aantal(traject(j))))
            .collect::<Vec<_>>(),
        eerste,
        laatste,
        5_000,
    );
    let (register, register_traject, register_max, register_rijen) = register_trend(&m, m.drempel);
    let landelijk = m.bereik == Bereik::Landelijk;
    let swv = match (&m.bereik, &m.swv) {
        (_, Some(s)) => s.clone(),
        (Bereik::EigenSwv(s) | Bereik::Opr(s), None) => s.clone(),
        (Bereik::Landelijk, None) => String::new(),
    };
    let titel = if swv.is_empty() {
        format!("Monitor passend onderwijs {}: landelijk", m.schooljaar)
    } else {
        format!("Monitor passend onderwijs {}: {swv}", m.schooljaar)
    };
    let query = format!(
        "schooljaar={}{}",
        m.schooljaar,
        m.swv
            .as_ref()
            .map(|s| format!("&amp;swv={s}"))
            .unwrap_or_default()
    );
    render(&MonitorPage {
        layout: Layout::new(titel.clone(), Some(&g)),
        titel,
        schooljaar: m.schooljaar.to_string(),
        jaren,
        swv,
        landelijk,
        beschermd: m.bereik.beschermd(),
        drempel: m.drempel,
        ministerie: g.mag(passend_domain::Functie::Onderzoeksbestand),
        query,
        figuren,
        aandelen,
        speciaal,
        speciaal_max: procent(max),
        thuis,
        traject: traject_lijn,
        register,
        register_traject,
        register_max,
        register_rijen,
        geld: m
            .geld
            .iter()
            .map(|g| GeldRij {
                swv: g.swv.clone(),
                budget: euro(g.budget),
                boekjaar: g.boekjaar.map_or("—".into(), |j| j.to_string()),
                baten: euro(g.baten),
                lasten: euro(g.lasten),
                reserve: euro(g.reserve),
                signalering: match g.signaleringswaarde_overschreden {
                    Some(true) => "boven de signaleringswaarde",
                    Some(false) => "niet boven de signaleringswaarde",
                    None => "—",
                },
            })
            .collect(),
        geld_definitie: passend_store::monitor::GELD_DEFINITIE,
    })
}

/// The research extract (ministerie only): pseudonymous keys and coarse attributes, as CSV
/// unless `formaat=xlsx`. The store checks the role and writes the audit entry.
pub async fn onderzoek(
    State(state): State<AppState>,
    g: Gebruiker,
    Query(q): Query<MonitorQuery>,
) -> Page {
    let formaat = Formaat::van(q.formaat.as_deref())?.unwrap_or(Formaat::Csv);
    let today = vandaag();
    let (sj, _) = Store::monitor_invoer(q.schooljaar.as_deref(), None, today)?;
    let regels = state
        .store
        .onderzoeksextract(&g.verzoeker, sj, today, "/monitor/onderzoek")
        .await?;
    let t = onderzoek_tabel(sj, regels);
    // The store already wrote the export to the audit log.
    crate::export::bestand(&t, formaat)
}

/// The research extract as a table: the page's download and the API's file alike.
pub fn onderzoek_tabel(sj: Schooljaar, regels: Vec<ExtractRegel>) -> Tabel {
    let mut t = Tabel::new(
        &format!("onderzoek-{sj}"),
        &[
            "pseudoniem",
            "schooljaar",
            "samenwerkingsverband",
            "schoolsoort",
            "geboortejaar",
            "opp",
            "tlv",
            "arrangement_toegekend",
            "thuiszitter_langer_dan_3_maanden",
        ],
    );
    let jn = |b: bool| ExportCel::from(if b { "ja" } else { "nee" });
    for r in regels {
        t.rij(vec![
            r.pseudoniem.into(),
            r.schooljaar.into(),
            r.swv.into(),
            r.schoolsoort.into(),
            i64::from(r.geboortejaar).into(),
            jn(r.opp),
            r.tlv.into(),
            jn(r.arrangement_toegekend),
            jn(r.thuiszitter_langer_dan_3_maanden),
        ]);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_trend_meets_the_target_where_both_are_known() {
        let sj = Schooljaar::starting_in;
        let m = Monitor {
            schooljaar: sj(2026),
            bereik: Bereik::EigenSwv("PO2605".into()),
            drempel: 10,
            swv: None,
            indicatoren: Vec::new(),
            trend_speciaal: Vec::new(),
            trend_thuiszitters: vec![(sj(2024), Some(7)), (sj(2025), None), (sj(2026), Some(3))],
            traject_thuiszitters: vec![
                (sj(2024), "hoogstens".into(), 5),
                (sj(2026), "hoogstens".into(), 5),
                (sj(2027), "hoogstens".into(), 2),
            ],
            geld: Vec::new(),
        };
        let (gemeten, doel, max, rijen) = register_trend(&m, 10);
        assert_eq!(gemeten.punten.len(), 2, "the hidden year has no point");
        assert_eq!(doel.punten.len(), 3);
        assert_eq!(max, "10");
        let zie: Vec<_> = rijen
            .iter()
            .map(|r| {
                (
                    r.schooljaar.as_str(),
                    r.gemeten.as_str(),
                    r.streefwaarde.as_str(),
                    r.behaald,
                )
            })
            .collect();
        assert_eq!(
            zie,
            [
                ("2024-2025", "7", "hoogstens 5", "nee"),
                ("2025-2026", "afgeschermd (<10 of ×)", "—", "—"),
                ("2026-2027", "3", "hoogstens 5", "ja"),
                ("2027-2028", "—", "hoogstens 2", "—"),
            ]
        );
    }
}

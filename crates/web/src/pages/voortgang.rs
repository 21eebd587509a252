//! Progress against the goal that no child is out of school longer than three months:
//! the national series against the trajectory (a chart and a table), and per SWV the
//! children in the register who were out longer than three months in a schooljaar — for
//! the SWV's staff exactly, and for its OPR, the inspectie and the ministerie with small counts
//! hidden as in the monitor.

use super::{Page, render};
use crate::format::aantal;
use crate::layout::Layout;
use crate::session::MaybeGebruiker;
use crate::{AppState, vandaag};
use askama::Template;
use axum::extract::State;
use passend_domain::Rol;
use passend_domain::voortgang::{BASISJAAR, nationale_reeks, traject};

pub struct Punt {
    x: i64,
    y: i64,
    label: String,
    waarde: i64,
}

#[derive(Template)]
#[template(path = "voortgang.html")]
struct VoortgangPage {
    layout: Layout,
    reeks: Vec<Punt>,
    traject: Vec<Punt>,
    reeks_pad: String,
    traject_pad: String,
    rijen: Vec<(String, String, String, String)>,
    per_swv: Vec<(String, String, String)>,
}

/// Chart size and margins in SVG units.
const W: i64 = 640;
const H: i64 = 260;
const LEFT: i64 = 60;
const TOP: i64 = 20;
const JAREN: (i16, i16) = (2013, 2021);
const MAX: i64 = 5_000;

fn x(jaar: i16) -> i64 {
    LEFT + i64::from(jaar - JAREN.0) * (W - LEFT - 20) / i64::from(JAREN.1 - JAREN.0)
}

fn y(aantal: i64) -> i64 {
    TOP + (H - TOP - 30) * (MAX - aantal.min(MAX)) / MAX
}

fn pad(punten: &[Punt]) -> String {
    punten
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{}{},{}", if i == 0 { "M" } else { " L" }, p.x, p.y))
        .collect()
}

pub async fn page(State(state): State<AppState>, MaybeGebruiker(g): MaybeGebruiker) -> Page {
    let metingen = nationale_reeks();
    let reeks: Vec<Punt> = metingen
        .iter()
        .map(|m| Punt {
            x: x(m.jaar),
            y: y(m.aantal),
            label: format!("{}/{}", m.jaar, m.jaar + 1),
            waarde: m.aantal,
        })
        .collect();
    let traject_punten: Vec<Punt> = (BASISJAAR..=BASISJAAR + 4)
        .map(|j| Punt {
            x: x(j),
            y: y(traject(j)),
            label: format!("{j}/{}", j + 1),
            waarde: traject(j),
        })
        .collect();
    let mut rijen = Vec::new();
    for jaar in JAREN.0..=JAREN.1 {
        let gemeten = metingen.iter().find(|m| m.jaar == jaar);
        let doel = if jaar >= BASISJAAR {
            aantal(traject(jaar))
        } else {
            String::new()
        };
        if gemeten.is_none() && doel.is_empty() {
            continue;
        }
        rijen.push((
            format!("{jaar}/{}", jaar + 1),
            gemeten
                .map(|m| aantal(m.aantal))
                .unwrap_or_else(|| "—".into()),
            doel,
            gemeten.map(|m| m.bron.clone()).unwrap_or_default(),
        ));
    }
    // Per SWV from the register, protected as the monitor protects it: the SWV's staff see
    // their own exactly; its OPR sees its own and inspectie/ministerie all, small counts hidden.
    let (eigen, alles, beschermd) = match g
        .as_ref()
        .map(|g| (g.verzoeker.kijker.rol, g.verzoeker.kijker.scope.clone()))
    {
        Some((Rol::Swv, Some(swv))) => (Some(swv), false, false),
        Some((Rol::Opr, Some(swv))) => (Some(swv), false, true),
        Some((Rol::Inspectie | Rol::Ministerie, _)) => (None, true, true),
        _ => (None, false, true),
    };
    let mut per_swv = Vec::new();
    if eigen.is_some() || alles {
        for ((swv, jaar), n) in state
            .store
            .langer_dan_drie_maanden_per_swv(vandaag())
            .await?
        {
            if alles || eigen.as_ref().is_some_and(|e| *e == swv) {
                let shown =
                    passend_store::monitor::enkel_getal(u64::try_from(n).unwrap_or(0), beschermd)
                        .label(crate::monitor_drempel());
                per_swv.push((swv, format!("{jaar}/{}", jaar + 1), shown));
            }
        }
    }
    render(&VoortgangPage {
        layout: Layout::new("Thuiszitters: voortgang", g.as_ref()),
        reeks_pad: pad(&reeks),
        traject_pad: pad(&traject_punten),
        reeks,
        traject: traject_punten,
        rijen,
        per_swv,
    })
}

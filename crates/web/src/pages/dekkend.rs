//! Dekkend aanbod of an SWV: supply (the stacked profiles of its schools) against open
//! demand per domain and level, with the gaps marked. For the SWV's staff and OPR, and the
//! inspectie and ministerie; aggregates only. Who may see it and which counts are hidden is
//! the store's decision; this page only shows what it gets.

use super::{Page, render};
use crate::layout::Layout;
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, State};
use passend_domain::SwvCode;
use passend_domain::dekkend_aanbod::Zichtbaar;
use passend_domain::ondersteuning::Domein;

/// One cell as shown: demand as a count, "<10" or "×".
pub struct Vak {
    vraag: String,
    aanbod: u32,
    tekort: bool,
}

pub struct Rij {
    domein: &'static str,
    cellen: Vec<Vak>,
}

pub struct Balk {
    domein: &'static str,
    y: i64,
    /// No bar for a hidden count: its length would give it away.
    vraag_breedte: i64,
    aanbod_breedte: i64,
    vraag: String,
    aanbod: u32,
}

#[derive(Template)]
#[template(path = "dekkend.html")]
struct DekkendPage {
    layout: Layout,
    swv: String,
    rijen: Vec<Rij>,
    balken: Vec<Balk>,
    tekorten: usize,
    /// Cells where a hidden count leaves open whether there is a gap.
    onbekend: usize,
    beschermd: bool,
    drempel: u64,
}

pub async fn page(State(state): State<AppState>, Path(code): Path<String>, g: Gebruiker) -> Page {
    let code = SwvCode::parse(&code).map_err(|_| WebError::NietGevonden)?;
    let aanbod = state
        .store
        .aanbod()
        .dekkend_aanbod_voor(&g.verzoeker, &code)
        .await?;
    let drempel = aanbod.drempel;
    let vak = |c: &Zichtbaar| Vak {
        vraag: c.vraag.label(drempel),
        aanbod: c.aanbod,
        tekort: c.tekort == Some(true),
    };
    let per_domein = |d: Domein| aanbod.cellen.iter().filter(move |c| c.domein == d);
    let rijen: Vec<Rij> = Domein::ALL
        .iter()
        .map(|&d| Rij {
            domein: d.as_str(),
            cellen: per_domein(d).map(vak).collect(),
        })
        .collect();
    // The scale from shown counts only, or a hidden one would follow from the bars.
    let eerste: Vec<&Zichtbaar> = Domein::ALL
        .iter()
        .filter_map(|&d| per_domein(d).find(|c| c.niveau == 1))
        .collect();
    let max = eerste
        .iter()
        .map(|c| c.vraag.waarde().unwrap_or(0).max(u64::from(c.aanbod)))
        .max()
        .unwrap_or(1)
        .max(1);
    let breedte = |n: u64| i64::try_from(n * 400 / max).unwrap_or(400);
    let balken = eerste
        .iter()
        .enumerate()
        .map(|(i, c)| Balk {
            domein: c.domein.as_str(),
            y: 10 + i as i64 * 44,
            vraag_breedte: breedte(c.vraag.waarde().unwrap_or(0)),
            aanbod_breedte: breedte(u64::from(c.aanbod)),
            vraag: c.vraag.label(drempel),
            aanbod: c.aanbod,
        })
        .collect();
    render(&DekkendPage {
        layout: Layout::new(format!("Dekkend aanbod {}", code.display_name()), Some(&g)),
        swv: code.to_string(),
        tekorten: aanbod
            .cellen
            .iter()
            .filter(|c| c.tekort == Some(true))
            .count(),
        onbekend: aanbod.cellen.iter().filter(|c| c.tekort.is_none()).count(),
        beschermd: aanbod.beschermd,
        drempel,
        rijen,
        balken,
    })
}

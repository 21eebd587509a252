//! Dekkend aanbod of an SWV: supply (the stacked profiles of its schools) against open
//! demand per domain and level, with the gaps marked. For the SWV's staff and OPR, and the
//! inspectie and ministerie; aggregates only.

use super::{Page, render};
use crate::layout::Layout;
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, State};
use passend_domain::dekkend_aanbod::Cel;
use passend_domain::ondersteuning::Domein;
use passend_domain::{Rol, SwvCode};

pub struct Rij {
    domein: &'static str,
    cellen: Vec<Cel>,
}

pub struct Balk {
    domein: &'static str,
    y: i64,
    vraag_breedte: i64,
    aanbod_breedte: i64,
    vraag: u32,
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
}

pub async fn page(State(state): State<AppState>, Path(code): Path<String>, g: Gebruiker) -> Page {
    let code = SwvCode::parse(&code).map_err(|_| WebError::NietGevonden)?;
    let k = &g.verzoeker.kijker;
    let mag = match k.rol {
        Rol::Swv | Rol::Opr => k.scope.as_deref() == Some(code.as_str()),
        Rol::Inspectie | Rol::Ministerie => true,
        _ => false,
    };
    if !mag {
        return Err(WebError::NietGevonden);
    }
    let cellen = state.store.dekkend_aanbod(&code).await?;
    let rijen: Vec<Rij> = Domein::ALL
        .iter()
        .map(|d| Rij {
            domein: d.as_str(),
            cellen: cellen.iter().filter(|c| c.domein == *d).copied().collect(),
        })
        .collect();
    let max = cellen
        .iter()
        .filter(|c| c.niveau == 1)
        .map(|c| c.vraag.max(c.aanbod))
        .max()
        .unwrap_or(1)
        .max(1);
    let balken = rijen
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let eerste = r.cellen[0];
            Balk {
                domein: r.domein,
                y: 10 + i as i64 * 44,
                vraag_breedte: i64::from(eerste.vraag) * 400 / i64::from(max),
                aanbod_breedte: i64::from(eerste.aanbod) * 400 / i64::from(max),
                vraag: eerste.vraag,
                aanbod: eerste.aanbod,
            }
        })
        .collect();
    render(&DekkendPage {
        layout: Layout::new(format!("Dekkend aanbod {}", code.display_name()), Some(&g)),
        swv: code.to_string(),
        tekorten: cellen.iter().filter(|c| c.tekort()).count(),
        rijen,
        balken,
    })
}

//! The schoolondersteuningsprofiel: a readable page for parents (public), and the form with
//! which the school sets it.

use super::{Page, render};
use crate::csrf::CsrfForm;
use crate::format::datum;
use crate::layout::Layout;
use crate::session::{Gebruiker, MaybeGebruiker};
use crate::{AppState, WebError, vandaag};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use passend_domain::ondersteuning::{Aanbod, Domein, Niveau, verouderd};
use passend_domain::{Functie, VestigingCode};
use std::collections::BTreeMap;

pub struct Rij {
    domein: &'static str,
    sleutel: usize,
    niveau: String,
    plaatsen: String,
}

#[derive(Template)]
#[template(path = "sop.html")]
struct SopPage {
    layout: Layout,
    code: String,
    naam: String,
    vastgesteld: Option<String>,
    verouderd: bool,
    rijen: Vec<Rij>,
    csrf: Option<String>,
}

pub async fn page(
    State(state): State<AppState>,
    Path(code): Path<String>,
    MaybeGebruiker(g): MaybeGebruiker,
) -> Page {
    let code = VestigingCode::parse(&code).map_err(|_| WebError::NietGevonden)?;
    let v = state.store.organisaties().vestiging(&code).await?;
    let sop = state.store.aanbod().sop(&code).await?;
    let aanbod: Vec<Aanbod> = sop.as_ref().map(|(_, a)| a.clone()).unwrap_or_default();
    let rijen = Domein::ALL
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let a = aanbod.iter().find(|a| a.domein == *d);
            Rij {
                domein: d.as_str(),
                sleutel: i,
                niveau: a
                    .map(|a| a.tot_niveau.value().to_string())
                    .unwrap_or_default(),
                plaatsen: a.map(|a| a.plaatsen.to_string()).unwrap_or_default(),
            }
        })
        .collect();
    let eigen = g
        .as_ref()
        .is_some_and(|g| g.mag_voor(Functie::OndersteuningsprofielBijwerken, code.as_str()));
    render(&SopPage {
        layout: Layout::new(
            format!("Ondersteuningsprofiel {}", v.vestiging.naam),
            g.as_ref(),
        ),
        code: code.to_string(),
        naam: v.vestiging.naam,
        vastgesteld: sop.as_ref().map(|(d, _)| datum(*d)),
        verouderd: sop.as_ref().is_some_and(|(d, _)| verouderd(*d, vandaag())),
        rijen,
        csrf: eigen.then(|| g.map(|g| g.csrf)).flatten(),
    })
}

/// Fields `vastgesteld`, and per domain index `niveau_N` and `plaatsen_N`; an empty level
/// means the school offers nothing beyond basic support in that domain.
pub async fn opslaan(
    State(state): State<AppState>,
    Path(code): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<BTreeMap<String, String>>,
) -> Page {
    let code = VestigingCode::parse(&code).map_err(|_| WebError::NietGevonden)?;
    let veld = |k: String| f.get(&k).map(|v| v.trim().to_string()).unwrap_or_default();
    let vastgesteld = veld("vastgesteld".into())
        .parse()
        .map_err(|_| WebError::Ongeldig("vul de datum van vaststelling in (JJJJ-MM-DD)".into()))?;
    let mut aanbod = Vec::new();
    for (i, d) in Domein::ALL.iter().enumerate() {
        let (niveau, plaatsen) = (veld(format!("niveau_{i}")), veld(format!("plaatsen_{i}")));
        if niveau.is_empty() {
            continue;
        }
        let fout = |e: &dyn std::fmt::Display| WebError::Ongeldig(format!("{}: {e}", d.as_str()));
        let n = niveau
            .parse::<i64>()
            .map_err(|_| fout(&format!("'{niveau}' is geen niveau")))?;
        let tot_niveau = Niveau::new(n).map_err(|e| fout(&e))?;
        let plaatsen = plaatsen
            .parse::<u32>()
            .map_err(|_| fout(&format!("'{plaatsen}' is geen aantal plaatsen")))?;
        aanbod.push(Aanbod {
            domein: *d,
            tot_niveau,
            plaatsen,
        });
    }
    state
        .store
        .aanbod()
        .set_sop(&g.verzoeker, &code, vastgesteld, &aanbod, vandaag())
        .await?;
    Ok(Redirect::to(&format!("/scholen/{code}/ondersteuningsprofiel")).into_response())
}

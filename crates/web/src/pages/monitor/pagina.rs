//! `/monitor`: the figures, charts and tables for the caller's scope.

use super::figuur::{Figuur, figuur};
use super::geld::{GeldRij, geld_rijen};
use super::grafiek::Lijn;
use super::landelijk::nationaal;
use super::register::{RegisterRij, register_trend};
use super::speciaal::{aandelen, speciaal};
use super::tabel::tabel;
use super::{MonitorQuery, lees, procent};
use crate::export::{Formaat, download};
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use crate::{AppState, vandaag};
use askama::Template;
use axum::extract::{Query, State};
use passend_domain::Schooljaar;
use passend_store::monitor::{Bereik, EERSTE_JAAR};

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
    let aandelen = aandelen(&m);
    let (speciaal, max) = speciaal(&m, huidig);
    let (thuis, traject_lijn) = nationaal();
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
        geld: geld_rijen(&m),
        geld_definitie: passend_store::monitor::GELD_DEFINITIE,
    })
}

//! `/verantwoording`: the plans, the dispute counts and the money figures in the caller's reach.

use super::{AlsDatum, eigen_swv};
use crate::AppState;
use crate::format::{datum, euro};
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use askama::Template;
use axum::extract::State;
use passend_domain::bekostiging::Decimal;
use passend_domain::{Functie, Schooljaar};
use passend_store::verantwoording::{KENGETALLEN, PlanRegel};

fn bedrag(d: &Option<Decimal>) -> String {
    // Whole cents; an amount beyond i64 cents does not occur for an SWV.
    d.and_then(|d| {
        (d * Decimal::ONE_HUNDRED)
            .round()
            .to_string()
            .parse::<i64>()
            .ok()
    })
    .map(euro)
    .unwrap_or_else(|| "niet bekend".into())
}

pub struct Geld {
    swv: String,
    budget: String,
    lasten: String,
    reserve: String,
    signaal: bool,
}

#[derive(Template)]
#[template(path = "verantwoording_overzicht.html")]
struct Overzicht {
    layout: Layout,
    csrf: String,
    swv: Option<String>,
    /// SWV staff: may write a new version.
    medewerker: bool,
    /// Sees aggregates (SWV, OPR, inspectie, ministerie).
    bestuurlijk: bool,
    /// Works with pupil records (disputes, leavers).
    dossiers: bool,
    /// Sees the outflow tables.
    uitstroom: bool,
    plannen: Vec<PlanRegel>,
    schooljaar: Schooljaar,
    /// (SWV, kind, count as shown).
    telling: Vec<(String, &'static str, String)>,
    geld: Vec<Geld>,
    kengetallen: Vec<(&'static str, &'static str)>,
    volgend: Schooljaar,
}

impl Overzicht {
    fn d(&self, d: impl AlsDatum) -> String {
        datum(d.als_datum())
    }
}

pub async fn overzicht(State(state): State<AppState>, g: Gebruiker) -> Page {
    let today = crate::vandaag();
    let schooljaar = Schooljaar::of(today);
    let bestuurlijk = g.mag(Functie::Verantwoordingscijfers);
    let geld = if eigen_swv(&g).is_some() {
        state
            .store
            .geld()
            .geld_kerncijfers(&g.verzoeker, schooljaar)
            .await?
            .into_iter()
            .map(|k| Geld {
                swv: k.swv.as_str().to_string(),
                budget: bedrag(&k.budget),
                lasten: bedrag(&k.lasten),
                reserve: bedrag(&k.reserve),
                signaal: k.signaleringswaarde_overschreden == Some(true),
            })
            .collect()
    } else {
        Vec::new()
    };
    render(&Overzicht {
        layout: Layout::new("Verantwoording", Some(&g)),
        csrf: g.csrf.clone(),
        swv: eigen_swv(&g),
        medewerker: g.mag(Functie::PlanSchrijven),
        bestuurlijk,
        dossiers: g.mag(Functie::Geschillen),
        uitstroom: g.mag(Functie::UitstroomVergelijken),
        plannen: state.store.verantwoording().plannen(&g.verzoeker).await?,
        telling: if bestuurlijk {
            state
                .store
                .monitor()
                .geschillen_overzicht(&g.verzoeker, schooljaar, crate::vandaag())
                .await?
                .into_iter()
                .map(|(swv, soort, n)| (swv, soort, n.label(crate::monitor_drempel())))
                .collect()
        } else {
            Vec::new()
        },
        schooljaar,
        geld,
        kengetallen: KENGETALLEN.iter().map(|k| (k.sleutel, k.uitleg)).collect(),
        volgend: schooljaar.next(),
    })
}

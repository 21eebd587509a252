//! `/verantwoording/uitstroom`: vso leavers against their expected profile, in aggregate.

use super::schooljaar_veld;
use super::uitstroom_grafiek::{Staaf, staven};
use crate::AppState;
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use askama::Template;
use axum::extract::{Query, State};
use passend_domain::Functie;
use passend_domain::monitor::Cel as MonitorCel;
use passend_domain::verantwoording::Bestemming;
use passend_store::verantwoording::UitstroomGroep;
use serde::Deserialize;

pub struct GroepView {
    g: UitstroomGroep,
    /// Went as expected, of those comparable; `None` when a hidden count is involved.
    conform: Option<(u64, u64)>,
    staven: Vec<Staaf>,
}

#[derive(Template)]
#[template(path = "verantwoording_uitstroom.html")]
struct UitstroomPage {
    layout: Layout,
    per_swv: Vec<GroepView>,
    per_school: Vec<GroepView>,
    staven: Vec<Staaf>,
    bestemmingen: Vec<&'static str>,
    schooljaar: Option<String>,
    dossiers: bool,
}

impl UitstroomPage {
    fn n(&self, c: &MonitorCel) -> String {
        c.label(crate::monitor_drempel())
    }

    fn profiel(&self, u: &Option<passend_domain::opp::Uitstroom>) -> &'static str {
        u.map(|u| u.as_str()).unwrap_or("geen profiel in het OPP")
    }
}

#[derive(Deserialize)]
pub struct UitstroomQuery {
    #[serde(default)]
    schooljaar: String,
}

fn groep_view(g: UitstroomGroep) -> GroepView {
    // Comparable: a vso profile expected and a known destination.
    let som = |cellen: Vec<MonitorCel>| cellen.iter().map(|c| c.waarde()).sum::<Option<u64>>();
    let conform = som(g.rijen.iter().map(|r| r.conform).collect());
    let vergeleken = som(g
        .rijen
        .iter()
        .filter(|r| r.verwacht.is_some())
        .flat_map(|r| r.feitelijk[..3].to_vec())
        .collect());
    GroepView {
        staven: staven([&g]),
        conform: conform.zip(vergeleken),
        g,
    }
}

pub async fn uitstroom(
    State(state): State<AppState>,
    g: Gebruiker,
    Query(q): Query<UitstroomQuery>,
) -> Page {
    let schooljaar = match q.schooljaar.trim() {
        "" => None,
        s => Some(schooljaar_veld(s, "schooljaar")?),
    };
    g.vereist(Functie::UitstroomVergelijken)?;
    let (per_swv, per_school) = state
        .store
        .verantwoording()
        .uitstroom_vergelijking(&g.verzoeker, schooljaar)
        .await?;
    let staven = staven(&per_swv);
    render(&UitstroomPage {
        layout: Layout::new("Uitstroom uit het vso", Some(&g)),
        per_swv: per_swv.into_iter().map(groep_view).collect(),
        per_school: per_school.into_iter().map(groep_view).collect(),
        staven,
        bestemmingen: Bestemming::ALL.map(|b| b.as_str()).to_vec(),
        schooljaar: schooljaar.map(|s| s.to_string()),
        dossiers: g.mag(Functie::UitstroomVastleggen),
    })
}

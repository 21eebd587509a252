//! `/verantwoording/plannen/{id}`: one version of the plan with its steps.

use super::{AlsDatum, dag, nummer};
use crate::AppState;
use crate::format::datum;
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use askama::Template;
use axum::extract::{Path, State};
use jiff::civil::Date;
use passend_domain::Functie;
use passend_store::verantwoording::PlanVersie;

#[derive(Template)]
#[template(path = "verantwoording_plan.html")]
struct PlanPage {
    layout: Layout,
    csrf: String,
    p: PlanVersie,
    /// SWV staff of this plan's SWV.
    medewerker: bool,
    drempel: u64,
    vandaag: String,
}

impl PlanPage {
    fn dag(&self, d: &Option<Date>) -> String {
        dag(d)
    }
    fn d(&self, d: impl AlsDatum) -> String {
        datum(d.als_datum())
    }
    fn concept(&self) -> bool {
        self.p.regel.vastgesteld_op.is_none()
    }
}

pub async fn plan(State(state): State<AppState>, Path(id): Path<String>, g: Gebruiker) -> Page {
    let id = nummer(&id)?;
    let today = crate::vandaag();
    let p = state
        .store
        .verantwoording()
        .plan_versie(&g.verzoeker, id, today)
        .await?;
    render(&PlanPage {
        layout: Layout::new(
            format!(
                "Ondersteuningsplan {} versie {}",
                p.regel.swv_code, p.regel.versie
            ),
            Some(&g),
        ),
        csrf: g.csrf.clone(),
        medewerker: g.mag_voor(Functie::PlanSchrijven, p.regel.swv_code.as_str()),
        drempel: crate::monitor_drempel(),
        p,
        vandaag: today.to_string(),
    })
}

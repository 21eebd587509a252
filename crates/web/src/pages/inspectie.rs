//! `/inspectie/meldingen`: the inspectie's inbox of meldingen of schorsingen longer than one
//! day and of verwijderingen, newest first, 50 a page. Only the facts of each melding; who
//! may read it is the store's decision (anyone but the inspectie gets "not found").

use crate::AppState;
use crate::format::datum;
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use askama::Template;
use axum::extract::{Query, State};
use serde::Deserialize;

const PER_PAGINA: i64 = 50;

#[derive(Deserialize)]
pub struct Zoek {
    pagina: Option<i64>,
}

struct Regel {
    soort: &'static str,
    bron: &'static str,
    school: String,
    leerling: i64,
    van: String,
    tot: String,
    dagen: i64,
    reden: String,
    gemeld: String,
}

#[derive(Template)]
#[template(path = "inspectie_meldingen.html")]
struct Inbox {
    layout: Layout,
    regels: Vec<Regel>,
    totaal: i64,
    vorige: Option<i64>,
    volgende: Option<i64>,
}

pub async fn inbox(State(state): State<AppState>, g: Gebruiker, Query(z): Query<Zoek>) -> Page {
    let pagina = z.pagina.unwrap_or(1).clamp(1, 1_000_000);
    let (lijst, totaal) = state
        .store
        .maatregelen()
        .inspectie_meldingen(&g.verzoeker, (pagina, PER_PAGINA), "/inspectie/meldingen")
        .await?;
    let regels = lijst
        .into_iter()
        .map(|m| Regel {
            soort: match m.soort.as_str() {
                "schorsing" => "Schorsing",
                _ => "Verwijdering",
            },
            bron: m.soort.bron(),
            school: format!("{} ({})", m.school, m.vestiging_code),
            leerling: m.leerling,
            van: datum(m.van),
            tot: m.tot.map_or_else(String::new, datum),
            dagen: m.dagen,
            reden: m.reden.unwrap_or_default(),
            gemeld: m
                .gemeld
                .parse::<jiff::Timestamp>()
                .map(|t| datum(crate::dag_van(t)))
                .unwrap_or(m.gemeld),
        })
        .collect();
    render(&Inbox {
        layout: Layout::new("Meldingen aan de inspectie", Some(&g)),
        regels,
        totaal,
        vorige: (pagina > 1).then_some(pagina - 1),
        volgende: (pagina * PER_PAGINA < totaal).then_some(pagina + 1),
    })
}

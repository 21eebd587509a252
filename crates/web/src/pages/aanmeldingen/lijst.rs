//! `/aanmeldingen`: the registrations in the caller's scope with their clocks, and a download.

use super::{Regel, regel};
use crate::export::{self, Cel, FormaatQuery, Tabel};
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use crate::{AppState, vandaag};
use askama::Template;
use axum::extract::{Query, State};
use passend_domain::Functie;

#[derive(Template)]
#[template(path = "aanmeldingen.html")]
struct ListPage {
    layout: Layout,
    regels: Vec<Regel>,
    school: Option<String>,
    csrf: String,
    te_laat: usize,
    plaatsing: usize,
    ingetrokken_na_behoefte: usize,
}

pub async fn list(
    State(state): State<AppState>,
    g: Gebruiker,
    Query(q): Query<FormaatQuery>,
) -> Page {
    let formaat = q.formaat()?;
    let today = vandaag();
    let regels: Vec<Regel> = state
        .store
        .aanmeldingen()
        .aanmeldingen_voor(&g.verzoeker, "/aanmeldingen")
        .await?
        .into_iter()
        .map(|a| regel(a, today))
        .collect();
    if let Some(formaat) = formaat {
        let tabel = aanmeldingen_tabel(&regels);
        return export::download(&state.store, &g.verzoeker, "/aanmeldingen", &tabel, formaat)
            .await;
    }
    let ingetrokken_na_behoefte = regels.iter().filter(|r| r.a.mogelijk_ontweken()).count();
    render(&ListPage {
        layout: Layout::new("Aanmeldingen", Some(&g)),
        te_laat: regels.iter().filter(|r| r.te_laat).count(),
        plaatsing: regels.iter().filter(|r| r.plaatsing_nu).count(),
        ingetrokken_na_behoefte,
        regels,
        school: g.scope_voor(Functie::Aanmelden).map(String::from),
        csrf: g.csrf.clone(),
    })
}

/// The registrations as a download, with their clocks as the page shows them.
fn aanmeldingen_tabel(regels: &[Regel]) -> Tabel {
    let mut t = Tabel::new(
        "aanmeldingen",
        &[
            "aanmelding",
            "leerling_id",
            "naam",
            "vestiging",
            "ontvangen",
            "gewenste_start",
            "extra_ondersteuning",
            "beslissen_uiterlijk",
            "tijdelijke_plaatsing_vanaf",
            "zorgplicht_hier",
            "status",
            "besluit_datum",
            "te_laat",
        ],
    );
    for r in regels {
        let a = &r.a;
        t.rij(vec![
            Cel::Getal(a.id),
            Cel::Getal(a.leerling_id.0),
            a.naam.clone().into(),
            format!("{} {}", a.vestiging_code, a.vestiging_naam).into(),
            a.ontvangen.into(),
            a.gewenste_start.into(),
            if a.extra_ondersteuning { "ja" } else { "nee" }.into(),
            a.termijnen.beslissen_uiterlijk.into(),
            a.termijnen.tijdelijke_plaatsing_vanaf.into(),
            if a.zorgplicht_hier { "ja" } else { "nee" }.into(),
            r.status.clone().into(),
            a.besluit_datum.into(),
            if r.te_laat { "ja" } else { "nee" }.into(),
        ]);
    }
    t
}

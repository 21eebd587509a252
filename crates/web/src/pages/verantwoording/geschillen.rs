//! `/verantwoording/geschillen`: the disputes and bezwaren in the caller's scope, with a download.

use super::dossier::{BezwaarView, GeschilView, bezwaren};
use super::ja_nee;
use crate::AppState;
use crate::export::{Cel, FormaatQuery, Tabel, download};
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use askama::Template;
use axum::extract::{Query, State};
use jiff::civil::Date;
use passend_domain::Functie;
use passend_domain::verantwoording::GeschilSoort;
use passend_store::verantwoording::Geschil;

#[derive(Template)]
#[template(path = "verantwoording_geschillen.html")]
struct GeschillenPage {
    layout: Layout,
    csrf: String,
    geschillen: Vec<GeschilView>,
    bezwaren: Vec<BezwaarView>,
    /// School, bestuur or SWV: may record.
    partij: bool,
    soorten: Vec<(&'static str, &'static str)>,
    vandaag: String,
    weken: u32,
}

pub async fn geschillen(
    State(state): State<AppState>,
    g: Gebruiker,
    Query(q): Query<FormaatQuery>,
) -> Page {
    let formaat = q.formaat()?;
    let today = crate::vandaag();
    let lijst = state
        .store
        .verantwoording()
        .geschillen_voor(&g.verzoeker, today, "/verantwoording/geschillen")
        .await?;
    if let Some(formaat) = formaat {
        let t = geschillen_tabel(&lijst, today);
        return download(
            &state.store,
            &g.verzoeker,
            "/verantwoording/geschillen",
            &t,
            formaat,
        )
        .await;
    }
    let tlvs = if g.mag(Functie::TlvBeslissen) {
        state
            .store
            .tlvs()
            .tlvs_van_swv(&g.verzoeker, today, "/verantwoording/geschillen")
            .await?
    } else {
        Vec::new()
    };
    render(&GeschillenPage {
        layout: Layout::new("Geschillen en verwijzingen", Some(&g)),
        csrf: g.csrf.clone(),
        geschillen: lijst
            .into_iter()
            .map(|x| GeschilView::new(x, today))
            .collect(),
        bezwaren: bezwaren(&tlvs),
        partij: g.mag(Functie::GeschilPartij),
        soorten: GeschilSoort::ALL
            .map(|s| (s.as_str(), s.omschrijving()))
            .to_vec(),
        vandaag: today.to_string(),
        weken: passend_domain::richtlijnen::Richtlijnen::ingebouwd()
            .geschillen
            .oordeel_weken,
    })
}

/// The disputes as the page lists them, one row each.
fn geschillen_tabel(lijst: &[Geschil], today: Date) -> Tabel {
    let mut t = Tabel::new(
        "geschillen",
        &[
            "geschil",
            "leerling_id",
            "naam",
            "vestiging",
            "swv",
            "soort",
            "ingediend_op",
            "omschrijving",
            "oordeel_uiterlijk",
            "te_laat",
            "oordeel_datum",
            "oordeel",
            "reactie_datum",
            "volgt_oordeel",
            "reactie",
        ],
    );
    for x in lijst {
        t.rij(vec![
            Cel::Getal(x.id),
            Cel::Getal(x.leerling_id.0),
            x.naam.clone().into(),
            x.vestiging_code.clone().into(),
            x.swv_code.clone().into(),
            x.soort_omschrijving.clone().into(),
            x.ingediend_op.into(),
            x.omschrijving.clone().into(),
            x.oordeel_uiterlijk.into(),
            ja_nee(x.oordeel_te_laat(today)),
            x.oordeel_datum.into(),
            x.oordeel.clone().into(),
            x.reactie_datum.into(),
            x.volgt_oordeel.map_or(Cel::Leeg, ja_nee),
            x.reactie.clone().into(),
        ]);
    }
    t
}

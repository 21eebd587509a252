//! `/swv/{code}/verdeling`: the verdeelmodel and the payments per board and school.

use super::betaling::{BetalingRij, betaling_rijen};
use super::keuze::{GeldQuery, KeuzeForm, keuze_form};
use super::{eur, pct, swv_code};
use crate::AppState;
use crate::export::{Cel, Tabel, download};
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use askama::Template;
use axum::extract::{Path, Query, State};
use passend_store::StoreError;
use passend_store::geld::GeldBereik;

#[derive(Template)]
#[template(path = "geld_verdeling.html")]
struct VerdelingPage {
    layout: Layout,
    swv: String,
    keuze: KeuzeForm,
    melding: Option<String>,
    voorbeeld_van: Option<String>,
    csrf: Option<String>,
    eigen_taken_pct: String,
    per_leerling_pct: String,
    toelichting: String,
    gewijzigd: String,
    budget: Option<String>,
    eigen_taken: Option<String>,
    verdeeld: String,
    probleem: Option<String>,
    scholen: Vec<BetalingRij>,
    besturen: Vec<(String, String, String)>,
}

/// `/swv/{code}/verdeling`: the verdeelmodel and the payments per board and school.
pub async fn verdeling(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<GeldQuery>,
    g: Gebruiker,
) -> Page {
    let swv = swv_code(&code)?;
    let k = q.keuze()?;
    let route = format!("/swv/{swv}/verdeling");
    let schrijven = matches!(
        state.store.geld().geld_bereik(&g.verzoeker)?,
        GeldBereik::Swv { swv: ref s, schrijven: true } if *s == swv
    );
    let mut page = VerdelingPage {
        layout: Layout::new(format!("Verdeling {swv}"), Some(&g)),
        swv: swv.to_string(),
        keuze: keuze_form(&state, route.clone(), &k).await?,
        melding: None,
        voorbeeld_van: None,
        csrf: schrijven.then(|| g.csrf.clone()),
        eigen_taken_pct: String::new(),
        per_leerling_pct: String::new(),
        toelichting: String::new(),
        gewijzigd: String::new(),
        budget: None,
        eigen_taken: None,
        verdeeld: String::new(),
        probleem: None,
        scholen: Vec::new(),
        besturen: Vec::new(),
    };
    let b = match state
        .store
        .geld()
        .betalingen(&g.verzoeker, &swv, k.schooljaar, k.voorbeeld, k.naar)
        .await
    {
        Ok(b) => b,
        Err(StoreError::Ongeldig(m)) if k.formaat.is_none() => {
            page.melding = Some(m);
            return render(&page);
        }
        Err(e) => return Err(e.into()),
    };
    if let Some(formaat) = k.formaat {
        let mut t = Tabel::new(
            &format!("betalingen-{swv}-{}", k.schooljaar),
            &[
                "vestiging",
                "naam",
                "bestuur",
                "leerlingen",
                "arrangementen",
                "per_leerling",
                "naar_arrangementen",
                "totaal",
            ],
        );
        for s in &b.scholen {
            t.rij(vec![
                s.vestiging.clone().into(),
                s.naam.clone().into(),
                s.bestuur.clone().into(),
                Cel::Getal(s.leerlingen as i64),
                s.arrangementen.into(),
                s.per_leerling.into(),
                s.arrangement.into(),
                s.totaal.into(),
            ]);
        }
        return download(&state.store, &g.verzoeker, &route, &t, formaat).await;
    }
    if let Some(m) = &b.model {
        page.eigen_taken_pct = pct(m.model.eigen_taken);
        page.per_leerling_pct = pct(m.model.per_leerling);
        page.toelichting = m.toelichting.clone();
        page.gewijzigd = m.gewijzigd.clone();
    }
    page.voorbeeld_van = b
        .rekenvoorbeeld
        .then(|| k.voorbeeld.map(|v| v.to_string()).unwrap_or_default());
    page.budget = b.budget.map(eur);
    page.eigen_taken = b.eigen_taken.map(eur);
    page.verdeeld = eur(b.scholen.iter().map(|s| s.totaal).sum());
    page.probleem = b.probleem.clone();
    (page.scholen, page.besturen) = betaling_rijen(&b);
    render(&page)
}

//! `/geld/ontvangen`: what a school board receives from each SWV.

use super::betaling::BetalingRij;
use super::keuze::{GeldQuery, KeuzeForm, keuze_form};
use super::{eur, eur_opt};
use crate::AppState;
use crate::export::{Cel, Tabel, download};
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use askama::Template;
use axum::extract::{Query, State};
use passend_store::StoreError;

#[derive(Template)]
#[template(path = "geld_ontvangen.html")]
struct OntvangenPage {
    layout: Layout,
    keuze: KeuzeForm,
    melding: Option<String>,
    swvs: Vec<(String, String, Option<String>, Vec<BetalingRij>)>,
    voorbeeld_van: Option<String>,
}

/// `/geld/ontvangen`: what the caller's own board receives from each SWV (bestuur).
pub async fn ontvangen(
    State(state): State<AppState>,
    Query(q): Query<GeldQuery>,
    g: Gebruiker,
) -> Page {
    let k = q.keuze()?;
    let route = "/geld/ontvangen".to_string();
    let keuze = keuze_form(&state, route.clone(), &k).await?;
    let mut page = OntvangenPage {
        layout: Layout::new("Ondersteuningsmiddelen ontvangen", Some(&g)),
        keuze,
        melding: None,
        swvs: Vec::new(),
        voorbeeld_van: k.voorbeeld.map(|v| v.to_string()),
    };
    let lijst = match state
        .store
        .geld()
        .ontvangen_per_swv(&g.verzoeker, k.schooljaar, k.voorbeeld, k.naar)
        .await
    {
        Ok(l) => l,
        Err(StoreError::Ongeldig(m)) if k.formaat.is_none() => {
            page.melding = Some(m);
            return render(&page);
        }
        Err(e) => return Err(e.into()),
    };
    if let Some(formaat) = k.formaat {
        let mut t = Tabel::new(
            &format!("ontvangen-{}", k.schooljaar),
            &["samenwerkingsverband", "vestiging", "naam", "totaal"],
        );
        for o in &lijst {
            for s in &o.scholen {
                t.rij(vec![
                    o.swv.to_string().into(),
                    s.vestiging.clone().into(),
                    s.naam.clone().into(),
                    s.totaal.into(),
                ]);
            }
            t.rij(vec![
                o.swv.to_string().into(),
                Cel::Leeg,
                "totaal".into(),
                o.totaal.into(),
            ]);
        }
        return download(&state.store, &g.verzoeker, &route, &t, formaat).await;
    }
    page.swvs = lijst
        .iter()
        .map(|o| {
            let rijen = o
                .scholen
                .iter()
                .map(|s| BetalingRij {
                    vestiging: s.vestiging.clone(),
                    naam: s.naam.clone(),
                    bestuur: s.bestuur.clone(),
                    leerlingen: s.leerlingen,
                    arrangementen: eur(s.arrangementen),
                    per_leerling: eur(s.per_leerling),
                    arrangement: eur(s.arrangement),
                    totaal: eur(s.totaal),
                })
                .collect();
            (
                o.swv.to_string(),
                eur_opt(o.totaal),
                o.probleem.clone(),
                rijen,
            )
        })
        .collect();
    render(&page)
}

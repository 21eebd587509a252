//! `/swv/{code}/jaarverslag`: annual figures, the reserve check and the payments per board.

use super::betaling::betaling_rijen;
use super::jaarverslag_tabel::tabel;
use super::keuze::{GeldQuery, KeuzeForm, keuze_form};
use super::staaf::{Staaf, staven};
use super::{eur, pct, swv_code};
use crate::AppState;
use crate::export::download;
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use askama::Template;
use axum::extract::{Path, Query, State};
use passend_store::StoreError;
use passend_store::geld::GeldBereik;

pub struct JaarRij {
    pub jaar: i16,
    pub baten: String,
    pub lasten: String,
    pub reserve: String,
    pub signaleringswaarde: String,
    pub boven: String,
    pub bovenmatig: bool,
}

#[derive(Template)]
#[template(path = "geld_jaarverslag.html")]
struct JaarverslagPage {
    layout: Layout,
    swv: String,
    keuze: KeuzeForm,
    csrf: Option<String>,
    jaren: Vec<JaarRij>,
    reserve_staven: Vec<Staaf>,
    bovenmatig: Vec<i16>,
    /// Years whose reserve does not follow from the year before: (year, expected, recorded).
    niet_aansluitend: Vec<(i16, String, String)>,
    besturen: Vec<(String, String, String)>,
    probleem: Option<String>,
    voorbeeld_van: Option<String>,
    fractie: String,
    minimum: String,
}

/// `/swv/{code}/jaarverslag`: annual figures with the reserve check, and the support money
/// paid per school board. `?formaat=csv&tabel=jaarcijfers` downloads the figures, otherwise
/// the payments per board.
pub async fn jaarverslag(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<GeldQuery>,
    g: Gebruiker,
) -> Page {
    let swv = swv_code(&code)?;
    let k = q.keuze()?;
    let route = format!("/swv/{swv}/jaarverslag");
    let jaren = state.store.geld().jaarcijfers(&g.verzoeker, &swv).await?;
    let betalingen = match state
        .store
        .geld()
        .betalingen(&g.verzoeker, &swv, k.schooljaar, k.voorbeeld, k.naar)
        .await
    {
        Ok(b) => Ok(b),
        Err(StoreError::Ongeldig(m)) => Err(m),
        Err(e) => return Err(e.into()),
    };
    if let Some(formaat) = k.formaat {
        let t = tabel(q.tabel.as_deref(), &swv, k.schooljaar, &jaren, betalingen)?;
        return download(&state.store, &g.verzoeker, &route, &t, formaat).await;
    }
    let schrijven = matches!(
        state.store.geld().geld_bereik(&g.verzoeker)?,
        GeldBereik::Swv { swv: ref s, schrijven: true } if *s == swv
    );
    let r = &passend_domain::richtlijnen::Richtlijnen::ingebouwd().reserves;
    let (besturen, probleem, voorbeeld_van) = match &betalingen {
        Ok(b) => (
            betaling_rijen(b).1,
            b.probleem.clone(),
            b.rekenvoorbeeld
                .then(|| k.voorbeeld.map(|v| v.to_string()).unwrap_or_default()),
        ),
        Err(m) => (Vec::new(), Some(m.clone()), None),
    };
    render(&JaarverslagPage {
        layout: Layout::new(format!("Jaarverslag {swv}"), Some(&g)),
        swv: swv.to_string(),
        keuze: keuze_form(&state, route, &k).await?,
        csrf: schrijven.then(|| g.csrf.clone()),
        reserve_staven: staven(
            &jaren
                .iter()
                .flat_map(|j| {
                    [
                        (format!("{} reserve", j.jaar), j.reserve),
                        (
                            format!("{} signaleringswaarde", j.jaar),
                            j.toets.signaleringswaarde,
                        ),
                    ]
                })
                .collect::<Vec<_>>(),
        ),
        bovenmatig: jaren
            .iter()
            .filter(|j| j.toets.bovenmatig())
            .map(|j| j.jaar)
            .collect(),
        niet_aansluitend: jaren
            .windows(2)
            .filter(|w| w[1].jaar == w[0].jaar + 1)
            .filter_map(|w| {
                let verschil = passend_domain::bekostiging::reserves::aansluiting(
                    w[0].reserve,
                    w[1].baten,
                    w[1].lasten,
                    w[1].reserve,
                );
                (!verschil.is_zero())
                    .then(|| (w[1].jaar, eur(w[1].reserve - verschil), eur(w[1].reserve)))
            })
            .collect(),
        jaren: jaren
            .iter()
            .map(|j| JaarRij {
                jaar: j.jaar,
                baten: eur(j.baten),
                lasten: eur(j.lasten),
                reserve: eur(j.reserve),
                signaleringswaarde: eur(j.toets.signaleringswaarde),
                boven: eur(j.toets.boven),
                bovenmatig: j.toets.bovenmatig(),
            })
            .collect(),
        besturen,
        probleem,
        voorbeeld_van,
        fractie: pct(r.fractie),
        minimum: eur(r.minimum),
    })
}

//! `/swv/{code}/begroting`: the SWV's budget with every line explained.

use super::begroting_regels::{
    ScenarioRij, ToelichtingRegel, afdracht, componenten, jaren, naar_uitleg, opbouw, scenarios,
    toelichting,
};
use super::begroting_tabel::tabel;
use super::keuze::{GeldQuery, KeuzeForm, keuze_form};
use super::staaf::{Staaf, staven};
use super::{component_naam, eur, eur_opt, swv_code};
use crate::export::download;
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use crate::{AppState, vandaag};
use askama::Template;
use axum::extract::{Path, Query, State};
use passend_store::StoreError;

#[derive(Template)]
#[template(path = "geld_begroting.html")]
struct BegrotingPage {
    layout: Layout,
    swv: String,
    keuze: KeuzeForm,
    melding: Option<String>,
    voorbeeld_van: Option<String>,
    regeling: String,
    teldatum: String,
    groei_teldatum: String,
    groei_in_toekomst: bool,
    componenten: Vec<(&'static str, String)>,
    netto: String,
    ontbrekend: Vec<&'static str>,
    toelichting: Vec<ToelichtingRegel>,
    afdracht: Vec<(String, u64, String, String)>,
    afdracht_staven: Vec<Staaf>,
    opbouw: Vec<Staaf>,
    jaren: Vec<Staaf>,
    scenarios: Vec<ScenarioRij>,
    afdracht_landelijk: Vec<(&'static str, String)>,
    zonder_tlv: u64,
    naar_uitleg: &'static str,
    /// The uitputting charged per school (BRIN), when there is one.
    uitputting_per_school: Vec<(String, String)>,
}

/// `/swv/{code}/begroting`: the budget with every line explained.
pub async fn begroting(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<GeldQuery>,
    g: Gebruiker,
) -> Page {
    let swv = swv_code(&code)?;
    let k = q.keuze()?;
    let route = format!("/swv/{swv}/begroting");
    let keuze = keuze_form(&state, route.clone(), &k).await?;
    let layout = Layout::new(format!("Begroting {swv}"), Some(&g));
    let mut page = BegrotingPage {
        layout,
        swv: swv.to_string(),
        keuze,
        melding: None,
        voorbeeld_van: None,
        regeling: String::new(),
        teldatum: String::new(),
        groei_teldatum: String::new(),
        groei_in_toekomst: false,
        componenten: Vec::new(),
        netto: String::new(),
        ontbrekend: Vec::new(),
        toelichting: Vec::new(),
        afdracht: Vec::new(),
        afdracht_staven: Vec::new(),
        opbouw: Vec::new(),
        jaren: Vec::new(),
        scenarios: Vec::new(),
        afdracht_landelijk: Vec::new(),
        zonder_tlv: 0,
        naar_uitleg: naar_uitleg(k.naar),
        uitputting_per_school: Vec::new(),
    };
    let b = match state
        .store
        .geld()
        .begroting(&g.verzoeker, &swv, k.schooljaar, k.voorbeeld, k.naar)
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
        let t = tabel(&b, &swv, k.schooljaar);
        return download(&state.store, &g.verzoeker, &route, &t, formaat).await;
    }
    let r = &b.berekening.regelset;
    page.voorbeeld_van = b
        .berekening
        .rekenvoorbeeld
        .then(|| r.schooljaar.to_string());
    page.regeling = r.regeling.clone();
    page.teldatum = crate::format::datum(r.teldatum);
    page.groei_teldatum = crate::format::datum(r.groei_teldatum);
    page.groei_in_toekomst = r.groei_teldatum > vandaag();
    let e = &b.eigen;
    page.componenten = componenten(e);
    page.netto = eur(e.netto);
    page.uitputting_per_school = e
        .uitputting_per_school
        .iter()
        .map(|(school, d)| (school.clone(), eur(*d)))
        .collect();
    page.ontbrekend = e.ontbrekend.iter().map(|c| component_naam(*c)).collect();
    page.toelichting = toelichting(e);
    page.afdracht = afdracht(&b);
    page.afdracht_staven = staven(
        &b.afdracht_per_groep
            .iter()
            .map(|a| (a.groep.to_string(), -a.bedrag.unwrap_or_default()))
            .collect::<Vec<_>>(),
    );
    page.opbouw = opbouw(e);
    page.jaren = jaren(&b);
    page.scenarios = scenarios(&b, &swv);
    page.afdracht_landelijk = ["tlv (de wet)", "woon", "school"]
        .into_iter()
        .zip(b.afdracht_landelijk)
        .map(|(n, t)| (n, eur_opt(t)))
        .collect();
    page.zonder_tlv = b.berekening.zonder_tlv.get(&swv).copied().unwrap_or(0);
    render(&page)
}

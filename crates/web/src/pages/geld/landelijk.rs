//! `/geld/landelijk`: every SWV side by side, for inspectie and ministerie.

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

pub struct LandelijkRij {
    pub swv: String,
    pub naam: String,
    pub leerlingen: u64,
    pub netto: String,
    pub per_leerling: String,
    pub afdracht: String,
    pub reserve: String,
    pub bovenmatig: Option<bool>,
}

#[derive(Template)]
#[template(path = "geld_landelijk.html")]
struct LandelijkPage {
    layout: Layout,
    keuze: KeuzeForm,
    melding: Option<String>,
    voorbeeld_van: Option<String>,
    rijen: Vec<LandelijkRij>,
    totaal_netto: String,
    totaal_afdracht: String,
}

/// `/geld/landelijk`: every SWV side by side (inspectie, ministerie).
pub async fn landelijk(
    State(state): State<AppState>,
    Query(q): Query<GeldQuery>,
    g: Gebruiker,
) -> Page {
    let k = q.keuze()?;
    let route = "/geld/landelijk".to_string();
    let keuze = keuze_form(&state, route.clone(), &k).await?;
    let mut page = LandelijkPage {
        layout: Layout::new("Landelijke vergelijking ondersteuningsmiddelen", Some(&g)),
        keuze,
        melding: None,
        voorbeeld_van: None,
        rijen: Vec::new(),
        totaal_netto: String::new(),
        totaal_afdracht: String::new(),
    };
    let (berekening, regels) = match state
        .store
        .geld()
        .landelijke_vergelijking(&g.verzoeker, k.schooljaar, k.voorbeeld, k.naar)
        .await
    {
        Ok(x) => x,
        Err(StoreError::Ongeldig(m)) if k.formaat.is_none() => {
            page.melding = Some(m);
            return render(&page);
        }
        Err(e) => return Err(e.into()),
    };
    if let Some(formaat) = k.formaat {
        let mut t = Tabel::new(
            &format!("landelijk-{}", k.schooljaar),
            &[
                "samenwerkingsverband",
                "naam",
                "leerlingen",
                "netto",
                "per_leerling",
                "afdracht",
                "reserve",
                "boven_signaleringswaarde",
            ],
        );
        for r in &regels {
            t.rij(vec![
                r.swv.to_string().into(),
                r.naam.clone().into(),
                Cel::Getal(r.leerlingen as i64),
                r.netto.into(),
                r.per_leerling.into(),
                r.afdracht.into(),
                r.reserve.into(),
                r.signaleringswaarde_overschreden
                    .map(|b| if b { "ja" } else { "nee" })
                    .into(),
            ]);
        }
        return download(&state.store, &g.verzoeker, &route, &t, formaat).await;
    }
    page.voorbeeld_van = berekening
        .rekenvoorbeeld
        .then(|| berekening.regelset.schooljaar.to_string());
    page.totaal_netto = eur(regels.iter().map(|r| r.netto).sum());
    page.totaal_afdracht = eur(regels.iter().map(|r| r.afdracht).sum());
    page.rijen = regels
        .iter()
        .map(|r| LandelijkRij {
            swv: r.swv.to_string(),
            naam: r.naam.clone().unwrap_or_default(),
            leerlingen: r.leerlingen,
            netto: eur(r.netto),
            per_leerling: eur_opt(r.per_leerling),
            afdracht: eur(r.afdracht),
            reserve: r.reserve.map(eur).unwrap_or_default(),
            bovenmatig: r.signaleringswaarde_overschreden,
        })
        .collect();
    render(&page)
}

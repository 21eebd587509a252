//! `/voortgang`: the national series and the table per SWV, with downloads.

use super::{JAREN, Keuze, Punt, pad, x, y};
use crate::export::{self, Formaat, Tabel};
use crate::format::aantal;
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::MaybeGebruiker;
use crate::{AppState, WebError, vandaag};
use askama::Template;
use axum::extract::{Query, State};
use passend_domain::voortgang::{BASISJAAR, nationale_reeks, traject};

#[derive(Template)]
#[template(path = "voortgang.html")]
struct VoortgangPage {
    layout: Layout,
    reeks: Vec<Punt>,
    traject: Vec<Punt>,
    reeks_pad: String,
    traject_pad: String,
    rijen: Vec<(String, String, String, String)>,
    per_swv: Vec<(String, String, String)>,
}

pub async fn page(
    State(state): State<AppState>,
    MaybeGebruiker(g): MaybeGebruiker,
    Query(k): Query<Keuze>,
) -> Page {
    let formaat = Formaat::van(k.formaat.as_deref())?;
    let per_swv_gevraagd = match k.tabel.as_deref().map(str::trim) {
        None | Some("") | Some("landelijk") => false,
        Some("per-swv") => true,
        Some(other) => {
            return Err(WebError::Ongeldig(format!(
                "tabel: '{other}' kennen we niet; kies landelijk of per-swv"
            )));
        }
    };
    let metingen = nationale_reeks();
    let reeks: Vec<Punt> = metingen
        .iter()
        .map(|m| Punt {
            x: x(m.jaar),
            y: y(m.aantal),
            label: format!("{}/{}", m.jaar, m.jaar + 1),
            waarde: m.aantal,
        })
        .collect();
    let traject_punten: Vec<Punt> = (BASISJAAR..=BASISJAAR + 4)
        .map(|j| Punt {
            x: x(j),
            y: y(traject(j)),
            label: format!("{j}/{}", j + 1),
            waarde: traject(j),
        })
        .collect();
    let mut rijen = Vec::new();
    let mut landelijk = Tabel::new(
        "voortgang-landelijk",
        &["schooljaar", "gemeten", "traject", "bron"],
    );
    for jaar in JAREN.0..=JAREN.1 {
        let gemeten = metingen.iter().find(|m| m.jaar == jaar);
        let doel = if jaar >= BASISJAAR {
            aantal(traject(jaar))
        } else {
            String::new()
        };
        if gemeten.is_none() && doel.is_empty() {
            continue;
        }
        landelijk.rij(vec![
            format!("{jaar}/{}", jaar + 1).into(),
            gemeten.map(|m| m.aantal).into(),
            (jaar >= BASISJAAR).then(|| traject(jaar)).into(),
            gemeten.map(|m| m.bron.clone()).into(),
        ]);
        rijen.push((
            format!("{jaar}/{}", jaar + 1),
            gemeten
                .map(|m| aantal(m.aantal))
                .unwrap_or_else(|| "—".into()),
            doel,
            gemeten.map(|m| m.bron.clone()).unwrap_or_default(),
        ));
    }
    if let (Some(formaat), false) = (formaat, per_swv_gevraagd) {
        // The published national series: public like the page, so no audit entry.
        return export::bestand(&landelijk, formaat);
    }
    // Per SWV from the register; the store decides who sees which SWVs and protects the
    // counts outside the SWV's own staff. Not on the page of anyone else.
    let per_swv = match g.as_ref() {
        Some(g) => match state
            .store
            .thuiszitters()
            .langer_dan_drie_maanden_per_swv(&g.verzoeker, vandaag())
            .await
        {
            Ok(rijen) => Some(rijen),
            Err(passend_store::StoreError::NietGevonden { .. }) => None,
            Err(e) => return Err(e.into()),
        },
        None => None,
    };
    if formaat.is_some() && per_swv_gevraagd && per_swv.is_none() {
        // The table is not on this user's page, so neither is its download.
        return Err(WebError::NietGevonden);
    }
    let per_swv = per_swv
        .unwrap_or_default()
        .into_iter()
        .map(|(swv, jaar, n)| {
            (
                swv,
                format!("{jaar}/{}", jaar + 1),
                n.label(crate::monitor_drempel()),
            )
        })
        .collect::<Vec<_>>();
    if let (Some(formaat), Some(g)) = (formaat, g.as_ref()) {
        // The page's cells as text: "<10" stays "<10" in the file too.
        let mut t = Tabel::new(
            "voortgang-per-swv",
            &["swv", "schooljaar", "langer_dan_3_maanden"],
        );
        for (swv, jaar, n) in &per_swv {
            t.rij(vec![
                swv.clone().into(),
                jaar.clone().into(),
                n.clone().into(),
            ]);
        }
        return export::download(&state.store, &g.verzoeker, "/voortgang", &t, formaat).await;
    }
    render(&VoortgangPage {
        layout: Layout::new("Thuiszitters: voortgang", g.as_ref()),
        reeks_pad: pad(&reeks),
        traject_pad: pad(&traject_punten),
        reeks,
        traject: traject_punten,
        rijen,
        per_swv,
    })
}

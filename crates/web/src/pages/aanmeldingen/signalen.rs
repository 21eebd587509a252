//! `/signalen`: the zorgplicht signals per SWV, for inspectie and ministerie.

use crate::export::{self, Cel, FormaatQuery, Tabel};
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use crate::{AppState, vandaag};
use askama::Template;
use axum::extract::{Query, State};
use passend_domain::Functie;

#[derive(Template)]
#[template(path = "signalen.html")]
struct SignalenPage {
    layout: Layout,
    rijen: Vec<(String, [String; 4])>,
}

/// Counts below this are shown as "<10": the page leaves the SWV's scope.
pub(crate) const KLEINE_CEL: u32 = 10;

/// The zorgplicht signals per SWV, for the inspectie and the ministerie; no single child.
pub async fn signalen(
    State(state): State<AppState>,
    g: Gebruiker,
    Query(q): Query<FormaatQuery>,
) -> Page {
    g.vereist(Functie::ZorgplichtSignalen)?;
    let formaat = q.formaat()?;
    let toon = |n: u32| {
        if n == 0 {
            "0".to_string()
        } else if n < KLEINE_CEL {
            "<10".to_string()
        } else {
            n.to_string()
        }
    };
    let rijen = state
        .store
        .aanmeldingen()
        .aanmeldsignalen(&g.verzoeker, vandaag())
        .await?
        .into_iter()
        .map(|(swv, t)| (swv, t.map(toon)))
        .collect::<Vec<_>>();
    if let Some(formaat) = formaat {
        // The page's cells as text: "<10" stays "<10" in the file too.
        let mut t = Tabel::new(
            "signalen-zorgplicht",
            &[
                "swv",
                "open_aanmeldingen",
                "besluit_te_laat",
                "tijdelijke_plaatsing_verplicht",
                "ingetrokken_na_ondersteuningsbehoefte",
            ],
        );
        for (swv, cellen) in &rijen {
            let mut rij: Vec<Cel> = vec![swv.clone().into()];
            rij.extend(cellen.iter().map(|c| Cel::from(c.clone())));
            t.rij(rij);
        }
        return export::download(&state.store, &g.verzoeker, "/signalen", &t, formaat).await;
    }
    render(&SignalenPage {
        layout: Layout::new("Signalen zorgplicht", Some(&g)),
        rijen,
    })
}

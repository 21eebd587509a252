//! `/verantwoording/uitstroom/leerlingen`: the leavers one by one, with a download.

use super::{dag, ja_nee};
use crate::AppState;
use crate::export::{Cel, FormaatQuery, Tabel, download};
use crate::format::datum;
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use askama::Template;
use axum::extract::{Query, State};
use passend_domain::Functie;
use passend_domain::verantwoording::{Bestemming, VERVOLG_SOORTEN};
use passend_store::verantwoording::UitstroomRegel;

pub struct LeaverView {
    u: UitstroomRegel,
    datum: String,
    na_jaar_datum: String,
}

#[derive(Template)]
#[template(path = "verantwoording_uitstroom_leerlingen.html")]
struct LeerlingenPage {
    layout: Layout,
    csrf: String,
    regels: Vec<LeaverView>,
    bestemmingen: Vec<&'static str>,
    soorten: Vec<&'static str>,
    vandaag: String,
}

pub async fn uitstroom_leerlingen(
    State(state): State<AppState>,
    g: Gebruiker,
    Query(q): Query<FormaatQuery>,
) -> Page {
    g.vereist(Functie::UitstroomVastleggen)?;
    let formaat = q.formaat()?;
    let route = "/verantwoording/uitstroom/leerlingen";
    let regels = state
        .store
        .verantwoording()
        .uitstroom_leerlingen(&g.verzoeker, route)
        .await?;
    if let Some(formaat) = formaat {
        let t = uitstroom_tabel(&regels);
        return download(&state.store, &g.verzoeker, route, &t, formaat).await;
    }
    render(&LeerlingenPage {
        layout: Layout::new("Uitstroom: leerlingen", Some(&g)),
        csrf: g.csrf.clone(),
        regels: regels
            .into_iter()
            .map(|u| LeaverView {
                datum: datum(u.uitstroomdatum),
                na_jaar_datum: dag(&u.na_jaar_datum),
                u,
            })
            .collect(),
        bestemmingen: Bestemming::ALL.map(|b| b.as_str()).to_vec(),
        soorten: VERVOLG_SOORTEN.to_vec(),
        vandaag: crate::vandaag().to_string(),
    })
}

/// The leavers as the page lists them, one row each.
fn uitstroom_tabel(regels: &[UitstroomRegel]) -> Tabel {
    let mut t = Tabel::new(
        "uitstroom-leerlingen",
        &[
            "uitstroom",
            "leerling_id",
            "naam",
            "vestiging",
            "swv",
            "uitstroomdatum",
            "verwacht",
            "bestemming",
            "vervolg_soort",
            "conform",
            "na_jaar_datum",
            "na_jaar_bestemming",
            "na_jaar_soort",
        ],
    );
    for u in regels {
        t.rij(vec![
            Cel::Getal(u.id),
            Cel::Getal(u.leerling_id.0),
            u.naam.clone().into(),
            u.vestiging_code.clone().into(),
            u.swv_code.clone().into(),
            u.uitstroomdatum.into(),
            u.verwacht.clone().into(),
            u.bestemming.clone().into(),
            u.vervolg_soort.clone().into(),
            u.conform.map_or(Cel::Leeg, ja_nee),
            u.na_jaar_datum.into(),
            u.na_jaar_bestemming.clone().into(),
            u.na_jaar_soort.clone().into(),
        ]);
    }
    t
}

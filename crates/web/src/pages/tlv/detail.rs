//! `/tlv/{id}`: one TLV with its advices, decision and bezwaren.

use super::tlv_id;
use crate::AppState;
use crate::layout::Layout;
use crate::pages::bevestigen::Invoer;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use askama::Template;
use axum::extract::{Path, State};
use passend_domain::Functie;
use passend_domain::Handeling;
use passend_store::{Deskundige, Tlv};

#[derive(Template)]
#[template(path = "tlv.html")]
struct TlvPage {
    layout: Layout,
    t: Tlv,
    csrf: String,
    /// The deciding SWV's staff.
    beslisser: bool,
    /// The deskundigen (register ids) whose advice this user may write: only their own.
    schrijven: Vec<i64>,
    register: Vec<Deskundige>,
    vandaag: String,
    /// The parents' signature and view on this request, for the deciding SWV to read first.
    ouders: Vec<passend_store::GezetteStap>,
    /// The decision's input, back from its confirmation page.
    invoer: Invoer,
}

impl TlvPage {
    fn is_gevraagd(&self, deskundige_id: &i64) -> bool {
        self.schrijven.contains(deskundige_id)
    }
}

pub async fn detail(State(state): State<AppState>, Path(id): Path<String>, g: Gebruiker) -> Page {
    pagina(&state, tlv_id(&id)?, &g, Invoer::default()).await
}

/// The TLV's page, its decision form filled in with `invoer`.
pub(super) async fn pagina(state: &AppState, id: i64, g: &Gebruiker, invoer: Invoer) -> Page {
    let today = crate::vandaag();
    let t = state
        .store
        .tlvs()
        .tlv_voor(&g.verzoeker, id, today, "/tlv/{id}")
        .await?;
    let beslisser = g.mag_voor(Functie::TlvBeslissen, t.swv_code.as_str());
    // The advices this user may write: asked of the policy, as the store checks on saving.
    let vragen: Vec<Handeling> = t
        .adviezen
        .iter()
        .map(|a| Handeling::AdviesSchrijven {
            deskundige: a.deskundige_id.to_string(),
        })
        .collect();
    let antwoorden = state
        .store
        .mag_elk(&g.verzoeker, &vragen, t.leerling_id, today)
        .await?;
    let schrijven: Vec<i64> = t
        .adviezen
        .iter()
        .zip(antwoorden)
        .filter_map(|(a, ja)| ja.then_some(a.deskundige_id))
        .collect();
    let register = if beslisser {
        state
            .store
            .tlvs()
            .deskundigen(&g.verzoeker, &t.swv_code)
            .await?
    } else {
        Vec::new()
    };
    let ouders = state
        .store
        .ouders()
        .stappen_van(&g.verzoeker, t.leerling_id, today, "/tlv/{id}")
        .await?
        .into_iter()
        .filter(|s| s.over("tlv", t.id))
        .collect();
    render(&TlvPage {
        invoer: invoer.voor("besluit", t.id),
        ouders,
        layout: Layout::new(format!("Toelaatbaarheidsverklaring {}", t.naam), Some(g)),
        schrijven,
        t,
        csrf: g.csrf.clone(),
        beslisser,
        register,
        vandaag: today.to_string(),
    })
}

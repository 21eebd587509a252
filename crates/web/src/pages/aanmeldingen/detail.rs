//! `/aanmeldingen/{id}`: one registration with the forms the policy gives the user.

use super::toelating::{TlvRegel, tlv_regel};
use super::{Regel, nummer, regel};
use crate::layout::Layout;
use crate::pages::bevestigen::Invoer;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use crate::{AppState, vandaag};
use askama::Template;
use axum::extract::{Path, State};
use passend_domain::Handeling;

#[derive(Template)]
#[template(path = "aanmelding.html")]
struct DetailPage {
    layout: Layout,
    r: Regel,
    eigen: bool,
    csrf: String,
    /// The child's TLV requests and decisions: the TLV route of a registration leads there.
    tlvs: Vec<passend_store::Tlv>,
    tlv_route: bool,
    /// The TLV this school needs to admit the child (the policy's `TlvOntvangen`), beyond
    /// the ones it asked for itself.
    toelating: Vec<TlvRegel>,
    /// The policy lets this user read the child's dossier (not through the registration).
    dossier: bool,
    /// The policy lets this user ask for a TLV for the child from this school.
    tlv_aanvragen: bool,
    /// The policy lets this user invite the child's parents.
    ouders: bool,
    /// The schools asked whether they are willing to admit (for the own school's decision).
    bereidheid: Vec<passend_store::Bereidheid>,
    /// The decision's letter, for the school that decided and whoever reads the dossier.
    brief: bool,
    /// The decision's input, back from its confirmation page.
    invoer: Invoer,
}

pub async fn detail(State(state): State<AppState>, Path(id): Path<String>, g: Gebruiker) -> Page {
    pagina(&state, nummer(&id)?, &g, Invoer::default()).await
}

/// The registration's page, its decision form filled in with `invoer`.
pub(super) async fn pagina(state: &AppState, id: i64, g: &Gebruiker, invoer: Invoer) -> Page {
    let today = vandaag();
    let a = state
        .store
        .aanmeldingen()
        .aanmelding_voor(&g.verzoeker, id, today, "/aanmeldingen/{id}")
        .await?;
    let school = state.store.school_context(&a.vestiging_code).await?;
    let vragen = [
        Handeling::AanmeldingBehandelen(school.clone()),
        Handeling::DossierLezen,
        Handeling::TlvAanvragen(school),
        Handeling::OuderKoppelen,
    ];
    let antwoorden = state
        .store
        .mag_elk(&g.verzoeker, &vragen, a.leerling_id, today)
        .await?;
    let (eigen, dossier, tlv_aanvragen) = (a.open() && antwoorden[0], antwoorden[1], antwoorden[2]);
    let tlvs = state
        .store
        .tlvs()
        .tlvs_van_aanmelding(&g.verzoeker, a.id, today, "/aanmeldingen/{id}")
        .await?;
    let toelating = state
        .store
        .tlvs()
        .tlvs_voor_toelating(&g.verzoeker, a.id, today, "/aanmeldingen/{id}")
        .await?
        .iter()
        .filter(|t| !tlvs.iter().any(|x| x.id == t.id))
        .map(|t| tlv_regel(t, today))
        .collect();
    let bereidheid = if eigen {
        state
            .store
            .aanmeldingen()
            .bereidheidsvragen(a.id, today)
            .await?
    } else {
        Vec::new()
    };
    let brief = a.besluit.is_some() && (antwoorden[0] || dossier);
    render(&DetailPage {
        invoer: invoer.voor("besluit", a.id),
        bereidheid,
        brief,
        layout: Layout::new(format!("Aanmelding {}", a.naam), Some(g)),
        tlv_route: a.besluit.as_deref() == Some("tlv-route"),
        r: regel(a, today),
        eigen,
        csrf: g.csrf.clone(),
        tlvs,
        toelating,
        dossier,
        tlv_aanvragen,
        ouders: antwoorden[3],
    })
}

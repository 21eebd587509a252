//! `/aanmeldingen/{id}`: one registration with the forms the policy gives the user.

use super::{Regel, nummer, regel};
use crate::layout::Layout;
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
}

pub async fn detail(State(state): State<AppState>, Path(id): Path<String>, g: Gebruiker) -> Page {
    let today = vandaag();
    let a = state
        .store
        .aanmeldingen()
        .aanmelding_voor(&g.verzoeker, nummer(&id)?, today, "/aanmeldingen/{id}")
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
        bereidheid,
        brief,
        layout: Layout::new(format!("Aanmelding {}", a.naam), Some(&g)),
        tlv_route: a.besluit.as_deref() == Some("tlv-route"),
        r: regel(a, today),
        eigen,
        csrf: g.csrf.clone(),
        tlvs,
        dossier,
        tlv_aanvragen,
        ouders: antwoorden[3],
    })
}

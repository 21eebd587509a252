//! `/leerlingen/{id}/ondersteuning`: a child's support dossier, with the forms the policy gives
//! the user.

use crate::AppState;
use crate::layout::Layout;
use crate::pages::{Page, leerling_id, render};
use crate::session::Gebruiker;
use askama::Template;
use axum::extract::{Path, State};
use passend_domain::arrangement::{Onderdeel, Partij};
use passend_domain::ondersteuning::Domein;
use passend_domain::opp::Uitstroom;
use passend_domain::{Functie, Handeling, Stap};
use passend_store::{Arrangement, IntegraalArrangement, LeerlingDossier, Opp, Symbiose, Tlv};

#[derive(Template)]
#[template(path = "ondersteuning.html")]
struct SteunPage {
    layout: Layout,
    d: LeerlingDossier,
    opps: Vec<Opp>,
    arrangementen: Vec<Arrangement>,
    tlvs: Vec<Tlv>,
    symbioses: Vec<Symbiose>,
    integraal: Vec<IntegraalArrangement>,
    oso: Vec<passend_store::OsoOverzicht>,
    beperkt: Option<Vec<passend_store::BeperktGegeven>>,
    csrf: String,
    /// The forms the policy gives the user ([`Functie`]).
    mag_opp: bool,
    mag_arrangement: bool,
    mag_symbiose: bool,
    mag_tlv: bool,
    /// Asking for a TLV without an own vestiging: the form asks which one.
    vraag_vestiging: bool,
    mag_integraal: bool,
    domeinen: Vec<&'static str>,
    uitstroom: Vec<&'static str>,
    onderdelen: Vec<&'static str>,
    partijen: Vec<&'static str>,
    vandaag: String,
    /// The parents' steps on the OPPs, requests and TLVs, and whether the user is a parent
    /// with gezag who may take them (the one policy, asked by the store).
    stappen: Vec<passend_store::GezetteStap>,
    mag_ouderstap: bool,
}

impl SteunPage {
    /// The parents' steps about one subject (`opp`, `arrangement`, `tlv`).
    fn stappen_over(&self, onderwerp: &str, id: &i64) -> Vec<&passend_store::GezetteStap> {
        self.stappen
            .iter()
            .filter(|s| s.over(onderwerp, *id))
            .collect()
    }

    /// The day of a step, nl-NL.
    fn dag(&self, s: &passend_store::GezetteStap) -> String {
        s.dag().map(crate::format::datum).unwrap_or_default()
    }
}

pub async fn dossier(State(state): State<AppState>, Path(id): Path<String>, g: Gebruiker) -> Page {
    let id = leerling_id(&id)?;
    let today = crate::vandaag();
    let route = "/leerlingen/{id}/ondersteuning";
    let d = state
        .store
        .dossier_voor(&g.verzoeker, id, today, route)
        .await?;
    let store = &state.store;
    let wie = &g.verzoeker;
    let beperkt = store
        .oso()
        .beperkte_gegevens_voor(&g.verzoeker, id, today)
        .await?;
    render(&SteunPage {
        layout: Layout::new(format!("Ondersteuning: {}", d.leerling.naam), Some(&g)),
        opps: store.opps().opps_van(wie, id, today, route).await?,
        arrangementen: store
            .arrangementen()
            .arrangementen_van(wie, id, today, route)
            .await?,
        tlvs: store
            .tlvs()
            .tlvs_voor(&g.verzoeker, id, today, route)
            .await?,
        symbioses: store
            .arrangementen()
            .symbioses_van(wie, id, today, route)
            .await?,
        integraal: store
            .arrangementen()
            .integrale_arrangementen_van(wie, id, today, route)
            .await?,
        oso: store.oso().oso_dossiers_van(wie, id, today, route).await?,
        beperkt,
        d,
        csrf: g.csrf.clone(),
        mag_opp: g.mag(Functie::OppVastleggen),
        mag_arrangement: g.mag(Functie::ArrangementAanvragen),
        mag_symbiose: g.mag(Functie::SymbioseVastleggen),
        mag_tlv: g.mag(Functie::TlvAanvragen),
        vraag_vestiging: g.mag(Functie::TlvAanvragen)
            && g.verzoeker.kijker.eigen_vestiging().is_none(),
        mag_integraal: g.mag(Functie::IntegraalArrangementVastleggen),
        domeinen: Domein::ALL.iter().map(|d| d.as_str()).collect(),
        uitstroom: Uitstroom::ALL.iter().map(|u| u.as_str()).collect(),
        onderdelen: Onderdeel::ALL.iter().map(|o| o.as_str()).collect(),
        partijen: Partij::ALL.iter().map(|p| p.as_str()).collect(),
        vandaag: today.to_string(),
        stappen: store.ouders().stappen_van(wie, id, today, route).await?,
        mag_ouderstap: store
            .mag(wie, &Handeling::OuderStap(Stap::OppInstemmen), id, today)
            .await?,
    })
}

//! `/leerlingen/{id}`: a pupil's basic dossier.

use super::inzage::InzageRegel;
use crate::format::datum;
use crate::layout::Layout;
use crate::pages::bevestigen::Invoer;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, State};
use passend_domain::{Functie, Handeling, leeftijd_op};
use passend_store::{LeerlingDossier, LeerlingId};

pub struct Periode {
    vestiging_code: String,
    vestiging_naam: String,
    schoolsoort: String,
    van: String,
    tot: String,
}

#[derive(Template)]
#[template(path = "leerling.html")]
struct DossierPage {
    layout: Layout,
    d: LeerlingDossier,
    geboortedatum: String,
    leeftijd: i16,
    perioden: Vec<Periode>,
    inzage: Vec<InzageRegel>,
    is_ouder: bool,
    /// Set when the user may change the address: the CSRF value for that form.
    wijzig_csrf: Option<String>,
    /// The user may invite the child's parents (the school).
    ouders_koppelen: bool,
    /// Set when the user may open a thuiszitter case: the CSRF value for that form.
    zaak_csrf: Option<String>,
    schorsingen: Vec<passend_store::Schorsing>,
    verwijderingen: Vec<passend_store::VastgelegdeVerwijdering>,
    /// Nearest schools whose profile covers the child's needs, with a place.
    passende_scholen: Vec<passend_store::PassendeSchool>,
    /// Disputes, referrals and TLV bezwaren about the child (issue 10).
    geschillen: Vec<crate::pages::verantwoording::GeschilView>,
    bezwaren: Vec<crate::pages::verantwoording::BezwaarView>,
    /// A schorsing's or verwijdering's input, back from its confirmation page.
    schorsing: Invoer,
    verwijdering: Invoer,
}

pub async fn dossier(State(state): State<AppState>, Path(id): Path<String>, g: Gebruiker) -> Page {
    pagina(&state, leerling_id(&id)?, &g, Invoer::default()).await
}

pub(super) fn leerling_id(id: &str) -> Result<LeerlingId, WebError> {
    id.parse::<i64>()
        .map(LeerlingId)
        .map_err(|_| WebError::NietGevonden)
}

/// The pupil's page, the schorsing or verwijdering form filled in with `invoer`.
pub(super) async fn pagina(
    state: &AppState,
    id: LeerlingId,
    g: &Gebruiker,
    invoer: Invoer,
) -> Page {
    let today = crate::vandaag();
    let d = state
        .store
        .dossier_voor(&g.verzoeker, id, today, "/leerlingen/{id}")
        .await?;
    let route = "/leerlingen/{id}";
    let schorsingen = state
        .store
        .maatregelen()
        .schorsingen(&g.verzoeker, id, today, route)
        .await?;
    let verwijderingen = state
        .store
        .maatregelen()
        .verwijderingen(&g.verzoeker, id, today, route)
        .await?;
    let (geschillen, bezwaren) =
        crate::pages::verantwoording::voor_dossier(state, &g.verzoeker, id, today).await?;
    let mut passende_scholen = state
        .store
        .aanbod()
        .passende_scholen(&g.verzoeker, id, today, route)
        .await?;
    passende_scholen.truncate(5);
    let mag = state
        .store
        .mag_elk(
            &g.verzoeker,
            &[Handeling::GegevensWijzigen, Handeling::OuderKoppelen],
            id,
            today,
        )
        .await?;
    let (wijzigen, ouders_koppelen) = (mag[0], mag[1]);
    let is_ouder = g.mag(Functie::Inzagelog);
    let inzage = if is_ouder {
        state
            .store
            .inzage(id)
            .await?
            .into_iter()
            .map(InzageRegel::from)
            .collect()
    } else {
        Vec::new()
    };
    render(&DossierPage {
        schorsing: invoer.voor("schorsing", id.0),
        verwijdering: invoer.voor("verwijdering", id.0),
        layout: Layout::new(d.leerling.naam.clone(), Some(g)),
        geboortedatum: datum(d.leerling.geboortedatum),
        leeftijd: leeftijd_op(d.leerling.geboortedatum, today),
        perioden: d
            .inschrijvingen
            .iter()
            .map(|i| Periode {
                vestiging_code: i.vestiging_code.clone(),
                vestiging_naam: i.vestiging_naam.clone(),
                schoolsoort: i.schoolsoort.clone(),
                van: datum(i.van),
                tot: i.tot.map(datum).unwrap_or_else(|| "nu".into()),
            })
            .collect(),
        d,
        inzage,
        is_ouder,
        ouders_koppelen,
        wijzig_csrf: wijzigen.then(|| g.csrf.clone()),
        zaak_csrf: g.mag(Functie::ThuiszitterZaak).then(|| g.csrf.clone()),
        schorsingen,
        verwijderingen,
        passende_scholen,
        geschillen,
        bezwaren,
    })
}

//! A pupil's basic dossier, and the list of an ouder's own children. Both go through the
//! store's scoped reads; the dossier read is audited there.

use super::scholen::LeerlingItem;
use super::{Page, render};
use crate::csrf::CsrfForm;
use crate::format::datum;
use crate::layout::Layout;
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use passend_domain::{Functie, Handeling, Postcode, leeftijd_op};
use passend_store::{LeerlingDossier, LeerlingId};

pub struct Periode {
    vestiging_code: String,
    vestiging_naam: String,
    schoolsoort: String,
    van: String,
    tot: String,
}

/// One line of "who looked at this dossier", in words a parent understands.
pub struct InzageRegel {
    wanneer: String,
    wie: String,
    organisatie: String,
    wat: &'static str,
}

impl From<passend_store::Inzage> for InzageRegel {
    fn from(i: passend_store::Inzage) -> Self {
        let wanneer = i
            .tijdstip
            .parse::<jiff::Timestamp>()
            .ok()
            .and_then(|t| t.in_tz("Europe/Amsterdam").ok())
            .map(|z| format!("{} om {:02}:{:02}", datum(z.date()), z.hour(), z.minute()))
            .unwrap_or(i.tijdstip);
        let wie = crate::toegang::rol_omschrijving(i.rol);
        let wat = match i.actie.as_str() {
            "lezen" => "heeft het dossier bekeken",
            "aanmaken" => "heeft gegevens toegevoegd",
            "wijzigen" => "heeft gegevens gewijzigd",
            "exporteren" => "heeft gegevens uitgevoerd",
            _ => "heeft het dossier gebruikt",
        };
        Self {
            wanneer,
            wie,
            organisatie: i.organisatie,
            wat,
        }
    }
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
    /// Set when the user may open a thuiszitter case: the CSRF value for that form.
    zaak_csrf: Option<String>,
    schorsingen: Vec<passend_store::Schorsing>,
    /// Nearest schools whose profile covers the child's needs, with a place.
    passende_scholen: Vec<passend_store::PassendeSchool>,
    /// Disputes, referrals and TLV bezwaren about the child (issue 10).
    geschillen: Vec<super::verantwoording::GeschilView>,
    bezwaren: Vec<super::verantwoording::BezwaarView>,
}

pub async fn dossier(State(state): State<AppState>, Path(id): Path<String>, g: Gebruiker) -> Page {
    let id = id
        .parse::<i64>()
        .map(LeerlingId)
        .map_err(|_| WebError::NietGevonden)?;
    let today = crate::vandaag();
    let d = state
        .store
        .dossier_voor(&g.verzoeker, id, today, "/leerlingen/{id}")
        .await?;
    let schorsingen = state.store.schorsingen(id).await?;
    let (geschillen, bezwaren) =
        super::verantwoording::voor_dossier(&state, &g.verzoeker, id, today).await?;
    let mut passende_scholen = state.store.passende_scholen(id).await?;
    passende_scholen.truncate(5);
    let wijzigen = state
        .store
        .mag(&g.verzoeker, &Handeling::GegevensWijzigen, id, today)
        .await?;
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
        layout: Layout::new(d.leerling.naam.clone(), Some(&g)),
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
        wijzig_csrf: wijzigen.then(|| g.csrf.clone()),
        zaak_csrf: g.mag(Functie::ThuiszitterZaak).then(|| g.csrf.clone()),
        schorsingen,
        passende_scholen,
        geschillen,
        bezwaren,
    })
}

pub struct Kind {
    item: LeerlingItem,
    school: String,
}

#[derive(Template)]
#[template(path = "mijn_kinderen.html")]
struct KinderenPage {
    layout: Layout,
    kinderen: Vec<Kind>,
}

pub async fn mijn_kinderen(State(state): State<AppState>, g: Gebruiker) -> Page {
    let kinderen = state
        .store
        .kinderen_voor(&g.verzoeker, crate::vandaag(), "/mijn-kinderen")
        .await?;
    render(&KinderenPage {
        layout: Layout::new("Mijn kinderen", Some(&g)),
        kinderen: kinderen
            .into_iter()
            .map(|(l, school)| Kind {
                item: LeerlingItem::from(l),
                school: school.unwrap_or_else(|| "nu niet ingeschreven op een school".into()),
            })
            .collect(),
    })
}

#[derive(serde::Deserialize)]
pub struct NieuwAdres {
    postcode: String,
}

/// The school records a new address postcode; the woon-SWV follows from it.
pub async fn wijzig_adres(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<NieuwAdres>,
) -> Page {
    let id = id
        .parse::<i64>()
        .map(LeerlingId)
        .map_err(|_| WebError::NietGevonden)?;
    let postcode = Postcode::parse(&f.postcode).map_err(|e| WebError::Ongeldig(e.to_string()))?;
    state
        .store
        .wijzig_postcode(
            &g.verzoeker,
            id,
            &postcode,
            crate::vandaag(),
            "/leerlingen/{id}/adres",
        )
        .await?;
    Ok(Redirect::to(&format!("/leerlingen/{}", id.0)).into_response())
}

#[derive(serde::Deserialize)]
pub struct SchorsingForm {
    van: String,
    tot: String,
    #[serde(default)]
    reden: String,
    #[serde(default)]
    schriftelijk: Option<String>,
    #[serde(default)]
    stem_kind: String,
}

/// The school records a schorsing; a melding to the inspectie is made when it is longer
/// than one day.
pub async fn schors(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<SchorsingForm>,
) -> Page {
    let id = id
        .parse::<i64>()
        .map(LeerlingId)
        .map_err(|_| WebError::NietGevonden)?;
    let dag = |t: &str, wat: &str| {
        t.trim()
            .parse::<jiff::civil::Date>()
            .map_err(|_| WebError::Ongeldig(format!("{wat}: '{t}' is geen datum (JJJJ-MM-DD)")))
    };
    let s = passend_store::NieuweSchorsing {
        van: dag(&f.van, "eerste dag")?,
        tot: dag(&f.tot, "laatste dag")?,
        reden: f.reden,
        schriftelijk: f.schriftelijk.is_some(),
        stem_kind: f.stem_kind,
    };
    state
        .store
        .schors(
            &g.verzoeker,
            id,
            &s,
            crate::vandaag(),
            "/leerlingen/{id}/schorsing",
        )
        .await?;
    Ok(Redirect::to(&format!("/leerlingen/{}", id.0)).into_response())
}

#[derive(serde::Deserialize)]
pub struct VerwijderingForm {
    datum: String,
    #[serde(default)]
    leraar_gehoord: Option<String>,
    #[serde(default)]
    andere_school: String,
    #[serde(default)]
    overleg_inspectie: Option<String>,
    #[serde(default)]
    stem_kind: String,
}

/// The school records a definitive verwijdering; the domain refuses it without the
/// teacher heard, another school's willingness, or (VO, leerplichtig) the inspectie.
pub async fn verwijder(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<VerwijderingForm>,
) -> Page {
    let id = id
        .parse::<i64>()
        .map(LeerlingId)
        .map_err(|_| WebError::NietGevonden)?;
    let datum = f.datum.trim().parse::<jiff::civil::Date>().map_err(|_| {
        WebError::Ongeldig(format!("datum: '{}' is geen datum (JJJJ-MM-DD)", f.datum))
    })?;
    let v = passend_store::NieuweVerwijdering {
        datum,
        leraar_gehoord: f.leraar_gehoord.is_some(),
        andere_school: f.andere_school,
        overleg_inspectie: f.overleg_inspectie.is_some(),
        stem_kind: f.stem_kind,
    };
    state
        .store
        .verwijder(
            &g.verzoeker,
            id,
            &v,
            crate::vandaag(),
            "/leerlingen/{id}/verwijdering",
        )
        .await?;
    Ok(Redirect::to(&format!("/leerlingen/{}", id.0)).into_response())
}

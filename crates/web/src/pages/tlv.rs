//! One TLV: the request, the deskundigen and their advices, the decision with its letter
//! (also as PDF), and bezwaar. Plus the SWV's register of deskundigen.

use super::{Page, datum_of_leeg, datum_veld, render};
use crate::csrf::CsrfForm;
use crate::layout::Layout;
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect};
use passend_domain::Functie;
use passend_domain::Handeling;
use passend_domain::tlv::{Categorie, Discipline};
use passend_store::{BezwaarStap, Deskundige, NieuwAdvies, Tlv, TlvBesluit};
use serde::Deserialize;

fn tlv_id(id: &str) -> Result<i64, WebError> {
    id.parse().map_err(|_| WebError::NietGevonden)
}

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
}

impl TlvPage {
    fn is_gevraagd(&self, deskundige_id: &i64) -> bool {
        self.schrijven.contains(deskundige_id)
    }
}

pub async fn detail(State(state): State<AppState>, Path(id): Path<String>, g: Gebruiker) -> Page {
    let id = tlv_id(&id)?;
    let today = crate::vandaag();
    let t = state
        .store
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
        state.store.deskundigen(&g.verzoeker, &t.swv_code).await?
    } else {
        Vec::new()
    };
    render(&TlvPage {
        layout: Layout::new(format!("Toelaatbaarheidsverklaring {}", t.naam), Some(&g)),
        schrijven,
        t,
        csrf: g.csrf.clone(),
        beslisser,
        register,
        vandaag: today.to_string(),
    })
}

fn terug(id: i64) -> Page {
    Ok(Redirect::to(&format!("/tlv/{id}")).into_response())
}

#[derive(Deserialize)]
pub struct DeskundigenForm {
    eerste: String,
    tweede: String,
}

pub async fn deskundigen_toewijzen(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<DeskundigenForm>,
) -> Page {
    let id = tlv_id(&id)?;
    let nummer = |s: &str| {
        s.trim()
            .parse::<i64>()
            .map_err(|_| WebError::Ongeldig("kies twee deskundigen uit het register".into()))
    };
    state
        .store
        .wijs_deskundigen_toe(
            &g.verzoeker,
            id,
            nummer(&f.eerste)?,
            nummer(&f.tweede)?,
            crate::vandaag(),
            "/tlv/{id}/deskundigen",
        )
        .await?;
    terug(id)
}

#[derive(Deserialize)]
pub struct AdviesForm {
    volgorde: String,
    datum: String,
    #[serde(default)]
    advies: String,
}

pub async fn advies(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<AdviesForm>,
) -> Page {
    let id = tlv_id(&id)?;
    let a = NieuwAdvies {
        volgorde: f
            .volgorde
            .trim()
            .parse()
            .map_err(|_| WebError::Ongeldig("advies 1 of 2".into()))?,
        datum: datum_veld(&f.datum, "datum van het advies")?,
        advies: f.advies,
    };
    state
        .store
        .geef_advies(&g.verzoeker, id, &a, crate::vandaag(), "/tlv/{id}/advies")
        .await?;
    terug(id)
}

#[derive(Deserialize)]
pub struct BesluitForm {
    besluit: String,
    #[serde(default)]
    categorie: String,
    #[serde(default)]
    ingang: String,
    #[serde(default)]
    einde: String,
    #[serde(default)]
    reden: String,
}

pub async fn besluit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<BesluitForm>,
) -> Page {
    let id = tlv_id(&id)?;
    let b = match f.besluit.as_str() {
        "toegekend" => TlvBesluit::Toegekend {
            categorie: Some(f.categorie.trim())
                .filter(|c| !c.is_empty())
                .map(Categorie::parse)
                .transpose()
                .map_err(|e| WebError::Ongeldig(e.to_string()))?,
            ingang: datum_veld(&f.ingang, "ingangsdatum")?,
            einde: datum_of_leeg(&f.einde, "einddatum")?,
        },
        "afgewezen" => TlvBesluit::Afgewezen { reden: f.reden },
        other => {
            return Err(WebError::Ongeldig(format!(
                "'{other}' is geen besluit: toegekend of afgewezen"
            )));
        }
    };
    state
        .store
        .beslis_tlv(&g.verzoeker, id, &b, crate::vandaag(), "/tlv/{id}/besluit")
        .await?;
    terug(id)
}

#[derive(Deserialize)]
pub struct BezwaarForm {
    ingediend_op: String,
    #[serde(default)]
    gronden: String,
}

pub async fn bezwaar(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<BezwaarForm>,
) -> Page {
    let id = tlv_id(&id)?;
    state
        .store
        .registreer_bezwaar(
            &g.verzoeker,
            id,
            datum_veld(&f.ingediend_op, "datum van indiening")?,
            &f.gronden,
            crate::vandaag(),
            "/tlv/{id}/bezwaar",
        )
        .await?;
    terug(id)
}

#[derive(Deserialize)]
pub struct BezwaarStapForm {
    #[serde(default)]
    verdaagd: Option<String>,
    #[serde(default)]
    advies_datum: String,
    #[serde(default)]
    advies: String,
    #[serde(default)]
    besluit_datum: String,
    #[serde(default)]
    uitkomst: String,
}

pub async fn bezwaar_bijwerken(
    State(state): State<AppState>,
    Path((id, bezwaar)): Path<(String, String)>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<BezwaarStapForm>,
) -> Page {
    let id = tlv_id(&id)?;
    let bezwaar = tlv_id(&bezwaar)?;
    let stap = BezwaarStap {
        verdaagd: f.verdaagd.as_ref().map(|_| true),
        advies_datum: datum_of_leeg(&f.advies_datum, "datum van het advies")?,
        advies: Some(f.advies).filter(|a| !a.trim().is_empty()),
        besluit_datum: datum_of_leeg(&f.besluit_datum, "datum van de beslissing op bezwaar")?,
        uitkomst: Some(f.uitkomst.trim().to_string()).filter(|u| !u.is_empty()),
    };
    state
        .store
        .werk_bezwaar_bij(
            &g.verzoeker,
            id,
            bezwaar,
            &stap,
            crate::vandaag(),
            "/tlv/{id}/bezwaar/{bezwaar}",
        )
        .await?;
    terug(id)
}

/// The decision letter as a PDF, for printing and sending to the parents.
pub async fn brief_pdf(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
) -> Page {
    let id = tlv_id(&id)?;
    let t = state
        .store
        .tlv_voor(&g.verzoeker, id, crate::vandaag(), "/tlv/{id}/besluit.pdf")
        .await?;
    crate::download::besluitbrief(&t).ok_or(WebError::NietGevonden)
}

#[derive(Template)]
#[template(path = "deskundigen.html")]
struct RegisterPage {
    layout: Layout,
    swv: String,
    register: Vec<Deskundige>,
    disciplines: Vec<&'static str>,
    csrf: String,
}

fn eigen_swv(g: &Gebruiker) -> Result<String, WebError> {
    g.scope_voor(Functie::DeskundigenRegister)
        .map(String::from)
        .ok_or(WebError::NietGevonden)
}

pub async fn register(
    State(state): State<AppState>,
    g: Gebruiker,
    Query(q): Query<crate::export::FormaatQuery>,
) -> Page {
    let swv = eigen_swv(&g)?;
    let formaat = q.formaat()?;
    let register = state.store.deskundigen(&g.verzoeker, &swv).await?;
    if let Some(formaat) = formaat {
        use crate::export::{Cel, Tabel};
        let mut t = Tabel::new("deskundigen", &["naam", "discipline", "verbonden_aan"]);
        for d in &register {
            t.rij(vec![
                Cel::from(d.naam.clone()),
                d.discipline.clone().into(),
                d.verbonden_aan.clone().into(),
            ]);
        }
        return crate::export::download(&state.store, &g.verzoeker, "/deskundigen", &t, formaat)
            .await;
    }
    render(&RegisterPage {
        layout: Layout::new("Register van deskundigen", Some(&g)),
        register,
        swv,
        disciplines: Discipline::ALL.iter().map(|d| d.as_str()).collect(),
        csrf: g.csrf.clone(),
    })
}

#[derive(Deserialize)]
pub struct DeskundigeForm {
    naam: String,
    discipline: String,
    #[serde(default)]
    verbonden_aan: String,
}

pub async fn register_toevoegen(
    State(state): State<AppState>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<DeskundigeForm>,
) -> Page {
    eigen_swv(&g)?;
    state
        .store
        .voeg_deskundige_toe(
            &g.verzoeker,
            &f.naam,
            &f.discipline,
            &f.verbonden_aan,
            "/deskundigen",
        )
        .await?;
    Ok(Redirect::to("/deskundigen").into_response())
}

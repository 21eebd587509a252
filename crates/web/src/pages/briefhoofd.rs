//! `/organisatie/briefhoofd`: the SWV's or the gemeente's own address on its decision
//! letters. Who may keep which organisation's letterhead is the store's question (the
//! policy's [`passend_domain::toegang::Functie::Briefhoofd`]); everyone else finds no page.

use super::{Page, render};
use crate::AppState;
use crate::csrf::CsrfForm;
use crate::layout::Layout;
use crate::session::Gebruiker;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use passend_domain::brief::{Briefhoofd, BriefhoofdFout, swv_naam};
use passend_store::{EigenBriefhoofd, StoreError};
use serde::Deserialize;

const ROUTE: &str = "/organisatie/briefhoofd";

#[derive(Template)]
#[template(path = "briefhoofd.html")]
pub(super) struct BriefhoofdPage {
    layout: Layout,
    csrf: String,
    /// The heading, the line below it and where the form posts: the organisation's
    /// letterhead, or the parent's own address ([`super::postadres`]).
    kop: String,
    intro: &'static str,
    actie: &'static str,
    bewaard: &'static str,
    /// The stored letterhead, or the input sent back with its messages.
    pub(super) b: EigenBriefhoofd,
    pub(super) fouten: Vec<BriefhoofdFout>,
    pub(super) opgeslagen: bool,
}

impl BriefhoofdPage {
    /// The form's fields: name, label and value.
    fn velden(&self) -> [(&'static str, &'static str, &str); 4] {
        [
            ("straat", "Straat", &self.b.straat),
            ("huisnummer", "Huisnummer", &self.b.huisnummer),
            ("postcode", "Postcode (zoals 3431 AB)", &self.b.postcode),
            ("plaats", "Plaats", &self.b.plaats),
        ]
    }

    fn fout_bij(&self, veld: &str) -> Option<&str> {
        self.fouten
            .iter()
            .find(|f| f.veld == veld)
            .map(|f| f.melding.as_str())
    }
}

fn pagina(g: &Gebruiker, b: EigenBriefhoofd) -> BriefhoofdPage {
    BriefhoofdPage {
        layout: Layout::new("Briefhoofd", Some(g)),
        csrf: g.csrf.clone(),
        kop: format!("Briefhoofd van {}", b.naam),
        intro: "Dit adres staat als afzender op de besluitbrieven aan ouders die passend voor uw organisatie maakt.",
        actie: ROUTE,
        bewaard: "Het briefhoofd is opgeslagen.",
        b,
        fouten: Vec::new(),
        opgeslagen: false,
    }
}

pub async fn form(State(state): State<AppState>, g: Gebruiker) -> Page {
    let b = state.store.brieven().eigen_briefhoofd(&g.verzoeker).await?;
    render(&pagina(&g, b))
}

/// The page for the parent's own address: the same four fields.
pub(super) fn postadres_pagina(g: &Gebruiker, b: EigenBriefhoofd) -> BriefhoofdPage {
    BriefhoofdPage {
        layout: Layout::new("Adres voor brieven", Some(g)),
        kop: "Uw adres voor brieven".into(),
        intro: "Op dit adres staan de besluitbrieven over uw kind aan u gericht (het besluit op een aanmelding, een toelaatbaarheidsverklaring, een schorsing en andere). Alleen u kunt het wijzigen.",
        actie: "/account/postadres",
        bewaard: "Het adres is opgeslagen.",
        ..pagina(g, b)
    }
}

#[derive(Deserialize)]
pub struct Invoer {
    #[serde(default)]
    pub(super) straat: String,
    #[serde(default)]
    pub(super) huisnummer: String,
    #[serde(default)]
    pub(super) postcode: String,
    #[serde(default)]
    pub(super) plaats: String,
    /// The SWV's name; ignored where the form has no such field.
    #[serde(default)]
    pub(super) naam: String,
}

impl Invoer {
    /// The input as sent, for the form shown again with its messages.
    pub(super) fn terug(self, vorige: EigenBriefhoofd) -> EigenBriefhoofd {
        EigenBriefhoofd {
            naam: vorige.naam,
            eigen_naam: vorige.eigen_naam.map(|_| self.naam),
            straat: self.straat,
            huisnummer: self.huisnummer,
            postcode: self.postcode,
            plaats: self.plaats,
        }
    }
}

pub async fn zet(
    State(state): State<AppState>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Invoer>,
) -> Page {
    opslaan(&state, &g, f, Adres::Briefhoofd).await
}

/// Whose address a form keeps: the own organisation's letterhead or the parent's own.
#[derive(Clone, Copy)]
pub(super) enum Adres {
    Briefhoofd,
    Postadres,
}

impl Adres {
    async fn lees(self, state: &AppState, g: &Gebruiker) -> Result<EigenBriefhoofd, StoreError> {
        let brieven = state.store.brieven();
        match self {
            Adres::Briefhoofd => brieven.eigen_briefhoofd(&g.verzoeker).await,
            Adres::Postadres => brieven.eigen_postadres(&g.verzoeker).await,
        }
    }

    fn pagina(self, g: &Gebruiker, b: EigenBriefhoofd) -> BriefhoofdPage {
        match self {
            Adres::Briefhoofd => pagina(g, b),
            Adres::Postadres => postadres_pagina(g, b),
        }
    }
}

/// Checks the four fields and saves them, or shows each message beside its field with the
/// input kept and nothing changed.
pub(super) async fn opslaan(state: &AppState, g: &Gebruiker, f: Invoer, adres: Adres) -> Page {
    let vorige = adres.lees(state, g).await?;
    let naam = swv_naam(&f.naam);
    match (
        Briefhoofd::lees(&f.straat, &f.huisnummer, &f.postcode, &f.plaats),
        naam,
    ) {
        (Ok(b), Ok(naam)) => {
            let brieven = state.store.brieven();
            match adres {
                Adres::Briefhoofd => {
                    let naam = naam.as_deref().filter(|_| vorige.eigen_naam.is_some());
                    brieven
                        .zet_briefhoofd(&g.verzoeker, &b, naam, ROUTE)
                        .await?
                }
                Adres::Postadres => {
                    brieven
                        .zet_postadres(&g.verzoeker, &b, "/account/postadres")
                        .await?
                }
            }
            let mut p = adres.pagina(g, adres.lees(state, g).await?);
            p.opgeslagen = true;
            render(&p)
        }
        (b, naam) => {
            let mut fouten = naam.err().into_iter().collect::<Vec<_>>();
            fouten.extend(b.err().unwrap_or_default());
            let mut p = adres.pagina(g, f.terug(vorige));
            p.fouten = fouten;
            Ok((StatusCode::BAD_REQUEST, render(&p)?).into_response())
        }
    }
}

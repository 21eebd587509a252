//! `/beheer/tweede-factor`: the beheerder chooses for which roles a second factor is
//! required. Parents are not offered: they never need one.

use crate::csrf::CsrfForm;
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use passend_domain::{Functie, Rol};
use passend_store::StoreError;
use std::collections::HashMap;

/// One checkbox: the role's name in the form, how it is called, whether it is ticked.
struct Keuze {
    naam: &'static str,
    omschrijving: &'static str,
    vereist: bool,
}

#[derive(Template)]
#[template(path = "beheer_tweede_factor.html")]
struct FactorRollenPage {
    layout: Layout,
    csrf: String,
    keuzes: Vec<Keuze>,
    opgeslagen: bool,
    fout: Option<String>,
}

fn pagina(g: &Gebruiker, vereist: &[Rol]) -> FactorRollenPage {
    FactorRollenPage {
        layout: Layout::new("Tweede factor per rol", Some(g)),
        csrf: g.csrf.clone(),
        keuzes: Rol::ALL
            .into_iter()
            .filter(|r| r.tweede_factor_te_vereisen())
            .map(|r| Keuze {
                naam: r.as_str(),
                omschrijving: r.omschrijving(),
                vereist: vereist.contains(&r),
            })
            .collect(),
        opgeslagen: false,
        fout: None,
    }
}

pub async fn tweede_factor(State(state): State<AppState>, g: Gebruiker) -> Page {
    g.vereist(Functie::Beheer)?;
    let vereist = state.store.accounts().tweede_factor_rollen().await?;
    render(&pagina(&g, &vereist))
}

/// The ticked boxes: each is a field named after its role.
pub async fn zet_tweede_factor(
    State(state): State<AppState>,
    g: Gebruiker,
    CsrfForm(velden): CsrfForm<HashMap<String, String>>,
) -> Page {
    g.vereist(Functie::Beheer)?;
    let mut gekozen = Vec::new();
    for naam in velden.keys().filter(|k| *k != "csrf") {
        match Rol::parse(naam) {
            Ok(r) => gekozen.push(r),
            Err(e) => return Err(WebError::Ongeldig(e.to_string())),
        }
    }
    match state
        .store
        .accounts()
        .zet_tweede_factor_rollen(&g.verzoeker, &gekozen)
        .await
    {
        Ok(()) => {
            let vereist = state.store.accounts().tweede_factor_rollen().await?;
            let mut p = pagina(&g, &vereist);
            p.opgeslagen = true;
            render(&p)
        }
        Err(StoreError::Ongeldig(m)) => {
            let mut p = pagina(&g, &gekozen);
            p.fout = Some(m);
            Ok((StatusCode::BAD_REQUEST, render(&p)?).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

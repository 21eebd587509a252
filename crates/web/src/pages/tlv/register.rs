//! `/deskundigen`: the SWV's register of deskundigen.

use crate::csrf::CsrfForm;
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect};
use passend_domain::Functie;
use passend_domain::tlv::Discipline;
use passend_store::Deskundige;
use serde::Deserialize;

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
    let register = state.store.tlvs().deskundigen(&g.verzoeker, &swv).await?;
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
        .tlvs()
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

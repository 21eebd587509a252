//! Changing one's own password; the first sign-in with a one-time password lands here and
//! can go nowhere else until it is done (see `handhaving`).

use super::{Page, render};
use crate::AppState;
use crate::csrf::CsrfForm;
use crate::layout::Layout;
use crate::session::{COOKIE, Gebruiker, cookie_value};
use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use passend_store::{MIN_PASSWORD_LEN, StoreError};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "wachtwoord.html")]
struct WachtwoordPage {
    layout: Layout,
    csrf: String,
    verplicht: bool,
    gewijzigd: bool,
    minimum: usize,
    fout_huidig: Option<String>,
    fout_nieuw: Option<String>,
    fout_herhaling: Option<String>,
}

fn pagina(g: &Gebruiker) -> WachtwoordPage {
    WachtwoordPage {
        layout: Layout::new("Wachtwoord wijzigen", Some(g)),
        csrf: g.csrf.clone(),
        verplicht: g.account.wachtwoord_wijzigen,
        gewijzigd: false,
        minimum: MIN_PASSWORD_LEN,
        fout_huidig: None,
        fout_nieuw: None,
        fout_herhaling: None,
    }
}

pub async fn form(g: Gebruiker) -> Page {
    render(&pagina(&g))
}

#[derive(Deserialize)]
pub struct Wijziging {
    huidig: String,
    nieuw: String,
    herhaling: String,
}

pub async fn wijzig(
    State(state): State<AppState>,
    headers: HeaderMap,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Wijziging>,
) -> Page {
    let mut p = pagina(&g);
    if f.nieuw != f.herhaling {
        p.fout_herhaling = Some("de twee nieuwe wachtwoorden zijn niet gelijk".into());
        return fout(&p);
    }
    let sessie = cookie_value(&headers, COOKIE);
    match state
        .store
        .accounts()
        .wijzig_wachtwoord(g.account.id, &f.huidig, &f.nieuw, sessie.as_deref())
        .await
    {
        Ok(()) => {
            p.verplicht = false;
            p.gewijzigd = true;
            render(&p)
        }
        // The store names what is wrong; the message goes beside the field it is about.
        Err(StoreError::Ongeldig(m)) if m.contains("huidige wachtwoord klopt niet") => {
            p.fout_huidig = Some(m);
            fout(&p)
        }
        Err(StoreError::Ongeldig(m)) => {
            p.fout_nieuw = Some(m);
            fout(&p)
        }
        Err(e) => Err(e.into()),
    }
}

/// The form again with its messages, as 400: nothing was changed.
fn fout(p: &WachtwoordPage) -> Page {
    let body = render(p)?;
    Ok((StatusCode::BAD_REQUEST, body).into_response())
}

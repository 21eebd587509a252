//! `/account/postadres`: the parent's own postal address, to which the letters about their
//! child are addressed. The store asks the policy ([`passend_domain::toegang::Functie::Postadres`]):
//! only a parent has the page.

use super::briefhoofd::{Invoer, postadres_pagina};
use super::{Page, render};
use crate::AppState;
use crate::csrf::CsrfForm;
use crate::session::Gebruiker;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use passend_domain::brief::Briefhoofd;

const ROUTE: &str = "/account/postadres";

pub async fn form(State(state): State<AppState>, g: Gebruiker) -> Page {
    let a = state.store.brieven().eigen_postadres(&g.verzoeker).await?;
    render(&postadres_pagina(&g, a))
}

pub async fn zet(
    State(state): State<AppState>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Invoer>,
) -> Page {
    let brieven = state.store.brieven();
    let naam = brieven.eigen_postadres(&g.verzoeker).await?.naam;
    match Briefhoofd::lees(&f.straat, &f.huisnummer, &f.postcode, &f.plaats) {
        Ok(a) => {
            brieven.zet_postadres(&g.verzoeker, &a, ROUTE).await?;
            let mut p = postadres_pagina(&g, brieven.eigen_postadres(&g.verzoeker).await?);
            p.opgeslagen = true;
            render(&p)
        }
        // Each message beside its field, the input kept; nothing was changed.
        Err(fouten) => {
            let mut p = postadres_pagina(&g, f.terug(naam));
            p.fouten = fouten;
            Ok((StatusCode::BAD_REQUEST, render(&p)?).into_response())
        }
    }
}

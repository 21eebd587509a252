//! `/bereidheid`: the requests to the signed-in school, and `/bereidheid/{id}`: one request
//! (the child's name and age and the support need the parents share, nothing more) with the
//! school's own answer.

use super::{Fout, Rij, fout_bij, rij};
use crate::csrf::CsrfForm;
use crate::formulier::bereidheid::AntwoordVelden;
use crate::formulier::ingevuld;
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use crate::{AppState, WebError, vandaag};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use passend_store::StoreError;
use serde::Deserialize;

const ROUTE: &str = "/bereidheid/{id}";

#[derive(Template)]
#[template(path = "bereidheid.html")]
struct LijstPage {
    layout: Layout,
    rijen: Vec<Rij>,
}

pub async fn bereidheid_lijst(State(state): State<AppState>, g: Gebruiker) -> Page {
    let rijen = state
        .store
        .aanmeldingen()
        .bereidheidsvragen_voor(&g.verzoeker, vandaag(), "/bereidheid")
        .await?;
    render(&LijstPage {
        layout: Layout::new("Gevraagd: bereid toe te laten?", Some(&g)),
        rijen: rijen.into_iter().map(rij).collect(),
    })
}

#[derive(Deserialize, Default)]
pub struct AntwoordInvoer {
    #[serde(default)]
    bereid: String,
    #[serde(default)]
    datum: String,
}

#[derive(Template)]
#[template(path = "bereidheid_vraag.html")]
struct VraagPage {
    layout: Layout,
    csrf: String,
    r: Rij,
    invoer: AntwoordInvoer,
    fout: Fout,
}

impl VraagPage {
    fn fout_bij(&self, veld: &str) -> Option<&str> {
        fout_bij(&self.fout, veld)
    }
}

async fn pagina(
    state: &AppState,
    g: &Gebruiker,
    id: &str,
    invoer: AntwoordInvoer,
) -> Result<VraagPage, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::NietGevonden)?;
    let b = state
        .store
        .aanmeldingen()
        .bereidheidsvraag_voor(&g.verzoeker, id, vandaag(), ROUTE)
        .await?;
    Ok(VraagPage {
        layout: Layout::new(format!("Bereid toe te laten? {}", b.naam), Some(g)),
        csrf: g.csrf.clone(),
        r: rij(b),
        invoer,
        fout: None,
    })
}

pub async fn bereidheid_vraag(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
) -> Page {
    let invoer = AntwoordInvoer {
        datum: vandaag().to_string(),
        ..AntwoordInvoer::default()
    };
    render(&pagina(&state, &g, &id, invoer).await?)
}

pub async fn beantwoord_bereidheid(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<AntwoordInvoer>,
) -> Page {
    let gelezen = AntwoordVelden {
        bereid: &f.bereid,
        datum: ingevuld(&f.datum),
    }
    .lees();
    let mut p = pagina(&state, &g, &id, f).await?;
    let (bereid, datum) = match gelezen {
        Ok(x) => x,
        Err(e) => {
            p.fout = Some((e.veld, e.melding));
            return Ok((StatusCode::BAD_REQUEST, render(&p)?).into_response());
        }
    };
    match state
        .store
        .aanmeldingen()
        .beantwoord_bereidheid(&g.verzoeker, p.r.b.id, bereid, datum, vandaag(), ROUTE)
        .await
    {
        Ok(()) => Ok(Redirect::to(&format!("/bereidheid/{}", p.r.b.id)).into_response()),
        Err(StoreError::Ongeldig(m) | StoreError::Conflict(m)) => {
            p.fout = Some(("bereid", m));
            Ok((StatusCode::BAD_REQUEST, render(&p)?).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

//! `/vrijstellingsadviezen`: the SWV's requests for advice before a vrijstelling art. 5
//! onder a, and `/vrijstellingsadviezen/{id}`: one request (the child's name and age, the
//! ground and the date asked, no dossier) with the SWV's own advice.

use crate::csrf::CsrfForm;
use crate::format::datum;
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use crate::{AppState, WebError, vandaag};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use passend_store::{Adviesvraag, StoreError};
use serde::Deserialize;

const ROUTE: &str = "/vrijstellingsadviezen/{id}";

/// A request as the pages show it.
pub struct AdviesRij {
    pub v: Adviesvraag,
    pub uiterlijk: String,
    pub gegeven: Option<(String, String, String)>,
}

fn rij(v: Adviesvraag) -> AdviesRij {
    AdviesRij {
        uiterlijk: datum(v.advies.uiterlijk),
        gegeven: v
            .advies
            .gegeven
            .clone()
            .map(|(tekst, d, wie)| (tekst, datum(d), wie.unwrap_or_else(|| "onbekend".into()))),
        v,
    }
}

#[derive(Template)]
#[template(path = "vrijstellingsadviezen.html")]
struct LijstPage {
    layout: Layout,
    rijen: Vec<AdviesRij>,
}

pub async fn adviezen(State(state): State<AppState>, g: Gebruiker) -> Page {
    let lijst = state
        .store
        .leerplicht()
        .adviesvragen_voor(&g.verzoeker, vandaag(), "/vrijstellingsadviezen")
        .await?;
    render(&LijstPage {
        layout: Layout::new("Adviezen over vrijstellingen", Some(&g)),
        rijen: lijst.into_iter().map(rij).collect(),
    })
}

#[derive(Deserialize, Default)]
pub struct AdviesInvoer {
    #[serde(default)]
    tekst: String,
}

#[derive(Template)]
#[template(path = "vrijstellingsadvies.html")]
struct AdviesPage {
    layout: Layout,
    csrf: String,
    r: AdviesRij,
    invoer: AdviesInvoer,
    fout: Option<String>,
}

async fn pagina(
    state: &AppState,
    g: &Gebruiker,
    id: &str,
    invoer: AdviesInvoer,
) -> Result<AdviesPage, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::NietGevonden)?;
    let v = state
        .store
        .leerplicht()
        .adviesvraag_voor(&g.verzoeker, id, vandaag(), ROUTE)
        .await?;
    Ok(AdviesPage {
        layout: Layout::new(format!("Advies vrijstelling: {}", v.naam), Some(g)),
        csrf: g.csrf.clone(),
        r: rij(v),
        invoer,
        fout: None,
    })
}

pub async fn advies(State(state): State<AppState>, Path(id): Path<String>, g: Gebruiker) -> Page {
    render(&pagina(&state, &g, &id, AdviesInvoer::default()).await?)
}

pub async fn geef_advies(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<AdviesInvoer>,
) -> Page {
    let mut p = pagina(&state, &g, &id, f).await?;
    let id = p.r.v.vrijstelling_id;
    match state
        .store
        .leerplicht()
        .geef_advies(&g.verzoeker, id, &p.invoer.tekst, vandaag(), ROUTE)
        .await
    {
        Ok(()) => Ok(Redirect::to(&format!("/vrijstellingsadviezen/{id}")).into_response()),
        Err(StoreError::Ongeldig(m) | StoreError::Conflict(m)) => {
            p.fout = Some(m);
            Ok((StatusCode::BAD_REQUEST, render(&p)?).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

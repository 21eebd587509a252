//! A letter about a decision, twice from one structure: HTML to print and PDF. The store
//! builds it from the app's data and decides who may read it.

use crate::AppState;
use crate::WebError;
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::IntoResponse;
use passend_domain::brief::{Brief, Briefsoort};

#[derive(Template)]
#[template(path = "brief.html")]
struct BriefPage {
    layout: Layout,
    b: Brief,
    pdf: String,
}

/// The letter as a page to print, with a link to its PDF.
pub fn als_pagina(g: &Gebruiker, b: Brief, pdf: String) -> Page {
    render(&BriefPage {
        layout: Layout::new(b.onderwerp(), Some(g)),
        b,
        pdf,
    })
}

/// The letter as an A4 PDF.
pub fn als_pdf(b: &Brief, naam: &str) -> Page {
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "inline; filename=\"{}\"",
                    crate::download::veilige_naam(naam)
                ),
            ),
        ],
        crate::pdf::brief_van(b),
    )
        .into_response())
}

fn nummer(id: &str) -> Result<i64, WebError> {
    id.parse().map_err(|_| WebError::NietGevonden)
}

async fn ontvangst(
    state: &AppState,
    g: &Gebruiker,
    id: i64,
    route: &str,
) -> Result<Brief, WebError> {
    Ok(state
        .store
        .ouders()
        .ontvangstbevestiging(&g.verzoeker, id, crate::vandaag(), route)
        .await?)
}

/// `GET /aanmeldingen/{id}/ontvangstbevestiging`
pub async fn ontvangstbevestiging(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
) -> Page {
    let id = nummer(&id)?;
    let b = ontvangst(&state, &g, id, "/aanmeldingen/{id}/ontvangstbevestiging").await?;
    als_pagina(
        &g,
        b,
        format!("/aanmeldingen/{id}/ontvangstbevestiging.pdf"),
    )
}

/// `GET /aanmeldingen/{id}/ontvangstbevestiging.pdf`
pub async fn ontvangstbevestiging_pdf(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
) -> Page {
    let id = nummer(&id)?;
    let b = ontvangst(
        &state,
        &g,
        id,
        "/aanmeldingen/{id}/ontvangstbevestiging.pdf",
    )
    .await?;
    als_pdf(&b, &format!("ontvangstbevestiging-{id}.pdf"))
}

/// The kind and decision of `/brieven/{soort}/{id}`; an unknown kind is "not found".
fn soort_en_id(soort: &str, id: &str) -> Result<(Briefsoort, i64), WebError> {
    let soort = Briefsoort::van_slug(soort).ok_or(WebError::NietGevonden)?;
    Ok((soort, nummer(id)?))
}

/// `GET /brieven/{soort}/{id}`: the letter of a decision, to print.
pub async fn pagina(
    State(state): State<AppState>,
    Path((soort, id)): Path<(String, String)>,
    g: Gebruiker,
) -> Page {
    let (soort, id) = soort_en_id(&soort, &id)?;
    let b = state
        .store
        .brieven()
        .brief(
            &g.verzoeker,
            soort,
            id,
            crate::vandaag(),
            "/brieven/{soort}/{id}",
        )
        .await?;
    als_pagina(&g, b, format!("/brieven/{}/{id}/pdf", soort.slug()))
}

/// `GET /brieven/{soort}/{id}/pdf`: the same letter as an A4 PDF.
pub async fn pdf(
    State(state): State<AppState>,
    Path((soort, id)): Path<(String, String)>,
    g: Gebruiker,
) -> Page {
    let (soort, id) = soort_en_id(&soort, &id)?;
    let b = state
        .store
        .brieven()
        .brief(
            &g.verzoeker,
            soort,
            id,
            crate::vandaag(),
            "/brieven/{soort}/{id}/pdf",
        )
        .await?;
    als_pdf(&b, &format!("{}-{id}.pdf", soort.slug()))
}

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
    /// The rectification form, for the party that took the decision.
    rectificatie: Option<super::rectificatie::Formulier>,
}

/// The letter as a page to print, with a link to its PDF.
pub fn als_pagina(g: &Gebruiker, b: Brief, pdf: String) -> Page {
    render(&BriefPage {
        layout: Layout::new(b.onderwerp(), Some(g)),
        b,
        pdf,
        rectificatie: None,
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

pub(super) fn nummer(id: &str) -> Result<i64, WebError> {
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
pub(super) fn soort_en_id(soort: &str, id: &str) -> Result<(Briefsoort, i64), WebError> {
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
    brief_met_formulier(&state, &g, soort, id, String::new(), None).await
}

/// The letter's page, with the rectification form (its input and error) for the party that
/// took the decision.
pub(super) async fn brief_met_formulier(
    state: &AppState,
    g: &Gebruiker,
    soort: Briefsoort,
    id: i64,
    tekst: String,
    fout: Option<String>,
) -> Page {
    let brieven = state.store.brieven();
    let b = brieven
        .brief(
            &g.verzoeker,
            soort,
            id,
            crate::vandaag(),
            "/brieven/{soort}/{id}",
        )
        .await?;
    let status = if fout.is_some() {
        axum::http::StatusCode::BAD_REQUEST
    } else {
        axum::http::StatusCode::OK
    };
    let rectificatie = brieven
        .mag_rectificeren(&g.verzoeker, soort, id)
        .await?
        .then(|| super::rectificatie::Formulier {
            actie: format!("/brieven/{}/{id}/rectificatie", soort.slug()),
            csrf: g.csrf.clone(),
            tekst,
            fout,
        });
    let pagina = render(&BriefPage {
        layout: Layout::new(b.onderwerp(), Some(g)),
        pdf: format!("/brieven/{}/{id}/pdf", soort.slug()),
        b,
        rectificatie,
    })?;
    Ok((status, pagina).into_response())
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

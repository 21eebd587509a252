//! Verzuim in the web application: a school uploads its absence (CSV, the format of
//! `verzuim.csv` with passend's pupil numbers), the rules make the reports, and the
//! leerplicht of the pupil's gemeente handles them.

use super::{Page, render};
use crate::csrf;
use crate::layout::Layout;
use crate::session::Gebruiker;
use crate::{AppState, WebError, vandaag};
use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect};
use passend_domain::verzuim::Vakantieregio;
use passend_domain::verzuimmelding::Status;
use passend_domain::{Functie, VestigingCode};
use passend_store::{ImportUitkomst, Verzuimmelding};
use serde::Deserialize;

/// Uploads larger than this are refused (a school's year of absence is far smaller).
pub const MAX_UPLOAD: usize = 20 * 1024 * 1024;

#[derive(Template)]
#[template(path = "verzuim.html")]
struct ListPage {
    layout: Layout,
    meldingen: Vec<(Verzuimmelding, Vec<&'static str>)>,
    school: Option<String>,
    csrf: String,
    uitkomst: Option<ImportUitkomst>,
}

async fn page(state: &AppState, g: &Gebruiker, uitkomst: Option<ImportUitkomst>) -> Page {
    let meldingen = state
        .store
        .verzuimmeldingen_voor(&g.verzoeker, vandaag(), "/verzuim")
        .await?;
    let rol = g.verzoeker.kijker.rol;
    let meldingen = meldingen
        .into_iter()
        .map(|m| {
            let next = Status::parse(&m.status)
                .map(|s| {
                    s.volgende()
                        .iter()
                        .filter(|n| s.naar(**n, rol).is_ok())
                        .map(|n| n.as_str())
                        .collect()
                })
                .unwrap_or_default();
            (m, next)
        })
        .collect();
    render(&ListPage {
        layout: Layout::new("Verzuim", Some(g)),
        meldingen,
        school: g.scope_voor(Functie::VerzuimInlezen).map(String::from),
        csrf: g.csrf.clone(),
        uitkomst,
    })
}

pub async fn list(
    State(state): State<AppState>,
    g: Gebruiker,
    Query(q): Query<crate::export::FormaatQuery>,
) -> Page {
    let Some(formaat) = q.formaat()? else {
        return page(&state, &g, None).await;
    };
    let route = "/verzuim";
    let meldingen = state
        .store
        .verzuimmeldingen_voor(&g.verzoeker, vandaag(), route)
        .await?;
    let mut tabel = crate::export::Tabel::new(
        "verzuimmeldingen",
        &[
            "melding",
            "leerling_id",
            "naam",
            "vestiging",
            "gemeentecode",
            "soort",
            "datum",
            "uren",
            "status",
        ],
    );
    for m in meldingen {
        tabel.rij(vec![
            crate::export::Cel::Getal(m.id),
            crate::export::Cel::Getal(m.leerling_id.0),
            m.naam.into(),
            m.vestiging_code.into(),
            m.gemeentecode.into(),
            m.soort.into(),
            m.datum.into(),
            m.uren.to_string().into(),
            m.status.into(),
        ]);
    }
    crate::export::download(&state.store, &g.verzoeker, route, &tabel, formaat).await
}

/// The upload: multipart with `csrf`, `regio` and `bestand`.
pub async fn import(
    State(state): State<AppState>,
    headers: HeaderMap,
    g: Gebruiker,
    mut form: Multipart,
) -> Page {
    let (mut token, mut regio, mut bestand) = (None, None, None);
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|_| WebError::Ongeldig("het formulier kon niet worden gelezen".into()))?
    {
        match field.name().unwrap_or_default() {
            "csrf" => token = field.text().await.ok(),
            "regio" => regio = field.text().await.ok(),
            "bestand" => {
                let bytes = field.bytes().await.map_err(|_| {
                    WebError::Ongeldig("het bestand kon niet worden gelezen".into())
                })?;
                if bytes.len() > MAX_UPLOAD {
                    return Err(WebError::Ongeldig("het bestand is groter dan 20 MB".into()));
                }
                bestand = Some(bytes);
            }
            _ => {}
        }
    }
    if !token.is_some_and(|t| csrf::matches(&headers, &t)) {
        return Err(WebError::FormulierVerlopen);
    }
    // Only a school imports, for its own vestiging; the store checks the scope again.
    g.vereist(Functie::VerzuimInlezen)?;
    let regio = regio
        .as_deref()
        .and_then(Vakantieregio::parse)
        .ok_or_else(|| WebError::Ongeldig("kies de vakantieregio: noord, midden of zuid".into()))?;
    let bestand = bestand
        .filter(|b| !b.is_empty())
        .ok_or_else(|| WebError::Ongeldig("kies een CSV-bestand".into()))?;
    let school = g.verzoeker.kijker.scope.clone().unwrap_or_default();
    let vestiging = VestigingCode::parse(&school).map_err(|_| WebError::NietGevonden)?;
    let rows = crate::invoer::verzuim_csv(&bestand).map_err(WebError::Ongeldig)?;
    let uitkomst = state
        .store
        .importeer_verzuim(&g.verzoeker, &vestiging, regio, &rows, "/verzuim/import")
        .await?;
    page(&state, &g, Some(uitkomst)).await
}

#[derive(Deserialize)]
pub struct NieuweStatus {
    status: String,
}

pub async fn status(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    csrf::CsrfForm(f): csrf::CsrfForm<NieuweStatus>,
) -> Page {
    let id = id.parse::<i64>().map_err(|_| WebError::NietGevonden)?;
    let naar = Status::parse(&f.status).map_err(|e| WebError::Ongeldig(e.to_string()))?;
    state
        .store
        .zet_meldingstatus(&g.verzoeker, id, naar, vandaag(), "/verzuim/{id}/status")
        .await?;
    Ok(Redirect::to("/verzuim").into_response())
}

//! Reading an OSO dossier (the XML a school's system sends to its SWV) through an upload:
//! checked against the official schema and rules in a blocking task, refused with its list
//! of problems (nothing stored), or stored in one transaction and shown.

use super::{Page, render};
use crate::csrf;
use crate::layout::Layout;
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::HeaderMap;
use axum::response::IntoResponse;
use passend_domain::Functie;
use passend_store::{OsoKoppeling, OsoUitkomst, Persoonsnummer};

/// OSO's own limit for a dossier with attachments (the reader refuses more).
pub const MAX_UPLOAD: usize = passend_uitwisseling::oso::MAX_GROOTTE;

#[derive(Template)]
#[template(path = "oso.html")]
struct OsoPage {
    layout: Layout,
    csrf: String,
    uitkomst: Option<OsoUitkomst>,
    problemen: Vec<String>,
}

fn mag(g: &Gebruiker) -> Result<(), WebError> {
    g.vereist(Functie::OsoInlezen)
}

pub async fn form(g: Gebruiker) -> Page {
    mag(&g)?;
    render(&OsoPage {
        layout: Layout::new("OSO-dossier inlezen", Some(&g)),
        csrf: g.csrf.clone(),
        uitkomst: None,
        problemen: Vec::new(),
    })
}

pub async fn upload(
    State(state): State<AppState>,
    headers: HeaderMap,
    g: Gebruiker,
    mut form: Multipart,
) -> Page {
    let (mut token, mut nummer, mut bestand) = (None, None, None);
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|_| WebError::Ongeldig("het formulier kon niet worden gelezen".into()))?
    {
        match field.name().unwrap_or_default() {
            "csrf" => token = field.text().await.ok(),
            "persoonsnummer" => nummer = field.text().await.ok(),
            "bestand" => {
                let bytes = field.bytes().await.map_err(|_| {
                    WebError::Ongeldig(
                        "het bestand kon niet worden gelezen (groter dan 20 MB?)".into(),
                    )
                })?;
                bestand = Some(bytes);
            }
            _ => {}
        }
    }
    if !token.is_some_and(|t| csrf::matches(&headers, &t)) {
        return Err(WebError::FormulierVerlopen);
    }
    mag(&g)?;
    let nummer = nummer.unwrap_or_default();
    let koppeling = OsoKoppeling::Persoonsnummer(Persoonsnummer::parse(nummer.trim()).map_err(|e| {
        WebError::Ongeldig(format!(
            "BSN of onderwijsnummer van de leerling: {e} (een dossier voor het samenwerkingsverband bevat geen BSN)"
        ))
    })?);
    let bestand = bestand
        .filter(|b| !b.is_empty())
        .ok_or_else(|| WebError::Ongeldig("kies een OSO-dossier (XML)".into()))?;
    // libxml2 works on this thread only and takes CPU time: off the async workers.
    let gelezen = tokio::task::spawn_blocking(move || passend_uitwisseling::oso::lees(&bestand))
        .await
        .map_err(|_| WebError::Ongeldig("het dossier kon niet worden gelezen".into()))?;
    let layout = Layout::new("OSO-dossier inlezen", Some(&g));
    match gelezen {
        Err(afwijzing) => {
            let problemen = afwijzing
                .problemen()
                .iter()
                .map(|p| p.to_string())
                .collect();
            let page = OsoPage {
                layout,
                csrf: g.csrf.clone(),
                uitkomst: None,
                problemen,
            };
            let html = page.render()?;
            Ok((
                axum::http::StatusCode::UNPROCESSABLE_ENTITY,
                axum::response::Html(html),
            )
                .into_response())
        }
        Ok(dossier) => {
            let uitkomst = state
                .store
                .oso()
                .importeer_oso(&g.verzoeker, &dossier, &koppeling, crate::vandaag(), "/oso")
                .await?;
            render(&OsoPage {
                layout,
                csrf: g.csrf.clone(),
                uitkomst: Some(uitkomst),
                problemen: Vec::new(),
            })
        }
    }
}

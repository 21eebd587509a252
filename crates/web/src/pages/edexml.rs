//! Reading a school's roster (EDEXML 2.1, the export of its administration system) through
//! an upload: checked against the official schema in a blocking task, then stored for the
//! school's own vestiging in one transaction — or refused with every problem (HTTP 422),
//! nothing stored. The page also lists the pupils who are in the roster only (what the
//! school still has to complete), with downloads. School users only; everyone else gets a
//! 404.

use super::{Page, render};
use crate::csrf;
use crate::layout::Layout;
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Multipart, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse};
use passend_domain::Functie;
use passend_domain::VestigingCode;
use passend_store::{EdexmlUitkomst, Roosterleerling, StoreError};

/// A roster of the largest school is a few MB; the command line takes files up to the
/// reader's own limit (200 MB) for larger ones.
pub const MAX_UPLOAD: usize = 64 * 1024 * 1024;

/// Reads and checks an uploaded roster (page and API). libxml2 works on its own thread and
/// takes CPU time, so off the async workers; `Err` only when that task failed.
pub async fn lees(
    bestand: axum::body::Bytes,
) -> Result<
    Result<passend_uitwisseling::edexml::EdexmlBestand, passend_uitwisseling::Afwijzing>,
    tokio::task::JoinError,
> {
    tokio::task::spawn_blocking(move || {
        passend_uitwisseling::edexml::lees_met_limiet(&bestand, MAX_UPLOAD)
    })
    .await
}

#[derive(Template)]
#[template(path = "edexml.html")]
struct EdexmlPage {
    layout: Layout,
    csrf: String,
    vestiging: String,
    uitkomst: Option<EdexmlUitkomst>,
    problemen: Vec<String>,
    rooster: Vec<Roosterleerling>,
}

const ROUTE: &str = "/edexml";

fn mag(g: &Gebruiker) -> Result<String, WebError> {
    g.scope_voor(Functie::LeerlingenInlezen)
        .map(String::from)
        .ok_or(WebError::NietGevonden)
}

/// The school's roster-only pupils, as the store gives them to this user.
async fn alleen_rooster(
    state: &AppState,
    g: &Gebruiker,
    vestiging: &str,
) -> Result<Vec<Roosterleerling>, WebError> {
    let code = VestigingCode::parse(vestiging).map_err(|_| WebError::NietGevonden)?;
    state
        .store
        .roosterleerlingen_voor(&g.verzoeker, &code, ROUTE)
        .await?
        .ok_or(WebError::NietGevonden)
}

async fn pagina(
    state: &AppState,
    g: &Gebruiker,
    vestiging: String,
) -> Result<EdexmlPage, WebError> {
    Ok(EdexmlPage {
        layout: Layout::new("Leerlingen inlezen (EDEXML)", Some(g)),
        csrf: g.csrf.clone(),
        rooster: alleen_rooster(state, g, &vestiging).await?,
        vestiging,
        uitkomst: None,
        problemen: Vec::new(),
    })
}

pub async fn form(
    State(state): State<AppState>,
    g: Gebruiker,
    Query(q): Query<crate::export::FormaatQuery>,
) -> Page {
    let vestiging = mag(&g)?;
    if let Some(formaat) = q.formaat()? {
        let mut tabel = crate::export::Tabel::new(
            &format!("alleen-in-rooster-{vestiging}"),
            &[
                "sleutel",
                "naam",
                "geboortedatum",
                "jaargroep",
                "groepen",
                "ontbreekt",
            ],
        );
        for l in alleen_rooster(&state, &g, &vestiging).await? {
            tabel.rij(vec![
                l.sleutel.into(),
                l.naam.into(),
                l.geboortedatum.unwrap_or_default().into(),
                l.jaargroep.unwrap_or_default().into(),
                l.groepen.join(", ").into(),
                l.ontbreekt.join("; ").into(),
            ]);
        }
        return crate::export::download(&state.store, &g.verzoeker, ROUTE, &tabel, formaat).await;
    }
    render(&pagina(&state, &g, vestiging).await?)
}

pub async fn upload(
    State(state): State<AppState>,
    headers: HeaderMap,
    g: Gebruiker,
    mut form: Multipart,
) -> Page {
    let (mut token, mut bestand) = (None, None);
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|_| WebError::Ongeldig("het formulier kon niet worden gelezen".into()))?
    {
        match field.name().unwrap_or_default() {
            "csrf" => token = field.text().await.ok(),
            "bestand" => {
                bestand = Some(field.bytes().await.map_err(|_| {
                    WebError::Ongeldig(format!(
                        "het bestand kon niet worden gelezen (groter dan {} MB?)",
                        MAX_UPLOAD / 1024 / 1024
                    ))
                })?);
            }
            _ => {}
        }
    }
    if !token.is_some_and(|t| csrf::matches(&headers, &t)) {
        return Err(WebError::FormulierVerlopen);
    }
    let vestiging = mag(&g)?;
    let bestand = bestand
        .filter(|b| !b.is_empty())
        .ok_or_else(|| WebError::Ongeldig("kies een EDEXML-bestand (XML)".into()))?;
    let gelezen = lees(bestand)
        .await
        .map_err(|_| WebError::Ongeldig("het bestand kon niet worden gelezen".into()))?;
    let problemen = match gelezen {
        Err(afwijzing) => afwijzing
            .problemen()
            .iter()
            .map(|p| p.to_string())
            .collect(),
        Ok(roster) => {
            match state
                .store
                .importeer_edexml(
                    &g.verzoeker,
                    &roster,
                    crate::vandaag(),
                    ROUTE,
                    &mut |_, _| {},
                )
                .await
            {
                Ok(uitkomst) => {
                    let mut page = pagina(&state, &g, vestiging).await?;
                    page.uitkomst = Some(uitkomst);
                    return render(&page);
                }
                Err(StoreError::Geweigerd(problemen)) => problemen,
                Err(e) => return Err(e.into()),
            }
        }
    };
    let mut page = pagina(&state, &g, vestiging).await?;
    page.problemen = problemen;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(page.render()?)).into_response())
}

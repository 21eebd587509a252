//! Reading a school's roster (EDEXML 2.1, the export of its administration system) through
//! an upload: checked against the official schema in a blocking task, then stored for the
//! school's own vestiging in one transaction — or refused with every problem (HTTP 422),
//! nothing stored. The page also lists the pupils who are in the roster only (what the
//! school still has to complete), with downloads. School users only; everyone else gets a
//! 404.

mod formulier;
mod upload;

pub use formulier::*;
pub use upload::*;

use crate::layout::Layout;
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use askama::Template;
use passend_domain::Functie;
use passend_domain::VestigingCode;
use passend_store::{EdexmlUitkomst, Roosterleerling};

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
        .rooster()
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

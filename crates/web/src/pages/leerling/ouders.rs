//! `/leerlingen/{id}/ouders`: the school invites a parent or guardian with gezag, who then
//! signs in and sees only their own child; and ends a link. The policy (the school where
//! the child is enrolled or registered) is the store's question.

use crate::csrf::CsrfForm;
use crate::formulier::ouder::OuderVelden;
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use passend_store::{GekoppeldeOuder, LeerlingId, StoreError};
use serde::Deserialize;

const ROUTE: &str = "/leerlingen/{id}/ouders";

#[derive(Deserialize, Default)]
pub struct Invoer {
    #[serde(default)]
    voornaam: String,
    #[serde(default)]
    tussenvoegsel: String,
    #[serde(default)]
    achternaam: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    relatie: String,
    #[serde(default)]
    gezag: Option<String>,
}

impl Invoer {
    /// An empty form: most invitations are for a parent.
    fn leeg() -> Self {
        Self {
            relatie: "ouder".into(),
            ..Self::default()
        }
    }
}

#[derive(Template)]
#[template(path = "ouders.html")]
struct OudersPage {
    layout: Layout,
    csrf: String,
    id: i64,
    kind: String,
    ouders: Vec<GekoppeldeOuder>,
    invoer: Invoer,
    /// The field a refusal is about, and the message.
    fout: Option<(&'static str, String)>,
    /// After an invitation: to whom, and whether a mail went (a parent with an account
    /// already sees the child at once).
    uitgenodigd: Option<(String, bool)>,
    /// Without a mail server: the folder the mails are written to.
    mailmap: Option<String>,
}

impl OudersPage {
    fn fout_bij(&self, veld: &str) -> Option<&str> {
        self.fout
            .as_ref()
            .filter(|(v, _)| *v == veld)
            .map(|(_, m)| m.as_str())
    }
}

fn leerling_id(id: &str) -> Result<LeerlingId, WebError> {
    id.parse::<i64>()
        .map(LeerlingId)
        .map_err(|_| WebError::NietGevonden)
}

async fn pagina(
    state: &AppState,
    g: &Gebruiker,
    id: LeerlingId,
    invoer: Invoer,
) -> Result<OudersPage, WebError> {
    let lijst = state
        .store
        .ouders()
        .ouders_van(&g.verzoeker, id, crate::vandaag(), ROUTE)
        .await?;
    Ok(OudersPage {
        layout: Layout::new(format!("Ouders van {}", lijst.kind), Some(g)),
        csrf: g.csrf.clone(),
        id: id.0,
        kind: lijst.kind,
        ouders: lijst.ouders,
        invoer,
        fout: None,
        uitgenodigd: None,
        mailmap: state.mail.zonder_server(),
    })
}

pub async fn ouders(State(state): State<AppState>, Path(id): Path<String>, g: Gebruiker) -> Page {
    let id = leerling_id(&id)?;
    render(&pagina(&state, &g, id, Invoer::leeg()).await?)
}

pub async fn nodig_ouder_uit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Invoer>,
) -> Page {
    let id = leerling_id(&id)?;
    let velden = OuderVelden {
        voornaam: &f.voornaam,
        tussenvoegsel: &f.tussenvoegsel,
        achternaam: &f.achternaam,
        email: &f.email,
        relatie: &f.relatie,
        gezag: f.gezag.is_some(),
    };
    let gelezen = velden.lees();
    let mut p = pagina(&state, &g, id, f).await?;
    let nieuw = match gelezen {
        Ok(n) => n,
        Err(e) => {
            p.fout = Some((e.veld, e.melding));
            return fout(&p);
        }
    };
    match state
        .store
        .ouders()
        .nodig_uit(
            &g.verzoeker,
            id,
            &nieuw,
            &state.mail.adres,
            crate::vandaag(),
            ROUTE,
        )
        .await
    {
        Ok(u) => {
            crate::mail::bezorg_nu(&state.store, &state.mail);
            let mut p = pagina(&state, &g, id, Invoer::leeg()).await?;
            p.uitgenodigd = Some((u.email, u.token.is_some()));
            render(&p)
        }
        // The same address twice, or an address of another account: beside the e-mail field.
        Err(StoreError::Ongeldig(m)) => {
            p.fout = Some(("email", m));
            fout(&p)
        }
        Err(StoreError::Conflict(m)) => {
            p.fout = Some(("email", m));
            Ok((StatusCode::CONFLICT, render(&p)?).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct Ontkoppelen {
    ouder: i64,
}

pub async fn ontkoppel_ouder(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Ontkoppelen>,
) -> Page {
    let id = leerling_id(&id)?;
    state
        .store
        .ouders()
        .ontkoppel(
            &g.verzoeker,
            id,
            f.ouder,
            crate::vandaag(),
            "/leerlingen/{id}/ouders/ontkoppelen",
        )
        .await?;
    Ok(Redirect::to(&format!("/leerlingen/{}/ouders", id.0)).into_response())
}

/// The form again with its message and the input kept, as 400: nothing was changed.
fn fout(p: &OudersPage) -> Page {
    let body = render(p)?;
    Ok((StatusCode::BAD_REQUEST, body).into_response())
}

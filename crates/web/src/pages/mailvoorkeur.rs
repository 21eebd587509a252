//! `/account/berichten`: how the account hears of new tasks and decisions — a mail for
//! each, or one daily digest. The mails carry no personal details, only what kind of thing
//! is new and a link.

use super::{Page, render};
use crate::AppState;
use crate::csrf::CsrfForm;
use crate::layout::Layout;
use crate::session::Gebruiker;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use passend_store::Mailvoorkeur;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "mailvoorkeur.html")]
struct VoorkeurPage {
    layout: Layout,
    csrf: String,
    /// The choice shown as checked: the stored one, or the one sent back with an error.
    keuze: String,
    email: bool,
    opgeslagen: bool,
    fout: Option<String>,
}

fn pagina(g: &Gebruiker, keuze: &str, email: bool) -> VoorkeurPage {
    VoorkeurPage {
        layout: Layout::new("E-mailberichten", Some(g)),
        csrf: g.csrf.clone(),
        keuze: keuze.to_string(),
        email,
        opgeslagen: false,
        fout: None,
    }
}

pub async fn form(State(state): State<AppState>, g: Gebruiker) -> Page {
    let (v, email) = state.store.taken().mailvoorkeur(g.account.id).await?;
    render(&pagina(&g, v.as_str(), email))
}

#[derive(Deserialize)]
pub struct Keuze {
    #[serde(default)]
    voorkeur: String,
}

pub async fn zet(
    State(state): State<AppState>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Keuze>,
) -> Page {
    let (_, email) = state.store.taken().mailvoorkeur(g.account.id).await?;
    let Some(v) = Mailvoorkeur::parse(&f.voorkeur) else {
        let mut p = pagina(&g, &f.voorkeur, email);
        p.fout = Some("kies direct of een dagelijks overzicht".into());
        return Ok((StatusCode::BAD_REQUEST, render(&p)?).into_response());
    };
    state
        .store
        .taken()
        .zet_mailvoorkeur(g.account.id, v)
        .await?;
    let mut p = pagina(&g, v.as_str(), email);
    p.opgeslagen = true;
    render(&p)
}

//! `/beheer/gebruikers`: the accounts of the region, inviting someone by e-mail and
//! switching an account off. Who may do so is the store's question to the policy.

use crate::formulier::account::UitnodigingVelden;
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use crate::{AppState, WebError, csrf::CsrfForm};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use passend_domain::{Functie, Rol};
use passend_store::{AccountStatus, StoreError};
use serde::Deserialize;

/// One account as the list shows it.
struct Regel {
    gebruikersnaam: String,
    weergavenaam: String,
    email: String,
    rollen: String,
    status: &'static str,
    /// Whether the page offers to switch it off (not the beheerder's own account).
    uitzetten: bool,
}

#[derive(Deserialize, Default)]
pub struct Invoer {
    #[serde(default)]
    gebruikersnaam: String,
    #[serde(default)]
    naam: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    rol: String,
    #[serde(default)]
    werkgebied: String,
}

#[derive(Template)]
#[template(path = "beheer_gebruikers.html")]
struct GebruikersPage {
    layout: Layout,
    csrf: String,
    regels: Vec<Regel>,
    rollen: Vec<(&'static str, &'static str)>,
    invoer: Invoer,
    melding: Option<String>,
    /// The folder mails go to when no mail server is configured.
    map: Option<String>,
    fout: Option<String>,
    fout_gebruikersnaam: Option<String>,
    fout_naam: Option<String>,
    fout_email: Option<String>,
    fout_rol: Option<String>,
    fout_werkgebied: Option<String>,
}

async fn pagina(
    state: &AppState,
    g: &Gebruiker,
    invoer: Invoer,
) -> Result<GebruikersPage, WebError> {
    let regels = state
        .store
        .accounts()
        .gebruikers(&g.verzoeker)
        .await?
        .into_iter()
        .map(|r| Regel {
            uitzetten: r.status != AccountStatus::Uit
                && r.gebruikersnaam != g.account.gebruikersnaam,
            status: r.status.omschrijving(),
            rollen: r.rollen.join("; "),
            email: r.email.unwrap_or_default(),
            gebruikersnaam: r.gebruikersnaam,
            weergavenaam: r.weergavenaam,
        })
        .collect();
    Ok(GebruikersPage {
        layout: Layout::new("Gebruikers", Some(g)),
        csrf: g.csrf.clone(),
        regels,
        rollen: Rol::ALL
            .iter()
            .map(|r| (r.as_str(), r.omschrijving()))
            .collect(),
        invoer,
        melding: None,
        map: state.mail.zonder_server(),
        fout: None,
        fout_gebruikersnaam: None,
        fout_naam: None,
        fout_email: None,
        fout_rol: None,
        fout_werkgebied: None,
    })
}

pub async fn gebruikers(State(state): State<AppState>, g: Gebruiker) -> Page {
    g.vereist(Functie::Accounts)?;
    render(&pagina(&state, &g, Invoer::default()).await?)
}

/// The page again with its messages beside the fields, as 400: nothing was stored.
fn weigering(p: &GebruikersPage) -> Page {
    let mut resp = render(p)?;
    *resp.status_mut() = StatusCode::BAD_REQUEST;
    Ok(resp)
}

pub async fn nodig_uit(
    State(state): State<AppState>,
    g: Gebruiker,
    CsrfForm(invoer): CsrfForm<Invoer>,
) -> Page {
    g.vereist(Functie::Accounts)?;
    let velden = UitnodigingVelden {
        gebruikersnaam: &invoer.gebruikersnaam,
        naam: &invoer.naam,
        email: &invoer.email,
        rol: &invoer.rol,
        werkgebied: &invoer.werkgebied,
    };
    let gelezen = velden.lees();
    let mut p = pagina(&state, &g, invoer).await?;
    let nieuw = match gelezen {
        Ok(n) => n,
        Err(fouten) => {
            for f in fouten {
                let plek = match f.veld {
                    "gebruikersnaam" => &mut p.fout_gebruikersnaam,
                    "naam" => &mut p.fout_naam,
                    "email" => &mut p.fout_email,
                    "rol" => &mut p.fout_rol,
                    _ => &mut p.fout_werkgebied,
                };
                *plek = Some(f.melding);
            }
            return weigering(&p);
        }
    };
    match state
        .store
        .accounts()
        .nodig_uit_met(&g.verzoeker, &nieuw, &state.mail.adres)
        .await
    {
        Ok(_token) => {
            crate::mail::bezorg_nu(&state.store, &state.mail);
            let mut p = pagina(&state, &g, Invoer::default()).await?;
            p.melding = Some(format!(
                "{} is uitgenodigd; de uitnodiging gaat per mail naar {}.",
                nieuw.gebruikersnaam.trim().to_lowercase(),
                nieuw.email.as_ref().map(|e| e.as_str()).unwrap_or_default()
            ));
            render(&p)
        }
        Err(StoreError::Conflict(m)) => {
            p.fout_gebruikersnaam = Some(m);
            weigering(&p)
        }
        // A werkgebied that does not exist or is not the inviter's: beside that field.
        Err(StoreError::Ongeldig(m)) => match m.strip_prefix("werkgebied: ") {
            Some(m) => {
                p.fout_werkgebied = Some(m.to_string());
                weigering(&p)
            }
            None => {
                p.fout = Some(m);
                weigering(&p)
            }
        },
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct Uitzetten {
    gebruikersnaam: String,
}

pub async fn zet_uit(
    State(state): State<AppState>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Uitzetten>,
) -> Page {
    g.vereist(Functie::Accounts)?;
    if f.gebruikersnaam
        .trim()
        .eq_ignore_ascii_case(&g.account.gebruikersnaam)
    {
        let mut p = pagina(&state, &g, Invoer::default()).await?;
        p.fout = Some("u kunt uw eigen account hier niet uitzetten".into());
        return weigering(&p);
    }
    state
        .store
        .accounts()
        .deactiveer(&g.verzoeker, &f.gebruikersnaam)
        .await?;
    let mut p = pagina(&state, &g, Invoer::default()).await?;
    p.melding = Some(format!(
        "Het account {} staat uit: sessies, API-sleutels en open links zijn beëindigd.",
        f.gebruikersnaam.trim().to_lowercase()
    ));
    render(&p)
}

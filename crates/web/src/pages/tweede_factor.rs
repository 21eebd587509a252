//! `/account/tweede-factor`: setting up a second factor (TOTP) with an authenticator app,
//! its recovery codes (shown once), new codes, and turning it off. A user whose role
//! requires a second factor lands here before anything else (see `handhaving`).

use super::{Page, render};
use crate::AppState;
use crate::csrf::CsrfForm;
use crate::layout::Layout;
use crate::session::Gebruiker;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use passend_store::{FactorStatus, Inschrijving, StoreError};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "tweede_factor.html")]
struct FactorPage {
    layout: Layout,
    csrf: String,
    /// The active role requires a second factor and none is set up.
    verplicht: bool,
    inschrijving: Option<Inschrijving>,
    /// The otpauth URI as an inline SVG QR code.
    qr: Option<String>,
    status: Option<FactorStatus>,
    /// The day it was set up, as `dd-mm-jjjj`.
    ingesteld: String,
    /// New recovery codes: shown this once.
    herstelcodes: Vec<String>,
    melding: Option<String>,
    code: String,
    fout_code: Option<String>,
    fout_herstel: Option<String>,
    fout_uit: Option<String>,
}

/// The otpauth URI as SVG for inline use: without the XML declaration, named for readers.
fn qr_svg(uri: &str) -> Option<String> {
    let svg = qrcode::QrCode::new(uri.as_bytes())
        .ok()?
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .build();
    let svg = svg.split_once("?>").map_or(svg.as_str(), |(_, s)| s);
    Some(svg.replacen(
        "<svg ",
        r#"<svg role="img" aria-label="QR-code met het geheim, voor uw authenticator-app" "#,
        1,
    ))
}

async fn pagina_van(state: &AppState, g: &Gebruiker) -> Result<FactorPage, StoreError> {
    let accounts = state.store.accounts();
    let status = accounts.tweede_factor(g.account.id).await?;
    let inschrijving = match status {
        Some(_) => None,
        None => accounts.schrijf_in(g.account.id).await?,
    };
    let ingesteld = status
        .as_ref()
        .and_then(|s| s.bevestigd.parse::<jiff::Timestamp>().ok())
        .and_then(|t| t.in_tz("Europe/Amsterdam").ok())
        .map(|z| crate::format::datum(z.date()))
        .unwrap_or_default();
    Ok(FactorPage {
        layout: Layout::new("Tweede factor", Some(g)),
        csrf: g.csrf.clone(),
        verplicht: accounts.moet_tweede_factor_instellen(&g.verzoeker).await?,
        qr: inschrijving.as_ref().and_then(|i| qr_svg(&i.uri)),
        inschrijving,
        status,
        ingesteld,
        herstelcodes: Vec::new(),
        melding: None,
        code: String::new(),
        fout_code: None,
        fout_herstel: None,
        fout_uit: None,
    })
}

pub async fn pagina(State(state): State<AppState>, g: Gebruiker) -> Page {
    render(&pagina_van(&state, &g).await?)
}

#[derive(Deserialize)]
pub struct Code {
    code: String,
}

/// The form again with its message, as 400: nothing was changed.
fn fout(p: &FactorPage) -> Page {
    Ok((StatusCode::BAD_REQUEST, render(p)?).into_response())
}

pub async fn bevestig(
    State(state): State<AppState>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Code>,
) -> Page {
    let uitkomst = state
        .store
        .accounts()
        .bevestig_tweede_factor(&g.verzoeker, &f.code)
        .await;
    let mut p = pagina_van(&state, &g).await?;
    match uitkomst {
        Ok(codes) => {
            p.herstelcodes = codes;
            render(&p)
        }
        Err(StoreError::Ongeldig(m)) => {
            p.fout_code = Some(m);
            p.code = f.code;
            fout(&p)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn herstelcodes(
    State(state): State<AppState>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Code>,
) -> Page {
    let uitkomst = state
        .store
        .accounts()
        .vernieuw_herstelcodes(&g.verzoeker, &f.code)
        .await;
    let mut p = pagina_van(&state, &g).await?;
    match uitkomst {
        Ok(codes) => {
            p.herstelcodes = codes;
            render(&p)
        }
        Err(StoreError::Ongeldig(m)) => {
            p.fout_herstel = Some(m);
            fout(&p)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn uit(State(state): State<AppState>, g: Gebruiker, CsrfForm(f): CsrfForm<Code>) -> Page {
    let uitkomst = state
        .store
        .accounts()
        .schakel_tweede_factor_uit(&g.verzoeker, &f.code)
        .await;
    let mut p = pagina_van(&state, &g).await?;
    match uitkomst {
        Ok(()) => {
            p.melding = Some(
                "Uw tweede factor is uitgeschakeld; de herstelcodes werken niet meer. \
                 Hieronder kunt u opnieuw een instellen, met een nieuw geheim."
                    .into(),
            );
            render(&p)
        }
        Err(StoreError::Ongeldig(m)) => {
            p.fout_uit = Some(m);
            fout(&p)
        }
        Err(e) => Err(e.into()),
    }
}

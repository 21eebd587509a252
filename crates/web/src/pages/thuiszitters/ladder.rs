//! `/swv/{code}/escalatieladder`: an SWV's escalation ladder, and saving it.

use crate::csrf::CsrfForm;
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::{Gebruiker, MaybeGebruiker};
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use passend_domain::thuiszitters::{Escalatieladder, Stap};
use passend_domain::{Functie, SwvCode};

#[derive(Template)]
#[template(path = "escalatieladder.html")]
struct LadderPage {
    layout: Layout,
    swv: String,
    stappen: Vec<(usize, Stap)>,
    /// Empty rows to add steps, numbered after the existing ones.
    leeg: Vec<usize>,
    csrf: Option<String>,
}

pub async fn ladder(
    State(state): State<AppState>,
    Path(code): Path<String>,
    MaybeGebruiker(g): MaybeGebruiker,
) -> Page {
    let code = SwvCode::parse(&code).map_err(|_| WebError::NietGevonden)?;
    state.store.organisaties().swv(&code).await?;
    let ladder = state.store.thuiszitters().ladder(&code).await?;
    let stappen: Vec<(usize, Stap)> = ladder
        .stappen()
        .iter()
        .cloned()
        .enumerate()
        .map(|(i, s)| (i + 1, s))
        .collect();
    let eigen = g
        .as_ref()
        .is_some_and(|g| g.mag_voor(Functie::EscalatieladderVastleggen, code.as_str()));
    render(&LadderPage {
        layout: Layout::new(
            format!("Escalatieladder {}", code.display_name()),
            g.as_ref(),
        ),
        leeg: (stappen.len() + 1..=passend_domain::thuiszitters::MAX_STAPPEN).collect(),
        stappen,
        swv: code.to_string(),
        csrf: eigen.then(|| g.map(|g| g.csrf)).flatten(),
    })
}

/// Saves the ladder: rows `naam_N`, `eigenaar_N`, `weken_N`; empty rows are skipped.
pub async fn ladder_opslaan(
    State(state): State<AppState>,
    Path(code): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<std::collections::BTreeMap<String, String>>,
) -> Page {
    let code = SwvCode::parse(&code).map_err(|_| WebError::NietGevonden)?;
    let mut stappen = Vec::new();
    for n in 1..=passend_domain::thuiszitters::MAX_STAPPEN {
        let veld = |k: &str| {
            f.get(&format!("{k}_{n}"))
                .map(|v| v.trim().to_string())
                .unwrap_or_default()
        };
        let (naam, eigenaar, weken) = (veld("naam"), veld("eigenaar"), veld("weken"));
        if naam.is_empty() && eigenaar.is_empty() && weken.is_empty() {
            continue;
        }
        let weken = weken
            .parse::<i64>()
            .map_err(|_| WebError::Ongeldig(format!("stap {n}: '{weken}' is geen aantal weken")))?;
        stappen.push(Stap {
            naam,
            eigenaar,
            weken,
        });
    }
    let ladder = Escalatieladder::new(stappen).map_err(|e| WebError::Ongeldig(e.to_string()))?;
    state
        .store
        .thuiszitters()
        .set_ladder(&g.verzoeker, &code, &ladder)
        .await?;
    Ok(Redirect::to(&format!("/swv/{code}/escalatieladder")).into_response())
}

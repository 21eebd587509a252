//! `/aanmeldingen/{id}/bereidheid`: the school of aanmelding asks another school.

use super::{Fout, Rij, fout_bij, rij};
use crate::csrf::CsrfForm;
use crate::formulier::bereidheid::VraagVelden;
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use crate::{AppState, WebError, vandaag};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use passend_store::StoreError;
use serde::Deserialize;

const ROUTE: &str = "/aanmeldingen/{id}/bereidheid";

#[derive(Deserialize, Default)]
pub struct VraagInvoer {
    #[serde(default)]
    vestiging: String,
    #[serde(default)]
    ondersteuningsbehoefte: String,
    #[serde(default)]
    ouders_akkoord: Option<String>,
}

#[derive(Template)]
#[template(path = "bereidheid_vragen.html")]
struct VragenPage {
    layout: Layout,
    csrf: String,
    id: i64,
    kind: String,
    rijen: Vec<Rij>,
    kandidaten: Vec<(String, String)>,
    invoer: VraagInvoer,
    fout: Fout,
}

impl VragenPage {
    fn fout_bij(&self, veld: &str) -> Option<&str> {
        fout_bij(&self.fout, veld)
    }
}

async fn pagina(
    state: &AppState,
    g: &Gebruiker,
    id: &str,
    invoer: VraagInvoer,
) -> Result<VragenPage, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::NietGevonden)?;
    let today = vandaag();
    let store = state.store.aanmeldingen();
    let a = store
        .aanmelding_voor(&g.verzoeker, id, today, ROUTE)
        .await?;
    let school = state.store.school_context(&a.vestiging_code).await?;
    let h = passend_domain::Handeling::AanmeldingBehandelen(school);
    if !state
        .store
        .mag(&g.verzoeker, &h, a.leerling_id, today)
        .await?
    {
        return Err(WebError::NietGevonden);
    }
    Ok(VragenPage {
        layout: Layout::new(format!("Bereidheid andere school: {}", a.naam), Some(g)),
        csrf: g.csrf.clone(),
        id,
        kind: a.naam,
        rijen: store
            .bereidheidsvragen(id, today)
            .await?
            .into_iter()
            .map(rij)
            .collect(),
        kandidaten: store.kandidaten(&a.vestiging_code).await?,
        invoer,
        fout: None,
    })
}

pub async fn bereidheid_vragen(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
) -> Page {
    render(&pagina(&state, &g, &id, VraagInvoer::default()).await?)
}

pub async fn vraag_bereidheid(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<VraagInvoer>,
) -> Page {
    let velden = VraagVelden {
        vestiging: &f.vestiging,
        ondersteuningsbehoefte: &f.ondersteuningsbehoefte,
        ouders_akkoord: f.ouders_akkoord.is_some(),
    };
    let gelezen = velden.lees();
    let mut p = pagina(&state, &g, &id, f).await?;
    if let Err(e) = gelezen {
        p.fout = Some((e.veld, e.melding));
        return Ok((StatusCode::BAD_REQUEST, render(&p)?).into_response());
    }
    let i = &p.invoer;
    match state
        .store
        .aanmeldingen()
        .vraag_bereidheid(
            &g.verzoeker,
            p.id,
            &i.vestiging,
            &i.ondersteuningsbehoefte,
            i.ouders_akkoord.is_some(),
            vandaag(),
            ROUTE,
        )
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/aanmeldingen/{}/bereidheid", p.id)).into_response()),
        Err(StoreError::Ongeldig(m) | StoreError::Conflict(m)) => {
            p.fout = Some(("vestiging", m));
            Ok((StatusCode::BAD_REQUEST, render(&p)?).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

//! `/leerlingen/{id}/aanmelden`: the parent registers their child at a school from the
//! register and gets the receipt at once, with the day the school's term started.

use crate::AppState;
use crate::WebError;
use crate::csrf::CsrfForm;
use crate::formulier::{datum, ingevuld};
use crate::layout::Layout;
use crate::pages::{Page, leerling_id, render};
use crate::session::Gebruiker;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use passend_store::{DigitaleAanmelding, Ontvangstbevestiging, StoreError, VestigingRegel};
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct AanmeldForm {
    #[serde(default)]
    vestiging: String,
    #[serde(default)]
    gewenste_start: String,
    #[serde(default)]
    extra_ondersteuning: Option<String>,
    #[serde(default)]
    eerste_voorkeur: Option<String>,
    #[serde(default)]
    andere_scholen: String,
    #[serde(default)]
    toelichting: String,
}

#[derive(Template)]
#[template(path = "ouder_aanmelden.html")]
struct AanmeldPage {
    layout: Layout,
    csrf: String,
    kind_id: i64,
    scholen: Vec<VestigingRegel>,
    f: AanmeldForm,
    /// (field, message) of a refused form.
    fout: Option<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "ouder_ontvangst.html")]
struct OntvangstPage {
    layout: Layout,
    b: Ontvangstbevestiging,
    ontvangen: String,
    uiterlijk: String,
}

async fn formulier(
    state: &AppState,
    g: &Gebruiker,
    kind_id: i64,
    f: AanmeldForm,
    fout: Option<(&'static str, String)>,
) -> Page {
    let scholen = state.store.organisaties().list_vestigingen(None).await?;
    let status = if fout.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let page = AanmeldPage {
        layout: Layout::new("Uw kind aanmelden bij een school", Some(g)),
        csrf: g.csrf.clone(),
        kind_id,
        scholen,
        f,
        fout,
    };
    Ok((status, axum::response::Html(page.render()?)).into_response())
}

pub async fn aanmeld_form(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
) -> Page {
    let id = leerling_id(&id)?;
    // Only the parent's own child: the store's scoped read says so (and logs it); the form
    // is there only for whom the policy gives the step.
    let today = crate::vandaag();
    state
        .store
        .dossier_voor(&g.verzoeker, id, today, "/leerlingen/{id}/aanmelden")
        .await?;
    let stap = passend_domain::Handeling::OuderStap(passend_domain::Stap::Aanmelden);
    if !state.store.mag(&g.verzoeker, &stap, id, today).await? {
        return Err(WebError::NietGevonden);
    }
    formulier(&state, &g, id.0, AanmeldForm::default(), None).await
}

pub async fn meld_aan(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<AanmeldForm>,
) -> Page {
    let id = leerling_id(&id)?;
    let start = match datum("gewenste_start", ingevuld(&f.gewenste_start)) {
        Ok(d) => d,
        Err(e) => return formulier(&state, &g, id.0, f, Some(("gewenste_start", e.melding))).await,
    };
    let a = DigitaleAanmelding {
        vestiging: f.vestiging.clone(),
        gewenste_start: start,
        extra_ondersteuning: f.extra_ondersteuning.is_some(),
        eerste_voorkeur: f.eerste_voorkeur.is_some(),
        andere_scholen: f.andere_scholen.clone(),
        toelichting: f.toelichting.clone(),
    };
    let today = crate::vandaag();
    let b = match state
        .store
        .ouders()
        .meld_kind_aan(&g.verzoeker, id, &a, today, "/leerlingen/{id}/aanmelden")
        .await
    {
        Ok(b) => b,
        Err(StoreError::Ongeldig(m) | StoreError::Conflict(m)) => {
            let veld = if m.contains("startdatum") {
                "gewenste_start"
            } else {
                "vestiging"
            };
            return formulier(&state, &g, id.0, f, Some((veld, m))).await;
        }
        Err(e) => return Err(WebError::from(e)),
    };
    render(&OntvangstPage {
        layout: Layout::new("Ontvangstbevestiging", Some(&g)),
        ontvangen: passend_domain::brief::datum_voluit(b.ontvangen),
        uiterlijk: passend_domain::brief::datum_voluit(b.beslissen_uiterlijk),
        b,
    })
}

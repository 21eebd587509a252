//! `/thuiszitters/{id}`: one case with its ladder and forms.

use super::{ZaakRegel, zaak_id};
use crate::format::datum;
use crate::layout::Layout;
use crate::pages::bevestigen::Invoer;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use crate::{AppState, WebError, vandaag};
use askama::Template;
use axum::extract::{Path, State};
use passend_domain::thuiszitters::Stap;
use passend_domain::{Functie, SwvCode};

#[derive(Template)]
#[template(path = "thuiszitter.html")]
struct CasePage {
    layout: Layout,
    r: ZaakRegel,
    stappen: Vec<(usize, Stap, bool)>,
    aanbod: String,
    opgelost: String,
    csrf: String,
    mag_wijzigen: bool,
    mag_besluiten: bool,
    /// The decision's input, back from its confirmation page.
    invoer: Invoer,
}

pub async fn detail(State(state): State<AppState>, Path(id): Path<String>, g: Gebruiker) -> Page {
    pagina(&state, zaak_id(&id)?, &g, Invoer::default()).await
}

/// The case's page, its decision form filled in with `invoer`.
pub(super) async fn pagina(state: &AppState, id: i64, g: &Gebruiker, invoer: Invoer) -> Page {
    let z = state
        .store
        .thuiszitters()
        .zaak_voor(&g.verzoeker, id, vandaag(), "/thuiszitters/{id}")
        .await?;
    let swv = SwvCode::parse(&z.swv_code).map_err(|e| WebError::Ongeldig(e.to_string()))?;
    let ladder = state.store.thuiszitters().ladder(&swv).await?;
    let open = z.opgelost_op.is_none();
    let mag_besluiten =
        open && z.laatste_stap && g.mag_voor(Functie::Doorzetten, z.swv_code.as_str());
    render(&CasePage {
        invoer: invoer.voor("besluit", z.id),
        layout: Layout::new(format!("Zaak {}", z.id), Some(g)),
        stappen: ladder
            .stappen()
            .iter()
            .cloned()
            .enumerate()
            .map(|(i, s)| (i + 1, s, i == z.stap))
            .collect(),
        aanbod: z
            .aanbod_datum
            .map(datum)
            .unwrap_or_else(|| "nog geen".into()),
        opgelost: z.opgelost_op.map(datum).unwrap_or_default(),
        csrf: g.csrf.clone(),
        mag_wijzigen: open && g.mag(Functie::ThuiszitterZaak),
        mag_besluiten,
        r: ZaakRegel::from(z),
    })
}

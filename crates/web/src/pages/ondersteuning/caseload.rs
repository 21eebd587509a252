//! `/ondersteuning`: what needs doing for the caller, with downloads.

use crate::AppState;
use crate::layout::Layout;
use crate::pages::bevestigen::Invoer;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use askama::Template;
use axum::extract::{Query, State};
use passend_domain::Functie;
use passend_store::{Arrangement, OppSignaal, Tlv};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "caseload.html")]
struct CaseloadPage {
    layout: Layout,
    rol: &'static str,
    signalen: Vec<OppSignaal>,
    arrangementen: Vec<Arrangement>,
    tlvs: Vec<Tlv>,
    opdrachten: Vec<Tlv>,
    vandaag: jiff::civil::Date,
    csrf: String,
    /// The SWV's own requests to decide on.
    loket: bool,
    /// A decision's input, back from its confirmation page.
    invoer: Invoer,
}

/// What needs doing: OPP signals for schools, boards and SWVs; the SWV's open requests,
/// upcoming evaluations, expiries and TLVs to reassess; a deskundige's advice requests.
#[derive(Deserialize, Default)]
pub struct CaseloadQuery {
    formaat: Option<String>,
    lijst: Option<String>,
}

pub async fn caseload(
    State(state): State<AppState>,
    g: Gebruiker,
    Query(q): Query<CaseloadQuery>,
) -> Page {
    pagina(&state, &g, q, Invoer::default()).await
}

/// The page, the decision form of one request filled in with `invoer`.
pub(super) async fn pagina(
    state: &AppState,
    g: &Gebruiker,
    q: CaseloadQuery,
    invoer: Invoer,
) -> Page {
    let formaat = crate::export::Formaat::van(q.formaat.as_deref())?;
    let lijst = crate::pages::caseload_export::Lijst::van(q.lijst.as_deref())?;
    let today = crate::vandaag();
    let route = "/ondersteuning";
    let store = &state.store;
    let arrangementen = if g.mag(Functie::ArrangementToekennen) {
        store
            .arrangementen()
            .arrangementen_van_swv(&g.verzoeker, route)
            .await?
    } else {
        Vec::new()
    };
    let tlvs = if g.mag(Functie::TlvBeslissen) {
        store
            .tlvs()
            .tlvs_van_swv(&g.verzoeker, today, route)
            .await?
    } else {
        Vec::new()
    };
    let opdrachten = if g.mag(Functie::AdviesOpdrachten) {
        store
            .tlvs()
            .opdrachten_van_deskundige(&g.verzoeker, today, route)
            .await?
    } else {
        Vec::new()
    };
    let signalen = store
        .opps()
        .opp_signalen(&g.verzoeker, today, route)
        .await?;
    if let Some(formaat) = formaat {
        use crate::pages::caseload_export as x;
        let tabel = match lijst {
            x::Lijst::Signalen => x::signalen(&signalen),
            x::Lijst::Arrangementen => x::arrangementen(&arrangementen),
            x::Lijst::Tlvs => x::tlvs("toelaatbaarheidsverklaringen", &tlvs),
            x::Lijst::Adviesvragen => x::tlvs("adviesvragen", &opdrachten),
        };
        return crate::export::download(store, &g.verzoeker, route, &tabel, formaat).await;
    }
    render(&CaseloadPage {
        invoer,
        layout: Layout::new("Ondersteuning: wat er te doen is", Some(g)),
        rol: g.verzoeker.kijker.rol.omschrijving(),
        signalen,
        arrangementen,
        tlvs,
        opdrachten,
        vandaag: today,
        csrf: g.csrf.clone(),
        loket: g.mag(Functie::ArrangementToekennen),
    })
}

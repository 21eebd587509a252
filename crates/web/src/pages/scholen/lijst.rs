//! `/scholen`: every vestiging, filtered by soort, with a download.

use crate::export::{self, Cel, Formaat, Tabel};
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::MaybeGebruiker;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Query, State};
use passend_domain::Schoolsoort;
use passend_store::VestigingRegel;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Filter {
    soort: Option<String>,
    formaat: Option<String>,
}

#[derive(Template)]
#[template(path = "scholen.html")]
struct ListPage {
    layout: Layout,
    soorten: Vec<(&'static str, &'static str, bool)>,
    vestigingen: Vec<VestigingRegel>,
    /// The chosen soort as a query string, for the download links.
    filters: String,
    drempel: u64,
}

pub async fn list(
    State(state): State<AppState>,
    Query(filter): Query<Filter>,
    MaybeGebruiker(g): MaybeGebruiker,
) -> Page {
    let soort = match filter.soort.as_deref() {
        None | Some("") => None,
        Some(s) => Some(Schoolsoort::parse(s).map_err(|e| WebError::Ongeldig(e.to_string()))?),
    };
    let formaat = Formaat::van(filter.formaat.as_deref())?;
    let vestigingen = state.store.organisaties().list_vestigingen(soort).await?;
    if let Some(formaat) = formaat {
        // Public register data, read without an audit entry like the page itself.
        return export::bestand(&vestigingen_tabel("scholen", &vestigingen), formaat);
    }
    render(&ListPage {
        layout: Layout::new("Scholen", g.as_ref()),
        soorten: Schoolsoort::ALL
            .iter()
            .map(|s| (s.as_str(), s.omschrijving(), Some(*s) == soort))
            .collect(),
        vestigingen,
        filters: serde_urlencoded::to_string([("soort", soort.map(|s| s.as_str()).unwrap_or(""))])
            .unwrap_or_default(),
        drempel: crate::monitor_drempel(),
    })
}

/// A list of vestigingen as a download: the public columns of `/scholen` and `/swv/{code}`.
pub(crate) fn vestigingen_tabel(naam: &str, vestigingen: &[VestigingRegel]) -> Tabel {
    let mut t = Tabel::new(
        naam,
        &[
            "vestiging",
            "naam",
            "soort",
            "plaats",
            "swv",
            "bestuur",
            "leerlingen",
        ],
    );
    for v in vestigingen {
        t.rij(vec![
            v.code.clone().into(),
            v.naam.clone().into(),
            v.schoolsoort.clone().into(),
            v.plaats.clone().into(),
            v.swv_code.clone().into(),
            v.bestuur.clone().into(),
            match v.leerlingen.waarde() {
                Some(n) => Cel::Getal(i64::try_from(n).unwrap_or(i64::MAX)),
                None => v.leerlingen_label().into(),
            },
        ]);
    }
    t
}

//! Schools (vestigingen): the list, and one vestiging with — for users whose scope covers
//! it — its pupils.

use super::{Page, render};
use crate::export::{self, Cel, Formaat, Tabel};
use crate::format::datum;
use crate::layout::Layout;
use crate::session::MaybeGebruiker;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, Query, State};
use passend_domain::{Schoolsoort, VestigingCode};
use passend_store::{LeerlingRegel, VestigingDetail, VestigingRegel};
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
    let vestigingen = state.store.list_vestigingen(soort).await?;
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

pub struct LeerlingItem {
    pub id: i64,
    pub naam: String,
    pub geboortedatum: String,
}

impl From<LeerlingRegel> for LeerlingItem {
    fn from(l: LeerlingRegel) -> Self {
        Self {
            id: l.id.0,
            naam: l.naam,
            geboortedatum: datum(l.geboortedatum),
        }
    }
}

#[derive(Template)]
#[template(path = "school.html")]
struct DetailPage {
    layout: Layout,
    v: VestigingDetail,
    soort: &'static str,
    leerlingen: Option<Vec<LeerlingItem>>,
}

pub async fn detail(
    State(state): State<AppState>,
    Path(code): Path<String>,
    MaybeGebruiker(g): MaybeGebruiker,
    Query(q): Query<crate::export::FormaatQuery>,
) -> Page {
    let formaat = q.formaat()?;
    let code = VestigingCode::parse(&code).map_err(|_| WebError::NietGevonden)?;
    let v = state.store.vestiging(&code).await?;
    let route = "/scholen/{code}";
    let lijst = match &g {
        Some(g) => {
            state
                .store
                .leerlingen_van_vestiging_voor(&g.verzoeker, &code, crate::vandaag(), route)
                .await?
        }
        None => None,
    };
    if let Some(formaat) = formaat {
        // Only someone who may see the pupils gets the list; anyone else, as for the page's
        // list, nothing.
        let (Some(g), Some(lijst)) = (&g, &lijst) else {
            return Err(WebError::NietGevonden);
        };
        let mut tabel = crate::export::Tabel::new(
            &format!("leerlingen-{}", code.as_str()),
            &["leerling_id", "naam", "geboortedatum", "postcode"],
        );
        for l in lijst {
            tabel.rij(vec![
                crate::export::Cel::Getal(l.id.0),
                l.naam.clone().into(),
                l.geboortedatum.into(),
                l.postcode.clone().into(),
            ]);
        }
        return crate::export::download(&state.store, &g.verzoeker, route, &tabel, formaat).await;
    }
    let leerlingen = lijst.map(|list| list.into_iter().map(LeerlingItem::from).collect());
    render(&DetailPage {
        layout: Layout::new(v.vestiging.naam.clone(), g.as_ref()),
        soort: Schoolsoort::parse(&v.vestiging.schoolsoort)
            .map(Schoolsoort::omschrijving)
            .unwrap_or(""),
        v,
        leerlingen,
    })
}

//! `/beheer/audit`: the beheerder's search through the audit log.

use super::audit_tabel::audit_tabel;
use crate::export::{self, Formaat};
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Query, State};
use passend_domain::Functie;
use passend_store::{AuditFilter, AuditRegel};
use serde::Deserialize;

const PER_PAGINA: i64 = 50;

/// A download holds every line the filters find, not one page of them; this bounds it so
/// an unfiltered download of years of log stays a file a spreadsheet opens.
const MAX_DOWNLOAD: i64 = 100_000;

#[derive(Deserialize, Default)]
pub struct Zoek {
    gebruiker: Option<String>,
    leerling: Option<String>,
    actie: Option<String>,
    van: Option<String>,
    tot: Option<String>,
    pagina: Option<i64>,
    formaat: Option<String>,
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    layout: Layout,
    gebruiker: String,
    leerling: String,
    actie: String,
    van: String,
    tot: String,
    regels: Vec<AuditRegel>,
    totaal: i64,
    pagina: i64,
    vorige: Option<String>,
    volgende: Option<String>,
    /// The filters as a query string, for the download links.
    filters: String,
}

fn leeg(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
}

pub async fn audit(State(state): State<AppState>, g: Gebruiker, Query(z): Query<Zoek>) -> Page {
    g.vereist(Functie::Beheer)?;
    let leerling_id = match leeg(&z.leerling) {
        Some(l) => Some(
            l.parse::<i64>()
                .map_err(|_| WebError::Ongeldig(format!("'{l}' is geen leerlingnummer")))?,
        ),
        None => None,
    };
    let filter = AuditFilter {
        gebruikersnaam: leeg(&z.gebruiker),
        leerling_id,
        actie: leeg(&z.actie),
        van: leeg(&z.van),
        tot: leeg(&z.tot),
    };
    let formaat = Formaat::van(z.formaat.as_deref())?;
    if let Some(formaat) = formaat {
        let (regels, _) = state
            .store
            .zoek_audit(&g.verzoeker, &filter, 1, MAX_DOWNLOAD)
            .await?;
        return export::download(
            &state.store,
            &g.verzoeker,
            "/beheer/audit",
            &audit_tabel(&regels),
            formaat,
        )
        .await;
    }
    let pagina = z.pagina.unwrap_or(1).clamp(1, 1_000_000);
    let (regels, totaal) = state
        .store
        .zoek_audit(&g.verzoeker, &filter, pagina, PER_PAGINA)
        .await?;
    let filters = serde_urlencoded::to_string([
        (
            "gebruiker",
            filter.gebruikersnaam.clone().unwrap_or_default(),
        ),
        (
            "leerling",
            leerling_id.map(|l| l.to_string()).unwrap_or_default(),
        ),
        ("actie", filter.actie.clone().unwrap_or_default()),
        ("van", filter.van.clone().unwrap_or_default()),
        ("tot", filter.tot.clone().unwrap_or_default()),
    ])
    .unwrap_or_default();
    let query = |p: i64| {
        let pairs = [
            (
                "gebruiker",
                filter.gebruikersnaam.clone().unwrap_or_default(),
            ),
            (
                "leerling",
                leerling_id.map(|l| l.to_string()).unwrap_or_default(),
            ),
            ("actie", filter.actie.clone().unwrap_or_default()),
            ("van", filter.van.clone().unwrap_or_default()),
            ("tot", filter.tot.clone().unwrap_or_default()),
            ("pagina", p.to_string()),
        ];
        format!(
            "/beheer/audit?{}",
            serde_urlencoded::to_string(pairs).unwrap_or_default()
        )
    };
    render(&AuditPage {
        layout: Layout::new("Auditlog", Some(&g)),
        gebruiker: filter.gebruikersnaam.clone().unwrap_or_default(),
        leerling: leerling_id.map(|l| l.to_string()).unwrap_or_default(),
        actie: filter.actie.clone().unwrap_or_default(),
        van: filter.van.clone().unwrap_or_default(),
        tot: filter.tot.clone().unwrap_or_default(),
        vorige: (pagina > 1).then(|| query(pagina - 1)),
        volgende: (pagina * PER_PAGINA < totaal).then(|| query(pagina + 1)),
        regels,
        totaal,
        pagina,
        filters,
    })
}

//! The samenwerkingsverbanden: the national list and one SWV with its region and schools.

use super::{Page, render};
use crate::layout::Layout;
use crate::session::MaybeGebruiker;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, Query, State};
use passend_domain::SwvCode;
use passend_store::{SwvRegel, VestigingRegel};

#[derive(Template)]
#[template(path = "swv_lijst.html")]
struct ListPage {
    layout: Layout,
    aantal_po: usize,
    aantal_vo: usize,
    groepen: Vec<(&'static str, Vec<SwvRegel>)>,
}

pub async fn list(State(state): State<AppState>, MaybeGebruiker(g): MaybeGebruiker) -> Page {
    let (po, vo): (Vec<_>, Vec<_>) = state
        .store
        .organisaties()
        .list_swvs()
        .await?
        .into_iter()
        .partition(|s| s.sector == "PO");
    render(&ListPage {
        layout: Layout::new("Samenwerkingsverbanden", g.as_ref()),
        aantal_po: po.len(),
        aantal_vo: vo.len(),
        groepen: vec![("Primair onderwijs", po), ("Voortgezet onderwijs", vo)],
    })
}

pub struct GemeenteRegel {
    code: String,
    naam: String,
    postcodes: i64,
    gedeeld: bool,
}

#[derive(Template)]
#[template(path = "swv.html")]
struct DetailPage {
    layout: Layout,
    code: String,
    naam: String,
    sector: String,
    gemeenten: Vec<GemeenteRegel>,
    postcodes: String,
    vestigingen: Vec<VestigingRegel>,
    woonachtig: String,
    ingeschreven: String,
    drempel: u64,
}

pub async fn detail(
    State(state): State<AppState>,
    Path(code): Path<String>,
    MaybeGebruiker(g): MaybeGebruiker,
    Query(q): Query<crate::export::FormaatQuery>,
) -> Page {
    let code = SwvCode::parse(&code).map_err(|_| WebError::NietGevonden)?;
    let formaat = q.formaat()?;
    let d = state.store.organisaties().swv(&code).await?;
    if let Some(formaat) = formaat {
        // Its vestigingen, public like the page: no audit entry, as for the page.
        let naam = format!("vestigingen-{}", d.code);
        return crate::export::bestand(
            &super::scholen::vestigingen_tabel(&naam, &d.vestigingen),
            formaat,
        );
    }
    render(&DetailPage {
        layout: Layout::new(
            format!("Samenwerkingsverband {}", code.display_name()),
            g.as_ref(),
        ),
        naam: code.display_name(),
        code: d.code,
        sector: if d.sector == "PO" {
            "primair onderwijs"
        } else {
            "voortgezet onderwijs"
        }
        .into(),
        gemeenten: d
            .gemeenten
            .into_iter()
            .map(|(code, naam, hier, totaal)| GemeenteRegel {
                code,
                naam,
                postcodes: hier,
                gedeeld: hier < totaal,
            })
            .collect(),
        postcodes: d
            .postcodes
            .iter()
            .map(|p| format!("{p:04}"))
            .collect::<Vec<_>>()
            .join(", "),
        vestigingen: d.vestigingen,
        woonachtig: crate::format::aantal_cel(d.woonachtig),
        ingeschreven: crate::format::aantal_cel(d.ingeschreven),
        drempel: crate::monitor_drempel(),
    })
}

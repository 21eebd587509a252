//! `/leerplicht`: the yearly counts and vrijstellingen of the officer's gemeente, with a download.

use super::leerplicht_only;
use crate::format::datum;
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use crate::{AppState, vandaag};
use askama::Template;
use axum::extract::{Query, State};
use passend_domain::vrijstelling::Grond;
use passend_store::{Ingezetenencontrole, Jaartelling, Vrijstelling};

pub struct VrijstellingRegel {
    v: Vrijstelling,
    grond: &'static str,
    van: String,
    tot: String,
    kennisgeving: String,
    kennisgeving_te_laat: bool,
    /// The SWV's advice (5 onder a): asked until when, or given when.
    advies: String,
}

#[derive(Template)]
#[template(path = "leerplicht.html")]
struct LeerplichtPage {
    layout: Layout,
    gemeente: String,
    tellingen: Vec<Jaartelling>,
    vrijstellingen: Vec<VrijstellingRegel>,
    gronden: Vec<(&'static str, &'static str)>,
    csrf: String,
    controle: Option<Ingezetenencontrole>,
}

pub(super) async fn page(
    state: &AppState,
    g: &Gebruiker,
    controle: Option<Ingezetenencontrole>,
) -> Page {
    let gemeente = leerplicht_only(g)?;
    let today = vandaag();
    let tellingen = state
        .store
        .leerplicht()
        .jaartellingen(&g.verzoeker, today)
        .await?;
    let vrijstellingen = state
        .store
        .leerplicht()
        .vrijstellingen_voor(&g.verzoeker, "/leerplicht")
        .await?
        .into_iter()
        .map(|v| VrijstellingRegel {
            grond: v.grond.omschrijving(),
            van: datum(v.van),
            tot: v.tot.map(datum).unwrap_or_else(|| "—".into()),
            kennisgeving: v
                .kennisgeving_voor
                .map(datum)
                .unwrap_or_else(|| "niet nodig".into()),
            kennisgeving_te_laat: v.kennisgeving_voor.is_some_and(|d| d <= today)
                && v.status == "verleend",
            advies: match &v.advies {
                None => "—".into(),
                Some(a) => match &a.gegeven {
                    Some((tekst, d, _)) => format!("{} ({}): {tekst}", a.swv_code, datum(*d)),
                    None => format!(
                        "gevraagd aan {}, uiterlijk {}",
                        a.swv_code,
                        datum(a.uiterlijk)
                    ),
                },
            },
            v,
        })
        .collect();
    render(&LeerplichtPage {
        layout: Layout::new("Leerplicht", Some(g)),
        gemeente,
        tellingen,
        vrijstellingen,
        gronden: Grond::ALL
            .iter()
            .map(|g| (g.as_str(), g.omschrijving()))
            .collect(),
        csrf: g.csrf.clone(),
        controle,
    })
}

pub async fn view(
    State(state): State<AppState>,
    g: Gebruiker,
    Query(q): Query<crate::export::FormaatQuery>,
) -> Page {
    let Some(formaat) = q.formaat()? else {
        return page(&state, &g, None).await;
    };
    leerplicht_only(&g)?;
    let route = "/leerplicht";
    let lijst = state
        .store
        .leerplicht()
        .vrijstellingen_voor(&g.verzoeker, route)
        .await?;
    let mut tabel = crate::export::Tabel::new(
        "vrijstellingen",
        &[
            "vrijstelling",
            "leerling_id",
            "naam",
            "grond",
            "van",
            "tot",
            "status",
            "kennisgeving_voor",
            "documenten",
        ],
    );
    for v in lijst {
        tabel.rij(vec![
            crate::export::Cel::Getal(v.id),
            crate::export::Cel::Getal(v.leerling_id.0),
            v.naam.into(),
            v.grond.as_str().into(),
            v.van.into(),
            v.tot.into(),
            v.status.into(),
            v.kennisgeving_voor.into(),
            crate::export::Cel::Getal(v.documenten.len() as i64),
        ]);
    }
    crate::export::download(&state.store, &g.verzoeker, route, &tabel, formaat).await
}

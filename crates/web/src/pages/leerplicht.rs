//! The leerplicht view: residents of the officer's gemeente only — the yearly counts for
//! the art. 25 report, vrijstellingen with their checks, and the residents check that
//! finds absoluut verzuim.

use super::{Page, render};
use crate::csrf::{self, CsrfForm};
use crate::format::datum;
use crate::layout::Layout;
use crate::session::Gebruiker;
use crate::{AppState, WebError, vandaag};
use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect};
use jiff::civil::Date;
use passend_domain::Functie;
use passend_domain::vrijstelling::{Grond, Verklaring};
use passend_store::{
    Ingezetenencontrole, Jaartelling, LeerlingId, NieuweVrijstelling, Vrijstelling,
};
use serde::Deserialize;

pub const MAX_UPLOAD: usize = 20 * 1024 * 1024;

pub struct VrijstellingRegel {
    v: Vrijstelling,
    grond: &'static str,
    van: String,
    tot: String,
    kennisgeving: String,
    kennisgeving_te_laat: bool,
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

fn leerplicht_only(g: &Gebruiker) -> Result<String, WebError> {
    g.scope_voor(Functie::Leerplichtoverzicht)
        .map(String::from)
        .ok_or(WebError::NietGevonden)
}

async fn page(state: &AppState, g: &Gebruiker, controle: Option<Ingezetenencontrole>) -> Page {
    let gemeente = leerplicht_only(g)?;
    let today = vandaag();
    let tellingen = state.store.jaartellingen(&g.verzoeker, today).await?;
    let vrijstellingen = state
        .store
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
    let lijst = state.store.vrijstellingen_voor(&g.verzoeker, route).await?;
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

fn date_field(text: &str, what: &str) -> Result<Option<Date>, WebError> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    t.parse()
        .map(Some)
        .map_err(|_| WebError::Ongeldig(format!("{what}: '{t}' is geen datum (JJJJ-MM-DD)")))
}

#[derive(Deserialize)]
pub struct Aanvraag {
    leerling: String,
    grond: String,
    van: String,
    #[serde(default)]
    tot: String,
    #[serde(default)]
    verklaring_datum: String,
    #[serde(default)]
    verklaring_van_behandelaar: Option<String>,
    #[serde(default)]
    swv_advies_datum: String,
    #[serde(default)]
    document_soort: String,
    #[serde(default)]
    document_datum: String,
    #[serde(default)]
    document_omschrijving: String,
}

pub async fn vraag_aan(
    State(state): State<AppState>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Aanvraag>,
) -> Page {
    leerplicht_only(&g)?;
    let leerling = f
        .leerling
        .trim()
        .parse::<i64>()
        .map_err(|_| WebError::Ongeldig(format!("'{}' is geen leerlingnummer", f.leerling)))?;
    let grond = Grond::parse(&f.grond).map_err(|e| WebError::Ongeldig(e.to_string()))?;
    let van = date_field(&f.van, "begindatum")?
        .ok_or_else(|| WebError::Ongeldig("vul de begindatum in".into()))?;
    let verklaring =
        date_field(&f.verklaring_datum, "datum van de verklaring")?.map(|d| Verklaring {
            datum: d,
            van_behandelaar: f.verklaring_van_behandelaar.is_some(),
        });
    let mut documenten = Vec::new();
    if !f.document_soort.trim().is_empty() {
        let d = date_field(&f.document_datum, "datum van het document")?
            .ok_or_else(|| WebError::Ongeldig("vul de datum van het document in".into()))?;
        documenten.push((f.document_soort.clone(), d, f.document_omschrijving.clone()));
    }
    let v = NieuweVrijstelling {
        leerling: LeerlingId(leerling),
        grond,
        van,
        tot: date_field(&f.tot, "einddatum")?,
        verklaring,
        swv_advies_datum: date_field(&f.swv_advies_datum, "datum advies samenwerkingsverband")?,
        documenten,
    };
    state
        .store
        .vraag_vrijstelling(&g.verzoeker, &v, vandaag(), "/leerplicht/vrijstellingen")
        .await?;
    Ok(Redirect::to("/leerplicht").into_response())
}

#[derive(Deserialize)]
pub struct Besluit {
    besluit: String,
}

pub async fn beslis(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Besluit>,
) -> Page {
    leerplicht_only(&g)?;
    let id = id.parse::<i64>().map_err(|_| WebError::NietGevonden)?;
    let verlenen = match f.besluit.as_str() {
        "verlenen" => true,
        "weigeren" => false,
        other => return Err(WebError::Ongeldig(format!("'{other}' is geen besluit"))),
    };
    state
        .store
        .beslis_vrijstelling(
            &g.verzoeker,
            id,
            verlenen,
            vandaag(),
            "/leerplicht/vrijstellingen/{id}/besluit",
        )
        .await?;
    Ok(Redirect::to("/leerplicht").into_response())
}

pub async fn ingezetenen(
    State(state): State<AppState>,
    headers: HeaderMap,
    g: Gebruiker,
    mut form: Multipart,
) -> Page {
    let (mut token, mut bestand) = (None, None);
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|_| WebError::Ongeldig("het formulier kon niet worden gelezen".into()))?
    {
        match field.name().unwrap_or_default() {
            "csrf" => token = field.text().await.ok(),
            "bestand" => {
                bestand = Some(field.bytes().await.map_err(|_| {
                    WebError::Ongeldig("het bestand kon niet worden gelezen".into())
                })?)
            }
            _ => {}
        }
    }
    if !token.is_some_and(|t| csrf::matches(&headers, &t)) {
        return Err(WebError::FormulierVerlopen);
    }
    leerplicht_only(&g)?;
    let bestand = bestand
        .filter(|b| !b.is_empty())
        .ok_or_else(|| WebError::Ongeldig("kies een CSV-bestand".into()))?;
    let lijst = crate::invoer::ingezetenen_csv(&bestand).map_err(WebError::Ongeldig)?;
    let controle = state
        .store
        .controleer_ingezetenen(&g.verzoeker, &lijst, vandaag(), "/leerplicht/ingezetenen")
        .await?;
    page(&state, &g, Some(controle)).await
}

#[derive(Deserialize)]
pub struct Leeg {}

/// The parents' yearly notice came in.
pub async fn kennisgeving(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(_): CsrfForm<Leeg>,
) -> Page {
    leerplicht_only(&g)?;
    let id = id.parse::<i64>().map_err(|_| WebError::NietGevonden)?;
    state
        .store
        .kennisgeving_ontvangen(
            &g.verzoeker,
            id,
            vandaag(),
            "/leerplicht/vrijstellingen/{id}/kennisgeving",
        )
        .await?;
    Ok(Redirect::to("/leerplicht").into_response())
}

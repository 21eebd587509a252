//! The thuiszitter register in the web application: the list of cases in the user's scope,
//! one case with its ladder and the forms for plan, offer, solution and binding decision,
//! opening a case from a pupil's dossier, and an SWV's escalation ladder.

use super::{Page, render};
use crate::csrf::CsrfForm;
use crate::export::{self, Cel, FormaatQuery, Tabel};
use crate::format::datum;
use crate::layout::Layout;
use crate::session::{Gebruiker, MaybeGebruiker};
use crate::{AppState, WebError, vandaag};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect};
use jiff::civil::Date;
use passend_domain::thuiszitters::{Escalatieladder, Soort, Stap};
use passend_domain::{Functie, SwvCode};
use passend_store::{LeerlingId, Notificatie, Zaak};
use serde::Deserialize;

pub struct ZaakRegel {
    pub z: Zaak,
    pub start: String,
    pub deadline: String,
    pub soort: &'static str,
}

impl From<Zaak> for ZaakRegel {
    fn from(z: Zaak) -> Self {
        let soort = Soort::parse(&z.soort)
            .map(Soort::omschrijving)
            .unwrap_or("");
        Self {
            start: datum(z.startdatum),
            deadline: datum(z.deadline),
            soort,
            z,
        }
    }
}

#[derive(Template)]
#[template(path = "thuiszitters.html")]
struct ListPage {
    layout: Layout,
    open: Vec<ZaakRegel>,
    gesloten: Vec<ZaakRegel>,
    notificaties: Vec<Notificatie>,
    eigen_swv: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    g: Gebruiker,
    Query(q): Query<FormaatQuery>,
) -> Page {
    let formaat = q.formaat()?;
    let zaken = state
        .store
        .zaken_voor(&g.verzoeker, vandaag(), "/thuiszitters")
        .await?;
    if let Some(formaat) = formaat {
        let tabel = zaken_tabel(&zaken);
        return export::download(&state.store, &g.verzoeker, "/thuiszitters", &tabel, formaat)
            .await;
    }
    let (open, gesloten): (Vec<_>, Vec<_>) = zaken
        .into_iter()
        .map(ZaakRegel::from)
        .partition(|z| z.z.opgelost_op.is_none());
    let notificaties = state.store.notificaties(&g.verzoeker).await?;
    let eigen_swv = g
        .scope_voor(Functie::EscalatieladderVastleggen)
        .map(String::from);
    render(&ListPage {
        layout: Layout::new("Thuiszitters", Some(&g)),
        open,
        gesloten,
        notificaties,
        eigen_swv,
    })
}

/// The register as a download: every case in the user's scope, open and closed.
fn zaken_tabel(zaken: &[Zaak]) -> Tabel {
    let mut t = Tabel::new(
        "thuiszitters",
        &[
            "zaak",
            "leerling_id",
            "naam",
            "swv",
            "soort",
            "thuis_sinds",
            "dagen_thuis",
            "langer_dan_3_maanden",
            "stap",
            "eigenaar",
            "uiterlijk",
            "aanbod_op",
            "opgelost_op",
            "bindend_besluit",
        ],
    );
    for z in zaken {
        t.rij(vec![
            Cel::Getal(z.id),
            Cel::Getal(z.leerling_id.0),
            z.naam.clone().into(),
            z.swv_code.clone().into(),
            z.soort.clone().into(),
            z.startdatum.into(),
            Cel::Getal(z.dagen_thuis),
            if z.langer_dan_drie_maanden {
                "ja"
            } else {
                "nee"
            }
            .into(),
            format!("{}. {}", z.stap + 1, z.stap_naam).into(),
            z.eigenaar.clone().into(),
            z.deadline.into(),
            z.aanbod_datum.into(),
            z.opgelost_op.into(),
            if z.besluit.is_some() { "ja" } else { "nee" }.into(),
        ]);
    }
    t
}

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
}

fn zaak_id(id: &str) -> Result<i64, WebError> {
    id.parse().map_err(|_| WebError::NietGevonden)
}

pub async fn detail(State(state): State<AppState>, Path(id): Path<String>, g: Gebruiker) -> Page {
    let id = zaak_id(&id)?;
    let z = state
        .store
        .zaak_voor(&g.verzoeker, id, vandaag(), "/thuiszitters/{id}")
        .await?;
    let swv = SwvCode::parse(&z.swv_code).map_err(|e| WebError::Ongeldig(e.to_string()))?;
    let ladder = state.store.ladder(&swv).await?;
    let open = z.opgelost_op.is_none();
    let mag_besluiten =
        open && z.laatste_stap && g.mag_voor(Functie::Doorzetten, z.swv_code.as_str());
    render(&CasePage {
        layout: Layout::new(format!("Zaak {}", z.id), Some(&g)),
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

fn parse_date(text: &str, what: &str) -> Result<Option<Date>, WebError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<Date>()
        .map(Some)
        .map_err(|_| WebError::Ongeldig(format!("{what}: '{text}' is geen datum (JJJJ-MM-DD)")))
}

fn back(id: i64) -> Page {
    Ok(Redirect::to(&format!("/thuiszitters/{id}")).into_response())
}

#[derive(Deserialize)]
pub struct Bijwerken {
    #[serde(default)]
    plan: String,
    #[serde(default)]
    aanbod_datum: String,
}

pub async fn bijwerken(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Bijwerken>,
) -> Page {
    let id = zaak_id(&id)?;
    let aanbod = parse_date(&f.aanbod_datum, "datum van het aanbod")?;
    let plan = Some(f.plan.as_str()).filter(|p| !p.trim().is_empty());
    state
        .store
        .werk_zaak_bij(
            &g.verzoeker,
            id,
            plan,
            aanbod,
            vandaag(),
            "/thuiszitters/{id}/bijwerken",
        )
        .await?;
    back(id)
}

#[derive(Deserialize)]
pub struct Oplossen {
    datum: String,
}

pub async fn oplossen(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Oplossen>,
) -> Page {
    let id = zaak_id(&id)?;
    let op = parse_date(&f.datum, "datum")?
        .ok_or_else(|| WebError::Ongeldig("vul de datum van de oplossing in".into()))?;
    state
        .store
        .los_zaak_op(
            &g.verzoeker,
            id,
            op,
            vandaag(),
            "/thuiszitters/{id}/oplossen",
        )
        .await?;
    back(id)
}

#[derive(Deserialize)]
pub struct Besluit {
    besluit: String,
}

pub async fn besluit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Besluit>,
) -> Page {
    let id = zaak_id(&id)?;
    state
        .store
        .neem_besluit(
            &g.verzoeker,
            id,
            &f.besluit,
            vandaag(),
            "/thuiszitters/{id}/besluit",
        )
        .await?;
    back(id)
}

#[derive(Deserialize)]
pub struct Openen {
    soort: String,
    startdatum: String,
}

/// Opens a case from a pupil's dossier.
pub async fn openen(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Openen>,
) -> Page {
    let leerling = id
        .parse::<i64>()
        .map(LeerlingId)
        .map_err(|_| WebError::NietGevonden)?;
    let soort = Soort::parse(&f.soort)
        .ok_or_else(|| WebError::Ongeldig(format!("'{}' is geen soort verzuim", f.soort)))?;
    let start = parse_date(&f.startdatum, "eerste dag thuis")?
        .ok_or_else(|| WebError::Ongeldig("vul de eerste dag thuis in".into()))?;
    let zaak = state
        .store
        .open_zaak(
            &g.verzoeker,
            leerling,
            soort,
            start,
            vandaag(),
            "/leerlingen/{id}/thuiszitterzaak",
        )
        .await?;
    back(zaak)
}

#[derive(Template)]
#[template(path = "escalatieladder.html")]
struct LadderPage {
    layout: Layout,
    swv: String,
    stappen: Vec<(usize, Stap)>,
    /// Empty rows to add steps, numbered after the existing ones.
    leeg: Vec<usize>,
    csrf: Option<String>,
}

pub async fn ladder(
    State(state): State<AppState>,
    Path(code): Path<String>,
    MaybeGebruiker(g): MaybeGebruiker,
) -> Page {
    let code = SwvCode::parse(&code).map_err(|_| WebError::NietGevonden)?;
    state.store.swv(&code).await?;
    let ladder = state.store.ladder(&code).await?;
    let stappen: Vec<(usize, Stap)> = ladder
        .stappen()
        .iter()
        .cloned()
        .enumerate()
        .map(|(i, s)| (i + 1, s))
        .collect();
    let eigen = g
        .as_ref()
        .is_some_and(|g| g.mag_voor(Functie::EscalatieladderVastleggen, code.as_str()));
    render(&LadderPage {
        layout: Layout::new(
            format!("Escalatieladder {}", code.display_name()),
            g.as_ref(),
        ),
        leeg: (stappen.len() + 1..=passend_domain::thuiszitters::MAX_STAPPEN).collect(),
        stappen,
        swv: code.to_string(),
        csrf: eigen.then(|| g.map(|g| g.csrf)).flatten(),
    })
}

/// Saves the ladder: rows `naam_N`, `eigenaar_N`, `weken_N`; empty rows are skipped.
pub async fn ladder_opslaan(
    State(state): State<AppState>,
    Path(code): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<std::collections::BTreeMap<String, String>>,
) -> Page {
    let code = SwvCode::parse(&code).map_err(|_| WebError::NietGevonden)?;
    let mut stappen = Vec::new();
    for n in 1..=passend_domain::thuiszitters::MAX_STAPPEN {
        let veld = |k: &str| {
            f.get(&format!("{k}_{n}"))
                .map(|v| v.trim().to_string())
                .unwrap_or_default()
        };
        let (naam, eigenaar, weken) = (veld("naam"), veld("eigenaar"), veld("weken"));
        if naam.is_empty() && eigenaar.is_empty() && weken.is_empty() {
            continue;
        }
        let weken = weken
            .parse::<i64>()
            .map_err(|_| WebError::Ongeldig(format!("stap {n}: '{weken}' is geen aantal weken")))?;
        stappen.push(Stap {
            naam,
            eigenaar,
            weken,
        });
    }
    let ladder = Escalatieladder::new(stappen).map_err(|e| WebError::Ongeldig(e.to_string()))?;
    state.store.set_ladder(&g.verzoeker, &code, &ladder).await?;
    Ok(Redirect::to(&format!("/swv/{code}/escalatieladder")).into_response())
}

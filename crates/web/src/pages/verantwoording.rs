//! Ondersteuningsplan, disputes and vso outflow: the SWV keeps its plan in versions with OOGO
//! and the ondersteuningsplanraad's consent, the OPR and national supervision read it with the
//! figures they need (never a single pupil); disputes and leavers are pupil data, scoped in
//! the store.

use super::{Page, datum_of_leeg, datum_veld, render};
use crate::csrf::CsrfForm;
use crate::export::{Cel, FormaatQuery, Tabel, download};
use crate::format::{datum, euro};
use crate::layout::Layout;
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect};
use jiff::civil::Date;
use passend_domain::bekostiging::Decimal;
use passend_domain::monitor::Cel as MonitorCel;
use passend_domain::verantwoording::{Bestemming, GeschilSoort, Stemming, VERVOLG_SOORTEN};
use passend_domain::{Functie, Schooljaar};
use passend_store::Tlv;
use passend_store::verantwoording::{
    Geschil, GeschilStap, KENGETALLEN, NieuwGeschil, NieuwPlan, NieuweStreefwaarde,
    NieuweUitstroom, PlanRegel, PlanVersie, UitstroomGroep, UitstroomRegel,
};
use serde::Deserialize;

fn dag(d: &Option<Date>) -> String {
    d.map(datum).unwrap_or_default()
}

fn bedrag(d: &Option<Decimal>) -> String {
    // Whole cents; an amount beyond i64 cents does not occur for an SWV.
    d.and_then(|d| {
        (d * Decimal::ONE_HUNDRED)
            .round()
            .to_string()
            .parse::<i64>()
            .ok()
    })
    .map(euro)
    .unwrap_or_else(|| "niet bekend".into())
}

/// A date however a template holds it (owned, or borrowed once or twice).
trait AlsDatum {
    fn als_datum(&self) -> Date;
}

impl AlsDatum for Date {
    fn als_datum(&self) -> Date {
        *self
    }
}

impl<T: AlsDatum + ?Sized> AlsDatum for &T {
    fn als_datum(&self) -> Date {
        (**self).als_datum()
    }
}

/// The pupil number typed in a form.
fn leerling_veld(s: &str) -> Result<passend_store::LeerlingId, WebError> {
    s.trim()
        .parse()
        .map(passend_store::LeerlingId)
        .map_err(|_| WebError::Ongeldig(format!("leerling: '{}' is geen leerlingnummer", s.trim())))
}

fn nummer(id: &str) -> Result<i64, WebError> {
    id.parse().map_err(|_| WebError::NietGevonden)
}

/// The SWV whose plan the caller works on or reads as its own.
fn eigen_swv(g: &Gebruiker) -> Option<String> {
    g.verzoeker.kijker.eigen_swv().map(String::from)
}

pub struct Geld {
    swv: String,
    budget: String,
    lasten: String,
    reserve: String,
    signaal: bool,
}

#[derive(Template)]
#[template(path = "verantwoording_overzicht.html")]
struct Overzicht {
    layout: Layout,
    csrf: String,
    swv: Option<String>,
    /// SWV staff: may write a new version.
    medewerker: bool,
    /// Sees aggregates (SWV, OPR, inspectie, ministerie).
    bestuurlijk: bool,
    /// Works with pupil records (disputes, leavers).
    dossiers: bool,
    /// Sees the outflow tables.
    uitstroom: bool,
    plannen: Vec<PlanRegel>,
    schooljaar: Schooljaar,
    /// (SWV, kind, count as shown).
    telling: Vec<(String, &'static str, String)>,
    geld: Vec<Geld>,
    kengetallen: Vec<(&'static str, &'static str)>,
    volgend: Schooljaar,
}

impl Overzicht {
    fn d(&self, d: impl AlsDatum) -> String {
        datum(d.als_datum())
    }
}

pub async fn overzicht(State(state): State<AppState>, g: Gebruiker) -> Page {
    let today = crate::vandaag();
    let schooljaar = Schooljaar::of(today);
    let bestuurlijk = g.mag(Functie::Verantwoordingscijfers);
    let geld = if eigen_swv(&g).is_some() {
        state
            .store
            .geld_kerncijfers(&g.verzoeker, schooljaar)
            .await?
            .into_iter()
            .map(|k| Geld {
                swv: k.swv.as_str().to_string(),
                budget: bedrag(&k.budget),
                lasten: bedrag(&k.lasten),
                reserve: bedrag(&k.reserve),
                signaal: k.signaleringswaarde_overschreden == Some(true),
            })
            .collect()
    } else {
        Vec::new()
    };
    render(&Overzicht {
        layout: Layout::new("Verantwoording", Some(&g)),
        csrf: g.csrf.clone(),
        swv: eigen_swv(&g),
        medewerker: g.mag(Functie::PlanSchrijven),
        bestuurlijk,
        dossiers: g.mag(Functie::Geschillen),
        uitstroom: g.mag(Functie::UitstroomVergelijken),
        plannen: state.store.plannen(&g.verzoeker).await?,
        telling: if bestuurlijk {
            state
                .store
                .geschillen_overzicht(&g.verzoeker, schooljaar, crate::vandaag())
                .await?
                .into_iter()
                .map(|(swv, soort, n)| (swv, soort, n.label(crate::monitor_drempel())))
                .collect()
        } else {
            Vec::new()
        },
        schooljaar,
        geld,
        kengetallen: KENGETALLEN.iter().map(|k| (k.sleutel, k.uitleg)).collect(),
        volgend: schooljaar.next(),
    })
}

#[derive(Deserialize)]
pub struct PlanForm {
    van: String,
    tot: String,
    #[serde(default)]
    basisondersteuning: String,
    #[serde(default)]
    extra_ondersteuning: String,
    #[serde(default)]
    middelen: String,
    #[serde(default)]
    tlv_procedure: String,
    #[serde(default)]
    ouders: String,
    #[serde(default)]
    doelen: String,
    #[serde(default)]
    terugplaatsing: String,
    #[serde(default)]
    overdrachten: String,
    #[serde(default)]
    doel_1: String,
    #[serde(default)]
    kengetal_1: String,
    #[serde(default)]
    richting_1: String,
    #[serde(default)]
    waarde_1: String,
    #[serde(default)]
    meting_1: String,
    #[serde(default)]
    doel_2: String,
    #[serde(default)]
    kengetal_2: String,
    #[serde(default)]
    richting_2: String,
    #[serde(default)]
    waarde_2: String,
    #[serde(default)]
    meting_2: String,
}

fn schooljaar_veld(s: &str, wat: &str) -> Result<Schooljaar, WebError> {
    Schooljaar::parse(s).map_err(|e| WebError::Ongeldig(format!("{wat}: {e}")))
}

pub async fn nieuw_plan(
    State(state): State<AppState>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<PlanForm>,
) -> Page {
    g.vereist(Functie::PlanSchrijven)?;
    let mut streefwaarden = Vec::new();
    for (n, doel, kengetal, richting, waarde, meting) in [
        (
            1,
            &f.doel_1,
            &f.kengetal_1,
            &f.richting_1,
            &f.waarde_1,
            &f.meting_1,
        ),
        (
            2,
            &f.doel_2,
            &f.kengetal_2,
            &f.richting_2,
            &f.waarde_2,
            &f.meting_2,
        ),
    ] {
        if doel.trim().is_empty() && waarde.trim().is_empty() {
            continue;
        }
        streefwaarden.push(NieuweStreefwaarde {
            doel: doel.clone(),
            kengetal: kengetal.trim().to_string(),
            richting: richting.trim().to_string(),
            streefwaarde: waarde.trim().parse().map_err(|_| {
                WebError::Ongeldig(format!("streefwaarde {n}: '{waarde}' is geen geheel getal"))
            })?,
            meting: meting.clone(),
        });
    }
    let plan = NieuwPlan {
        van: schooljaar_veld(&f.van, "eerste schooljaar")?,
        tot: schooljaar_veld(&f.tot, "laatste schooljaar")?,
        basisondersteuning: f.basisondersteuning,
        extra_ondersteuning: f.extra_ondersteuning,
        middelen: f.middelen,
        tlv_procedure: f.tlv_procedure,
        ouders: f.ouders,
        doelen: f.doelen,
        terugplaatsing: f.terugplaatsing,
        overdrachten: f.overdrachten,
        streefwaarden,
    };
    let id = state
        .store
        .maak_plan_versie(&g.verzoeker, &plan, "/verantwoording/plannen")
        .await?;
    Ok(Redirect::to(&format!("/verantwoording/plannen/{id}")).into_response())
}

#[derive(Template)]
#[template(path = "verantwoording_plan.html")]
struct PlanPage {
    layout: Layout,
    csrf: String,
    p: PlanVersie,
    /// SWV staff of this plan's SWV.
    medewerker: bool,
    drempel: u64,
    vandaag: String,
}

impl PlanPage {
    fn dag(&self, d: &Option<Date>) -> String {
        dag(d)
    }
    fn d(&self, d: impl AlsDatum) -> String {
        datum(d.als_datum())
    }
    fn concept(&self) -> bool {
        self.p.regel.vastgesteld_op.is_none()
    }
}

pub async fn plan(State(state): State<AppState>, Path(id): Path<String>, g: Gebruiker) -> Page {
    let id = nummer(&id)?;
    let today = crate::vandaag();
    let p = state.store.plan_versie(&g.verzoeker, id, today).await?;
    render(&PlanPage {
        layout: Layout::new(
            format!(
                "Ondersteuningsplan {} versie {}",
                p.regel.swv_code, p.regel.versie
            ),
            Some(&g),
        ),
        csrf: g.csrf.clone(),
        medewerker: g.mag_voor(Functie::PlanSchrijven, p.regel.swv_code.as_str()),
        drempel: crate::monitor_drempel(),
        p,
        vandaag: today.to_string(),
    })
}

fn naar_plan(id: i64) -> Page {
    Ok(Redirect::to(&format!("/verantwoording/plannen/{id}")).into_response())
}

#[derive(Deserialize)]
pub struct OogoForm {
    gemeente: String,
    datum: String,
    uitkomst: String,
    #[serde(default)]
    verschillen: String,
}

pub async fn oogo(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<OogoForm>,
) -> Page {
    let id = nummer(&id)?;
    let today = crate::vandaag();
    // Outside the caller's reach the plan does not exist; only its SWV's staff write.
    state.store.plan_versie(&g.verzoeker, id, today).await?;
    g.vereist(Functie::PlanSchrijven)?;
    state
        .store
        .leg_oogo_vast(
            &g.verzoeker,
            id,
            f.gemeente.trim(),
            datum_veld(&f.datum, "datum van het overleg")?,
            &f.uitkomst,
            &f.verschillen,
            today,
            "/verantwoording/plannen/{id}/oogo",
        )
        .await?;
    naar_plan(id)
}

#[derive(Deserialize)]
pub struct OverlegSwvForm {
    samenwerkingsverband: String,
    datum: String,
    #[serde(default)]
    verslag: String,
}

/// The overleg with an overlapping SWV of the other sector (WPO art. 18a lid 9).
pub async fn overleg_swv(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<OverlegSwvForm>,
) -> Page {
    let id = nummer(&id)?;
    let today = crate::vandaag();
    state.store.plan_versie(&g.verzoeker, id, today).await?;
    g.vereist(Functie::PlanSchrijven)?;
    state
        .store
        .leg_overleg_swv_vast(
            &g.verzoeker,
            id,
            &f.samenwerkingsverband,
            datum_veld(&f.datum, "datum van het overleg")?,
            &f.verslag,
            today,
            "/verantwoording/plannen/{id}/overleg-samenwerkingsverband",
        )
        .await?;
    naar_plan(id)
}

#[derive(Deserialize)]
pub struct InstemmingForm {
    datum: String,
    voor: String,
    tegen: String,
    #[serde(default)]
    onthouding: String,
    #[serde(default)]
    voorwaarden: String,
}

fn aantal(s: &str, wat: &str) -> Result<i64, WebError> {
    let t = s.trim();
    if t.is_empty() {
        return Ok(0);
    }
    t.parse()
        .map_err(|_| WebError::Ongeldig(format!("{wat}: '{t}' is geen aantal")))
}

pub async fn instemming(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<InstemmingForm>,
) -> Page {
    let id = nummer(&id)?;
    let today = crate::vandaag();
    state.store.plan_versie(&g.verzoeker, id, today).await?;
    g.vereist(Functie::PlanSchrijven)?;
    let stemming = Stemming {
        voor: aantal(&f.voor, "stemmen voor")?,
        tegen: aantal(&f.tegen, "stemmen tegen")?,
        onthouding: aantal(&f.onthouding, "onthoudingen")?,
    };
    state
        .store
        .leg_instemming_vast(
            &g.verzoeker,
            id,
            datum_veld(&f.datum, "datum van de vergadering")?,
            stemming,
            &f.voorwaarden,
            today,
            "/verantwoording/plannen/{id}/instemming",
        )
        .await?;
    naar_plan(id)
}

#[derive(Deserialize)]
pub struct LeegForm {}

pub async fn vaststellen(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(_): CsrfForm<LeegForm>,
) -> Page {
    let id = nummer(&id)?;
    let today = crate::vandaag();
    state.store.plan_versie(&g.verzoeker, id, today).await?;
    g.vereist(Functie::PlanSchrijven)?;
    state
        .store
        .stel_plan_vast(
            &g.verzoeker,
            id,
            today,
            "/verantwoording/plannen/{id}/vaststellen",
        )
        .await?;
    naar_plan(id)
}

#[derive(Deserialize)]
pub struct IndieningForm {
    datum: String,
}

pub async fn indienen(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<IndieningForm>,
) -> Page {
    let id = nummer(&id)?;
    let today = crate::vandaag();
    state.store.plan_versie(&g.verzoeker, id, today).await?;
    g.vereist(Functie::PlanSchrijven)?;
    state
        .store
        .dien_plan_in(
            &g.verzoeker,
            id,
            datum_veld(&f.datum, "datum van indiening")?,
            today,
            "/verantwoording/plannen/{id}/indiening",
        )
        .await?;
    naar_plan(id)
}

pub struct GeschilView {
    pub(crate) g: Geschil,
    pub(crate) ingediend: String,
    pub(crate) uiterlijk: String,
    pub(crate) oordeel_datum: String,
    pub(crate) reactie_datum: String,
    pub(crate) te_laat: bool,
    pub(crate) commissie: bool,
}

impl GeschilView {
    pub fn new(g: Geschil, today: Date) -> Self {
        Self {
            ingediend: datum(g.ingediend_op),
            uiterlijk: dag(&g.oordeel_uiterlijk),
            oordeel_datum: dag(&g.oordeel_datum),
            reactie_datum: dag(&g.reactie_datum),
            te_laat: g.oordeel_te_laat(today),
            commissie: GeschilSoort::parse(&g.soort).is_some_and(|s| s.geschillencommissie()),
            g,
        }
    }
}

/// A TLV bezwaar (issue 5) shown beside the disputes.
pub struct BezwaarView {
    pub(crate) tlv: i64,
    pub(crate) naam: String,
    pub(crate) ingediend: String,
    pub(crate) beslissen_uiterlijk: String,
    pub(crate) advies: bool,
    pub(crate) uitkomst: String,
}

/// The disputes and TLV bezwaren of a pupil whose dossier the caller has just read (the
/// read is logged there), for the dossier page that parents see too.
pub async fn voor_dossier(
    state: &AppState,
    wie: &passend_store::Verzoeker,
    leerling: passend_store::LeerlingId,
    today: Date,
) -> Result<(Vec<GeschilView>, Vec<BezwaarView>), WebError> {
    let geschillen = state
        .store
        .geschillen_van(leerling)
        .await?
        .into_iter()
        .map(|g| GeschilView::new(g, today))
        .collect();
    let tlvs = state
        .store
        .tlvs_voor(wie, leerling, today, "/leerlingen/{id}")
        .await?;
    Ok((geschillen, bezwaren(&tlvs)))
}

pub fn bezwaren(tlvs: &[Tlv]) -> Vec<BezwaarView> {
    tlvs.iter()
        .flat_map(|t| {
            t.bezwaren.iter().map(|b| BezwaarView {
                tlv: t.id,
                naam: t.naam.clone(),
                ingediend: datum(b.ingediend_op),
                beslissen_uiterlijk: b
                    .klok
                    .as_ref()
                    .map(|k| datum(k.beslissen_uiterlijk))
                    .unwrap_or_default(),
                advies: b.advies.is_some(),
                uitkomst: b
                    .uitkomst
                    .clone()
                    .unwrap_or_else(|| "nog niet beslist".into()),
            })
        })
        .collect()
}

#[derive(Template)]
#[template(path = "verantwoording_geschillen.html")]
struct GeschillenPage {
    layout: Layout,
    csrf: String,
    geschillen: Vec<GeschilView>,
    bezwaren: Vec<BezwaarView>,
    /// School, bestuur or SWV: may record.
    partij: bool,
    soorten: Vec<(&'static str, &'static str)>,
    vandaag: String,
    weken: u32,
}

pub async fn geschillen(
    State(state): State<AppState>,
    g: Gebruiker,
    Query(q): Query<FormaatQuery>,
) -> Page {
    let formaat = q.formaat()?;
    let today = crate::vandaag();
    let lijst = state
        .store
        .geschillen_voor(&g.verzoeker, today, "/verantwoording/geschillen")
        .await?;
    if let Some(formaat) = formaat {
        let t = geschillen_tabel(&lijst, today);
        return download(
            &state.store,
            &g.verzoeker,
            "/verantwoording/geschillen",
            &t,
            formaat,
        )
        .await;
    }
    let tlvs = if g.mag(Functie::TlvBeslissen) {
        state
            .store
            .tlvs_van_swv(&g.verzoeker, today, "/verantwoording/geschillen")
            .await?
    } else {
        Vec::new()
    };
    render(&GeschillenPage {
        layout: Layout::new("Geschillen en verwijzingen", Some(&g)),
        csrf: g.csrf.clone(),
        geschillen: lijst
            .into_iter()
            .map(|x| GeschilView::new(x, today))
            .collect(),
        bezwaren: bezwaren(&tlvs),
        partij: g.mag(Functie::GeschilPartij),
        soorten: GeschilSoort::ALL
            .map(|s| (s.as_str(), s.omschrijving()))
            .to_vec(),
        vandaag: today.to_string(),
        weken: passend_domain::richtlijnen::Richtlijnen::ingebouwd()
            .geschillen
            .oordeel_weken,
    })
}

/// The disputes as the page lists them, one row each.
fn geschillen_tabel(lijst: &[Geschil], today: Date) -> Tabel {
    let mut t = Tabel::new(
        "geschillen",
        &[
            "geschil",
            "leerling_id",
            "naam",
            "vestiging",
            "swv",
            "soort",
            "ingediend_op",
            "omschrijving",
            "oordeel_uiterlijk",
            "te_laat",
            "oordeel_datum",
            "oordeel",
            "reactie_datum",
            "volgt_oordeel",
            "reactie",
        ],
    );
    for x in lijst {
        t.rij(vec![
            Cel::Getal(x.id),
            Cel::Getal(x.leerling_id.0),
            x.naam.clone().into(),
            x.vestiging_code.clone().into(),
            x.swv_code.clone().into(),
            x.soort_omschrijving.clone().into(),
            x.ingediend_op.into(),
            x.omschrijving.clone().into(),
            x.oordeel_uiterlijk.into(),
            ja_nee(x.oordeel_te_laat(today)),
            x.oordeel_datum.into(),
            x.oordeel.clone().into(),
            x.reactie_datum.into(),
            x.volgt_oordeel.map_or(Cel::Leeg, ja_nee),
            x.reactie.clone().into(),
        ]);
    }
    t
}

fn ja_nee(b: bool) -> Cel {
    if b { "ja" } else { "nee" }.into()
}

#[derive(Deserialize)]
pub struct GeschilForm {
    leerling: String,
    soort: String,
    vestiging: String,
    ingediend_op: String,
    #[serde(default)]
    omschrijving: String,
}

pub async fn nieuw_geschil(
    State(state): State<AppState>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<GeschilForm>,
) -> Page {
    let leerling = leerling_veld(&f.leerling)?;
    let nieuw = NieuwGeschil {
        soort: GeschilSoort::parse(&f.soort).ok_or_else(|| {
            WebError::Ongeldig(format!("soort: '{}' is geen soort geschil", f.soort))
        })?,
        vestiging: f.vestiging.trim().to_uppercase(),
        ingediend_op: datum_veld(&f.ingediend_op, "ingediend op")?,
        omschrijving: f.omschrijving,
    };
    let id = state
        .store
        .registreer_geschil(
            &g.verzoeker,
            leerling,
            &nieuw,
            crate::vandaag(),
            "/verantwoording/geschillen",
        )
        .await?;
    Ok(Redirect::to(&format!("/verantwoording/geschillen#geschil-{id}")).into_response())
}

#[derive(Deserialize)]
pub struct StapForm {
    #[serde(default)]
    oordeel_datum: String,
    #[serde(default)]
    oordeel: String,
    #[serde(default)]
    reactie_datum: String,
    #[serde(default)]
    volgt_oordeel: String,
    #[serde(default)]
    reactie: String,
}

pub async fn geschil_bijwerken(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<StapForm>,
) -> Page {
    let id = nummer(&id)?;
    let volgt = match f.volgt_oordeel.trim() {
        "" => None,
        "ja" => Some(true),
        "nee" => Some(false),
        x => {
            return Err(WebError::Ongeldig(format!(
                "volgt oordeel: '{x}' is geen ja of nee"
            )));
        }
    };
    let stap = GeschilStap {
        oordeel_datum: datum_of_leeg(&f.oordeel_datum, "datum van het oordeel")?,
        oordeel: Some(f.oordeel),
        reactie_datum: datum_of_leeg(&f.reactie_datum, "datum van de reactie")?,
        volgt_oordeel: volgt,
        reactie: Some(f.reactie),
    };
    state
        .store
        .werk_geschil_bij(
            &g.verzoeker,
            id,
            &stap,
            crate::vandaag(),
            "/verantwoording/geschillen/{id}",
        )
        .await?;
    Ok(Redirect::to(&format!("/verantwoording/geschillen#geschil-{id}")).into_response())
}

/// One bar of the outflow chart; a hidden count has no bar and is named as hidden.
pub struct Staaf {
    label: String,
    y: i64,
    verwacht_h: i64,
    feitelijk_h: i64,
    verwacht: String,
    feitelijk: String,
}

pub struct GroepView {
    g: UitstroomGroep,
    /// Went as expected, of those comparable; `None` when a hidden count is involved.
    conform: Option<(u64, u64)>,
    staven: Vec<Staaf>,
}

#[derive(Template)]
#[template(path = "verantwoording_uitstroom.html")]
struct UitstroomPage {
    layout: Layout,
    per_swv: Vec<GroepView>,
    per_school: Vec<GroepView>,
    staven: Vec<Staaf>,
    bestemmingen: Vec<&'static str>,
    schooljaar: Option<String>,
    dossiers: bool,
}

impl UitstroomPage {
    fn n(&self, c: &MonitorCel) -> String {
        c.label(crate::monitor_drempel())
    }

    fn profiel(&self, u: &Option<passend_domain::opp::Uitstroom>) -> &'static str {
        u.map(|u| u.as_str()).unwrap_or("geen profiel in het OPP")
    }
}

#[derive(Deserialize)]
pub struct UitstroomQuery {
    #[serde(default)]
    schooljaar: String,
}

fn groep_view(g: UitstroomGroep) -> GroepView {
    // Comparable: a vso profile expected and a known destination.
    let som = |cellen: Vec<MonitorCel>| cellen.iter().map(|c| c.waarde()).sum::<Option<u64>>();
    let conform = som(g.rijen.iter().map(|r| r.conform).collect());
    let vergeleken = som(g
        .rijen
        .iter()
        .filter(|r| r.verwacht.is_some())
        .flat_map(|r| r.feitelijk[..3].to_vec())
        .collect());
    GroepView {
        staven: staven([&g]),
        conform: conform.zip(vergeleken),
        g,
    }
}

/// The chart of some groups: per profile, the leavers expected to go there against those
/// who went there. A sum that would include a hidden count is hidden too.
fn staven<'a>(groepen: impl IntoIterator<Item = &'a UitstroomGroep>) -> Vec<Staaf> {
    use passend_domain::opp::Uitstroom;
    let profielen = [
        Uitstroom::Vervolgonderwijs,
        Uitstroom::Arbeidsmarkt,
        Uitstroom::Dagbesteding,
    ];
    let mut verwacht = [Some(0u64); 3];
    let mut feitelijk = [Some(0u64); 3];
    for groep in groepen {
        for rij in &groep.rijen {
            if let Some(i) = profielen.iter().position(|u| Some(*u) == rij.verwacht) {
                verwacht[i] = verwacht[i].zip(rij.totaal.waarde()).map(|(a, b)| a + b);
            }
        }
        for (i, n) in feitelijk.iter_mut().enumerate() {
            *n = n.zip(groep.per_bestemming[i].waarde()).map(|(a, b)| a + b);
        }
    }
    let max = verwacht
        .iter()
        .chain(&feitelijk)
        .flatten()
        .copied()
        .max()
        .unwrap_or(0)
        .max(1);
    let hoogte = |n: Option<u64>| n.map_or(0, |n| i64::try_from(n * 400 / max).unwrap_or(400));
    let tekst = |n: Option<u64>| n.map_or("niet te tonen (klein aantal)".into(), |n| n.to_string());
    profielen
        .iter()
        .enumerate()
        .map(|(i, p)| Staaf {
            label: p.as_str().to_string(),
            y: 30 + i as i64 * 60,
            verwacht_h: hoogte(verwacht[i]),
            feitelijk_h: hoogte(feitelijk[i]),
            verwacht: tekst(verwacht[i]),
            feitelijk: tekst(feitelijk[i]),
        })
        .collect()
}

pub async fn uitstroom(
    State(state): State<AppState>,
    g: Gebruiker,
    Query(q): Query<UitstroomQuery>,
) -> Page {
    let schooljaar = match q.schooljaar.trim() {
        "" => None,
        s => Some(schooljaar_veld(s, "schooljaar")?),
    };
    g.vereist(Functie::UitstroomVergelijken)?;
    let (per_swv, per_school) = state
        .store
        .uitstroom_vergelijking(&g.verzoeker, schooljaar)
        .await?;
    let staven = staven(&per_swv);
    render(&UitstroomPage {
        layout: Layout::new("Uitstroom uit het vso", Some(&g)),
        per_swv: per_swv.into_iter().map(groep_view).collect(),
        per_school: per_school.into_iter().map(groep_view).collect(),
        staven,
        bestemmingen: Bestemming::ALL.map(|b| b.as_str()).to_vec(),
        schooljaar: schooljaar.map(|s| s.to_string()),
        dossiers: g.mag(Functie::UitstroomVastleggen),
    })
}

pub struct LeaverView {
    u: UitstroomRegel,
    datum: String,
    na_jaar_datum: String,
}

#[derive(Template)]
#[template(path = "verantwoording_uitstroom_leerlingen.html")]
struct LeerlingenPage {
    layout: Layout,
    csrf: String,
    regels: Vec<LeaverView>,
    bestemmingen: Vec<&'static str>,
    soorten: Vec<&'static str>,
    vandaag: String,
}

pub async fn uitstroom_leerlingen(
    State(state): State<AppState>,
    g: Gebruiker,
    Query(q): Query<FormaatQuery>,
) -> Page {
    g.vereist(Functie::UitstroomVastleggen)?;
    let formaat = q.formaat()?;
    let route = "/verantwoording/uitstroom/leerlingen";
    let regels = state
        .store
        .uitstroom_leerlingen(&g.verzoeker, route)
        .await?;
    if let Some(formaat) = formaat {
        let t = uitstroom_tabel(&regels);
        return download(&state.store, &g.verzoeker, route, &t, formaat).await;
    }
    render(&LeerlingenPage {
        layout: Layout::new("Uitstroom: leerlingen", Some(&g)),
        csrf: g.csrf.clone(),
        regels: regels
            .into_iter()
            .map(|u| LeaverView {
                datum: datum(u.uitstroomdatum),
                na_jaar_datum: dag(&u.na_jaar_datum),
                u,
            })
            .collect(),
        bestemmingen: Bestemming::ALL.map(|b| b.as_str()).to_vec(),
        soorten: VERVOLG_SOORTEN.to_vec(),
        vandaag: crate::vandaag().to_string(),
    })
}

/// The leavers as the page lists them, one row each.
fn uitstroom_tabel(regels: &[UitstroomRegel]) -> Tabel {
    let mut t = Tabel::new(
        "uitstroom-leerlingen",
        &[
            "uitstroom",
            "leerling_id",
            "naam",
            "vestiging",
            "swv",
            "uitstroomdatum",
            "verwacht",
            "bestemming",
            "vervolg_soort",
            "conform",
            "na_jaar_datum",
            "na_jaar_bestemming",
            "na_jaar_soort",
        ],
    );
    for u in regels {
        t.rij(vec![
            Cel::Getal(u.id),
            Cel::Getal(u.leerling_id.0),
            u.naam.clone().into(),
            u.vestiging_code.clone().into(),
            u.swv_code.clone().into(),
            u.uitstroomdatum.into(),
            u.verwacht.clone().into(),
            u.bestemming.clone().into(),
            u.vervolg_soort.clone().into(),
            u.conform.map_or(Cel::Leeg, ja_nee),
            u.na_jaar_datum.into(),
            u.na_jaar_bestemming.clone().into(),
            u.na_jaar_soort.clone().into(),
        ]);
    }
    t
}

fn bestemming(s: &str) -> Result<Bestemming, WebError> {
    Bestemming::parse(s).ok_or_else(|| {
        WebError::Ongeldig(format!(
            "bestemming: '{s}' is geen bestemming; kies vervolgonderwijs, arbeidsmarkt, dagbesteding of onbekend"
        ))
    })
}

fn soort(s: &str) -> Option<String> {
    Some(s.trim().to_string()).filter(|s| !s.is_empty())
}

#[derive(Deserialize)]
pub struct UitstroomForm {
    leerling: String,
    vestiging: String,
    datum: String,
    bestemming: String,
    #[serde(default)]
    vervolg_soort: String,
}

pub async fn uitstroom_vastleggen(
    State(state): State<AppState>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<UitstroomForm>,
) -> Page {
    let leerling = leerling_veld(&f.leerling)?;
    let u = NieuweUitstroom {
        vestiging: f.vestiging.trim().to_uppercase(),
        uitstroomdatum: datum_veld(&f.datum, "uitstroomdatum")?,
        bestemming: bestemming(&f.bestemming)?,
        vervolg_soort: soort(&f.vervolg_soort),
    };
    state
        .store
        .registreer_uitstroom(
            &g.verzoeker,
            leerling,
            &u,
            crate::vandaag(),
            "/verantwoording/uitstroom/leerlingen",
        )
        .await?;
    Ok(Redirect::to("/verantwoording/uitstroom/leerlingen").into_response())
}

#[derive(Deserialize)]
pub struct NaJaarForm {
    datum: String,
    bestemming: String,
    #[serde(default)]
    vervolg_soort: String,
}

pub async fn uitstroom_na_jaar(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<NaJaarForm>,
) -> Page {
    let id = nummer(&id)?;
    let vervolg = soort(&f.vervolg_soort);
    state
        .store
        .leg_uitstroom_na_jaar_vast(
            &g.verzoeker,
            id,
            datum_veld(&f.datum, "datum")?,
            bestemming(&f.bestemming)?,
            vervolg.as_deref(),
            crate::vandaag(),
            "/verantwoording/uitstroom/{id}",
        )
        .await?;
    Ok(Redirect::to("/verantwoording/uitstroom/leerlingen").into_response())
}

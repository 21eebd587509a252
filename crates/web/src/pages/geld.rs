//! Budgets, verdeelmodel, reserves and annual-report tables (issue 7). Who sees what is
//! decided by the store (`passend_store::geld`); these handlers only read the query, call
//! it and draw. Every list can be downloaded with `?formaat=csv|xlsx` on the page URL.

use super::{Page, render};
use crate::export::{Cel, Formaat, Tabel, download};
use crate::layout::Layout;
use crate::session::Gebruiker;
use crate::{AppState, WebError, csrf, vandaag};
use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect};
use passend_domain::bekostiging::verdeelmodel::Verdeelmodel;
use passend_domain::bekostiging::{Component, Decimal, RoundingStrategy};
use passend_domain::{Schooljaar, SwvCode};
use passend_store::StoreError;
use passend_store::geld::{
    Betalingen, GeldBereik, NieuweJaarcijfers, laatste_telbare_schooljaar, naar_tekst, naar_van,
};
use serde::Deserialize;

/// The largest rule-set file the beheerder may upload.
pub const MAX_REGELSET: usize = 256 * 1024;

/// An amount as `€ 1.234,56` (half away from zero to the cent).
pub fn eur(d: Decimal) -> String {
    let c = (d * Decimal::ONE_HUNDRED)
        .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
        .to_string()
        .parse::<i64>()
        .unwrap_or(0);
    crate::format::euro(c)
}

fn eur_opt(d: Option<Decimal>) -> String {
    d.map(eur).unwrap_or_else(|| "ontbreekt".into())
}

pub fn component_naam(c: Component) -> &'static str {
    match c {
        Component::LichteOndersteuning => "Lichte ondersteuning",
        Component::ZwareOndersteuning => "Zware ondersteuning",
        Component::AfdrachtSo => "Afdracht so",
        Component::AfdrachtVso => "Afdracht vso",
        Component::Verevening => "Verevening",
        Component::Groei => "Groei (1 februari)",
        Component::SboGroei => "Sbo-groei (1 februari)",
        Component::Sbo2Procent => "Sbo boven 2%",
        Component::LwooPro => "Lwoo en pro",
        Component::Uitputting => "Uitputting (ten laste van de scholen)",
    }
}

/// The choice every money page reads: schooljaar, an optional rule set for a
/// rekenvoorbeeld, the payer rule, and the download format.
#[derive(Debug, Default, Deserialize)]
pub struct GeldQuery {
    pub schooljaar: Option<String>,
    pub voorbeeld: Option<String>,
    pub naar: Option<String>,
    pub formaat: Option<String>,
    pub tabel: Option<String>,
}

pub struct Keuze {
    pub schooljaar: Schooljaar,
    pub voorbeeld: Option<Schooljaar>,
    pub naar: passend_domain::bekostiging::AfdrachtNaar,
    pub formaat: Option<Formaat>,
}

impl GeldQuery {
    pub fn keuze(&self) -> Result<Keuze, WebError> {
        let schooljaar = match self.schooljaar.as_deref().map(str::trim) {
            None | Some("") => laatste_telbare_schooljaar(vandaag()),
            Some(s) => {
                Schooljaar::parse(s).map_err(|e| WebError::Ongeldig(format!("schooljaar: {e}")))?
            }
        };
        let voorbeeld = match self.voorbeeld.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(s) => Some(
                Schooljaar::parse(s).map_err(|e| WebError::Ongeldig(format!("voorbeeld: {e}")))?,
            ),
        };
        Ok(Keuze {
            schooljaar,
            voorbeeld,
            naar: naar_van(self.naar.as_deref().unwrap_or(""))
                .map_err(|e| WebError::Ongeldig(e.to_string()))?,
            formaat: Formaat::van(self.formaat.as_deref())?,
        })
    }
}

impl Keuze {
    /// The query string that keeps this choice, for links.
    fn query(&self) -> String {
        let mut q = format!(
            "schooljaar={}&naar={}",
            self.schooljaar,
            naar_tekst(self.naar)
        );
        if let Some(v) = self.voorbeeld {
            q.push_str(&format!("&voorbeeld={v}"));
        }
        q
    }
}

/// The form at the top of every money page.
pub struct KeuzeForm {
    pub actie: String,
    pub schooljaar: String,
    pub voorbeeld: String,
    pub naar: &'static str,
    pub sets: Vec<String>,
    pub query: String,
}

async fn keuze_form(state: &AppState, actie: String, k: &Keuze) -> Result<KeuzeForm, WebError> {
    let sets = state.store.regelsets().await?;
    Ok(KeuzeForm {
        actie,
        schooljaar: k.schooljaar.to_string(),
        voorbeeld: k.voorbeeld.map(|v| v.to_string()).unwrap_or_default(),
        naar: naar_tekst(k.naar),
        sets: sets.schooljaren().iter().map(ToString::to_string).collect(),
        query: k.query(),
    })
}

/// A horizontal bar of a chart, already laid out.
pub struct Staaf {
    pub label: String,
    pub tekst: String,
    pub y: i64,
    pub x: i64,
    pub breedte: i64,
    pub kleur: &'static str,
}

/// Lays out signed amounts as bars around a zero line at x = 200, 300 px each side.
fn staven(waarden: &[(String, Decimal)]) -> Vec<Staaf> {
    let max = waarden
        .iter()
        .map(|(_, w)| w.abs())
        .max()
        .filter(|m| !m.is_zero())
        .unwrap_or(Decimal::ONE);
    waarden
        .iter()
        .enumerate()
        .map(|(i, (label, w))| {
            let breedte = (w.abs() * Decimal::from(300) / max)
                .round()
                .to_string()
                .parse::<i64>()
                .unwrap_or(0);
            let negatief = *w < Decimal::ZERO;
            Staaf {
                label: label.clone(),
                tekst: eur(*w),
                y: 8 + i as i64 * 26,
                x: if negatief { 200 - breedte } else { 200 },
                breedte,
                kleur: if negatief { "#a4000f" } else { "#1d6b2f" },
            }
        })
        .collect()
}

fn swv_code(code: &str) -> Result<SwvCode, WebError> {
    SwvCode::parse(code).map_err(|_| WebError::NietGevonden)
}

/// `/geld`: the money page that fits the caller's role.
pub async fn start(State(state): State<AppState>, g: Gebruiker) -> Page {
    if g.mag(passend_domain::Functie::Beheer) {
        return Ok(Redirect::to("/beheer/regelsets").into_response());
    }
    let doel = match state.store.geld_bereik(&g.verzoeker)? {
        GeldBereik::Landelijk => "/geld/landelijk".to_string(),
        GeldBereik::Swv { swv, .. } => format!("/swv/{swv}/begroting"),
        GeldBereik::Bestuur(_) => "/geld/ontvangen".to_string(),
    };
    Ok(Redirect::to(&doel).into_response())
}

pub struct ToelichtingRegel {
    pub onderdeel: &'static str,
    pub invoer: String,
    pub factor: String,
    pub bron: String,
    pub uitkomst: String,
}

pub struct ScenarioRij {
    pub swv: String,
    pub tlv: String,
    pub woon: String,
    pub school: String,
    pub verschil_woon: String,
    pub verschil_school: String,
    pub eigen: bool,
}

#[derive(Template)]
#[template(path = "geld_begroting.html")]
struct BegrotingPage {
    layout: Layout,
    swv: String,
    keuze: KeuzeForm,
    melding: Option<String>,
    voorbeeld_van: Option<String>,
    regeling: String,
    teldatum: String,
    groei_teldatum: String,
    groei_in_toekomst: bool,
    componenten: Vec<(&'static str, String)>,
    netto: String,
    ontbrekend: Vec<&'static str>,
    toelichting: Vec<ToelichtingRegel>,
    afdracht: Vec<(String, u64, String, String)>,
    afdracht_staven: Vec<Staaf>,
    opbouw: Vec<Staaf>,
    jaren: Vec<Staaf>,
    scenarios: Vec<ScenarioRij>,
    afdracht_landelijk: Vec<(&'static str, String)>,
    zonder_tlv: u64,
    naar_uitleg: &'static str,
    /// The uitputting charged per school (BRIN), when there is one.
    uitputting_per_school: Vec<(String, String)>,
}

fn naar_uitleg(n: passend_domain::bekostiging::AfdrachtNaar) -> &'static str {
    use passend_domain::bekostiging::AfdrachtNaar::*;
    match n {
        Tlv => {
            "de wet: het samenwerkingsverband dat de TLV afgaf betaalt (WPO art. 132 lid 4, WVO art. 85b lid 3)"
        }
        Woon => "scenario: het samenwerkingsverband waar de leerling woont betaalt",
        School => "scenario: het samenwerkingsverband van de (v)so-vestiging betaalt",
    }
}

/// `/swv/{code}/begroting`: the budget with every line explained.
pub async fn begroting(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<GeldQuery>,
    g: Gebruiker,
) -> Page {
    let swv = swv_code(&code)?;
    let k = q.keuze()?;
    let route = format!("/swv/{swv}/begroting");
    let keuze = keuze_form(&state, route.clone(), &k).await?;
    let layout = Layout::new(format!("Begroting {swv}"), Some(&g));
    let mut page = BegrotingPage {
        layout,
        swv: swv.to_string(),
        keuze,
        melding: None,
        voorbeeld_van: None,
        regeling: String::new(),
        teldatum: String::new(),
        groei_teldatum: String::new(),
        groei_in_toekomst: false,
        componenten: Vec::new(),
        netto: String::new(),
        ontbrekend: Vec::new(),
        toelichting: Vec::new(),
        afdracht: Vec::new(),
        afdracht_staven: Vec::new(),
        opbouw: Vec::new(),
        jaren: Vec::new(),
        scenarios: Vec::new(),
        afdracht_landelijk: Vec::new(),
        zonder_tlv: 0,
        naar_uitleg: naar_uitleg(k.naar),
        uitputting_per_school: Vec::new(),
    };
    let b = match state
        .store
        .begroting(&g.verzoeker, &swv, k.schooljaar, k.voorbeeld, k.naar)
        .await
    {
        Ok(b) => b,
        Err(StoreError::Ongeldig(m)) if k.formaat.is_none() => {
            page.melding = Some(m);
            return render(&page);
        }
        Err(e) => return Err(e.into()),
    };
    let r = &b.berekening.regelset;
    if let Some(formaat) = k.formaat {
        let mut t = Tabel::new(
            &format!("begroting-{swv}-{}", k.schooljaar),
            &["onderdeel", "invoer", "sleutel", "factor", "bron", "bedrag"],
        );
        for l in &b.eigen.toelichting {
            t.rij(vec![
                component_naam(l.component).into(),
                l.invoer.clone().into(),
                l.sleutel.clone().into(),
                l.factor.map(|f| f.to_string()).into(),
                l.bron.clone().into(),
                l.uitkomst.into(),
            ]);
        }
        let soort = if b.berekening.rekenvoorbeeld {
            format!(
                "rekenvoorbeeld met de bedragen van {}, geen beschikking",
                r.schooljaar
            )
        } else {
            format!("regelset {}", r.schooljaar)
        };
        t.rij(vec![
            "Netto".into(),
            soort.into(),
            Cel::Leeg,
            Cel::Leeg,
            r.regeling.clone().into(),
            b.eigen.netto.into(),
        ]);
        return download(&state.store, &g.verzoeker, &route, &t, formaat).await;
    }
    page.voorbeeld_van = b
        .berekening
        .rekenvoorbeeld
        .then(|| r.schooljaar.to_string());
    page.regeling = r.regeling.clone();
    page.teldatum = crate::format::datum(r.teldatum);
    page.groei_teldatum = crate::format::datum(r.groei_teldatum);
    page.groei_in_toekomst = r.groei_teldatum > vandaag();
    let e = &b.eigen;
    page.componenten = vec![
        (
            component_naam(Component::LichteOndersteuning),
            eur_opt(e.lichte_ondersteuning),
        ),
        (
            component_naam(Component::ZwareOndersteuning),
            eur_opt(e.zware_ondersteuning),
        ),
        (
            component_naam(Component::AfdrachtSo),
            eur_opt(e.afdracht_so.map(|d| -d)),
        ),
        (
            component_naam(Component::AfdrachtVso),
            eur_opt(e.afdracht_vso.map(|d| -d)),
        ),
        (component_naam(Component::Verevening), eur_opt(e.verevening)),
        (
            component_naam(Component::Groei),
            eur_opt(e.groei.map(|d| -d)),
        ),
        (
            component_naam(Component::SboGroei),
            eur_opt(e.sbo_groei.map(|d| -d)),
        ),
        (
            component_naam(Component::Sbo2Procent),
            eur_opt(e.sbo_2_procent.map(|d| -d)),
        ),
        (
            component_naam(Component::LwooPro),
            eur_opt(e.lwoo_pro.map(|d| -d)),
        ),
        (component_naam(Component::Uitputting), eur_opt(e.uitputting)),
    ];
    page.netto = eur(e.netto);
    page.uitputting_per_school = e
        .uitputting_per_school
        .iter()
        .map(|(school, d)| (school.clone(), eur(*d)))
        .collect();
    page.ontbrekend = e.ontbrekend.iter().map(|c| component_naam(*c)).collect();
    page.toelichting = e
        .toelichting
        .iter()
        .map(|l| ToelichtingRegel {
            onderdeel: component_naam(l.component),
            invoer: l.invoer.clone(),
            factor: l.factor.map(|f| f.to_string()).unwrap_or_default(),
            bron: l.bron.clone(),
            uitkomst: eur_opt(l.uitkomst),
        })
        .collect();
    page.afdracht = b
        .afdracht_per_groep
        .iter()
        .map(|a| {
            (
                a.groep.to_string(),
                a.aantal,
                eur_opt(a.normbedrag),
                eur_opt(a.bedrag),
            )
        })
        .collect();
    page.afdracht_staven = staven(
        &b.afdracht_per_groep
            .iter()
            .map(|a| (a.groep.to_string(), -a.bedrag.unwrap_or_default()))
            .collect::<Vec<_>>(),
    );
    let z = Decimal::ZERO;
    page.opbouw = staven(&[
        (
            "Lichte ondersteuning".into(),
            e.lichte_ondersteuning.unwrap_or(z),
        ),
        (
            "Zware ondersteuning".into(),
            e.zware_ondersteuning.unwrap_or(z),
        ),
        (
            "Afdracht (v)so".into(),
            -(e.afdracht_so.unwrap_or(z) + e.afdracht_vso.unwrap_or(z)),
        ),
        ("Verevening".into(), e.verevening.unwrap_or(z)),
        ("Groei".into(), -e.groei.unwrap_or(z)),
        (
            "Sbo-overdrachten".into(),
            -(e.sbo_groei.unwrap_or(z) + e.sbo_2_procent.unwrap_or(z)),
        ),
        ("Lwoo en pro".into(), -e.lwoo_pro.unwrap_or(z)),
        ("Uitputting (scholen)".into(), e.uitputting.unwrap_or(z)),
        ("Netto".into(), e.netto),
    ]);
    let met: Vec<(String, Decimal)> = b
        .jaarreeks
        .iter()
        .filter_map(|(sj, n)| n.map(|n| (sj.to_string(), n)))
        .collect();
    page.jaren = staven(&met);
    for (sj, n) in &b.jaarreeks {
        if n.is_none() {
            page.jaren.push(Staaf {
                label: sj.to_string(),
                tekst: "geen regelset".into(),
                y: 8 + page.jaren.len() as i64 * 26,
                x: 200,
                breedte: 0,
                kleur: "#888",
            });
        }
    }
    page.scenarios = b
        .scenarios
        .iter()
        .map(|s| ScenarioRij {
            eigen: s.swv == swv,
            swv: s.swv.to_string(),
            tlv: eur(s.tlv),
            woon: eur(s.woon),
            school: eur(s.school),
            verschil_woon: eur(s.woon - s.tlv),
            verschil_school: eur(s.school - s.tlv),
        })
        .collect();
    page.afdracht_landelijk = ["tlv (de wet)", "woon", "school"]
        .into_iter()
        .zip(b.afdracht_landelijk)
        .map(|(n, t)| (n, eur_opt(t)))
        .collect();
    page.zonder_tlv = b.berekening.zonder_tlv.get(&swv).copied().unwrap_or(0);
    render(&page)
}

pub struct BetalingRij {
    pub vestiging: String,
    pub naam: String,
    pub bestuur: String,
    pub leerlingen: u64,
    pub arrangementen: String,
    pub per_leerling: String,
    pub arrangement: String,
    pub totaal: String,
}

fn betaling_rijen(b: &Betalingen) -> (Vec<BetalingRij>, Vec<(String, String, String)>) {
    (
        b.scholen
            .iter()
            .map(|s| BetalingRij {
                vestiging: s.vestiging.clone(),
                naam: s.naam.clone(),
                bestuur: format!("{} ({})", s.bestuur_naam, s.bestuur),
                leerlingen: s.leerlingen,
                arrangementen: eur(s.arrangementen),
                per_leerling: eur(s.per_leerling),
                arrangement: eur(s.arrangement),
                totaal: eur(s.totaal),
            })
            .collect(),
        b.per_bestuur
            .iter()
            .map(|(bg, n, t)| (bg.clone(), n.clone(), eur(*t)))
            .collect(),
    )
}

#[derive(Template)]
#[template(path = "geld_verdeling.html")]
struct VerdelingPage {
    layout: Layout,
    swv: String,
    keuze: KeuzeForm,
    melding: Option<String>,
    voorbeeld_van: Option<String>,
    csrf: Option<String>,
    eigen_taken_pct: String,
    per_leerling_pct: String,
    toelichting: String,
    gewijzigd: String,
    budget: Option<String>,
    eigen_taken: Option<String>,
    verdeeld: String,
    probleem: Option<String>,
    scholen: Vec<BetalingRij>,
    besturen: Vec<(String, String, String)>,
}

fn pct(d: Decimal) -> String {
    (d * Decimal::ONE_HUNDRED)
        .normalize()
        .to_string()
        .replace('.', ",")
}

/// `/swv/{code}/verdeling`: the verdeelmodel and the payments per board and school.
pub async fn verdeling(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<GeldQuery>,
    g: Gebruiker,
) -> Page {
    let swv = swv_code(&code)?;
    let k = q.keuze()?;
    let route = format!("/swv/{swv}/verdeling");
    let schrijven = matches!(
        state.store.geld_bereik(&g.verzoeker)?,
        GeldBereik::Swv { swv: ref s, schrijven: true } if *s == swv
    );
    let mut page = VerdelingPage {
        layout: Layout::new(format!("Verdeling {swv}"), Some(&g)),
        swv: swv.to_string(),
        keuze: keuze_form(&state, route.clone(), &k).await?,
        melding: None,
        voorbeeld_van: None,
        csrf: schrijven.then(|| g.csrf.clone()),
        eigen_taken_pct: String::new(),
        per_leerling_pct: String::new(),
        toelichting: String::new(),
        gewijzigd: String::new(),
        budget: None,
        eigen_taken: None,
        verdeeld: String::new(),
        probleem: None,
        scholen: Vec::new(),
        besturen: Vec::new(),
    };
    let b = match state
        .store
        .betalingen(&g.verzoeker, &swv, k.schooljaar, k.voorbeeld, k.naar)
        .await
    {
        Ok(b) => b,
        Err(StoreError::Ongeldig(m)) if k.formaat.is_none() => {
            page.melding = Some(m);
            return render(&page);
        }
        Err(e) => return Err(e.into()),
    };
    if let Some(formaat) = k.formaat {
        let mut t = Tabel::new(
            &format!("betalingen-{swv}-{}", k.schooljaar),
            &[
                "vestiging",
                "naam",
                "bestuur",
                "leerlingen",
                "arrangementen",
                "per_leerling",
                "naar_arrangementen",
                "totaal",
            ],
        );
        for s in &b.scholen {
            t.rij(vec![
                s.vestiging.clone().into(),
                s.naam.clone().into(),
                s.bestuur.clone().into(),
                Cel::Getal(s.leerlingen as i64),
                s.arrangementen.into(),
                s.per_leerling.into(),
                s.arrangement.into(),
                s.totaal.into(),
            ]);
        }
        return download(&state.store, &g.verzoeker, &route, &t, formaat).await;
    }
    if let Some(m) = &b.model {
        page.eigen_taken_pct = pct(m.model.eigen_taken);
        page.per_leerling_pct = pct(m.model.per_leerling);
        page.toelichting = m.toelichting.clone();
        page.gewijzigd = m.gewijzigd.clone();
    }
    page.voorbeeld_van = b
        .rekenvoorbeeld
        .then(|| k.voorbeeld.map(|v| v.to_string()).unwrap_or_default());
    page.budget = b.budget.map(eur);
    page.eigen_taken = b.eigen_taken.map(eur);
    page.verdeeld = eur(b.scholen.iter().map(|s| s.totaal).sum());
    page.probleem = b.probleem.clone();
    (page.scholen, page.besturen) = betaling_rijen(&b);
    render(&page)
}

#[derive(Debug, Deserialize)]
pub struct VerdeelmodelForm {
    pub schooljaar: String,
    pub eigen_taken: String,
    pub per_leerling: String,
    #[serde(default)]
    pub toelichting: String,
}

/// Reads a percentage (`12`, `12,5`, `12.5`) as a share between 0 and 1.
pub fn aandeel(tekst: &str, veld: &str) -> Result<Decimal, WebError> {
    let t = tekst.trim().trim_end_matches('%').trim().replace(',', ".");
    let d: Decimal = t
        .parse()
        .map_err(|_| WebError::Ongeldig(format!("{veld}: '{tekst}' is geen percentage")))?;
    if d < Decimal::ZERO || d > Decimal::ONE_HUNDRED {
        return Err(WebError::Ongeldig(format!(
            "{veld}: het percentage ligt tussen 0 en 100"
        )));
    }
    Ok(d / Decimal::ONE_HUNDRED)
}

pub async fn verdeling_opslaan(
    State(state): State<AppState>,
    Path(code): Path<String>,
    g: Gebruiker,
    csrf::CsrfForm(f): csrf::CsrfForm<VerdeelmodelForm>,
) -> Page {
    let swv = swv_code(&code)?;
    let schooljaar = Schooljaar::parse(f.schooljaar.trim())
        .map_err(|e| WebError::Ongeldig(format!("schooljaar: {e}")))?;
    let model = Verdeelmodel {
        eigen_taken: aandeel(&f.eigen_taken, "eigen taken")?,
        per_leerling: aandeel(&f.per_leerling, "per leerling")?,
    };
    let route = format!("/swv/{swv}/verdeling");
    state
        .store
        .bewaar_verdeelmodel(
            &g.verzoeker,
            &swv,
            schooljaar,
            &model,
            &f.toelichting,
            &route,
        )
        .await?;
    Ok(Redirect::to(&format!("{route}?schooljaar={schooljaar}")).into_response())
}

pub struct JaarRij {
    pub jaar: i16,
    pub baten: String,
    pub lasten: String,
    pub reserve: String,
    pub signaleringswaarde: String,
    pub boven: String,
    pub bovenmatig: bool,
}

#[derive(Template)]
#[template(path = "geld_jaarverslag.html")]
struct JaarverslagPage {
    layout: Layout,
    swv: String,
    keuze: KeuzeForm,
    csrf: Option<String>,
    jaren: Vec<JaarRij>,
    reserve_staven: Vec<Staaf>,
    bovenmatig: Vec<i16>,
    /// Years whose reserve does not follow from the year before: (year, expected, recorded).
    niet_aansluitend: Vec<(i16, String, String)>,
    besturen: Vec<(String, String, String)>,
    probleem: Option<String>,
    voorbeeld_van: Option<String>,
    fractie: String,
    minimum: String,
}

/// `/swv/{code}/jaarverslag`: annual figures with the reserve check, and the support money
/// paid per school board. `?formaat=csv&tabel=jaarcijfers` downloads the figures, otherwise
/// the payments per board.
pub async fn jaarverslag(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<GeldQuery>,
    g: Gebruiker,
) -> Page {
    let swv = swv_code(&code)?;
    let k = q.keuze()?;
    let route = format!("/swv/{swv}/jaarverslag");
    let jaren = state.store.jaarcijfers(&g.verzoeker, &swv).await?;
    let betalingen = match state
        .store
        .betalingen(&g.verzoeker, &swv, k.schooljaar, k.voorbeeld, k.naar)
        .await
    {
        Ok(b) => Ok(b),
        Err(StoreError::Ongeldig(m)) => Err(m),
        Err(e) => return Err(e.into()),
    };
    if let Some(formaat) = k.formaat {
        let t = if q.tabel.as_deref() == Some("jaarcijfers") {
            let mut t = Tabel::new(
                &format!("jaarcijfers-{swv}"),
                &[
                    "jaar",
                    "baten",
                    "lasten",
                    "reserve",
                    "signaleringswaarde",
                    "boven_signaleringswaarde",
                ],
            );
            for j in &jaren {
                t.rij(vec![
                    Cel::Getal(i64::from(j.jaar)),
                    j.baten.into(),
                    j.lasten.into(),
                    j.reserve.into(),
                    j.toets.signaleringswaarde.into(),
                    j.toets.boven.into(),
                ]);
            }
            t
        } else {
            let b = betalingen.map_err(WebError::Ongeldig)?;
            let mut t = Tabel::new(
                &format!("ondersteuningsmiddelen-per-bestuur-{swv}-{}", k.schooljaar),
                &["bevoegd_gezag", "bestuur", "betaald"],
            );
            for (bg, n, tot) in &b.per_bestuur {
                t.rij(vec![bg.clone().into(), n.clone().into(), (*tot).into()]);
            }
            t
        };
        return download(&state.store, &g.verzoeker, &route, &t, formaat).await;
    }
    let schrijven = matches!(
        state.store.geld_bereik(&g.verzoeker)?,
        GeldBereik::Swv { swv: ref s, schrijven: true } if *s == swv
    );
    let r = &passend_domain::richtlijnen::Richtlijnen::ingebouwd().reserves;
    let (besturen, probleem, voorbeeld_van) = match &betalingen {
        Ok(b) => (
            betaling_rijen(b).1,
            b.probleem.clone(),
            b.rekenvoorbeeld
                .then(|| k.voorbeeld.map(|v| v.to_string()).unwrap_or_default()),
        ),
        Err(m) => (Vec::new(), Some(m.clone()), None),
    };
    render(&JaarverslagPage {
        layout: Layout::new(format!("Jaarverslag {swv}"), Some(&g)),
        swv: swv.to_string(),
        keuze: keuze_form(&state, route, &k).await?,
        csrf: schrijven.then(|| g.csrf.clone()),
        reserve_staven: staven(
            &jaren
                .iter()
                .flat_map(|j| {
                    [
                        (format!("{} reserve", j.jaar), j.reserve),
                        (
                            format!("{} signaleringswaarde", j.jaar),
                            j.toets.signaleringswaarde,
                        ),
                    ]
                })
                .collect::<Vec<_>>(),
        ),
        bovenmatig: jaren
            .iter()
            .filter(|j| j.toets.bovenmatig())
            .map(|j| j.jaar)
            .collect(),
        niet_aansluitend: jaren
            .windows(2)
            .filter(|w| w[1].jaar == w[0].jaar + 1)
            .filter_map(|w| {
                let verschil = passend_domain::bekostiging::reserves::aansluiting(
                    w[0].reserve,
                    w[1].baten,
                    w[1].lasten,
                    w[1].reserve,
                );
                (!verschil.is_zero())
                    .then(|| (w[1].jaar, eur(w[1].reserve - verschil), eur(w[1].reserve)))
            })
            .collect(),
        jaren: jaren
            .iter()
            .map(|j| JaarRij {
                jaar: j.jaar,
                baten: eur(j.baten),
                lasten: eur(j.lasten),
                reserve: eur(j.reserve),
                signaleringswaarde: eur(j.toets.signaleringswaarde),
                boven: eur(j.toets.boven),
                bovenmatig: j.toets.bovenmatig(),
            })
            .collect(),
        besturen,
        probleem,
        voorbeeld_van,
        fractie: pct(r.fractie),
        minimum: eur(r.minimum),
    })
}

#[derive(Debug, Deserialize)]
pub struct JaarcijfersForm {
    pub jaar: String,
    pub baten: String,
    pub lasten: String,
    pub reserve: String,
}

/// Reads an amount in euros (`1.234,56`, `1234.56`, `€ 1234`).
pub fn euro_veld(tekst: &str, veld: &str) -> Result<Decimal, WebError> {
    passend_store::bedrag(tekst)
        .map_err(|_| WebError::Ongeldig(format!("{veld}: '{tekst}' is geen bedrag in euro")))
}

pub async fn jaarcijfers_opslaan(
    State(state): State<AppState>,
    Path(code): Path<String>,
    g: Gebruiker,
    csrf::CsrfForm(f): csrf::CsrfForm<JaarcijfersForm>,
) -> Page {
    let swv = swv_code(&code)?;
    let c = NieuweJaarcijfers {
        jaar: f
            .jaar
            .trim()
            .parse()
            .map_err(|_| WebError::Ongeldig(format!("jaar: '{}' is geen jaartal", f.jaar)))?,
        baten: euro_veld(&f.baten, "baten")?,
        lasten: euro_veld(&f.lasten, "lasten")?,
        reserve: euro_veld(&f.reserve, "reserve")?,
    };
    let route = format!("/swv/{swv}/jaarverslag");
    state
        .store
        .bewaar_jaarcijfers(&g.verzoeker, &swv, &c, &route)
        .await?;
    Ok(Redirect::to(&route).into_response())
}

#[derive(Template)]
#[template(path = "geld_ontvangen.html")]
struct OntvangenPage {
    layout: Layout,
    keuze: KeuzeForm,
    melding: Option<String>,
    swvs: Vec<(String, String, Option<String>, Vec<BetalingRij>)>,
    voorbeeld_van: Option<String>,
}

/// `/geld/ontvangen`: what the caller's own board receives from each SWV (bestuur).
pub async fn ontvangen(
    State(state): State<AppState>,
    Query(q): Query<GeldQuery>,
    g: Gebruiker,
) -> Page {
    let k = q.keuze()?;
    let route = "/geld/ontvangen".to_string();
    let keuze = keuze_form(&state, route.clone(), &k).await?;
    let mut page = OntvangenPage {
        layout: Layout::new("Ondersteuningsmiddelen ontvangen", Some(&g)),
        keuze,
        melding: None,
        swvs: Vec::new(),
        voorbeeld_van: k.voorbeeld.map(|v| v.to_string()),
    };
    let lijst = match state
        .store
        .ontvangen_per_swv(&g.verzoeker, k.schooljaar, k.voorbeeld, k.naar)
        .await
    {
        Ok(l) => l,
        Err(StoreError::Ongeldig(m)) if k.formaat.is_none() => {
            page.melding = Some(m);
            return render(&page);
        }
        Err(e) => return Err(e.into()),
    };
    if let Some(formaat) = k.formaat {
        let mut t = Tabel::new(
            &format!("ontvangen-{}", k.schooljaar),
            &["samenwerkingsverband", "vestiging", "naam", "totaal"],
        );
        for o in &lijst {
            for s in &o.scholen {
                t.rij(vec![
                    o.swv.to_string().into(),
                    s.vestiging.clone().into(),
                    s.naam.clone().into(),
                    s.totaal.into(),
                ]);
            }
            t.rij(vec![
                o.swv.to_string().into(),
                Cel::Leeg,
                "totaal".into(),
                o.totaal.into(),
            ]);
        }
        return download(&state.store, &g.verzoeker, &route, &t, formaat).await;
    }
    page.swvs = lijst
        .iter()
        .map(|o| {
            let rijen = o
                .scholen
                .iter()
                .map(|s| BetalingRij {
                    vestiging: s.vestiging.clone(),
                    naam: s.naam.clone(),
                    bestuur: s.bestuur.clone(),
                    leerlingen: s.leerlingen,
                    arrangementen: eur(s.arrangementen),
                    per_leerling: eur(s.per_leerling),
                    arrangement: eur(s.arrangement),
                    totaal: eur(s.totaal),
                })
                .collect();
            (
                o.swv.to_string(),
                eur_opt(o.totaal),
                o.probleem.clone(),
                rijen,
            )
        })
        .collect();
    render(&page)
}

pub struct LandelijkRij {
    pub swv: String,
    pub naam: String,
    pub leerlingen: u64,
    pub netto: String,
    pub per_leerling: String,
    pub afdracht: String,
    pub reserve: String,
    pub bovenmatig: Option<bool>,
}

#[derive(Template)]
#[template(path = "geld_landelijk.html")]
struct LandelijkPage {
    layout: Layout,
    keuze: KeuzeForm,
    melding: Option<String>,
    voorbeeld_van: Option<String>,
    rijen: Vec<LandelijkRij>,
    totaal_netto: String,
    totaal_afdracht: String,
}

/// `/geld/landelijk`: every SWV side by side (inspectie, ministerie).
pub async fn landelijk(
    State(state): State<AppState>,
    Query(q): Query<GeldQuery>,
    g: Gebruiker,
) -> Page {
    let k = q.keuze()?;
    let route = "/geld/landelijk".to_string();
    let keuze = keuze_form(&state, route.clone(), &k).await?;
    let mut page = LandelijkPage {
        layout: Layout::new("Landelijke vergelijking ondersteuningsmiddelen", Some(&g)),
        keuze,
        melding: None,
        voorbeeld_van: None,
        rijen: Vec::new(),
        totaal_netto: String::new(),
        totaal_afdracht: String::new(),
    };
    let (berekening, regels) = match state
        .store
        .landelijke_vergelijking(&g.verzoeker, k.schooljaar, k.voorbeeld, k.naar)
        .await
    {
        Ok(x) => x,
        Err(StoreError::Ongeldig(m)) if k.formaat.is_none() => {
            page.melding = Some(m);
            return render(&page);
        }
        Err(e) => return Err(e.into()),
    };
    if let Some(formaat) = k.formaat {
        let mut t = Tabel::new(
            &format!("landelijk-{}", k.schooljaar),
            &[
                "samenwerkingsverband",
                "naam",
                "leerlingen",
                "netto",
                "per_leerling",
                "afdracht",
                "reserve",
                "boven_signaleringswaarde",
            ],
        );
        for r in &regels {
            t.rij(vec![
                r.swv.to_string().into(),
                r.naam.clone().into(),
                Cel::Getal(r.leerlingen as i64),
                r.netto.into(),
                r.per_leerling.into(),
                r.afdracht.into(),
                r.reserve.into(),
                r.signaleringswaarde_overschreden
                    .map(|b| if b { "ja" } else { "nee" })
                    .into(),
            ]);
        }
        return download(&state.store, &g.verzoeker, &route, &t, formaat).await;
    }
    page.voorbeeld_van = berekening
        .rekenvoorbeeld
        .then(|| berekening.regelset.schooljaar.to_string());
    page.totaal_netto = eur(regels.iter().map(|r| r.netto).sum());
    page.totaal_afdracht = eur(regels.iter().map(|r| r.afdracht).sum());
    page.rijen = regels
        .iter()
        .map(|r| LandelijkRij {
            swv: r.swv.to_string(),
            naam: r.naam.clone().unwrap_or_default(),
            leerlingen: r.leerlingen,
            netto: eur(r.netto),
            per_leerling: eur_opt(r.per_leerling),
            afdracht: eur(r.afdracht),
            reserve: r.reserve.map(eur).unwrap_or_default(),
            bovenmatig: r.signaleringswaarde_overschreden,
        })
        .collect();
    render(&page)
}

#[derive(Template)]
#[template(path = "geld_regelsets.html")]
struct RegelsetsPage {
    layout: Layout,
    csrf: String,
    ingebouwd: Vec<(String, String)>,
    toegevoegd: Vec<(String, String, String)>,
    problemen: Vec<String>,
    bewaard: Option<String>,
}

/// (schooljaar, regeling) of every rule set the project ships: the page's list and the API's.
pub fn meegeleverde_regelsets() -> Vec<(String, String)> {
    let ingebouwd = passend_domain::bekostiging::Regelsets::ingebouwd();
    ingebouwd
        .schooljaren()
        .iter()
        .filter_map(|sj| ingebouwd.voor(*sj).ok())
        .map(|r| (r.schooljaar.to_string(), r.regeling.clone()))
        .collect()
}

async fn regelsets_pagina(state: &AppState, g: &Gebruiker) -> Result<RegelsetsPage, WebError> {
    // A beheer page: anyone else gets "not found", as for the audit log.
    g.vereist(passend_domain::Functie::Beheer)?;
    Ok(RegelsetsPage {
        layout: Layout::new("Regelsets bekostiging", Some(g)),
        csrf: g.csrf.clone(),
        ingebouwd: meegeleverde_regelsets(),
        toegevoegd: state
            .store
            .toegevoegde_regelsets()
            .await?
            .into_iter()
            .map(|t| (t.schooljaar.to_string(), t.bestand, t.aangemaakt))
            .collect(),
        problemen: Vec::new(),
        bewaard: None,
    })
}

/// `/beheer/regelsets`: the shipped rule sets and those added (beheerder).
pub async fn regelsets(State(state): State<AppState>, g: Gebruiker) -> Page {
    render(&regelsets_pagina(&state, &g).await?)
}

pub async fn regelset_upload(
    State(state): State<AppState>,
    headers: HeaderMap,
    g: Gebruiker,
    mut form: Multipart,
) -> Page {
    let (mut token, mut bestand, mut naam) = (None, None, String::new());
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|_| WebError::Ongeldig("het formulier kon niet worden gelezen".into()))?
    {
        match field.name().unwrap_or_default() {
            "csrf" => token = field.text().await.ok(),
            "bestand" => {
                naam = field.file_name().unwrap_or_default().to_string();
                bestand = Some(field.bytes().await.map_err(|_| {
                    WebError::Ongeldig(format!(
                        "bestand: kon niet worden gelezen (groter dan {} kB?)",
                        MAX_REGELSET / 1024
                    ))
                })?);
            }
            _ => {}
        }
    }
    if !token.is_some_and(|t| csrf::matches(&headers, &t)) {
        return Err(WebError::FormulierVerlopen);
    }
    let bestand = bestand
        .filter(|b| !b.is_empty())
        .ok_or_else(|| WebError::Ongeldig("bestand: kies een regelsetbestand (JSON)".into()))?;
    let tekst = String::from_utf8(bestand.to_vec())
        .map_err(|_| WebError::Ongeldig("bestand: geen UTF-8-tekst".into()))?;
    let mut page = regelsets_pagina(&state, &g).await?;
    match state
        .store
        .bewaar_regelset(&g.verzoeker, &naam, &tekst, "/beheer/regelsets")
        .await
    {
        Ok(sj) => {
            page = regelsets_pagina(&state, &g).await?;
            page.bewaard = Some(sj.to_string());
        }
        Err(StoreError::Geweigerd(p)) => page.problemen = p,
        Err(e) => return Err(e.into()),
    }
    let mut resp = render(&page)?;
    if !page.problemen.is_empty() {
        *resp.status_mut() = axum::http::StatusCode::BAD_REQUEST;
    }
    Ok(resp)
}

//! Support for one child (OPP, arrangementen, TLVs, symbiose, the one-table arrangement) and
//! the caseload of school, SWV and deskundige. Every read and write goes through the store's
//! scoped functions; the forms shown depend on the role, the store decides.

use super::{Page, datum_of_leeg, datum_veld, leerling_id, render};
use crate::csrf::CsrfForm;
use crate::layout::Layout;
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect};
use passend_domain::arrangement::{Beslissing, Onderdeel, Partij};
use passend_domain::ondersteuning::{Domein, Niveau};
use passend_domain::opp::Uitstroom;
use passend_domain::tlv::TlvSoort;
use passend_domain::{Functie, Schooljaar, VestigingCode};
use passend_store::{
    Arrangement, Doel, IntegraalArrangement, LeerlingDossier, NieuwIntegraal, NieuweOppVersie,
    NieuweSymbiose, Opp, OppSignaal, Overleg, Symbiose, Tlv, TlvAanvraag,
};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "ondersteuning.html")]
struct SteunPage {
    layout: Layout,
    d: LeerlingDossier,
    opps: Vec<Opp>,
    arrangementen: Vec<Arrangement>,
    tlvs: Vec<Tlv>,
    symbioses: Vec<Symbiose>,
    integraal: Vec<IntegraalArrangement>,
    oso: Vec<passend_store::OsoOverzicht>,
    beperkt: Option<Vec<passend_store::BeperktGegeven>>,
    csrf: String,
    /// The forms the policy gives the user ([`Functie`]).
    mag_opp: bool,
    mag_arrangement: bool,
    mag_symbiose: bool,
    mag_tlv: bool,
    /// Asking for a TLV without an own vestiging: the form asks which one.
    vraag_vestiging: bool,
    mag_integraal: bool,
    domeinen: Vec<&'static str>,
    uitstroom: Vec<&'static str>,
    onderdelen: Vec<&'static str>,
    partijen: Vec<&'static str>,
    vandaag: String,
}

pub async fn dossier(State(state): State<AppState>, Path(id): Path<String>, g: Gebruiker) -> Page {
    let id = leerling_id(&id)?;
    let today = crate::vandaag();
    let route = "/leerlingen/{id}/ondersteuning";
    let d = state
        .store
        .dossier_voor(&g.verzoeker, id, today, route)
        .await?;
    let store = &state.store;
    let beperkt = store
        .beperkte_gegevens_voor(&g.verzoeker, id, today)
        .await?;
    render(&SteunPage {
        layout: Layout::new(format!("Ondersteuning: {}", d.leerling.naam), Some(&g)),
        opps: store.opps_van(id, today).await?,
        arrangementen: store.arrangementen_van(id).await?,
        tlvs: store.tlvs_voor(&g.verzoeker, id, today, route).await?,
        symbioses: store.symbioses_van(id).await?,
        integraal: store.integrale_arrangementen_van(id).await?,
        oso: store.oso_dossiers_van(id, beperkt.is_some()).await?,
        beperkt,
        d,
        csrf: g.csrf.clone(),
        mag_opp: g.mag(Functie::OppVastleggen),
        mag_arrangement: g.mag(Functie::ArrangementAanvragen),
        mag_symbiose: g.mag(Functie::SymbioseVastleggen),
        mag_tlv: g.mag(Functie::TlvAanvragen),
        vraag_vestiging: g.mag(Functie::TlvAanvragen)
            && g.verzoeker.kijker.eigen_vestiging().is_none(),
        mag_integraal: g.mag(Functie::IntegraalArrangementVastleggen),
        domeinen: Domein::ALL.iter().map(|d| d.as_str()).collect(),
        uitstroom: Uitstroom::ALL.iter().map(|u| u.as_str()).collect(),
        onderdelen: Onderdeel::ALL.iter().map(|o| o.as_str()).collect(),
        partijen: Partij::ALL.iter().map(|p| p.as_str()).collect(),
        vandaag: today.to_string(),
    })
}

fn terug(id: passend_store::LeerlingId) -> Page {
    Ok(Redirect::to(&format!("/leerlingen/{}/ondersteuning", id.0)).into_response())
}

fn tekst(s: &str) -> String {
    s.trim().to_string()
}

#[derive(Deserialize)]
pub struct OppForm {
    uitstroom: String,
    #[serde(default)]
    belemmerend: String,
    #[serde(default)]
    bevorderend: String,
    #[serde(default)]
    overleg_ouders: String,
    #[serde(default)]
    overleg_verslag: String,
    #[serde(default)]
    instemming_ouders: String,
    #[serde(default)]
    stem_kind: String,
    #[serde(flatten)]
    rest: std::collections::HashMap<String, String>,
}

type Behoeften = Vec<(Domein, Niveau)>;

/// Needs per domain (`niveau_<domein>`) and up to five goals (`doel_N`, `ondersteuning_N`,
/// `wie_N`, `frequentie_N`) come as numbered fields.
fn behoeften_en_doelen(
    rest: &std::collections::HashMap<String, String>,
) -> Result<(Behoeften, Vec<Doel>), WebError> {
    let mut behoeften = Vec::new();
    for d in Domein::ALL {
        let key = format!("niveau_{}", d.as_str());
        if let Some(v) = rest
            .get(&key)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty() && *v != "0")
        {
            let n: i64 = v.parse().map_err(|_| {
                WebError::Ongeldig(format!("{}: '{v}' is geen niveau 1–7", d.as_str()))
            })?;
            behoeften.push((
                d,
                Niveau::new(n).map_err(|e| WebError::Ongeldig(e.to_string()))?,
            ));
        }
    }
    let mut doelen = Vec::new();
    for n in 1..=5 {
        let veld = |k: &str| {
            rest.get(&format!("{k}_{n}"))
                .map(|v| tekst(v))
                .unwrap_or_default()
        };
        let doel = Doel {
            doel: veld("doel"),
            ondersteuning: veld("ondersteuning"),
            wie: veld("wie"),
            frequentie: veld("frequentie"),
        };
        let leeg = [&doel.doel, &doel.ondersteuning, &doel.wie, &doel.frequentie]
            .iter()
            .all(|t| t.is_empty());
        if !leeg {
            doelen.push(doel);
        }
    }
    Ok((behoeften, doelen))
}

pub async fn opp(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<OppForm>,
) -> Page {
    let id = leerling_id(&id)?;
    let (behoeften, doelen) = behoeften_en_doelen(&f.rest)?;
    let v = NieuweOppVersie {
        uitstroom: Uitstroom::parse(&f.uitstroom).map_err(|e| WebError::Ongeldig(e.to_string()))?,
        belemmerend: f.belemmerend,
        bevorderend: f.bevorderend,
        behoeften,
        doelen,
        overleg_ouders: datum_of_leeg(&f.overleg_ouders, "overleg met de ouders")?,
        overleg_verslag: f.overleg_verslag,
        instemming_ouders: datum_of_leeg(&f.instemming_ouders, "instemming van de ouders")?,
        stem_kind: f.stem_kind,
    };
    state
        .store
        .stel_opp_vast(
            &g.verzoeker,
            id,
            &v,
            crate::vandaag(),
            "/leerlingen/{id}/opp",
        )
        .await?;
    terug(id)
}

#[derive(Deserialize)]
pub struct DatumForm {
    datum: String,
}

pub async fn opp_instemming(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<DatumForm>,
) -> Page {
    let id = leerling_id(&id)?;
    let datum = datum_veld(&f.datum, "datum van instemming")?;
    state
        .store
        .opp_instemming(
            &g.verzoeker,
            id,
            datum,
            crate::vandaag(),
            "/leerlingen/{id}/opp/instemming",
        )
        .await?;
    terug(id)
}

#[derive(Deserialize)]
pub struct EvaluatieForm {
    datum: String,
    #[serde(default)]
    met_ouders: Option<String>,
    #[serde(default)]
    verslag: String,
}

pub async fn opp_evaluatie(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<EvaluatieForm>,
) -> Page {
    let id = leerling_id(&id)?;
    let e = passend_store::OppEvaluatie {
        datum: datum_veld(&f.datum, "datum van de evaluatie")?,
        met_ouders: f.met_ouders.is_some(),
        verslag: f.verslag,
    };
    state
        .store
        .evalueer_opp(
            &g.verzoeker,
            id,
            &e,
            crate::vandaag(),
            "/leerlingen/{id}/opp/evaluatie",
        )
        .await?;
    terug(id)
}

#[derive(Deserialize)]
pub struct VraagForm {
    #[serde(default)]
    vraag: String,
}

pub async fn arrangement_aanvragen(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<VraagForm>,
) -> Page {
    let id = leerling_id(&id)?;
    state
        .store
        .vraag_arrangement_aan(
            &g.verzoeker,
            id,
            &f.vraag,
            crate::vandaag(),
            "/leerlingen/{id}/arrangementen",
        )
        .await?;
    terug(id)
}

#[derive(Deserialize)]
pub struct TlvForm {
    soort: String,
    #[serde(default)]
    aanvragende_vestiging: String,
    #[serde(default)]
    ontvangende_vestiging: String,
    #[serde(default)]
    toelichting: String,
    /// Sent from a registration's page: back there afterwards (the registration gives no
    /// access to the TLV's own page).
    #[serde(default)]
    aanmelding: String,
}

pub async fn tlv_aanvragen(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<TlvForm>,
) -> Page {
    let id = leerling_id(&id)?;
    let vestiging =
        |s: &str| VestigingCode::parse(s.trim()).map_err(|e| WebError::Ongeldig(e.to_string()));
    let aanvrager = match g.verzoeker.kijker.eigen_vestiging() {
        Some(eigen) if f.aanvragende_vestiging.trim().is_empty() => eigen.to_string(),
        _ => f.aanvragende_vestiging.clone(),
    };
    let a = TlvAanvraag {
        soort: TlvSoort::parse(&f.soort).map_err(|e| WebError::Ongeldig(e.to_string()))?,
        aanvragende_vestiging: vestiging(&aanvrager)?,
        ontvangende_vestiging: Some(f.ontvangende_vestiging.trim())
            .filter(|s| !s.is_empty())
            .map(vestiging)
            .transpose()?,
        toelichting: f.toelichting,
    };
    let tlv = state
        .store
        .vraag_tlv_aan(
            &g.verzoeker,
            id,
            &a,
            crate::vandaag(),
            "/leerlingen/{id}/tlv",
        )
        .await?;
    match f.aanmelding.trim().parse::<i64>() {
        Ok(a) => Ok(Redirect::to(&format!("/aanmeldingen/{a}")).into_response()),
        Err(_) => Ok(Redirect::to(&format!("/tlv/{tlv}")).into_response()),
    }
}

#[derive(Deserialize)]
pub struct SymbioseForm {
    regulier_vestiging: String,
    van: String,
    tot: String,
    #[serde(default)]
    vakken: String,
    rooster_minuten: String,
    #[serde(default)]
    begeleiding: String,
    #[serde(default)]
    vergoeding_materiaal: String,
    #[serde(default)]
    vergoeding_lokalen: String,
    #[serde(default)]
    uitleg: String,
}

/// "rekenen 120; taal 90" → [(rekenen, 120), (taal, 90)].
fn vakken(s: &str) -> Result<Vec<(String, u32)>, WebError> {
    s.split([';', '\n'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| {
            let (vak, min) = t.rsplit_once(' ').ok_or_else(|| {
                WebError::Ongeldig(format!(
                    "vak '{t}': schrijf het vak en de minuten per week, zoals 'rekenen 120'"
                ))
            })?;
            let m = min.trim().parse::<u32>().map_err(|_| {
                WebError::Ongeldig(format!("vak '{t}': '{min}' is geen aantal minuten"))
            })?;
            Ok((vak.trim().to_string(), m))
        })
        .collect()
}

pub async fn symbiose(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<SymbioseForm>,
) -> Page {
    let id = leerling_id(&id)?;
    let jaar = |s: &str| Schooljaar::parse(s).map_err(|e| WebError::Ongeldig(e.to_string()));
    let n = NieuweSymbiose {
        regulier_vestiging: f.regulier_vestiging,
        van: jaar(&f.van)?,
        tot: jaar(&f.tot)?,
        vakken: vakken(&f.vakken)?,
        rooster_minuten: f.rooster_minuten.trim().parse().map_err(|_| {
            WebError::Ongeldig(format!(
                "weekrooster: '{}' is geen aantal minuten",
                f.rooster_minuten
            ))
        })?,
        begeleiding: f.begeleiding,
        vergoeding_materiaal: f.vergoeding_materiaal,
        vergoeding_lokalen: f.vergoeding_lokalen,
        uitleg: f.uitleg,
    };
    state
        .store
        .leg_symbiose_vast(
            &g.verzoeker,
            id,
            &n,
            crate::vandaag(),
            "/leerlingen/{id}/symbiose",
        )
        .await?;
    terug(id)
}

#[derive(Deserialize)]
pub struct IntegraalForm {
    datum: String,
    #[serde(default)]
    verslag: String,
    #[serde(flatten)]
    rest: std::collections::HashMap<String, String>,
}

pub async fn integraal(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<IntegraalForm>,
) -> Page {
    let id = leerling_id(&id)?;
    let deelnemers = Partij::ALL
        .into_iter()
        .filter(|p| f.rest.contains_key(&format!("partij_{}", p.as_str())))
        .collect();
    let mut afspraken = Vec::new();
    for o in Onderdeel::ALL {
        let veld = |k: &str| {
            f.rest
                .get(&format!("{k}_{}", o.as_str()))
                .map(|v| tekst(v))
                .unwrap_or_default()
        };
        let afspraak = veld("afspraak");
        if afspraak.is_empty() {
            continue;
        }
        afspraken.push((
            o,
            afspraak,
            veld("eigenaar"),
            datum_of_leeg(&veld("datum"), o.as_str())?,
        ));
    }
    let n = NieuwIntegraal {
        datum: datum_veld(&f.datum, "datum van het overleg")?,
        deelnemers,
        verslag: f.verslag,
        afspraken,
    };
    state
        .store
        .leg_integraal_vast(
            &g.verzoeker,
            id,
            &n,
            crate::vandaag(),
            "/leerlingen/{id}/integraal",
        )
        .await?;
    terug(id)
}

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
    let formaat = crate::export::Formaat::van(q.formaat.as_deref())?;
    let lijst = super::caseload_export::Lijst::van(q.lijst.as_deref())?;
    let today = crate::vandaag();
    let route = "/ondersteuning";
    let store = &state.store;
    let arrangementen = if g.mag(Functie::ArrangementToekennen) {
        store.arrangementen_van_swv(&g.verzoeker, route).await?
    } else {
        Vec::new()
    };
    let tlvs = if g.mag(Functie::TlvBeslissen) {
        store.tlvs_van_swv(&g.verzoeker, today, route).await?
    } else {
        Vec::new()
    };
    let opdrachten = if g.mag(Functie::AdviesOpdrachten) {
        store
            .opdrachten_van_deskundige(&g.verzoeker, today, route)
            .await?
    } else {
        Vec::new()
    };
    let signalen = store.opp_signalen(&g.verzoeker, today, route).await?;
    if let Some(formaat) = formaat {
        use super::caseload_export as x;
        let tabel = match lijst {
            x::Lijst::Signalen => x::signalen(&signalen),
            x::Lijst::Arrangementen => x::arrangementen(&arrangementen),
            x::Lijst::Tlvs => x::tlvs("toelaatbaarheidsverklaringen", &tlvs),
            x::Lijst::Adviesvragen => x::tlvs("adviesvragen", &opdrachten),
        };
        return crate::export::download(store, &g.verzoeker, route, &tabel, formaat).await;
    }
    render(&CaseloadPage {
        layout: Layout::new("Ondersteuning: wat er te doen is", Some(&g)),
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

#[derive(Deserialize)]
pub struct OverlegForm {
    datum: String,
    #[serde(default)]
    ouders_aanwezig: Option<String>,
    #[serde(default)]
    stem_kind: String,
    #[serde(default)]
    verslag: String,
    #[serde(flatten)]
    rest: std::collections::HashMap<String, String>,
}

fn arrangement_id(id: &str) -> Result<i64, WebError> {
    id.parse().map_err(|_| WebError::NietGevonden)
}

pub async fn overleg(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<OverlegForm>,
) -> Page {
    let id = arrangement_id(&id)?;
    let o = Overleg {
        datum: datum_veld(&f.datum, "datum van het overleg")?,
        deelnemers: Partij::ALL
            .into_iter()
            .filter(|p| f.rest.contains_key(&format!("partij_{}", p.as_str())))
            .collect(),
        ouders_aanwezig: f.ouders_aanwezig.is_some(),
        stem_kind: f.stem_kind,
        verslag: f.verslag,
    };
    state
        .store
        .leg_overleg_vast(
            &g.verzoeker,
            id,
            &o,
            crate::vandaag(),
            "/arrangementen/{id}/overleg",
        )
        .await?;
    Ok(Redirect::to("/ondersteuning").into_response())
}

#[derive(Deserialize)]
pub struct BesluitForm {
    besluit: String,
    #[serde(default)]
    inhoud: String,
    #[serde(default)]
    van: String,
    #[serde(default)]
    tot: String,
    #[serde(default)]
    kosten: String,
    #[serde(default)]
    reden: String,
}

pub async fn besluit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<BesluitForm>,
) -> Page {
    let id = arrangement_id(&id)?;
    let b = match f.besluit.as_str() {
        "toegekend" => Beslissing::Toegekend {
            inhoud: f.inhoud,
            van: datum_veld(&f.van, "begindatum")?,
            tot: datum_veld(&f.tot, "einddatum")?,
            kosten: passend_store::bedrag(&f.kosten)?,
        },
        "afgewezen" => Beslissing::Afgewezen { reden: f.reden },
        other => {
            return Err(WebError::Ongeldig(format!(
                "'{other}' is geen besluit: toegekend of afgewezen"
            )));
        }
    };
    state
        .store
        .beslis_arrangement(
            &g.verzoeker,
            id,
            &b,
            crate::vandaag(),
            "/arrangementen/{id}/besluit",
        )
        .await?;
    Ok(Redirect::to("/ondersteuning").into_response())
}

#[derive(Deserialize)]
pub struct ArrangementEvaluatieForm {
    datum: String,
    #[serde(default)]
    evaluatie: String,
}

pub async fn arrangement_evaluatie(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<ArrangementEvaluatieForm>,
) -> Page {
    let id = arrangement_id(&id)?;
    let datum = datum_veld(&f.datum, "datum van de evaluatie")?;
    state
        .store
        .evalueer_arrangement(
            &g.verzoeker,
            id,
            datum,
            &f.evaluatie,
            crate::vandaag(),
            "/arrangementen/{id}/evaluatie",
        )
        .await?;
    Ok(Redirect::to("/ondersteuning").into_response())
}

/// An attachment from an OSO dossier, for those who may see the pupil's dossier. Served as a
/// download so a browser never renders it in the application's origin.
pub async fn bijlage(State(state): State<AppState>, Path(id): Path<String>, g: Gebruiker) -> Page {
    let id: i64 = id.parse().map_err(|_| WebError::NietGevonden)?;
    let (naam, mime, bytes) = state
        .store
        .bijlage_voor(&g.verzoeker, id, crate::vandaag(), "/bijlagen/{id}")
        .await?;
    Ok(crate::download::bijlage(&naam, mime, bytes))
}

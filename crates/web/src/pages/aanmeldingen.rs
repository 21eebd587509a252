//! Aanmeldingen in the web application: the school registers a written aanmelding and
//! decides on it within the law's clocks; its bestuur and SWV follow the registrations and
//! the signals (decisions overdue, temporary placements due, withdrawals after a support
//! need was noted).

use super::{Page, render};
use crate::csrf::CsrfForm;
use crate::export::{self, Cel, FormaatQuery, Tabel};
use crate::format::datum;
use crate::layout::Layout;
use crate::session::Gebruiker;
use crate::{AppState, WebError, vandaag};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect};
use jiff::civil::Date;
use passend_domain::zorgplicht::{Besluit, Uitzondering, Verlenging};
use passend_domain::{
    Bsn, Functie, Handeling, Leerling, Naam, Onderwijsnummer, Postcode, VestigingCode,
};
use passend_store::{Aanmelding, NieuweAanmelding};
use serde::Deserialize;

pub struct Regel {
    a: Aanmelding,
    ontvangen: String,
    uiterlijk: String,
    dagen_over: i64,
    plaatsing: String,
    status: String,
    te_laat: bool,
    plaatsing_nu: bool,
}

fn regel(a: Aanmelding, today: Date) -> Regel {
    let dagen_over = today
        .until(a.termijnen.beslissen_uiterlijk)
        .map(|s| i64::from(s.get_days()))
        .unwrap_or(0);
    let status = match (&a.besluit, a.ingetrokken_op) {
        (Some(b), _) => format!("besloten: {b}"),
        (None, Some(d)) => format!("ingetrokken op {}", datum(d)),
        (None, None) => "open".into(),
    };
    Regel {
        ontvangen: datum(a.ontvangen),
        uiterlijk: datum(a.termijnen.beslissen_uiterlijk),
        plaatsing: a
            .termijnen
            .tijdelijke_plaatsing_vanaf
            .map(datum)
            .unwrap_or_else(|| "niet van toepassing (elders ingeschreven)".into()),
        te_laat: a.te_laat(today),
        plaatsing_nu: a.plaatsing_verplicht(today),
        dagen_over,
        status,
        a,
    }
}

#[derive(Template)]
#[template(path = "aanmeldingen.html")]
struct ListPage {
    layout: Layout,
    regels: Vec<Regel>,
    school: Option<String>,
    csrf: String,
    te_laat: usize,
    plaatsing: usize,
    ingetrokken_na_behoefte: usize,
}

pub async fn list(
    State(state): State<AppState>,
    g: Gebruiker,
    Query(q): Query<FormaatQuery>,
) -> Page {
    let formaat = q.formaat()?;
    let today = vandaag();
    let regels: Vec<Regel> = state
        .store
        .aanmeldingen_voor(&g.verzoeker, "/aanmeldingen")
        .await?
        .into_iter()
        .map(|a| regel(a, today))
        .collect();
    if let Some(formaat) = formaat {
        let tabel = aanmeldingen_tabel(&regels);
        return export::download(&state.store, &g.verzoeker, "/aanmeldingen", &tabel, formaat)
            .await;
    }
    let ingetrokken_na_behoefte = regels.iter().filter(|r| r.a.mogelijk_ontweken()).count();
    render(&ListPage {
        layout: Layout::new("Aanmeldingen", Some(&g)),
        te_laat: regels.iter().filter(|r| r.te_laat).count(),
        plaatsing: regels.iter().filter(|r| r.plaatsing_nu).count(),
        ingetrokken_na_behoefte,
        regels,
        school: g.scope_voor(Functie::Aanmelden).map(String::from),
        csrf: g.csrf.clone(),
    })
}

/// The registrations as a download, with their clocks as the page shows them.
fn aanmeldingen_tabel(regels: &[Regel]) -> Tabel {
    let mut t = Tabel::new(
        "aanmeldingen",
        &[
            "aanmelding",
            "leerling_id",
            "naam",
            "vestiging",
            "ontvangen",
            "gewenste_start",
            "extra_ondersteuning",
            "beslissen_uiterlijk",
            "tijdelijke_plaatsing_vanaf",
            "zorgplicht_hier",
            "status",
            "besluit_datum",
            "te_laat",
        ],
    );
    for r in regels {
        let a = &r.a;
        t.rij(vec![
            Cel::Getal(a.id),
            Cel::Getal(a.leerling_id.0),
            a.naam.clone().into(),
            format!("{} {}", a.vestiging_code, a.vestiging_naam).into(),
            a.ontvangen.into(),
            a.gewenste_start.into(),
            if a.extra_ondersteuning { "ja" } else { "nee" }.into(),
            a.termijnen.beslissen_uiterlijk.into(),
            a.termijnen.tijdelijke_plaatsing_vanaf.into(),
            if a.zorgplicht_hier { "ja" } else { "nee" }.into(),
            r.status.clone().into(),
            a.besluit_datum.into(),
            if r.te_laat { "ja" } else { "nee" }.into(),
        ]);
    }
    t
}

fn datum_veld(text: &str, what: &str) -> Result<Option<Date>, WebError> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    t.parse()
        .map(Some)
        .map_err(|_| WebError::Ongeldig(format!("{what}: '{t}' is geen datum (JJJJ-MM-DD)")))
}

#[derive(Deserialize)]
pub struct Nieuw {
    voornaam: String,
    #[serde(default)]
    tussenvoegsel: String,
    achternaam: String,
    geboortedatum: String,
    postcode: String,
    persoonsnummer: String,
    ontvangen: String,
    #[serde(default)]
    gewenste_start: String,
    #[serde(default)]
    eerste_voorkeur: Option<String>,
    #[serde(default)]
    andere_scholen: String,
    #[serde(default)]
    extra_ondersteuning: Option<String>,
    #[serde(default)]
    beoordeling: String,
}

pub async fn registreer(
    State(state): State<AppState>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Nieuw>,
) -> Page {
    let today = vandaag();
    let school = g.verzoeker.kijker.scope.clone().unwrap_or_default();
    let vestiging = VestigingCode::parse(&school).map_err(|_| WebError::NietGevonden)?;
    let fout = |e: &dyn std::fmt::Display| WebError::Ongeldig(e.to_string());
    let naam =
        Naam::new(&f.voornaam, Some(&f.tussenvoegsel), &f.achternaam).map_err(|e| fout(&e))?;
    let geboren = datum_veld(&f.geboortedatum, "geboortedatum")?
        .ok_or_else(|| WebError::Ongeldig("vul de geboortedatum in".into()))?;
    let postcode = Postcode::parse(&f.postcode).map_err(|e| fout(&e))?;
    let (bsn, onderwijsnummer) = match Bsn::parse(&f.persoonsnummer) {
        Ok(b) => (Some(b), None),
        Err(e) => (
            None,
            Some(Onderwijsnummer::parse(&f.persoonsnummer).map_err(|_| fout(&e))?),
        ),
    };
    let leerling = Leerling::new(naam, geboren, postcode, bsn, onderwijsnummer, today)
        .map_err(|e| fout(&e))?;
    let n = NieuweAanmelding {
        leerling,
        vestiging,
        ontvangen: datum_veld(&f.ontvangen, "datum van ontvangst")?
            .ok_or_else(|| WebError::Ongeldig("vul de datum van ontvangst in".into()))?,
        gewenste_start: datum_veld(&f.gewenste_start, "gewenste startdatum")?,
        eerste_voorkeur: f.eerste_voorkeur.is_some(),
        andere_scholen: f.andere_scholen,
        extra_ondersteuning: f.extra_ondersteuning.is_some(),
        beoordeling: Some(f.beoordeling),
    };
    let id = state
        .store
        .registreer_aanmelding(&g.verzoeker, &n, today, "/aanmeldingen")
        .await?;
    Ok(Redirect::to(&format!("/aanmeldingen/{id}")).into_response())
}

#[derive(Template)]
#[template(path = "aanmelding.html")]
struct DetailPage {
    layout: Layout,
    r: Regel,
    eigen: bool,
    csrf: String,
    /// The child's TLV requests and decisions: the TLV route of a registration leads there.
    tlvs: Vec<passend_store::Tlv>,
    tlv_route: bool,
    /// The policy lets this user read the child's dossier (not through the registration).
    dossier: bool,
    /// The policy lets this user ask for a TLV for the child from this school.
    tlv_aanvragen: bool,
}

fn nummer(id: &str) -> Result<i64, WebError> {
    id.parse().map_err(|_| WebError::NietGevonden)
}

pub async fn detail(State(state): State<AppState>, Path(id): Path<String>, g: Gebruiker) -> Page {
    let today = vandaag();
    let a = state
        .store
        .aanmelding_voor(&g.verzoeker, nummer(&id)?, today, "/aanmeldingen/{id}")
        .await?;
    let school = state.store.school_context(&a.vestiging_code).await?;
    let vragen = [
        Handeling::AanmeldingBehandelen(school.clone()),
        Handeling::DossierLezen,
        Handeling::TlvAanvragen(school),
    ];
    let antwoorden = state
        .store
        .mag_elk(&g.verzoeker, &vragen, a.leerling_id, today)
        .await?;
    let (eigen, dossier, tlv_aanvragen) = (a.open() && antwoorden[0], antwoorden[1], antwoorden[2]);
    let tlvs = state
        .store
        .tlvs_van_aanmelding(&g.verzoeker, a.id, today, "/aanmeldingen/{id}")
        .await?;
    render(&DetailPage {
        layout: Layout::new(format!("Aanmelding {}", a.naam), Some(&g)),
        tlv_route: a.besluit.as_deref() == Some("tlv-route"),
        r: regel(a, today),
        eigen,
        csrf: g.csrf.clone(),
        tlvs,
        dossier,
        tlv_aanvragen,
    })
}

fn terug(id: i64) -> Page {
    Ok(Redirect::to(&format!("/aanmeldingen/{id}")).into_response())
}

#[derive(Deserialize)]
pub struct Verlengen {
    weken: String,
    kennisgeving: String,
}

pub async fn verlengen(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Verlengen>,
) -> Page {
    let id = nummer(&id)?;
    let weken = f
        .weken
        .trim()
        .parse::<i64>()
        .map_err(|_| WebError::Ongeldig(format!("'{}' is geen aantal weken", f.weken)))?;
    let kennisgeving = datum_veld(&f.kennisgeving, "datum kennisgeving")?.ok_or_else(|| {
        WebError::Ongeldig("vul de datum in waarop de ouders zijn geïnformeerd".into())
    })?;
    state
        .store
        .verleng_aanmelding(
            &g.verzoeker,
            id,
            Verlenging {
                weken,
                kennisgeving,
            },
            vandaag(),
            "/aanmeldingen/{id}/verlengen",
        )
        .await?;
    terug(id)
}

#[derive(Deserialize)]
pub struct BesluitForm {
    soort: String,
    #[serde(default)]
    andere_school: String,
    #[serde(default)]
    bereid_op: String,
    #[serde(default)]
    reden: String,
    #[serde(default)]
    stem_kind: String,
}

pub async fn besluit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<BesluitForm>,
) -> Page {
    let id = nummer(&id)?;
    let uitzondering = |soort| Besluit::Uitzondering {
        soort,
        reden: f.reden.clone(),
    };
    let besluit = match f.soort.as_str() {
        "toegelaten" => Besluit::Toegelaten {
            extra_ondersteuning: false,
        },
        "toegelaten-extra" => Besluit::Toegelaten {
            extra_ondersteuning: true,
        },
        "elders" => Besluit::ElderToegelaten {
            andere_school: f.andere_school.trim().to_string(),
            bereid_op: datum_veld(&f.bereid_op, "datum bereidverklaring")?,
        },
        "tlv" => Besluit::TlvRoute,
        "niet-behandeld" => Besluit::NietBehandeld,
        "geen-plaatsruimte" => uitzondering(Uitzondering::GeenPlaatsruimte),
        "grondslag" => uitzondering(Uitzondering::Grondslag),
        "toelatingsvoorwaarden" => uitzondering(Uitzondering::Toelatingsvoorwaarden),
        other => return Err(WebError::Ongeldig(format!("'{other}' is geen besluit"))),
    };
    state
        .store
        .beslis_aanmelding(
            &g.verzoeker,
            id,
            &besluit,
            &f.stem_kind,
            vandaag(),
            "/aanmeldingen/{id}/besluit",
        )
        .await?;
    terug(id)
}

#[derive(Deserialize)]
pub struct Intrekken {
    datum: String,
}

pub async fn intrekken(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Intrekken>,
) -> Page {
    let id = nummer(&id)?;
    let op = datum_veld(&f.datum, "datum")?
        .ok_or_else(|| WebError::Ongeldig("vul de datum van intrekken in".into()))?;
    state
        .store
        .trek_aanmelding_in(
            &g.verzoeker,
            id,
            op,
            vandaag(),
            "/aanmeldingen/{id}/intrekken",
        )
        .await?;
    terug(id)
}

#[derive(Deserialize)]
pub struct Opschorten {
    van: String,
    #[serde(default)]
    tot: String,
}

/// VO: the request to complete an incomplete registration suspends the clock.
pub async fn opschorten(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Opschorten>,
) -> Page {
    let id = nummer(&id)?;
    let van = datum_veld(&f.van, "verzoek om aanvulling")?
        .ok_or_else(|| WebError::Ongeldig("vul de datum van het verzoek in".into()))?;
    let tot = datum_veld(&f.tot, "aangevuld op")?;
    state
        .store
        .schort_op(
            &g.verzoeker,
            id,
            van,
            tot,
            vandaag(),
            "/aanmeldingen/{id}/opschorten",
        )
        .await?;
    terug(id)
}

#[derive(Template)]
#[template(path = "signalen.html")]
struct SignalenPage {
    layout: Layout,
    rijen: Vec<(String, [String; 4])>,
}

/// Counts below this are shown as "<10": the page leaves the SWV's scope.
pub(crate) const KLEINE_CEL: u32 = 10;

/// The zorgplicht signals per SWV, for the inspectie and the ministerie; no single child.
pub async fn signalen(
    State(state): State<AppState>,
    g: Gebruiker,
    Query(q): Query<FormaatQuery>,
) -> Page {
    g.vereist(Functie::ZorgplichtSignalen)?;
    let formaat = q.formaat()?;
    let toon = |n: u32| {
        if n == 0 {
            "0".to_string()
        } else if n < KLEINE_CEL {
            "<10".to_string()
        } else {
            n.to_string()
        }
    };
    let rijen = state
        .store
        .aanmeldsignalen(&g.verzoeker, vandaag())
        .await?
        .into_iter()
        .map(|(swv, t)| (swv, t.map(toon)))
        .collect::<Vec<_>>();
    if let Some(formaat) = formaat {
        // The page's cells as text: "<10" stays "<10" in the file too.
        let mut t = Tabel::new(
            "signalen-zorgplicht",
            &[
                "swv",
                "open_aanmeldingen",
                "besluit_te_laat",
                "tijdelijke_plaatsing_verplicht",
                "ingetrokken_na_ondersteuningsbehoefte",
            ],
        );
        for (swv, cellen) in &rijen {
            let mut rij: Vec<Cel> = vec![swv.clone().into()];
            rij.extend(cellen.iter().map(|c| Cel::from(c.clone())));
            t.rij(rij);
        }
        return export::download(&state.store, &g.verzoeker, "/signalen", &t, formaat).await;
    }
    render(&SignalenPage {
        layout: Layout::new("Signalen zorgplicht", Some(&g)),
        rijen,
    })
}

/// Upload limit for a registrations export: a school registers hundreds a year, not more.
pub const MAX_IMPORT: usize = 2 * 1024 * 1024;

/// A school imports registrations from its administration system (CSV): all or nothing.
pub async fn importeer(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    g: Gebruiker,
    mut form: axum::extract::Multipart,
) -> Page {
    let (mut token, mut bestand) = (None, None);
    while let Some(field) = form.next_field().await.map_err(|_| {
        WebError::Ongeldig("het formulier kon niet worden gelezen (groter dan 2 MB?)".into())
    })? {
        match field.name().unwrap_or_default() {
            "csrf" => token = field.text().await.ok(),
            "bestand" => {
                bestand = Some(field.bytes().await.map_err(|_| {
                    WebError::Ongeldig(
                        "het bestand kon niet worden gelezen (groter dan 2 MB?)".into(),
                    )
                })?)
            }
            _ => {}
        }
    }
    if !token.is_some_and(|t| crate::csrf::matches(&headers, &t)) {
        return Err(WebError::FormulierVerlopen);
    }
    let Some(scope) = g.scope_voor(Functie::Aanmelden) else {
        return Err(WebError::NietGevonden);
    };
    let vestiging =
        passend_domain::VestigingCode::parse(scope).map_err(|_| WebError::NietGevonden)?;
    let bestand = bestand
        .filter(|b| !b.is_empty())
        .ok_or_else(|| WebError::Ongeldig("kies een CSV-bestand".into()))?;
    let today = vandaag();
    let regels = crate::invoer::aanmeldingen_csv(&bestand, &vestiging, today)
        .map_err(|p| WebError::Ongeldig(p.join("; ")))?;
    state
        .store
        .importeer_aanmeldingen(&g.verzoeker, &regels, today, "/aanmeldingen/import")
        .await?;
    Ok(Redirect::to("/aanmeldingen").into_response())
}

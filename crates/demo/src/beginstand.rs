//! Loads the planned region as one beginstand: besturen, schools, vestigingen, the SWVs'
//! deskundigen, the pupils with their enrolments, and one or two ouders per family.

use crate::names::OUDER_VOORNAMEN;
use crate::plan::{BESTUREN, Plan};
use crate::regio::{DemoOuder, Regio};
use passend_domain::tlv::Discipline;
use passend_domain::{Brin, Bsn, Inschrijving, Leerling, Naam, Postcode, SwvCode, VestigingCode};
use passend_store::overname::{self, Beginstand};
use passend_store::{Store, StoreError};

/// The SWVs' registers of deskundigen; the first is the demo deskundige account.
pub(crate) const DESKUNDIGEN: &[(&str, Discipline, &str)] = &[
    ("drs. A. Jansen", Discipline::Orthopedagoog, "PO2605"),
    ("M. de Wit", Discipline::Psycholoog, "PO2605"),
    ("dr. P. Smit", Discipline::Arts, "PO2605"),
    ("L. Bos", Discipline::MaatschappelijkWerker, "PO2605"),
    ("K. Visser", Discipline::Orthopedagoog, "VO2605"),
    ("R. Mulder", Discipline::Kinderpsychiater, "VO2605"),
];

fn naam(voornaam: &str, tussenvoegsel: &str, achternaam: &str) -> Naam {
    Naam {
        voornaam: voornaam.to_string(),
        tussenvoegsel: (!tussenvoegsel.is_empty()).then(|| tussenvoegsel.to_string()),
        achternaam: achternaam.to_string(),
    }
}

/// The ouders per family, deterministic from the family number; children of one family
/// are consecutive in the plan.
fn ouders(plan: &Plan) -> Vec<overname::Ouder> {
    let mut uit = Vec::new();
    let mut start = 0;
    for family in plan.leerlingen.chunk_by(|a, b| a.gezin == b.gezin) {
        let first = &family[0];
        let gezin = first.gezin;
        let two = gezin % 7 != 0;
        for k in 0..(1 + usize::from(two)) {
            let voornaam = OUDER_VOORNAMEN[(gezin * 3 + k * 11) % OUDER_VOORNAMEN.len()];
            uit.push(overname::Ouder {
                naam: naam(voornaam, first.tussenvoegsel, first.achternaam),
                email: format!("ouder{gezin}-{k}@example.org"),
                kinderen: (start..start + family.len()).collect(),
            });
        }
        start += family.len();
    }
    uit
}

fn beginstand(plan: &Plan) -> Result<Beginstand, StoreError> {
    let mut b = Beginstand {
        besturen: BESTUREN
            .iter()
            .map(|(nummer, naam, _)| overname::Bestuur {
                bevoegd_gezag: nummer.to_string(),
                naam: naam.to_string(),
            })
            .collect(),
        ouders: ouders(plan),
        ..Beginstand::default()
    };
    for v in &plan.vestigingen {
        b.scholen.push(overname::School {
            brin: Brin::parse(&v.brin)?,
            naam: v.naam.clone(),
            bestuur: BESTUREN[v.bestuur].0.to_string(),
        });
        b.vestigingen.push(overname::Vestiging {
            code: VestigingCode::parse(&v.code)?,
            naam: v.naam.clone(),
            schoolsoort: v.soort,
            postcode: Postcode::parse(&format!(
                "{} {}",
                v.pc4,
                ["AA", "BK", "CL", "DM", "EN"][v.code.len() % 5]
            ))?,
            plaats: v.gemeente.clone(),
            swv: v.swv.clone(),
        });
    }
    for (naam, discipline, swv) in DESKUNDIGEN {
        b.deskundigen.push(overname::Deskundige {
            naam: naam.to_string(),
            discipline: *discipline,
            swv: SwvCode::parse(swv)?,
        });
    }
    for p in &plan.leerlingen {
        let mut inschrijvingen = Vec::with_capacity(p.inschrijvingen.len());
        for &(v, van, tot) in &p.inschrijvingen {
            inschrijvingen.push(Inschrijving {
                vestiging: b.vestigingen[v].code.clone(),
                van,
                tot,
            });
        }
        b.leerlingen.push(overname::Leerling {
            persoon: Leerling {
                naam: naam(p.voornaam, p.tussenvoegsel, p.achternaam),
                geboortedatum: p.geboortedatum,
                postcode: Postcode::parse(&p.postcode)?,
                bsn: Some(Bsn::parse(&p.bsn)?),
                onderwijsnummer: None,
            },
            ondersteuningsbehoefte: p.behoefte,
            inschrijvingen,
        });
    }
    Ok(b)
}

/// Loads the plan into an empty database; the region as stored, with its ids.
pub(crate) async fn laad(store: &Store, mut plan: Plan) -> Result<Regio, StoreError> {
    let b = beginstand(&plan)?;
    let geladen = store.laad_beginstand(&b).await?;
    for (p, id) in plan.leerlingen.iter_mut().zip(geladen.leerlingen) {
        p.id = id;
    }
    let ouders = b
        .ouders
        .into_iter()
        .zip(geladen.ouders)
        .map(|(o, id)| DemoOuder {
            id,
            kinderen: o.kinderen,
        })
        .collect();
    Ok(Regio {
        vestigingen: plan.vestigingen,
        leerlingen: plan.leerlingen,
        ouders,
        besturen: geladen.besturen,
        deskundigen: geladen.deskundigen,
        accounts: Default::default(),
        zaken: Vec::new(),
        aanmeldingen: Vec::new(),
        swv_zaken: Default::default(),
        toegekend: Default::default(),
    })
}

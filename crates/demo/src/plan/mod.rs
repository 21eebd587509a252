//! The region planned in memory before anything is stored: besturen, vestigingen spread
//! over the five gemeenten, and pupils in families, drawn from one seed.

mod leerlingen;
mod vestigingen;

pub(crate) use leerlingen::DemoPupil;
pub(crate) use vestigingen::DemoVestiging;

use passend_domain::{RegioIndeling, Sector, SwvCode};
use passend_store::StoreError;
use std::collections::HashMap;

const SEED: u64 = 2605;

/// One bestuur: (bevoegd gezag, naam, sector of its schools).
pub(crate) const BESTUREN: &[(&str, &str, Sector)] = &[
    (
        "90001",
        "Stichting Openbaar Primair Onderwijs Lek en IJssel",
        Sector::Po,
    ),
    (
        "90002",
        "Stichting Katholiek Onderwijs Nieuwegein-Vianen",
        Sector::Po,
    ),
    (
        "90003",
        "Vereniging Christelijk Basisonderwijs Houten",
        Sector::Po,
    ),
    (
        "90004",
        "Stichting Primair Onderwijs IJsselstein-Lopik",
        Sector::Po,
    ),
    (
        "90005",
        "Stichting Speciaal Onderwijs De Lekstroom",
        Sector::Po,
    ),
    (
        "90006",
        "Stichting Voortgezet Onderwijs Lek en IJssel",
        Sector::Vo,
    ),
    (
        "90007",
        "Stichting Christelijk Voortgezet Onderwijs Houten-Vianen",
        Sector::Vo,
    ),
];

/// (gemeente as in the regio-indeling, weight for the number of schools and pupils).
const GEMEENTEN: &[(&str, u32)] = &[
    ("Nieuwegein", 35),
    ("Houten", 28),
    ("IJsselstein", 20),
    ("Vianen", 10),
    ("Lopik", 7),
];

pub(crate) struct Plan {
    pub vestigingen: Vec<DemoVestiging>,
    pub leerlingen: Vec<DemoPupil>,
}

impl Plan {
    pub fn maak() -> Result<Plan, StoreError> {
        let mut rng = fastrand::Rng::with_seed(SEED);
        let regio = RegioIndeling::officieel();
        let po = SwvCode::parse(crate::DEMO_PO_SWV)?;
        let pc4s_by_gemeente: HashMap<&str, Vec<u16>> = GEMEENTEN
            .iter()
            .map(|(g, _)| {
                let list = regio
                    .rows()
                    .filter(|r| r.po_swv.as_ref() == Some(&po) && r.gemeente_2015 == *g)
                    .map(|r| r.pc4.value())
                    .collect();
                (*g, list)
            })
            .collect();
        // Neighbouring postcodes outside the region, for pupils who come from elsewhere.
        let outside: Vec<u16> = regio
            .rows()
            .filter(|r| {
                matches!(
                    r.gemeente_2015.as_str(),
                    "Utrecht" | "Culemborg" | "Zederik"
                )
            })
            .map(|r| r.pc4.value())
            .collect();
        let vestigingen = vestigingen::plan(&mut rng, &pc4s_by_gemeente)?;
        debug_assert!(
            vestigingen
                .iter()
                .all(|v| v.soort.sector() != Sector::Po || v.swv == po)
        );
        let leerlingen = leerlingen::plan(&mut rng, &vestigingen, &pc4s_by_gemeente, &outside)?;
        Ok(Plan {
            vestigingen,
            leerlingen,
        })
    }
}

fn pick_gemeente(rng: &mut fastrand::Rng) -> &'static str {
    let total: u32 = GEMEENTEN.iter().map(|g| g.1).sum();
    let mut n = rng.u32(0..total);
    for (g, w) in GEMEENTEN {
        if n < *w {
            return g;
        }
        n -= w;
    }
    GEMEENTEN[0].0
}

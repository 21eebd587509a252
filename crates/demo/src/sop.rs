//! Ondersteuningsprofielen for the demo vestigingen: what each sort of school typically
//! offers per domain (fictitious levels and places), and one profile older than four years;
//! and each pupil's support need at a level.

use crate::regio::Regio;
use Domein::*;
use jiff::civil::{Date, date};
use passend_domain::ondersteuning::{Aanbod, Domein, Niveau};
use passend_domain::{Rol, Schoolsoort, VestigingCode};
use passend_store::overname::{Behoefte, Overname};
use passend_store::{Store, StoreError};

/// One offer: (domein, tot niveau, plaatsen).
type Regel = (Domein, i64, u32);

/// Per schoolsoort its typical offer.
const PROFIELEN: &[(Schoolsoort, &[Regel])] = &[
    (
        Schoolsoort::Bao,
        &[
            (LerenEnOntwikkelen, 3, 4),
            (SociaalEmotioneel, 2, 3),
            (Communicatie, 2, 2),
            (FysiekeSituatie, 2, 1),
        ],
    ),
    (
        Schoolsoort::Sbo,
        &[
            (LerenEnOntwikkelen, 5, 6),
            (SociaalEmotioneel, 4, 4),
            (Communicatie, 3, 2),
        ],
    ),
    (
        Schoolsoort::So,
        &[
            (LerenEnOntwikkelen, 7, 3),
            (SociaalEmotioneel, 6, 2),
            (Communicatie, 6, 2),
            (FysiekeSituatie, 7, 2),
            (MedischeSituatie, 6, 1),
        ],
    ),
    (
        Schoolsoort::Vso,
        &[
            (LerenEnOntwikkelen, 6, 4),
            (SociaalEmotioneel, 7, 2),
            (FysiekeSituatie, 6, 1),
        ],
    ),
    (
        Schoolsoort::Vo,
        &[
            (LerenEnOntwikkelen, 3, 6),
            (SociaalEmotioneel, 3, 4),
            (FysiekeSituatie, 2, 2),
        ],
    ),
    (
        Schoolsoort::Pro,
        &[(LerenEnOntwikkelen, 5, 5), (SociaalEmotioneel, 3, 3)],
    ),
];

/// Each enrolled pupil with a support need gets a level in that domain: up to 4 in regular
/// schools, 4 to 7 in special education (fictitious, deterministic by pupil number).
fn behoeften(regio: &Regio) -> Vec<Behoefte> {
    let mut uit = Vec::new();
    for p in regio.lopend() {
        let Some(domein) = p.leerling.behoefte else {
            continue;
        };
        let basis = if p.vestiging.soort.vraagt_tlv() { 4 } else { 1 };
        uit.push(Behoefte {
            leerling: p.leerling.id,
            domein,
            niveau: Niveau::new(basis + p.leerling.id.0 % 4).expect("1–7"),
        });
    }
    uit
}

pub(crate) async fn insert(store: &Store, regio: &Regio, today: Date) -> Result<(), StoreError> {
    let behoeften = behoeften(regio);
    store
        .neem_over(&Overname {
            behoeften,
            ..Overname::default()
        })
        .await?;
    let mut vestigingen: Vec<_> = regio.vestigingen.iter().collect();
    vestigingen.sort_by(|a, b| a.code.cmp(&b.code));
    for (i, v) in vestigingen.into_iter().enumerate() {
        // Every fifth bao has not renewed its profile since 2021.
        let vastgesteld = if v.soort == Schoolsoort::Bao && i % 5 == 4 {
            date(2021, 6, 1)
        } else {
            date(2024, 3, 1)
        };
        let aanbod: Vec<Aanbod> = PROFIELEN
            .iter()
            .find(|(s, _)| *s == v.soort)
            .map_or(&[][..], |(_, a)| a)
            .iter()
            .map(|&(domein, niveau, plaatsen)| Aanbod {
                domein,
                tot_niveau: Niveau::new(niveau).expect("1–7"),
                plaatsen: plaatsen + (i as u32 % 3),
            })
            .collect();
        let code = VestigingCode::parse(&v.code)?;
        let wie = store.systeem_verzoeker(Rol::School, &v.code).await?;
        store
            .aanbod()
            .set_sop(&wie, &code, vastgesteld, &aanbod, today)
            .await?;
    }
    Ok(())
}

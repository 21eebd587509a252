//! Demo data for the geld area: the TLVs behind the demo's (v)so pupils (so that the
//! afdracht has something to count, with a few pupils from outside the region whose TLV
//! their home SWV issued), a verdeelmodel per demo SWV, and annual figures for a few
//! boekjaren with one year over the signaleringswaarde. The annual figures are fictitious,
//! like every other demo figure.

mod tlvs;

use crate::regio::Regio;
use crate::{DEMO_PO_SWV, DEMO_VO_SWV, ROUTE};
use jiff::civil::Date;
use passend_domain::bekostiging::verdeelmodel::Verdeelmodel;
use passend_domain::{Rol, Schooljaar, SwvCode};
use passend_store::geld::{NieuweJaarcijfers, laatste_telbare_schooljaar};
use passend_store::{Store, StoreError};
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().expect("demo amount")
}

/// (SWV, staff account, verdeelmodel, its explanation, annual figures: jaar, baten, lasten,
/// reserve). PO2605: only 2024 over the signaleringswaarde (3,5% of 9,1 mln = 318.500),
/// 2025 spent down; each reserve follows from the year before (reserve + baten − lasten).
type Swv = (
    &'static str,
    &'static str,
    (&'static str, &'static str),
    &'static str,
    &'static [(i16, &'static str, &'static str, &'static str)],
);

const SWVS: [Swv; 2] = [
    (
        DEMO_PO_SWV,
        "swv-po",
        ("0.12", "0.70"),
        "12% voor loket, deskundigen en organisatie; van de rest 70% per leerling, 30% naar de toegekende arrangementen.",
        &[
            (2023, "8840000.00", "8615000.00", "295000.00"),
            (2024, "9100000.00", "8260000.00", "1135000.00"),
            (2025, "9310000.00", "10155000.00", "290000.00"),
        ],
    ),
    (
        DEMO_VO_SWV,
        "swv-vo",
        ("0.10", "0.50"),
        "10% eigen taken; de rest half per leerling, half naar arrangementen.",
        &[
            (2024, "7250000.00", "7190000.00", "260000.00"),
            (2025, "7410000.00", "7395000.00", "275000.00"),
        ],
    ),
];

pub(crate) async fn insert(
    store: &Store,
    regio: &mut Regio,
    today: Date,
) -> Result<(), StoreError> {
    tlvs::insert(store, regio).await?;
    let jaren = [Schooljaar::of(today), laatste_telbare_schooljaar(today)];
    let mut swvs = Vec::new();
    for swv in SWVS {
        swvs.push((
            regio.als(swv.1, Rol::Swv, swv.0),
            SwvCode::parse(swv.0)?,
            swv,
        ));
    }
    for (wie, swv, (_, _, (eigen_taken, per_leerling), uitleg, _)) in &swvs {
        let model = Verdeelmodel {
            eigen_taken: d(eigen_taken),
            per_leerling: d(per_leerling),
        };
        for sj in jaren {
            store
                .geld()
                .bewaar_verdeelmodel(wie, swv, sj, &model, uitleg, ROUTE)
                .await?;
        }
    }
    for (wie, swv, (.., jaarcijfers)) in &swvs {
        for &(jaar, baten, lasten, reserve) in *jaarcijfers {
            let cijfers = NieuweJaarcijfers {
                jaar,
                baten: d(baten),
                lasten: d(lasten),
                reserve: d(reserve),
            };
            store
                .geld()
                .bewaar_jaarcijfers(wie, swv, &cijfers, ROUTE)
                .await?;
        }
    }
    Ok(())
}

//! PO2605's ondersteuningsplan in two versions: the first refused by the
//! ondersteuningsplanraad, the second with OOGO with every gemeente of the region, consent,
//! vastgesteld and sent to the inspectie.

use super::plantekst::plan;
use crate::regio::Regio;
use crate::{ROUTE, dagen};
use jiff::civil::Date;
use passend_domain::verantwoording::{Stemming, indienen_uiterlijk};
use passend_domain::{Rol, Schooljaar};
use passend_store::{Store, StoreError};

pub(super) async fn insert(store: &Store, regio: &Regio, today: Date) -> Result<(), StoreError> {
    let swv = regio.als("swv-po", Rol::Swv, "PO2605");
    // The next schooljaren: this plan goes to the inspectie before 1 May preceding them.
    // The first schooljaar whose submission deadline (30 April before it) is still to come,
    // so that the demo's submission today is on time whatever day the demo is made.
    let mut van = Schooljaar::of(today).next();
    if today > indienen_uiterlijk(van) {
        van = van.next();
    }
    let gemeenten = store.verantwoording().gemeenten_van_swv("PO2605").await?;

    // Version 1: OOGO held with all but one gemeente, the OPR voted against.
    let v1 = store
        .verantwoording()
        .maak_plan_versie(&swv, &plan(van, 5), ROUTE)
        .await?;
    for (i, (code, _)) in gemeenten.iter().enumerate().skip(1) {
        store
            .verantwoording()
            .leg_oogo_vast(
                &swv,
                v1,
                code,
                dagen(today, 70 - i as i64),
                "overeenstemming",
                "",
                today,
                ROUTE,
            )
            .await?;
    }
    store
        .verantwoording()
        .leg_instemming_vast(
            &swv,
            v1,
            dagen(today, 45),
            Stemming {
                voor: 3,
                tegen: 5,
                onthouding: 0,
            },
            "De raad mist een streefwaarde voor arrangementen op de eigen school.",
            today,
            ROUTE,
        )
        .await?;

    // Version 2: revised; OOGO with every gemeente (one without agreement), consent with a
    // condition, vastgesteld and sent to the inspectie.
    let v2 = store
        .verantwoording()
        .maak_plan_versie(&swv, &plan(van, 2), ROUTE)
        .await?;
    for (i, (code, _)) in gemeenten.iter().enumerate() {
        let (uitkomst, verschillen) = if i == 1 {
            (
                "geen overeenstemming",
                "De gemeente wil de jeugdhulp in de klas uit de middelen van het samenwerkingsverband betalen; \
                 het samenwerkingsverband houdt die middelen voor onderwijsarrangementen.",
            )
        } else {
            ("overeenstemming", "")
        };
        store
            .verantwoording()
            .leg_oogo_vast(
                &swv,
                v2,
                code,
                dagen(today, 30 - i as i64),
                uitkomst,
                verschillen,
                today,
                ROUTE,
            )
            .await?;
    }
    for code in store.verantwoording().overlappende_swvs("PO2605").await? {
        store
            .verantwoording()
            .leg_overleg_swv_vast(
                &swv,
                v2,
                &code,
                dagen(today, 28),
                "Afspraken over de overstap naar het vo van leerlingen met een arrangement.",
                today,
                ROUTE,
            )
            .await?;
    }
    store
        .verantwoording()
        .leg_instemming_vast(
            &swv,
            v2,
            dagen(today, 14),
            Stemming {
                voor: 7,
                tegen: 1,
                onthouding: 0,
            },
            "Halfjaarlijks een rapportage over de thuiszitters aan de raad.",
            today,
            ROUTE,
        )
        .await?;
    store
        .verantwoording()
        .stel_plan_vast(&swv, v2, today, ROUTE)
        .await?;
    store
        .verantwoording()
        .dien_plan_in(&swv, v2, today, today, ROUTE)
        .await?;
    Ok(())
}

//! Working together around one pupil: a symbiose agreement with an so school, and one table
//! for a thuiszitter.

use crate::regio::Regio;
use crate::{DEMO_PO_SWV, ROUTE, dagen};
use jiff::ToSpan;
use jiff::civil::Date;
use passend_domain::arrangement::{Onderdeel, Partij};
use passend_domain::{Kijker, Rol, Schooljaar, Schoolsoort};
use passend_store::{NieuwIntegraal, NieuweSymbiose, Store, StoreError, Verzoeker};

/// A pupil of an so school follows rekenen and gym at the demo school; returns 1 if made.
pub(super) async fn symbiose(
    store: &Store,
    regio: &Regio,
    ib: &Verzoeker,
    today: Date,
) -> Result<usize, StoreError> {
    let so = regio
        .lopend()
        .into_iter()
        .filter(|p| p.vestiging.soort == Schoolsoort::So)
        .map(|p| (p.vestiging.code.clone(), p.leerling.id))
        .min();
    let Some((so_code, leerling)) = so else {
        return Ok(0);
    };
    // The ib account acting as the so school: the demo has no so account.
    let so_school = Verzoeker {
        account_id: ib.account_id,
        kijker: Kijker {
            rol: Rol::School,
            scope: Some(so_code),
        },
    };
    let symbiose = NieuweSymbiose {
        regulier_vestiging: "90AA00".into(),
        van: Schooljaar::of(today),
        tot: Schooljaar::of(today).next(),
        vakken: vec![("rekenen".into(), 120), ("gymnastiek".into(), 90)],
        rooster_minuten: 1500,
        begeleiding: "Ambulant begeleider van de so-school, 1 uur per week in de klas".into(),
        vergoeding_materiaal: "€ 150 per schooljaar".into(),
        vergoeding_lokalen: String::new(),
        uitleg: String::new(),
    };
    store
        .arrangementen()
        .leg_symbiose_vast(&so_school, leerling, &symbiose, dagen(today, 60), ROUTE)
        .await?;
    Ok(1)
}

/// One table for the first thuiszitter case of the PO SWV; returns 1 if made.
pub(super) async fn integraal(
    store: &Store,
    regio: &mut Regio,
    swv: &Verzoeker,
    today: Date,
) -> Result<usize, StoreError> {
    let Some(&(leerling, _)) = regio.zaken.iter().find(|z| z.1 == DEMO_PO_SWV) else {
        return Ok(0);
    };
    let datum = dagen(today, 5);
    let afspraak = |o, wat: &str, wie: &str, over: i64| {
        let tegen = today.checked_add(over.days()).unwrap_or(today);
        (o, wat.to_string(), wie.to_string(), Some(tegen))
    };
    let plan = NieuwIntegraal {
        datum,
        deelnemers: Partij::ALL.to_vec(),
        verslag: "Eén plan: start op school met een aangepast rooster, zorg en vervoer geregeld."
            .into(),
        afspraken: vec![
            afspraak(
                Onderdeel::Schoolplek,
                "Start op SBO De Brug, 3 ochtenden per week",
                "directeur SBO De Brug",
                14,
            ),
            afspraak(
                Onderdeel::Ondersteuning,
                "Begeleider vanuit het samenwerkingsverband",
                "consulent samenwerkingsverband",
                14,
            ),
            afspraak(
                Onderdeel::Zorg,
                "Behandeling bij de jeugd-GGZ loopt door",
                "wijkteam",
                30,
            ),
            afspraak(
                Onderdeel::Leerplicht,
                "Tijdelijke vrijstelling voor de middagen beoordelen",
                "leerplichtambtenaar",
                10,
            ),
            afspraak(
                Onderdeel::Vervoer,
                "Aangepast vervoer aanvragen",
                "gemeente, leerlingenvervoer",
                7,
            ),
        ],
    };
    store
        .arrangementen()
        .leg_integraal_vast(swv, leerling, &plan, datum, ROUTE)
        .await?;
    regio.swv_zaken.insert(leerling);
    Ok(1)
}

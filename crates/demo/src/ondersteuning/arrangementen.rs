//! Arrangements at the demo school: granted and ending soon (A), open (B), discussed (C),
//! refused (D).

use crate::{ROUTE, dagen};
use jiff::ToSpan;
use jiff::civil::Date;
use passend_domain::arrangement::{Beslissing, Partij};
use passend_store::{LeerlingId, Overleg, Store, StoreError, Verzoeker};
use rust_decimal::Decimal;

/// One request: (pupil, question, days ago, discussed days ago, decided days ago).
type Aanvraag = (
    LeerlingId,
    &'static str,
    i64,
    Option<i64>,
    Option<(Beslissing, i64)>,
);

fn overleg(datum: Date) -> Overleg {
    Overleg {
        datum,
        deelnemers: vec![
            Partij::School,
            Partij::Swv,
            Partij::Ouders,
            Partij::Jeugdhulp,
        ],
        ouders_aanwezig: true,
        stem_kind: "Het kind wil op deze school blijven.".into(),
        verslag: "Besproken in het ondersteuningsteam.".into(),
    }
}

/// Returns how many arrangements were requested.
pub(super) async fn insert(
    store: &Store,
    ib: &Verzoeker,
    swv: &Verzoeker,
    [a, b, c, d]: [LeerlingId; 4],
    today: Date,
) -> Result<usize, StoreError> {
    let toegekend = Beslissing::Toegekend {
        inhoud: "Ambulante begeleiding 2 uur per week".into(),
        van: dagen(today, 180),
        tot: today.checked_add(30.days()).unwrap_or(today),
        kosten: Decimal::new(450_000, 2),
    };
    let afgewezen = Beslissing::Afgewezen {
        reden: "Vervoer is een taak van de gemeente (leerlingenvervoer), niet van het samenwerkingsverband.".into(),
    };
    let aanvragen: [Aanvraag; 4] = [
        (
            a,
            "Extra begeleiding bij rekenen en werkhouding",
            200,
            Some(190),
            Some((toegekend, 185)),
        ),
        (
            b,
            "Observatie en advies over gedrag in de klas",
            10,
            None,
            None,
        ),
        (c, "Onderwijsassistent in de klas", 30, Some(12), None),
        (
            d,
            "Taxivervoer naar school",
            60,
            Some(50),
            Some((afgewezen, 48)),
        ),
    ];
    let n = aanvragen.len();
    for (leerling, vraag, geleden, besproken, besluit) in aanvragen {
        let id = store
            .arrangementen()
            .vraag_arrangement_aan(ib, leerling, vraag, dagen(today, geleden), ROUTE)
            .await?;
        if let Some(geleden) = besproken {
            let datum = dagen(today, geleden);
            store
                .arrangementen()
                .leg_overleg_vast(swv, id, &overleg(datum), datum, ROUTE)
                .await?;
        }
        if let Some((beslissing, geleden)) = besluit {
            store
                .arrangementen()
                .beslis_arrangement(swv, id, &beslissing, dagen(today, geleden), ROUTE)
                .await?;
        }
    }
    Ok(n)
}

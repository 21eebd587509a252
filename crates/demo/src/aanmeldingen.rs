//! Registrations for the demo region in every state, dated around the day the demo is made:
//! open with days left, nearly due, overdue, extended, decided (admitted; refused with
//! another school's willingness), withdrawn after a support need was noted.

use crate::regio::Regio;
use jiff::ToSpan;
use jiff::civil::Date;
use passend_domain::zorgplicht::{Besluit, brief};
use passend_domain::{Schoolsoort, VestigingCode};
use passend_store::overname::{Aanmelding, Besluitvorming, Overname, Verlenging};
use passend_store::{Store, StoreError};

struct Geval {
    dagen_geleden: i64,
    extra: bool,
    verlenging: Option<(i64, i64)>,
    besluit: Option<Besluit>,
    besluit_dagen_geleden: i64,
    ingetrokken_dagen_geleden: Option<i64>,
}

fn gevallen(today: Date) -> Vec<Geval> {
    let open = |dagen, extra| Geval {
        dagen_geleden: dagen,
        extra,
        verlenging: None,
        besluit: None,
        besluit_dagen_geleden: 0,
        ingetrokken_dagen_geleden: None,
    };
    vec![
        open(5, true),
        open(40, false),
        open(50, true),
        Geval {
            verlenging: Some((3, 3)),
            ..open(45, true)
        },
        Geval {
            besluit: Some(Besluit::Toegelaten {
                extra_ondersteuning: true,
            }),
            besluit_dagen_geleden: 5,
            ..open(20, true)
        },
        Geval {
            besluit: Some(Besluit::ElderToegelaten {
                andere_school: "SBO De Brug".into(),
                // The other school said so three days before the decision.
                bereid_op: Some(today.saturating_add((-5).days())),
            }),
            besluit_dagen_geleden: 2,
            ..open(30, true)
        },
        Geval {
            ingetrokken_dagen_geleden: Some(15),
            ..open(25, true)
        },
    ]
}

/// Registrations at 90AA00 (the demo school account) of pupils of other basisscholen
/// without a thuiszitter case; returns how many.
pub(crate) async fn insert(
    store: &Store,
    regio: &mut Regio,
    today: Date,
) -> Result<usize, StoreError> {
    let day = |n: i64| today.saturating_add((-n).days());
    let school = VestigingCode::parse("90AA00")?;
    let naam = regio.vestiging("90AA00").naam.clone();
    let zaken: Vec<_> = regio.zaken.iter().map(|z| z.0).collect();
    let pupils: Vec<_> = regio
        .lopend()
        .iter()
        .filter(|p| p.vestiging.soort == Schoolsoort::Bao && p.vestiging.code != "90AA00")
        .map(|p| p.leerling.id)
        .filter(|id| !zaken.contains(id))
        .take(7)
        .collect();
    let mut overname = Overname::default();
    for (g, leerling) in gevallen(today).into_iter().zip(pupils) {
        let besluit = g.besluit.map(|b| {
            let datum = day(g.besluit_dagen_geleden);
            Besluitvorming {
                brief: brief(&b, &naam, datum),
                besluit: b,
                datum,
                stem_kind: "Het kind is gehoord en wil graag naar een school met een kleine groep."
                    .into(),
            }
        });
        regio.aanmeldingen.push((leerling, besluit.is_some()));
        overname.aanmeldingen.push(Aanmelding {
            leerling,
            vestiging: school.clone(),
            ontvangen: day(g.dagen_geleden),
            eerste_voorkeur: true,
            extra_ondersteuning: g.extra,
            beoordeling: g
                .extra
                .then(|| "Ondersteuning nodig bij lezen en concentratie".into()),
            verlenging: g.verlenging.map(|(weken, geleden)| Verlenging {
                weken,
                kennisgeving: day(geleden),
            }),
            besluit,
            ingetrokken_op: g.ingetrokken_dagen_geleden.map(day),
        });
    }
    store.neem_over(&overname).await?;
    Ok(overname.aanmeldingen.len())
}

//! Registrations for the demo region in every state, dated around the day the demo is made:
//! open with days left, nearly due, overdue, extended, decided (admitted; refused with
//! another school's willingness), withdrawn after a support need was noted, and one of a
//! child enrolled nowhere whose temporary placement is due.

use crate::{StoreError, instant_text};
use jiff::ToSpan;
use jiff::civil::Date;
use passend_domain::zorgplicht::{Besluit, brief};
use sqlx::{Any, Row, Transaction};

struct Geval {
    dagen_geleden: i64,
    extra: bool,
    verlenging: Option<(i64, i64)>,
    besluit: Option<Besluit>,
    besluit_dagen_geleden: i64,
    ingetrokken_dagen_geleden: Option<i64>,
}

fn gevallen() -> Vec<Geval> {
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
                bereid_op: None,
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

pub(super) async fn insert(
    tx: &mut Transaction<'static, Any>,
    today: Date,
) -> Result<usize, StoreError> {
    let day = |n: i64| today.saturating_add((-n).days()).to_string();
    // Pupils of other PO2605 basisscholen registering at 90AA00 (the demo school account).
    let pupils: Vec<i64> = sqlx::query(
        "SELECT i.leerling_id FROM inschrijving i JOIN vestiging v ON v.code = i.vestiging_code \
         WHERE v.schoolsoort = 'bao' AND v.code <> '90AA00' AND i.tot IS NULL \
         AND i.leerling_id NOT IN (SELECT leerling_id FROM thuiszitter_zaak) ORDER BY i.leerling_id LIMIT 7",
    )
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|r| r.try_get(0))
    .collect::<Result<_, _>>()?;
    let school: String = sqlx::query("SELECT naam FROM vestiging WHERE code = '90AA00'")
        .fetch_one(&mut **tx)
        .await?
        .try_get(0)?;
    let mut n = 0;
    for (g, leerling) in gevallen().into_iter().zip(pupils) {
        let ontvangen = day(g.dagen_geleden);
        let (besluit, brief_tekst, andere) = match &g.besluit {
            Some(b) => {
                let d = today.saturating_add((-g.besluit_dagen_geleden).days());
                let andere = match b {
                    Besluit::ElderToegelaten { andere_school, .. } => Some(andere_school.clone()),
                    _ => None,
                };
                (Some(b.code()), Some(brief(b, &school, d)), andere)
            }
            None => (None, None, None),
        };
        sqlx::query(
            "INSERT INTO aanmelding (leerling_id, vestiging_code, ontvangen, eerste_voorkeur, extra_ondersteuning, beoordeling, \
             verlenging_weken, verlenging_kennisgeving, besluit, besluit_datum, andere_school, bereid_op, brief, stem_kind, \
             ingetrokken_op, aangemaakt) VALUES ($1, '90AA00', $2, 1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
        )
        .bind(leerling)
        .bind(&ontvangen)
        .bind(i64::from(g.extra))
        .bind(g.extra.then_some("Ondersteuning nodig bij lezen en concentratie"))
        .bind(g.verlenging.map(|(weken, _)| weken))
        .bind(g.verlenging.map(|(_, geleden)| day(geleden)))
        .bind(besluit)
        .bind(g.besluit.as_ref().map(|_| day(g.besluit_dagen_geleden)))
        .bind(andere)
        .bind(matches!(g.besluit, Some(Besluit::ElderToegelaten { .. })).then(|| day(g.besluit_dagen_geleden + 3)))
        .bind(brief_tekst)
        .bind(g.besluit.as_ref().map(|_| "Het kind is gehoord en wil graag naar een school met een kleine groep."))
        .bind(g.ingetrokken_dagen_geleden.map(day))
        .bind(instant_text(jiff::Timestamp::now()))
        .execute(&mut **tx)
        .await?;
        n += 1;
    }
    Ok(n)
}

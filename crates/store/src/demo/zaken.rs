//! Thuiszitter cases for the demo region, one at every step of the ladder and in every
//! end state. Their dates are laid out around the day the demo is made, so that the
//! register shows live deadlines (everything else in the demo is fixed).

use crate::{StoreError, instant_text};
use jiff::ToSpan;
use jiff::civil::Date;
use passend_domain::thuiszitters::Escalatieladder;
use sqlx::{Any, Row, Transaction};

struct Geval {
    soort: &'static str,
    /// Days ago the child stopped going to school.
    thuis_sinds: i64,
    stap: i64,
    /// Deadline of the current step, in days from today (negative: already passed).
    deadline: i64,
    besluit_te_laat: bool,
    plan: Option<&'static str>,
    aanbod: Option<i64>,
    opgelost: Option<i64>,
    besluit: Option<&'static str>,
}

const GEVALLEN: [Geval; 7] = [
    Geval {
        soort: "langdurig_relatief_verzuim",
        thuis_sinds: 35,
        stap: 0,
        deadline: 16,
        besluit_te_laat: false,
        plan: Some("Gesprek met ouders en jeugdarts; gedeeltelijk rooster vanaf volgende week."),
        aanbod: None,
        opgelost: None,
        besluit: None,
    },
    // Passed its first deadline yesterday: the clock moves it up when the server starts.
    Geval {
        soort: "langdurig_relatief_verzuim",
        thuis_sinds: 40,
        stap: 0,
        deadline: -1,
        besluit_te_laat: false,
        plan: None,
        aanbod: None,
        opgelost: None,
        besluit: None,
    },
    Geval {
        soort: "langdurig_relatief_verzuim",
        thuis_sinds: 62,
        stap: 1,
        deadline: 6,
        besluit_te_laat: false,
        plan: Some("Onderzoek naar een plek in het sbo; arrangement aangevraagd."),
        aanbod: Some(5),
        opgelost: None,
        besluit: None,
    },
    Geval {
        soort: "langdurig_relatief_verzuim",
        thuis_sinds: 104,
        stap: 2,
        deadline: 9,
        besluit_te_laat: false,
        plan: Some("Geen passend aanbod gevonden; voorgelegd aan de commissie."),
        aanbod: None,
        opgelost: None,
        besluit: None,
    },
    Geval {
        soort: "absoluut_verzuim",
        thuis_sinds: 120,
        stap: 2,
        deadline: -3,
        besluit_te_laat: true,
        plan: None,
        aanbod: None,
        opgelost: None,
        besluit: None,
    },
    Geval {
        soort: "langdurig_relatief_verzuim",
        thuis_sinds: 75,
        stap: 1,
        deadline: 0,
        besluit_te_laat: false,
        plan: Some("Terug naar school met extra begeleiding."),
        aanbod: Some(20),
        opgelost: Some(12),
        besluit: None,
    },
    Geval {
        soort: "langdurig_relatief_verzuim",
        thuis_sinds: 140,
        stap: 2,
        deadline: 0,
        besluit_te_laat: false,
        plan: None,
        aanbod: None,
        opgelost: Some(30),
        besluit: Some(
            "Plaatsing op SO De Lekstroom met vervoer, vanaf de eerste schooldag na het besluit.",
        ),
    },
];

/// Writes the ladders of the two demo SWVs and the cases, for pupils chosen from the demo
/// data: enrolled ones at vestiging 90AA00 (so the demo accounts see them) and one
/// VO-age pupil in Nieuwegein whose enrolment ended (absoluut verzuim).
pub(super) async fn insert(
    tx: &mut Transaction<'static, Any>,
    today: Date,
) -> Result<usize, StoreError> {
    let vo = Escalatieladder::new(vec![
        passend_domain::thuiszitters::Stap {
            naam: "Zorgadviesteam".into(),
            eigenaar: "zorgcoördinator van de school".into(),
            weken: 3,
        },
        passend_domain::thuiszitters::Stap {
            naam: "Trajectbegeleider SWV".into(),
            eigenaar: "trajectbegeleider van het samenwerkingsverband".into(),
            weken: 3,
        },
        passend_domain::thuiszitters::Stap {
            naam: "Commissie doorzettingsmacht".into(),
            eigenaar: "commissie met de wethouder onderwijs".into(),
            weken: 2,
        },
    ])
    .expect("valid ladder");
    for (swv, ladder) in [
        (super::DEMO_PO_SWV, Escalatieladder::voorbeeld()),
        (super::DEMO_VO_SWV, vo),
    ] {
        for (i, s) in ladder.stappen().iter().enumerate() {
            sqlx::query("INSERT INTO escalatiestap (swv_code, volgorde, naam, eigenaar, weken) VALUES ($1, $2, $3, $4, $5)")
                .bind(swv)
                .bind(i as i64)
                .bind(&s.naam)
                .bind(&s.eigenaar)
                .bind(s.weken)
                .execute(&mut **tx)
                .await?;
        }
    }
    let at_school: Vec<i64> = sqlx::query(
        "SELECT leerling_id FROM inschrijving WHERE vestiging_code = '90AA00' AND tot IS NULL ORDER BY leerling_id LIMIT 6",
    )
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|r| r.try_get(0))
    .collect::<Result<_, _>>()?;
    let absent_since = GEVALLEN
        .iter()
        .find(|g| g.soort == "absoluut_verzuim")
        .map_or(0, |g| g.thuis_sinds);
    let last_school_day = today.saturating_add((-absent_since - 1).days()).to_string();
    let absent: i64 = sqlx::query(
        "SELECT l.id FROM leerling l JOIN postcode_regio p ON p.pc4 = l.pc4 JOIN inschrijving i ON i.leerling_id = l.id \
         JOIN vestiging v ON v.code = i.vestiging_code \
         WHERE p.gemeentecode = '0356' AND v.schoolsoort = 'vo' AND i.tot IS NULL AND i.van < $1 ORDER BY l.id LIMIT 1",
    )
    .bind(&last_school_day)
    .fetch_one(&mut **tx)
    .await?
    .try_get(0)?;
    let mut pupils = at_school.into_iter();
    let day = |offset: i64| today.saturating_add(offset.days()).to_string();
    for g in &GEVALLEN {
        let (leerling, swv) = if g.soort == "absoluut_verzuim" {
            // Uitgeschreven without a new school: from then on not enrolled anywhere.
            sqlx::query("UPDATE inschrijving SET tot = $1 WHERE leerling_id = $2 AND tot IS NULL")
                .bind(&last_school_day)
                .bind(absent)
                .execute(&mut **tx)
                .await?;
            (absent, super::DEMO_VO_SWV)
        } else {
            (
                pupils.next().expect("six pupils at 90AA00"),
                super::DEMO_PO_SWV,
            )
        };
        sqlx::query(
            "INSERT INTO thuiszitter_zaak (leerling_id, swv_code, soort, startdatum, aanbod_datum, plan, stap, stap_deadline, \
             besluit_te_laat, opgelost_op, besluit, besluit_datum, aangemaakt) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        )
        .bind(leerling)
        .bind(swv)
        .bind(g.soort)
        .bind(day(-g.thuis_sinds))
        .bind(g.aanbod.map(|d| day(-d)))
        .bind(g.plan)
        .bind(g.stap)
        .bind(day(g.deadline))
        .bind(i64::from(g.besluit_te_laat))
        .bind(g.opgelost.map(|d| day(-d)))
        .bind(g.besluit)
        .bind(g.besluit.map(|_| day(-g.opgelost.unwrap_or(0))))
        .bind(instant_text(jiff::Timestamp::now()))
        .execute(&mut **tx)
        .await?;
    }
    Ok(GEVALLEN.len())
}

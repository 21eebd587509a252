//! Thuiszitter cases for the demo region, one at every step of the ladder and in every
//! end state. Their dates are laid out around the day the demo is made, so that the
//! register shows live deadlines (everything else in the demo is fixed).

mod gevallen;

use crate::regio::Regio;
use crate::{DEMO_PO_SWV, DEMO_VO_SWV};
use gevallen::GEVALLEN;
use jiff::ToSpan;
use jiff::civil::Date;
use passend_domain::thuiszitters::{Escalatieladder, Soort, Stap};
use passend_domain::{Rol, Schoolsoort, SwvCode};
use passend_store::overname::{Overname, Uitschrijving, Zaak};
use passend_store::{Store, StoreError};

/// The VO SWV's own ladder; the PO SWV works with the example ladder.
fn vo_ladder() -> Escalatieladder {
    let stap = |naam: &str, eigenaar: &str, weken| Stap {
        naam: naam.into(),
        eigenaar: eigenaar.into(),
        weken,
    };
    Escalatieladder::new(vec![
        stap("Zorgadviesteam", "zorgcoördinator van de school", 3),
        stap(
            "Trajectbegeleider SWV",
            "trajectbegeleider van het samenwerkingsverband",
            3,
        ),
        stap(
            "Commissie doorzettingsmacht",
            "commissie met de wethouder onderwijs",
            2,
        ),
    ])
    .expect("valid ladder")
}

/// Sets the ladders of the two demo SWVs and makes the cases, for pupils chosen from the
/// demo data: enrolled ones at vestiging 90AA00 (so the demo accounts see them) and one
/// VO-age pupil in Nieuwegein whose enrolment ended (absoluut verzuim).
pub(crate) async fn insert(
    store: &Store,
    regio: &mut Regio,
    today: Date,
) -> Result<usize, StoreError> {
    for (swv, ladder) in [
        (DEMO_PO_SWV, Escalatieladder::voorbeeld()),
        (DEMO_VO_SWV, vo_ladder()),
    ] {
        let wie = store.systeem_verzoeker(Rol::Swv, swv).await?;
        store
            .thuiszitters()
            .set_ladder(&wie, &SwvCode::parse(swv)?, &ladder)
            .await?;
    }
    let lopend = regio.lopend();
    let at_school: Vec<_> = lopend
        .iter()
        .filter(|p| p.vestiging.code == "90AA00")
        .map(|p| p.leerling.id)
        .collect();
    let absent_since = GEVALLEN
        .iter()
        .find(|g| g.soort == Soort::AbsoluutVerzuim)
        .map_or(0, |g| g.thuis_sinds);
    let last_school_day = today.saturating_add((-absent_since - 1).days());
    let mut absent = None;
    for p in &lopend {
        if p.vestiging.soort == Schoolsoort::Vo
            && p.van < last_school_day
            && p.leerling.gemeentecode()?.as_str() == "0356"
        {
            absent = Some(p.leerling.id);
            break;
        }
    }
    let absent = absent.ok_or_else(|| StoreError::NietGevonden {
        wat: "leerling",
        sleutel: "vo in Nieuwegein".into(),
    })?;
    drop(lopend);
    let mut at_school = at_school.into_iter();
    let day = |offset: i64| today.saturating_add(offset.days());
    let mut overname = Overname::default();
    for g in &GEVALLEN {
        let (leerling, swv) = if g.soort == Soort::AbsoluutVerzuim {
            // Uitgeschreven without a new school: from then on not enrolled anywhere.
            overname.uitschrijvingen.push(Uitschrijving {
                leerling: absent,
                tot: last_school_day,
            });
            (absent, DEMO_VO_SWV)
        } else {
            (at_school.next().expect("six pupils at 90AA00"), DEMO_PO_SWV)
        };
        overname.zaken.push(Zaak {
            leerling,
            swv: SwvCode::parse(swv)?,
            soort: g.soort,
            startdatum: day(-g.thuis_sinds),
            aanbod_datum: g.aanbod.map(|d| day(-d)),
            plan: g.plan.map(String::from),
            stap: g.stap,
            stap_deadline: day(g.deadline),
            besluit_te_laat: g.besluit_te_laat,
            opgelost_op: g.opgelost.map(|d| day(-d)),
            besluit: g
                .besluit
                .map(|b| (b.to_string(), day(-g.opgelost.unwrap_or(0)))),
        });
        regio.zaken.push((leerling, swv));
        regio.swv_zaken.insert(leerling);
    }
    store.neem_over(&overname).await?;
    regio.schrijf_uit(absent, last_school_day);
    Ok(GEVALLEN.len())
}

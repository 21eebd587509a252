//! Thuiszitter cases as they stand, and enrolments that ended without a new school.

use super::{Tx, datum, datum_of, nu, vlag};
use crate::bulk::{Value, insert_rows};
use crate::{LeerlingId, StoreError};
use jiff::civil::Date;
use passend_domain::SwvCode;
use passend_domain::thuiszitters::Soort;

/// The pupil's running enrolment ended on `tot`.
#[derive(Debug, Clone)]
pub struct Uitschrijving {
    pub leerling: LeerlingId,
    pub tot: Date,
}

/// A thuiszitter case at a step of its SWV's ladder, open or ended.
#[derive(Debug, Clone)]
pub struct Zaak {
    pub leerling: LeerlingId,
    pub swv: SwvCode,
    pub soort: Soort,
    pub startdatum: Date,
    pub aanbod_datum: Option<Date>,
    pub plan: Option<String>,
    /// The step of the ladder, counted from 0.
    pub stap: i64,
    pub stap_deadline: Date,
    pub besluit_te_laat: bool,
    pub opgelost_op: Option<Date>,
    /// The commission's decision with its date.
    pub besluit: Option<(String, Date)>,
}

pub(super) async fn uitschrijvingen(
    tx: &mut Tx,
    lijst: &[Uitschrijving],
) -> Result<(), StoreError> {
    for u in lijst {
        sqlx::query("UPDATE inschrijving SET tot = $1 WHERE leerling_id = $2 AND tot IS NULL")
            .bind(u.tot.to_string())
            .bind(u.leerling.0)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

pub(super) async fn insert(tx: &mut Tx, zaken: &[Zaak]) -> Result<(), StoreError> {
    let rows = zaken
        .iter()
        .map(|z| {
            vec![
                Value::from(z.leerling.0),
                z.swv.as_str().into(),
                z.soort.as_str().into(),
                datum(z.startdatum),
                datum_of(z.aanbod_datum),
                z.plan.clone().into(),
                z.stap.into(),
                datum(z.stap_deadline),
                vlag(z.besluit_te_laat),
                datum_of(z.opgelost_op),
                z.besluit.as_ref().map(|b| b.0.clone()).into(),
                datum_of(z.besluit.as_ref().map(|b| b.1)),
                z.opgelost_op.map(|_| "terugkeer".to_string()).into(),
                nu(),
            ]
        })
        .collect();
    let kolommen = [
        "leerling_id",
        "swv_code",
        "soort",
        "startdatum",
        "aanbod_datum",
        "plan",
        "stap",
        "stap_deadline",
        "besluit_te_laat",
        "opgelost_op",
        "besluit",
        "besluit_datum",
        "oplossing",
        "aangemaakt",
    ];
    insert_rows(tx, "thuiszitter_zaak", &kolommen, rows).await
}

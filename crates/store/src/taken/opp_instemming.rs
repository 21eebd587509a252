//! An OPP version that waits for this parent's instemming with its handelingsdeel: the
//! parent's own task (WPO art. 40a, WVO art. 26, WEC art. 41a: instemmingsrecht on the
//! handelingsdeel since 1 August 2017, RULES.md §5.3). The law
//! gives no term; the task has none.

use super::Vraag;
use crate::StoreError;
use passend_domain::taken::{Taak, TaakSoort};

pub(super) async fn lees(v: &Vraag<'_>) -> Result<Vec<Taak>, StoreError> {
    let soort = TaakSoort::OppInstemmen;
    let wachtend = v.store.ouders().opps_wachtend_op_instemming(v.wie).await?;
    Ok(wachtend
        .into_iter()
        .map(|o| Taak {
            soort,
            // Once per OPP version: a new version asks again.
            sleutel: format!("{}:{}:{}", soort.code(), o.opp_id, o.versie),
            leerling: Some(o.leerling_id.0),
            over: Some(o.kind),
            termijn: None,
            link: format!("/leerlingen/{}/ondersteuning#opp", o.leerling_id.0),
        })
        .collect())
}

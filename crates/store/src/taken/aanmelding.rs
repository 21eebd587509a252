//! A registration without a decision: the school's task, due at the end of the decision
//! term (6 weeks, or the extended term; WPO art. 40 lid 6, WVO art. 27 lid 2e, WEC art. 40
//! lid 7). Only the school decides (the policy's `AanmeldingBehandelen`), so only a reach
//! of one vestiging has this task.

use super::Vraag;
use crate::StoreError;
use passend_domain::taken::{Taak, TaakSoort};
use passend_domain::toegang::Bereik;

pub(super) async fn lees(v: &Vraag<'_>) -> Result<Vec<Taak>, StoreError> {
    let soort = TaakSoort::AanmeldingBeslissen;
    if !matches!(
        v.wie.kijker.bereik(&soort.functie()),
        Some(Bereik::Vestiging(_))
    ) {
        return Ok(Vec::new());
    }
    let lijst = v
        .store
        .aanmeldingen()
        .aanmeldingen_voor(v.wie, v.route)
        .await?;
    Ok(lijst
        .into_iter()
        .filter(|a| a.besluit.is_none() && a.ingetrokken_op.is_none())
        .map(|a| Taak {
            soort,
            sleutel: Taak::sleutel_van(soort, a.id),
            leerling: Some(a.leerling_id.0),
            over: Some(a.naam),
            termijn: Some(a.termijnen.beslissen_uiterlijk),
            link: format!("/aanmeldingen/{}", a.id),
        })
        .collect())
}

//! An arrangement request awaiting the SWV's decision (the SWV allocates the support, WPO
//! art. 18a lid 8): the SWV's task, due within the Awb's term from the request.

use super::Vraag;
use crate::StoreError;
use passend_domain::taken::{Procedure, Taak, TaakSoort};

pub(super) async fn lees(v: &Vraag<'_>) -> Result<Vec<Taak>, StoreError> {
    let soort = TaakSoort::ArrangementBeslissen;
    let lijst = v
        .store
        .arrangementen()
        .arrangementen_van_swv(v.wie, v.route)
        .await?;
    Ok(lijst
        .into_iter()
        .filter(|a| a.besluit.is_none())
        .map(|a| Taak {
            soort,
            sleutel: Taak::sleutel_van(soort, a.id),
            leerling: Some(a.leerling_id.0),
            over: Some(a.naam),
            termijn: Procedure::na(a.aangevraagd_op, v.procedure.besluit_weken),
            link: format!("/leerlingen/{}/arrangementen", a.leerling_id.0),
        })
        .collect())
}

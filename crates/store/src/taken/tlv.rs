//! A TLV request awaiting the deciding SWV (WPO art. 18a lid 6, WVO art. 17a lid 6): the
//! SWV's task, due within the Awb's term from the request ([`Procedure::besluit_weken`]).

use super::Vraag;
use crate::StoreError;
use passend_domain::taken::{Procedure, Taak, TaakSoort};
use passend_domain::toegang::Bereik;

pub(super) async fn lees(v: &Vraag<'_>) -> Result<Vec<Taak>, StoreError> {
    let soort = TaakSoort::TlvBeslissen;
    if !matches!(v.wie.kijker.bereik(&soort.functie()), Some(Bereik::Swv(_))) {
        return Ok(Vec::new());
    }
    let tlvs = v.store.tlvs().tlvs_van_swv(v.wie, v.today, v.route).await?;
    Ok(tlvs
        .into_iter()
        .filter(|t| t.besluit.is_none() && !t.extern_)
        .map(|t| Taak {
            soort,
            sleutel: Taak::sleutel_van(soort, t.id),
            leerling: Some(t.leerling_id.0),
            over: Some(t.naam),
            termijn: Procedure::na(t.aangevraagd_op, v.procedure.besluit_weken),
            link: format!("/tlv/{}", t.id),
        })
        .collect())
}

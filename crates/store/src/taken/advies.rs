//! A TLV request on which this deskundige's advice is not yet written: the deskundige's own
//! task (WPO art. 18a lid 11, WVO art. 17a lid 12); its term is the SWV's procedure.

use super::Vraag;
use crate::StoreError;
use passend_domain::taken::{Procedure, Taak, TaakSoort};
use passend_domain::toegang::Bereik;

pub(super) async fn lees(v: &Vraag<'_>) -> Result<Vec<Taak>, StoreError> {
    let soort = TaakSoort::AdviesSchrijven;
    let Some(Bereik::Deskundige(eigen)) = v.wie.kijker.bereik(&soort.functie()) else {
        return Ok(Vec::new());
    };
    let tlvs = v
        .store
        .tlvs()
        .opdrachten_van_deskundige(v.wie, v.today, v.route)
        .await?;
    Ok(tlvs
        .into_iter()
        .filter(|t| t.besluit.is_none())
        .filter(|t| {
            t.adviezen
                .iter()
                .any(|a| a.deskundige_id.to_string() == eigen && a.datum.is_none())
        })
        .map(|t| Taak {
            soort,
            sleutel: Taak::sleutel_van(soort, t.id),
            leerling: Some(t.leerling_id.0),
            over: Some(t.naam),
            termijn: Procedure::na(t.aangevraagd_op, v.procedure.advies_weken),
            link: format!("/tlv/{}", t.id),
        })
        .collect())
}

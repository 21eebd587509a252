//! An open thuiszitter case at a step of the SWV's escalatieladder: the SWV, which holds the
//! case and the doorzettingsmacht, acts by the step's date (the ladder is the SWV's own
//! configured procedure).

use super::Vraag;
use crate::StoreError;
use passend_domain::taken::{Taak, TaakSoort};
use passend_domain::toegang::Bereik;

pub(super) async fn lees(v: &Vraag<'_>) -> Result<Vec<Taak>, StoreError> {
    let soort = TaakSoort::EscalatieBeslissen;
    let Some(Bereik::Swv(eigen)) = v.wie.kijker.bereik(&soort.functie()) else {
        return Ok(Vec::new());
    };
    let zaken = v
        .store
        .thuiszitters()
        .zaken_voor(v.wie, v.today, v.route)
        .await?;
    Ok(zaken
        .into_iter()
        .filter(|z| z.swv_code == eigen && z.opgelost_op.is_none() && z.besluit.is_none())
        .map(|z| Taak {
            soort,
            // A new step is a new task.
            sleutel: format!("{}:{}:{}", soort.code(), z.id, z.stap),
            leerling: Some(z.leerling_id.0),
            over: Some(z.naam),
            termijn: Some(z.deadline),
            link: format!("/thuiszitters/{}", z.id),
        })
        .collect())
}

//! A request for the SWV's advice on a vrijstelling art. 5 onder a (Leerplichtwet 1969):
//! the SWV's own task, due by the date the leerplichtambtenaar named. The task names no
//! child: the advice page shows what the SWV may see.

use super::Vraag;
use crate::StoreError;
use passend_domain::taken::{Taak, TaakSoort};
use passend_domain::toegang::Bereik;

pub(super) async fn lees(v: &Vraag<'_>) -> Result<Vec<Taak>, StoreError> {
    let soort = TaakSoort::VrijstellingAdviseren;
    let Some(Bereik::Swv(eigen)) = v.wie.kijker.bereik(&soort.functie()) else {
        return Ok(Vec::new());
    };
    let vragen = v.store.leerplicht().open_adviesvragen(&eigen).await?;
    Ok(vragen
        .into_iter()
        .map(|q| Taak {
            soort,
            sleutel: Taak::sleutel_van(soort, q.vrijstelling_id),
            leerling: None,
            over: None,
            termijn: Some(q.uiterlijk),
            link: format!("/vrijstellingsadviezen/{}", q.vrijstelling_id),
        })
        .collect())
}

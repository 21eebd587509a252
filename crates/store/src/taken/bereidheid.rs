//! A request from another school whether this school is willing to admit a child: the asked
//! school's own task (WPO art. 40 lid 4, WVO art. 27 lid 2c, WEC art. 40 lid 4), due by the
//! registration's decision term. The task names no child: the request page shows what the
//! asked school may see.

use super::Vraag;
use crate::StoreError;
use passend_domain::taken::{Taak, TaakSoort};
use passend_domain::toegang::Bereik;

pub(super) async fn lees(v: &Vraag<'_>) -> Result<Vec<Taak>, StoreError> {
    let soort = TaakSoort::BereidheidBevestigen;
    let Some(Bereik::Vestiging(eigen)) = v.wie.kijker.bereik(&soort.functie()) else {
        return Ok(Vec::new());
    };
    let vragen = v
        .store
        .aanmeldingen()
        .open_bereidheidsvragen(&eigen)
        .await?;
    Ok(vragen
        .into_iter()
        .map(|q| Taak {
            soort,
            sleutel: Taak::sleutel_van(soort, q.id),
            leerling: None,
            over: None,
            termijn: Some(q.uiterlijk),
            link: format!("/bereidheid/{}", q.id),
        })
        .collect())
}

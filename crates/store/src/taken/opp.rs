//! A pupil who must have an OPP and has none (due 6 weeks after enrolment), and an OPP
//! whose yearly evaluation with the parents is due (by 31 July of the schooljaar): the
//! school's tasks (WPO art. 40a, WVO art. 26, WEC art. 41a), from the OPP signals.

use super::Vraag;
use crate::StoreError;
use passend_domain::taken::{Taak, TaakSoort};
use passend_domain::toegang::Bereik;

pub(super) async fn lees(v: &Vraag<'_>, soort: TaakSoort) -> Result<Vec<Taak>, StoreError> {
    if !matches!(
        v.wie.kijker.bereik(&soort.functie()),
        Some(Bereik::Vestiging(_))
    ) {
        return Ok(Vec::new());
    }
    let signalen = v.store.opps().opp_signalen(v.wie, v.today, v.route).await?;
    let vaststellen = soort == TaakSoort::OppVaststellen;
    Ok(signalen
        .into_iter()
        // The signal without an OPP is the one with the adoption to do.
        .filter(|s| (s.wat == "ontwikkelingsperspectief vaststellen") == vaststellen)
        .map(|s| Taak {
            soort,
            // Once per pupil and schooljaar (the due day names the schooljaar).
            sleutel: format!("{}:{}:{}", soort.code(), s.leerling_id.0, s.datum),
            leerling: Some(s.leerling_id.0),
            over: Some(s.naam),
            termijn: Some(s.datum),
            link: format!("/leerlingen/{}/opp", s.leerling_id.0),
        })
        .collect())
}

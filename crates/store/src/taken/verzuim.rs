//! A verzuimmelding not yet handled (registered, or in behandeling and not closed): the task
//! of the leerplichtambtenaar of the pupil's gemeente (Leerplichtwet art. 22). The law
//! gives no term; the procedure may ([`Procedure::verzuim_weken`]).

use super::Vraag;
use crate::StoreError;
use passend_domain::taken::{Procedure, Taak, TaakSoort};
use passend_domain::toegang::Bereik;
use passend_domain::verzuimmelding::Status;

pub(super) async fn lees(v: &Vraag<'_>) -> Result<Vec<Taak>, StoreError> {
    let soort = TaakSoort::VerzuimBehandelen;
    if !matches!(
        v.wie.kijker.bereik(&soort.functie()),
        Some(Bereik::Gemeente(_))
    ) {
        return Ok(Vec::new());
    }
    let open = [Status::Geregistreerd, Status::InBehandeling].map(Status::as_str);
    let lijst = v
        .store
        .verzuim()
        .verzuimmeldingen_voor(v.wie, v.today, v.route)
        .await?;
    Ok(lijst
        .into_iter()
        .filter(|m| open.contains(&m.status.as_str()))
        .map(|m| Taak {
            soort,
            sleutel: Taak::sleutel_van(soort, m.id),
            leerling: Some(m.leerling_id.0),
            over: Some(m.naam),
            termijn: m
                .datum
                .parse()
                .ok()
                .and_then(|d| Procedure::na(d, v.procedure.verzuim_weken)),
            link: "/verzuim".to_string(),
        })
        .collect())
}

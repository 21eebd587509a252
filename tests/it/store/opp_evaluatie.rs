//! The yearly evaluation of an OPP counts only when held with the parents (WPO art. 40a
//! lid 3, WVO art. 26, WEC art. 41a): the signal and the school's task stay until then.

use super::ouder_stappen::{versie, verzoeker};
use super::{TODAY, pupil, school_with_vestiging};
use jiff::civil::{Date, date};
use passend_domain::taken::{Procedure, TaakSoort};
use passend_domain::{Inschrijving, Rol, Schoolsoort, VestigingCode};
use passend_store::{LeerlingId, OppEvaluatie, Store, Verzoeker};

/// What the OPP signals say of the pupil, and the deadline of its evaluation task.
async fn stand(store: &Store, ib: &Verzoeker, id: LeerlingId) -> (Vec<String>, Vec<String>) {
    let signalen = store.opps().opp_signalen(ib, TODAY, "/t").await.unwrap();
    let taken = store
        .taken()
        .open_taken(ib, TODAY, &Procedure::default(), "/t")
        .await
        .unwrap();
    (
        signalen
            .into_iter()
            .filter(|s| s.leerling_id == id)
            .map(|s| format!("{} {}", s.wat, s.datum))
            .collect(),
        taken
            .into_iter()
            .filter(|t| t.soort == TaakSoort::OppEvalueren && t.leerling == Some(id.0))
            .map(|t| format!("{:?}", t.termijn))
            .collect(),
    )
}

async fn evalueer(store: &Store, ib: &Verzoeker, id: LeerlingId, datum: Date, met_ouders: bool) {
    let e = OppEvaluatie {
        datum,
        met_ouders,
        verslag: "doelen besproken en bijgesteld".into(),
    };
    store
        .opps()
        .evalueer_opp(ib, id, &e, datum, "/t")
        .await
        .unwrap();
}

pub(super) async fn an_evaluation_without_the_parents_does_not_count(store: &Store) {
    school_with_vestiging(store, "12AB00", "3431AB", Schoolsoort::Bao).await;
    let id = store
        .create_leerling(&pupil("111222333", "3431AB"))
        .await
        .unwrap();
    let hier = VestigingCode::parse("12AB00").unwrap();
    let inschrijving = Inschrijving::new(hier, date(2025, 8, 18), None).unwrap();
    store.add_inschrijving(id, inschrijving).await.unwrap();
    let ib = verzoeker(store, "ib", Rol::School, "12AB00").await;
    // Set in schooljaar 2025-26: 2026-27 (today's) needs its evaluation with the parents.
    let mut v = versie();
    v.overleg_ouders = Some(date(2025, 10, 1));
    let opps = store.opps();
    opps.stel_opp_vast(&ib, id, &v, date(2025, 10, 1), "/t")
        .await
        .unwrap();
    let open = (
        vec!["evaluatie dit schooljaar 2027-07-31".to_string()],
        vec!["Some(2027-07-31)".to_string()],
    );
    assert_eq!(stand(store, &ib, id).await, open);
    // Held without the parents: no evaluation in the sense of the law.
    evalueer(store, &ib, id, date(2026, 10, 5), false).await;
    assert_eq!(stand(store, &ib, id).await, open, "not with the parents");
    evalueer(store, &ib, id, date(2026, 11, 20), true).await;
    assert_eq!(stand(store, &ib, id).await, (vec![], vec![]));
}

//! The facts follow the decisions: admission and the temporary placement enrol, a refusal
//! ends the placement, a verwijdering ends the enrolment, and a thuiszitter case is
//! resolved by attendance, not by its decision.

use super::{ONTVANGEN, aangemeld, als};
use crate::support::{TestDb, contract, contract_db};
use jiff::ToSpan;
use jiff::civil::{Date, date};
use passend_domain::Rol;
use passend_domain::thuiszitters::{Escalatieladder, Soort, Stap};
use passend_domain::zorgplicht::{Besluit, Uitzondering};
use passend_store::{LeerlingId, NieuweVerwijdering, Store};

contract!(
    admission_enrols_from_the_start_date,
    the_temporary_placement_enrols_and_a_refusal_ends_it,
    a_verwijdering_ends_the_enrolment
);
contract_db!(a_case_stays_open_after_its_decision_and_closes_on_attendance);

/// The pupil's enrolments as (vestiging, van, tot).
async fn inschrijvingen(store: &Store, id: LeerlingId) -> Vec<(String, Date, Option<Date>)> {
    let d = store.leerling_dossier(id).await.unwrap();
    d.inschrijvingen
        .into_iter()
        .map(|i| (i.vestiging_code, i.van, i.tot))
        .collect()
}

async fn leerling(store: &Store, ib: &passend_store::Verzoeker, id: i64) -> LeerlingId {
    store
        .aanmeldingen()
        .aanmelding_voor(ib, id, ONTVANGEN, "/t")
        .await
        .unwrap()
        .leerling_id
}

async fn admission_enrols_from_the_start_date(store: &Store) {
    let (id, ib) = aangemeld(store, false).await;
    let l = leerling(store, &ib, id).await;
    assert!(inschrijvingen(store, l).await.is_empty());
    let toegelaten = Besluit::Toegelaten {
        extra_ondersteuning: false,
    };
    let dag = ONTVANGEN + 14.days();
    store
        .aanmeldingen()
        .beslis_aanmelding(&ib, id, &toegelaten, "gehoord", dag, "/t")
        .await
        .unwrap();
    // The wished start (4 januari 2027) is later than the decision: enrolled from then.
    assert_eq!(
        inschrijvingen(store, l).await,
        vec![("12AB00".into(), date(2027, 1, 4), None)]
    );
}

async fn the_temporary_placement_enrols_and_a_refusal_ends_it(store: &Store) {
    let (id, ib) = aangemeld(store, true).await;
    let l = leerling(store, &ib, id).await;
    let a = store.aanmeldingen();
    assert_eq!(
        a.plaats_tijdelijk(ONTVANGEN + 70.days()).await.unwrap(),
        0,
        "not before 10 weeks"
    );
    let vanaf = ONTVANGEN + 71.days();
    assert_eq!(a.plaats_tijdelijk(vanaf + 3.days()).await.unwrap(), 1);
    assert_eq!(
        a.plaats_tijdelijk(vanaf + 4.days()).await.unwrap(),
        0,
        "once"
    );
    assert_eq!(
        inschrijvingen(store, l).await,
        vec![("12AB00".into(), vanaf, None)]
    );
    let vol = Besluit::Uitzondering {
        soort: Uitzondering::GeenPlaatsruimte,
        reden: "groep vol".into(),
    };
    let dag = vanaf + 10.days();
    a.beslis_aanmelding(&ib, id, &vol, "gehoord", dag, "/t")
        .await
        .unwrap();
    assert_eq!(
        inschrijvingen(store, l).await,
        vec![("12AB00".into(), vanaf, Some(dag))]
    );
}

async fn a_verwijdering_ends_the_enrolment(store: &Store) {
    let (id, ib) = aangemeld(store, false).await;
    let l = leerling(store, &ib, id).await;
    let toegelaten = Besluit::Toegelaten {
        extra_ondersteuning: false,
    };
    store
        .aanmeldingen()
        .beslis_aanmelding(&ib, id, &toegelaten, "gehoord", ONTVANGEN, "/t")
        .await
        .unwrap();
    let dag = date(2027, 3, 1);
    let v = NieuweVerwijdering {
        datum: dag,
        leraar_gehoord: true,
        ouders_gehoord: true,
        andere_school: "34CD00".into(),
        overleg_inspectie: true,
        stem_kind: "gehoord".into(),
        reden: "Herhaald geweld".into(),
    };
    store
        .maatregelen()
        .verwijder(&ib, l, &v, dag, "/t")
        .await
        .unwrap();
    assert_eq!(
        inschrijvingen(store, l).await,
        vec![("12AB00".into(), date(2027, 1, 4), Some(dag))]
    );
}

async fn a_case_stays_open_after_its_decision_and_closes_on_attendance(db: &TestDb) {
    let store = &db.store;
    let (id, ib) = aangemeld(store, false).await;
    let l = leerling(store, &ib, id).await;
    let t = store.thuiszitters();
    let toegelaten = Besluit::Toegelaten {
        extra_ondersteuning: false,
    };
    store
        .aanmeldingen()
        .beslis_aanmelding(&ib, id, &toegelaten, "gehoord", ONTVANGEN, "/t")
        .await
        .unwrap();
    let swv = als(store, "swv", Rol::Swv, "PO2605").await;
    let stap = Stap {
        naam: "Commissie".into(),
        eigenaar: "commissie".into(),
        weken: 1,
    };
    let po = passend_domain::SwvCode::parse("PO2605").unwrap();
    t.set_ladder(&swv, &po, &Escalatieladder::new(vec![stap]).unwrap())
        .await
        .unwrap();
    let (start, dag) = (date(2027, 2, 1), date(2027, 3, 1));
    let zaak = t
        .open_zaak(&ib, l, Soort::LangdurigRelatiefVerzuim, start, dag, "/t")
        .await
        .unwrap();
    t.neem_besluit(&swv, zaak, "Plaatsing op De Boog", dag, "/t")
        .await
        .unwrap();
    let z = t.zaak_voor(&swv, zaak, dag, "/t").await.unwrap();
    assert_eq!(
        (z.opgelost_op, z.besluit.as_deref()),
        (None, Some("Plaatsing op De Boog"))
    );
    // Absent all day: still open. Present (part of) a day while enrolled: resolved then.
    let mut raw = <sqlx::AnyConnection as sqlx::Connection>::connect(&db.url)
        .await
        .unwrap();
    for (d, afwezig) in [("2027-03-02", 500), ("2027-03-03", 100)] {
        sqlx::query(
            "INSERT INTO verzuimregel (leerling_id, datum, vestiging_code, gepland, ongeoorloofd, geoorloofd, regio) \
             VALUES ($1, $2, '12AB00', 500, $3, 0, 'midden')",
        )
        .bind(l.0)
        .bind(d)
        .bind(afwezig)
        .execute(&mut raw)
        .await
        .unwrap();
    }
    assert_eq!(
        t.los_op_bij_aanwezigheid(date(2027, 3, 2)).await.unwrap(),
        0
    );
    assert_eq!(
        t.los_op_bij_aanwezigheid(date(2027, 3, 4)).await.unwrap(),
        1
    );
    let z = t
        .zaak_voor(&swv, zaak, date(2027, 3, 4), "/t")
        .await
        .unwrap();
    assert_eq!(
        (z.opgelost_op, z.oplossing.as_deref()),
        (Some(date(2027, 3, 3)), Some("aanwezig"))
    );
}

//! The storage contract: every test runs on SQLite and on PostgreSQL.

use crate::support::{TestDb, contract};
use jiff::civil::date;
use passend_demo::Demo;
use passend_domain::{
    Brin, Bsn, Inschrijving, Leerling, Naam, Postcode, Rol, Schoolsoort, SwvCode, VestigingCode,
};
use passend_store::{AccountRol, LeerlingId, NewAccount, NewVestiging, Store, StoreError};

mod accounts;
mod inschrijving;
mod mail;
mod opp_evaluatie;
mod ouder_aanmelding;
mod ouder_stappen;
mod referentie;
mod toegang;
mod tweede_factor;

use accounts::accounts_verify_passwords;
use accounts::the_first_beheerder_changes_the_one_time_password;
use inschrijving::duplicate_bsn_is_a_conflict;
use inschrijving::overlapping_enrolment_is_refused;
use inschrijving::pupil_dossier_has_woon_swv_and_history;
use inschrijving::unknown_postcode_is_refused_and_nothing_stored;
use opp_evaluatie::an_evaluation_without_the_parents_does_not_count;
use ouder_aanmelding::a_digital_registration_is_received_at_once;
use ouder_stappen::parents_take_their_own_steps_and_nobody_else_does;
use referentie::demo_region_is_complete;
use referentie::reference_data_is_loaded;
use referentie::vestiging_swv_follows_from_postcode;
use tweede_factor::a_second_factor_is_enrolled_used_once_and_locked_out;
use tweede_factor::the_beheerder_requires_a_second_factor_per_staff_role;

contract!(
    reference_data_is_loaded,
    vestiging_swv_follows_from_postcode,
    pupil_dossier_has_woon_swv_and_history,
    unknown_postcode_is_refused_and_nothing_stored,
    duplicate_bsn_is_a_conflict,
    overlapping_enrolment_is_refused,
    accounts_verify_passwords,
    the_first_beheerder_changes_the_one_time_password,
    demo_region_is_complete,
    a_second_factor_is_enrolled_used_once_and_locked_out,
    the_beheerder_requires_a_second_factor_per_staff_role,
    an_evaluation_without_the_parents_does_not_count,
);

crate::support::contract_db!(
    parents_take_their_own_steps_and_nobody_else_does,
    a_digital_registration_is_received_at_once,
);

const TODAY: jiff::civil::Date = date(2026, 11, 22);

pub(crate) async fn school_with_vestiging(
    store: &Store,
    code: &str,
    postcode: &str,
    soort: Schoolsoort,
) -> SwvCode {
    let vestiging = VestigingCode::parse(code).unwrap();
    // A distinct 5-digit bevoegd-gezagnummer per BRIN.
    let b = code.as_bytes();
    let nummer = format!(
        "{}{:03}",
        &code[..2],
        u32::from(b[2] - b'A') * 26 + u32::from(b[3] - b'A')
    );
    let bestuur = store
        .organisaties()
        .create_bestuur(&nummer, "Stichting Test")
        .await
        .unwrap();
    store
        .organisaties()
        .create_school(&vestiging.brin(), "Testschool", bestuur)
        .await
        .unwrap();
    store
        .organisaties()
        .create_vestiging(&NewVestiging {
            code: vestiging,
            naam: "Testschool".into(),
            schoolsoort: soort,
            postcode: Postcode::parse(postcode).unwrap(),
            plaats: "Nieuwegein".into(),
            swv: None,
        })
        .await
        .unwrap()
}

pub(crate) fn pupil(bsn: &str, postcode: &str) -> Leerling {
    Leerling::new(
        Naam::new("Sanne", Some("van den"), "Berg").unwrap(),
        date(2016, 5, 3),
        Postcode::parse(postcode).unwrap(),
        Some(Bsn::parse(bsn).unwrap()),
        None,
        TODAY,
    )
    .unwrap()
}

#[tokio::test]
async fn sqlite_runs_with_foreign_keys_and_wal() {
    let db = TestDb::sqlite().await;
    assert!(db.store.foreign_keys_enforced().await.unwrap());
    assert_eq!(
        db.store.journal_mode().await.unwrap().as_deref(),
        Some("wal")
    );
    db.finish().await;
}

#[tokio::test]
async fn both_migration_histories_give_the_same_columns() {
    let Some(pg) = TestDb::postgres("both_migration_histories_give_the_same_columns").await else {
        return;
    };
    let lite = TestDb::sqlite().await;
    let mut a = lite.store.schema_columns().await.unwrap();
    let mut b = pg.store.schema_columns().await.unwrap();
    a.sort();
    b.sort();
    assert!(a.len() > 40);
    assert_eq!(a, b);
    lite.finish().await;
    pg.finish().await;
}

#[tokio::test]
async fn demo_is_deterministic() {
    let (one, two) = (TestDb::sqlite().await, TestDb::sqlite().await);
    let (a, b) = (
        one.store.create_demo().await.unwrap(),
        two.store.create_demo().await.unwrap(),
    );
    assert_eq!(a.ouders, b.ouders);
    for id in [1, 777, 15_000] {
        let (x, y) = (
            one.store.leerling_dossier(LeerlingId(id)).await.unwrap(),
            two.store.leerling_dossier(LeerlingId(id)).await.unwrap(),
        );
        assert_eq!(format!("{x:?}"), format!("{y:?}"));
    }
    one.finish().await;
    two.finish().await;
}

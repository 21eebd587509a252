//! The current schooljaar (issue 19 part 6): absence on a day of a schooljaar whose holidays
//! were never loaded is refused with a message that says which calendar is missing; once the
//! beheerder has loaded it, the same file is accepted. On SQLite and PostgreSQL.

use crate::store::{pupil, school_with_vestiging};
use crate::support::{TestDb, contract_db};
use jiff::civil::date;
use passend_domain::verzuim::{Uren, Vakantieregio, lees_open_data};
use passend_domain::{Inschrijving, Rol, Schoolsoort, VestigingCode};
use passend_store::{LeerlingId, StoreError, VerzuimInvoer};

/// Test input in the open-data layout for 2026-2027; the dates are made up for the test.
pub(crate) const VAKANTIES_2026_2027: &str = r#"{"content": [{"schoolyear": "2026-2027", "vacations": [
  {"type": "Herfstvakantie", "regions": [
    {"region": "noord", "startdate": "2026-10-17T00:00:00.000Z", "enddate": "2026-10-25T00:00:00.000Z"},
    {"region": "midden", "startdate": "2026-10-17T00:00:00.000Z", "enddate": "2026-10-25T00:00:00.000Z"},
    {"region": "zuid", "startdate": "2026-10-10T00:00:00.000Z", "enddate": "2026-10-18T00:00:00.000Z"}]},
  {"type": "Kerstvakantie", "regions": [
    {"region": "heel Nederland", "startdate": "2026-12-19T00:00:00.000Z", "enddate": "2027-01-03T00:00:00.000Z"}]}]}]}"#;

fn afwezig(leerling: LeerlingId, dag: jiff::civil::Date) -> VerzuimInvoer {
    VerzuimInvoer {
        regel: 2,
        leerling,
        datum: dag,
        gepland: Uren::parse("5").unwrap(),
        ongeoorloofd: Uren::parse("5").unwrap(),
        geoorloofd: Uren::parse("0").unwrap(),
    }
}

async fn schooljaar_2026_2027_after_loading_its_calendar(db: &TestDb) {
    let store = &db.store;
    school_with_vestiging(store, "90AA00", "3431AB", Schoolsoort::Bao).await;
    let id = store
        .create_leerling(&pupil("123456782", "3431AB"))
        .await
        .unwrap();
    let vestiging = VestigingCode::parse("90AA00").unwrap();
    store
        .add_inschrijving(
            id,
            Inschrijving::new(vestiging.clone(), date(2022, 8, 20), None).unwrap(),
        )
        .await
        .unwrap();
    let school = store
        .systeem_verzoeker(Rol::School, "90AA00")
        .await
        .unwrap();
    let maandag = [afwezig(id, date(2026, 11, 2))];
    let fout = store
        .verzuim()
        .importeer_verzuim(
            &school,
            &vestiging,
            Vakantieregio::Midden,
            &maandag,
            "/verzuim/import",
        )
        .await
        .unwrap_err();
    let StoreError::Ongeldig(tekst) = &fout else {
        panic!("{fout:?}")
    };
    assert!(
        tekst.starts_with("regel 2: de schoolvakanties van schooljaar 2026-2027 zijn niet geladen"),
        "{tekst}"
    );

    // Only the beheerder loads calendars; an incomplete one changes nothing.
    let rijen = lees_open_data(VAKANTIES_2026_2027).unwrap();
    assert!(
        store
            .verzuim()
            .laad_schoolvakanties(&school, &rijen, "/beheer/kalender")
            .await
            .is_err()
    );
    let beheer = store.systeem_verzoeker(Rol::Beheerder, "").await.unwrap();
    let onvolledig: Vec<_> = rijen
        .iter()
        .filter(|v| v.regio != Vakantieregio::Zuid)
        .cloned()
        .collect();
    assert!(
        store
            .verzuim()
            .laad_schoolvakanties(&beheer, &onvolledig, "/beheer/kalender")
            .await
            .is_err()
    );
    let jaren = store
        .verzuim()
        .laad_schoolvakanties(&beheer, &rijen, "/beheer/kalender")
        .await
        .unwrap();
    assert_eq!(
        jaren.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["2026-2027"]
    );
    // Loading the same file again is harmless.
    store
        .verzuim()
        .laad_schoolvakanties(&beheer, &rijen, "/beheer/kalender")
        .await
        .unwrap();

    let uitkomst = store
        .verzuim()
        .importeer_verzuim(
            &school,
            &vestiging,
            Vakantieregio::Midden,
            &maandag,
            "/verzuim/import",
        )
        .await
        .unwrap();
    assert_eq!(uitkomst.rijen, 1);
    // A holiday of the loaded calendar is no school day; the shipped years still hold.
    let herfst = [afwezig(id, date(2026, 10, 20))];
    let fout = store
        .verzuim()
        .importeer_verzuim(
            &school,
            &vestiging,
            Vakantieregio::Midden,
            &herfst,
            "/verzuim/import",
        )
        .await
        .unwrap_err();
    assert!(
        fout.to_string()
            .contains("is geen schooldag in regio midden"),
        "{fout}"
    );
    let kalender = store
        .verzuim()
        .kalender(Vakantieregio::Midden)
        .await
        .unwrap();
    assert!(kalender.is_schooldag(date(2025, 9, 1)));
    assert!(
        !kalender.is_schooldag(date(2025, 10, 20)),
        "herfstvakantie 2025 midden"
    );
}

contract_db!(schooljaar_2026_2027_after_loading_its_calendar);

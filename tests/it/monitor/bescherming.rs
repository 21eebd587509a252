//! Public school counts are protected.

use super::*;

/// The public register (schools, SWV pages, their downloads and the API) publishes enrolment
/// counts per school; a school of 3 next to one of 25 in an SWV whose total (28) is shown
/// would give the 3 away by subtraction. So the 3 is "<10" and the 25 "×", everywhere.
async fn public_school_counts_are_protected(db: &TestDb) {
    use passend_domain::{Inschrijving, Schoolsoort, VestigingCode};
    let store = &db.store;
    let swv =
        crate::store::school_with_vestiging(store, "12AB00", "3431AB", Schoolsoort::Bao).await;
    crate::store::school_with_vestiging(store, "12AC00", "3431AB", Schoolsoort::Bao).await;
    for (i, school) in std::iter::repeat_n("12AB00", 3)
        .chain(std::iter::repeat_n("12AC00", 25))
        .enumerate()
    {
        let id = store
            .create_leerling(&crate::store::pupil(&crate::edexml::bsn(i), "3431AB"))
            .await
            .unwrap();
        store
            .add_inschrijving(
                id,
                Inschrijving::new(
                    VestigingCode::parse(school).unwrap(),
                    jiff::civil::date(2024, 8, 19),
                    None,
                )
                .unwrap(),
            )
            .await
            .unwrap();
    }
    let rij = |body: &str, code: &str| -> String {
        let at = body.find(&format!("/scholen/{code}\"")).expect(code);
        let eind = body[at..].find("</tr>").unwrap() + at;
        body[at..eind].to_string()
    };
    let page = get(store, &format!("/swv/{swv}"), None).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        rij(&page.body, "12AB00").ends_with("<td>&#60;10</td>"),
        "{}",
        page.body
    );
    assert!(
        rij(&page.body, "12AC00").ends_with("<td>×</td>"),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("<dd>28</dd>"),
        "the SWV's total stays: {}",
        page.body
    );
    let page = get(store, "/scholen", None).await;
    assert!(rij(&page.body, "12AB00").ends_with("<td>&#60;10</td>"));
    assert!(rij(&page.body, "12AC00").ends_with("<td>×</td>"));
    let csv = get(store, "/scholen?formaat=csv", None).await;
    assert!(
        csv.body.contains("12AB00,Testschool,bao,Nieuwegein"),
        "{}",
        csv.body
    );
    assert!(
        csv.body
            .lines()
            .any(|l| l.starts_with("12AB00,") && l.ends_with(",<10")),
        "{}",
        csv.body
    );
    assert!(
        csv.body
            .lines()
            .any(|l| l.starts_with("12AC00,") && l.ends_with(",×")),
        "{}",
        csv.body
    );
    let school = get(store, "/scholen/12AC00", None).await;
    assert!(school.body.contains("<dd>×</dd>"), "{}", school.body);
    let api = get(store, "/api/v1/scholen/12AB00", None).await;
    let json: serde_json::Value = serde_json::from_str(&api.body).unwrap();
    assert_eq!(
        json["aantalLeerlingen"],
        serde_json::json!({"waarde": null, "onderdrukt": true, "label": "<10"})
    );
    let api = get(store, "/api/v1/scholen/12AC00", None).await;
    let json: serde_json::Value = serde_json::from_str(&api.body).unwrap();
    assert_eq!(json["aantalLeerlingen"]["label"], "×");
    // The raw counts are as set up: the protection hides, it does not invent.
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let n: i64 = sqlx::query("SELECT COUNT(*) FROM inschrijving WHERE vestiging_code = '12AB00'")
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get(0);
    assert_eq!(n, 3);
    raw.close().await.unwrap();
}

contract_db!(public_school_counts_are_protected);

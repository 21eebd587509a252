//! Decisions ask for confirmation before they are final (issue 20, part 8): each decision
//! form of the web pages, posted without `bevestigd=ja`, records nothing and answers with
//! "Controleer en bevestig" (the input as hidden fields, the date in words); "Terug" gives
//! the form back with the input kept; only the confirmed post records. Invalid input is
//! refused as before and never reaches the confirmation page.

use super::*;
use passend_domain::brief::datum_voluit;
use passend_domain::{Rol, VestigingCode};
use sqlx::{Connection, Row};

/// One decision form: who posts it where, a valid body, a text of the body the form shows
/// again after "Terug", and the count of records it makes.
struct Formulier {
    user: &'static str,
    url: String,
    body: String,
    terug_ziet: &'static str,
    vastgelegd: String,
}

async fn tel(url: &str, sql: &str) -> i64 {
    let mut raw = sqlx::AnyConnection::connect(url).await.unwrap();
    let n: i64 = sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get(0);
    raw.close().await.unwrap();
    n
}

async fn een(raw: &mut sqlx::AnyConnection, sql: &str) -> i64 {
    sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_one(raw)
        .await
        .unwrap()
        .get(0)
}

/// The demo's open cases of each kind, and a vrijstelling 5 onder b request to decide.
async fn formulieren(db: &TestDb) -> Vec<Formulier> {
    let today = passend_web::vandaag();
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let aanmelding = een(&mut raw, "SELECT MIN(id) FROM aanmelding WHERE vestiging_code = '90AA00' AND besluit IS NULL AND ingetrokken_op IS NULL").await;
    let arrangement = een(&mut raw, "SELECT MIN(id) FROM arrangement WHERE besluit IS NULL AND overleg_datum IS NOT NULL AND swv_code = 'PO2605'").await;
    let vrijstelling = een(&mut raw, "INSERT INTO vrijstelling (leerling_id, gemeentecode, grond, van, status, verklaring_van_behandelaar, aangemaakt) \
         SELECT MIN(l.id), '0356', '5b', '2026-12-01', 'aangevraagd', 0, 'nu' FROM leerling l \
         JOIN postcode_regio p ON p.pc4 = l.pc4 WHERE p.gemeentecode = '0356' RETURNING id").await;
    raw.close().await.unwrap();
    let school = VestigingCode::parse("90AA00").unwrap();
    let leerlingen = db
        .store
        .leerlingen_van_vestiging(&school, today)
        .await
        .unwrap();
    let (geschorst, verwijderd) = (leerlingen[10].id.0, leerlingen[12].id.0);
    let swv = db
        .store
        .systeem_verzoeker(Rol::Swv, "PO2605")
        .await
        .unwrap();
    let zaak = db
        .store
        .thuiszitters()
        .zaken_voor(&swv, today, "/t")
        .await
        .unwrap()
        .into_iter()
        .find(|z| z.opgelost_op.is_none() && z.laatste_stap && z.besluit.is_none())
        .expect("a case at the top of the ladder")
        .id;
    let (morgen, later) = (
        today + jiff::ToSpan::days(1),
        today + jiff::ToSpan::days(90),
    );
    vec![
        Formulier {
            user: "ib",
            url: format!("/aanmeldingen/{aanmelding}/besluit"),
            body: "soort=toegelaten&stem_kind=Wil+graag+op+deze+school+komen".into(),
            terug_ziet: "Wil graag op deze school komen",
            vastgelegd: format!(
                "SELECT COUNT(*) FROM aanmelding WHERE id = {aanmelding} AND besluit IS NOT NULL"
            ),
        },
        Formulier {
            user: "ib",
            url: format!("/leerlingen/{geschorst}/schorsing"),
            body: format!(
                "van={today}&tot={morgen}&reden=Herhaald+geweld&schriftelijk=ja&stem_kind=Gehoord"
            ),
            terug_ziet: "Herhaald geweld",
            vastgelegd: format!("SELECT COUNT(*) FROM schorsing WHERE leerling_id = {geschorst}"),
        },
        Formulier {
            user: "ib",
            url: format!("/leerlingen/{verwijderd}/verwijdering"),
            body: format!(
                "datum={later}&leraar_gehoord=ja&ouders_gehoord=ja&andere_school=SBO+De+Brug&stem_kind=Gehoord&reden=Herhaald+geweld"
            ),
            terug_ziet: "SBO De Brug",
            vastgelegd: format!(
                "SELECT COUNT(*) FROM verwijdering WHERE leerling_id = {verwijderd}"
            ),
        },
        Formulier {
            user: "swv-po",
            url: format!("/arrangementen/{arrangement}/besluit"),
            body: format!(
                "besluit=toegekend&inhoud=Ambulante+begeleiding&van={today}&tot={later}&kosten=1250"
            ),
            terug_ziet: "Ambulante begeleiding",
            vastgelegd: format!(
                "SELECT COUNT(*) FROM arrangement WHERE id = {arrangement} AND besluit IS NOT NULL"
            ),
        },
        Formulier {
            user: "swv-po",
            url: format!("/thuiszitters/{zaak}/besluit"),
            body: "besluit=Plaatsing+op+SBO+De+Brug+met+vervoer".into(),
            terug_ziet: "Plaatsing op SBO De Brug met vervoer",
            vastgelegd: format!(
                "SELECT COUNT(*) FROM thuiszitter_zaak WHERE id = {zaak} AND besluit IS NOT NULL"
            ),
        },
        Formulier {
            user: "leerplicht",
            url: format!("/leerplicht/vrijstellingen/{vrijstelling}/besluit"),
            body: "besluit=verlenen".into(),
            terug_ziet: "Vrijstellingen",
            vastgelegd: format!(
                "SELECT COUNT(*) FROM vrijstelling WHERE id = {vrijstelling} AND status <> 'aangevraagd'"
            ),
        },
    ]
}

#[tokio::test]
async fn a_decision_is_recorded_only_when_confirmed() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let vandaag = datum_voluit(passend_web::vandaag());
    for f in formulieren(&db).await {
        let cookie = sign_in(store, f.user).await;
        let csrf = csrf_of(&get(store, "/", Some(&cookie)).await.body);
        let post = |extra: &str| format!("csrf={csrf}&{}{extra}", f.body);
        let teller = || tel(&db.url, &f.vastgelegd);
        let url = &f.url;

        let check = post_form(store, url, Some(&cookie), &post("")).await;
        assert_eq!(check.status, StatusCode::OK, "{url}: {}", check.body);
        assert!(
            check.body.contains("<h1>Controleer en bevestig</h1>"),
            "{url}"
        );
        assert!(check.body.contains("er is nog niets vastgelegd"), "{url}");
        assert_eq!(teller().await, 0, "{url}: recorded without confirmation");
        // Bevestigen and Terug post the same fields, hidden, to the same path.
        let bevestig = check.body.split("id=\"bevestig\"").nth(1).unwrap();
        let bevestig = &bevestig[..bevestig.find("</form>").unwrap()];
        // (The bodies above use no percent-escapes: a `+` is a space.)
        for (naam, waarde) in f.body.split('&').filter_map(|p| p.split_once('=')) {
            let waarde = waarde.replace('+', " ");
            let veld = format!("name=\"{naam}\" value=\"{waarde}\"");
            assert!(bevestig.contains(&veld), "{url}: {veld} in {bevestig}");
        }
        assert!(bevestig.contains("name=\"bevestigd\" value=\"ja\""));
        assert!(bevestig.contains(&format!("name=\"csrf\" value=\"{csrf}\"")));
        assert!(check.body.contains(&format!("action=\"{url}\"")));
        if !url.starts_with("/leerlingen/") {
            assert!(check.body.contains(&vandaag), "{url}: the date in words");
        }

        let terug = post_form(store, url, Some(&cookie), &post("&terug=ja")).await;
        match terug.status {
            StatusCode::OK => {
                assert!(terug.body.contains(f.terug_ziet), "{url}: input kept");
                assert!(terug.body.contains("Uw invoer staat er nog"), "{url}");
            }
            // The vrijstelling's only input is its button: back to the list.
            _ => assert_eq!(terug.location.as_deref(), Some("/leerplicht"), "{url}"),
        }
        assert_eq!(teller().await, 0, "{url}: recorded on the way back");

        let bevestigd = post_form(store, url, Some(&cookie), &post("&bevestigd=ja")).await;
        assert_eq!(
            bevestigd.status,
            StatusCode::SEE_OTHER,
            "{url}: {}",
            bevestigd.body
        );
        assert_eq!(teller().await, 1, "{url}: recorded when confirmed");
    }
    db.finish().await;
}

#[tokio::test]
async fn invalid_input_never_reaches_the_confirmation_page() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let formulieren = formulieren(&db).await;
    let f = &formulieren[0];
    let cookie = sign_in(store, f.user).await;
    let csrf = csrf_of(&get(store, "/", Some(&cookie)).await.body);
    // Without the child's voice: the rule's refusal, named, and nothing to confirm.
    let body = format!("csrf={csrf}&soort=toegelaten&stem_kind=");
    let zonder = post_form(store, &f.url, Some(&cookie), &body).await;
    assert_eq!(zonder.status, StatusCode::BAD_REQUEST);
    assert!(
        zonder.body.contains("wat het kind heeft gezegd"),
        "{}",
        zonder.body
    );
    assert!(!zonder.body.contains("Controleer en bevestig"));
    // Who may not take the decision gets "not found" at the check, as at the record: no
    // confirmation page with the child's name.
    let (_, ander) = account_in_role(store, "ib-ander", Rol::School, Some("90AB00")).await;
    let csrf = csrf_of(&get(store, "/", Some(&ander)).await.body);
    for f in &formulieren {
        let body = format!("csrf={csrf}&{}", f.body);
        let reply = post_form(store, &f.url, Some(&ander), &body).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{}", f.url);
        assert_eq!(tel(&db.url, &f.vastgelegd).await, 0, "{}", f.url);
    }
    db.finish().await;
}

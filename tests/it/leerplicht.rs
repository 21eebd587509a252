//! The leerplicht view: vrijstellingen with their checks, the residents check that finds
//! absoluut verzuim, the art. 25 counts, and nothing of another gemeente.

use crate::support::demo_sqlite;
use crate::web::{Reply, account_in_role, csrf_of, get, post_form, send, sign_in};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use passend_domain::Rol;
use passend_store::Store;
use sqlx::{Connection, Row};

pub async fn upload_ingezetenen(store: &Store, cookie: &str, csrf: &str, csv: &str) -> Reply {
    let boundary = "----passendgrens";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"brp.csv\"\r\nContent-Type: text/csv\r\n\r\n{csv}\r\n\
         --{boundary}--\r\n"
    );
    let req = Request::post("/leerplicht/ingezetenen")
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header(header::COOKIE, cookie)
        .body(Body::from(body))
        .unwrap();
    send(store, req).await
}

/// The table rows of a page that link to this pupil.
fn rijen_van(body: &str, leerling: i64) -> Vec<&str> {
    let link = format!("<a href=\"/leerlingen/{leerling}\">");
    body.split("<tr>").filter(|r| r.contains(&link)).collect()
}

#[tokio::test]
async fn leerplicht_records_vrijstellingen_and_finds_absoluut_verzuim() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    // A resident of Nieuwegein enrolled at a school, to record a vrijstelling for.
    let (leerling, bsn, geboren, postcode): (i64, String, String, String) = {
        let r = sqlx::query(
            "SELECT l.id, l.bsn, l.geboortedatum, l.postcode FROM leerling l JOIN postcode_regio p ON p.pc4 = l.pc4 \
             WHERE p.gemeentecode = '0356' AND l.id NOT IN (SELECT leerling_id FROM thuiszitter_zaak) ORDER BY l.id LIMIT 1",
        )
        .fetch_one(&mut raw)
        .await
        .unwrap();
        (r.get(0), r.get(1), r.get(2), r.get(3))
    };
    let lp = sign_in(store, "leerplicht").await;
    let page = get(store, "/leerplicht", Some(&lp)).await;
    assert_eq!(page.status, StatusCode::OK);
    let csrf = csrf_of(&page.body);
    // 5 onder a without the SWV's advice: recorded as a request, but cannot be granted.
    let today = passend_web::vandaag();
    let body = format!(
        "csrf={csrf}&leerling={leerling}&grond=5a&van=2026-11-01&verklaring_datum=2026-10-01&swv_advies_uiterlijk={today}\
         &document_soort=verklaring&document_datum=2026-10-01&document_omschrijving=psycholoog+(niet+de+behandelaar)"
    );
    assert_eq!(
        post_form(store, "/leerplicht/vrijstellingen", Some(&lp), &body)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let id: i64 = sqlx::query("SELECT id FROM vrijstelling WHERE leerling_id = $1")
        .bind(leerling)
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get(0);
    let grant = post_form(
        store,
        &format!("/leerplicht/vrijstellingen/{id}/besluit"),
        Some(&lp),
        &format!("csrf={csrf}&besluit=verlenen&bevestigd=ja"),
    )
    .await;
    assert_eq!(grant.status, StatusCode::BAD_REQUEST);
    assert!(
        grant.body.contains("advies van het samenwerkingsverband"),
        "{}",
        grant.body
    );
    // With a fresh statement (not the practitioner's) and the SWV's own advice, it can.
    let recent = (today - jiff::ToSpan::days(20)).to_string();
    let body = format!(
        "csrf={csrf}&leerling={leerling}&grond=5a&van={today}&verklaring_datum={recent}&swv_advies_uiterlijk={today}"
    );
    post_form(store, "/leerplicht/vrijstellingen", Some(&lp), &body).await;
    let id2: i64 = sqlx::query("SELECT MAX(id) FROM vrijstelling")
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get(0);
    let swv: String =
        sqlx::query("SELECT swv_code FROM vrijstelling_advies WHERE vrijstelling_id = $1")
            .bind(id2)
            .fetch_one(&mut raw)
            .await
            .unwrap()
            .get(0);
    let swv = sign_in(
        store,
        if swv.starts_with("PO") {
            "swv-po"
        } else {
            "swv-vo"
        },
    )
    .await;
    let swv_csrf = csrf_of(&get(store, "/vrijstellingsadviezen", Some(&swv)).await.body);
    let advies = post_form(
        store,
        &format!("/vrijstellingsadviezen/{id2}"),
        Some(&swv),
        &format!("csrf={swv_csrf}&tekst=Onderwijs+is+nu+niet+haalbaar"),
    )
    .await;
    assert_eq!(advies.status, StatusCode::SEE_OTHER, "{}", advies.body);
    let ok = post_form(
        store,
        &format!("/leerplicht/vrijstellingen/{id2}/besluit"),
        Some(&lp),
        &format!("csrf={csrf}&besluit=verlenen&bevestigd=ja"),
    )
    .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let view = get(store, "/leerplicht", Some(&lp)).await;
    // "verleend" alone is also in the header "Vrijstellingen verleend": look at the status
    // cell of this pupil's granted vrijstelling (the refused attempt stays "aangevraagd").
    let rijen = rijen_van(&view.body, leerling);
    assert_eq!(
        rijen
            .iter()
            .filter(|r| r.contains("<td>verleend</td>"))
            .count(),
        1,
        "{rijen:?}"
    );
    assert!(rijen.iter().any(|r| r.contains("<td>aangevraagd")));
    assert!(view.body.contains("psycholoog (niet de behandelaar)"));
    assert!(view.body.contains("art. 5a: 1"), "art. 25 count per ground");
    let next_july = jiff::civil::date(today.year() + 1, 7, 1);
    assert!(
        view.body.contains(&passend_web::datum(next_july)),
        "the next yearly notice is due before 1 juli"
    );
    let notice = post_form(
        store,
        &format!("/leerplicht/vrijstellingen/{id2}/kennisgeving"),
        Some(&lp),
        &format!("csrf={csrf}"),
    )
    .await;
    assert_eq!(notice.status, StatusCode::SEE_OTHER);

    // The residents check: one enrolled pupil, one unknown child of 9 (absoluut verzuim),
    // one of 3 (not yet leerplichtig).
    let nine = (today - jiff::ToSpan::years(9)).to_string();
    let three = (today - jiff::ToSpan::years(3)).to_string();
    // 101234564 is an onderwijsnummer (a child without a BSN), of 12: also absoluut verzuim.
    let twelve = (today - jiff::ToSpan::years(12)).to_string();
    let csv = format!(
        "bsn,geboortedatum,postcode,voornaam,achternaam\n{bsn},{geboren},{postcode},,\n123456782,{nine},3431 AB,Noor,Visser\n111222333,{three},3431 AB,,\n101234564,{twelve},3431 AB,Sem,Bakker\n"
    );
    let checked = upload_ingezetenen(store, &lp, &csrf, &csv).await;
    assert_eq!(checked.status, StatusCode::OK, "{}", checked.body);
    assert!(
        checked.body.contains(
            "4 ingezetenen gecontroleerd: 3 leer- of kwalificatieplichtig, 1 ingeschreven"
        ),
        "{}",
        checked.body
    );
    assert!(
        checked
            .body
            .contains("2 absoluut verzuim (2 nieuwe thuiszitterzaken)"),
        "{}",
        checked.body
    );
    let zaken = get(store, "/thuiszitters", Some(&lp)).await;
    assert!(
        zaken.body.contains("Noor Visser")
            && zaken.body.contains("Sem Bakker")
            && zaken.body.contains("absoluut_verzuim")
    );
    // A list with a resident of another gemeente is refused as a whole.
    let wrong = format!(
        "bsn,geboortedatum,postcode\n{bsn},{geboren},{postcode}\n999999990,{nine},3991 AA\n"
    );
    let refused = upload_ingezetenen(store, &lp, &csrf, &wrong).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.body.contains("regel 3"), "{}", refused.body);

    // Another gemeente's officer sees none of this, and cannot decide on it.
    let (_, houten) = account_in_role(store, "lp-houten", Rol::Leerplicht, Some("0321")).await;
    let other = get(store, "/leerplicht", Some(&houten)).await;
    assert!(
        !other.body.contains("Noor Visser")
            && !other.body.contains("psycholoog (niet de behandelaar)")
    );
    let other_csrf = csrf_of(&other.body);
    let decide = post_form(
        store,
        &format!("/leerplicht/vrijstellingen/{id}/besluit"),
        Some(&houten),
        &format!("csrf={other_csrf}&besluit=weigeren&bevestigd=ja"),
    )
    .await;
    assert_eq!(decide.status, StatusCode::NOT_FOUND);
    raw.close().await.unwrap();
    db.finish().await;
}

#[tokio::test]
async fn progress_against_the_goal_with_small_cells_hidden_outside_the_swv() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let public = get(store, "/voortgang", None).await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(
        public.body.contains("<svg")
            && public
                .body
                .contains("<td>2015/2016</td><td>4.194</td><td>4.194</td>")
    );
    assert!(
        public
            .body
            .contains("<td>2016/2017</td><td>4.214</td><td>3.146</td>"),
        "measured against the trajectory"
    );
    assert!(!public.body.contains("Per samenwerkingsverband"));
    // The demo register has PO2605 cases over three months in this schooljaar.
    let swv = sign_in(store, "swv-po").await;
    let own = get(store, "/voortgang", Some(&swv)).await;
    let row = own
        .body
        .split("<td>PO2605</td>")
        .nth(1)
        .expect("own SWV row");
    let count: i64 = row
        .split("<td>")
        .nth(2)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(count >= 1, "{row}");
    // The OPR sees its own SWV as the monitor shows it: a small count hidden.
    let opr = sign_in(store, "opr").await;
    let page = get(store, "/voortgang", Some(&opr)).await;
    let row = page
        .body
        .split("<td>PO2605</td>")
        .nth(1)
        .expect("OPR's SWV row");
    let shown = row.split("<td>").nth(2).unwrap().split('<').next().unwrap();
    if count < 10 {
        assert_eq!(shown, "&#60;10", "{row}");
    } else {
        assert_eq!(shown, count.to_string());
    }
    let inspectie = sign_in(store, "inspectie").await;
    let national = get(store, "/voortgang", Some(&inspectie)).await;
    assert!(
        national.body.contains("<td>PO2605</td>") && national.body.contains("<td>&#60;10</td>"),
        "small cells hidden"
    );
    db.finish().await;
}

//! A school registers and decides within the law; registrations imported all or nothing.

use super::*;

#[tokio::test]
async fn a_school_registers_decides_within_the_law_and_only_it_and_its_swv_see_it() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let ib = sign_in(store, "ib").await;
    let page = get(store, "/aanmeldingen", Some(&ib)).await;
    let csrf = csrf_of(&page.body);
    let today = passend_web::vandaag();
    let ontvangen = today - jiff::ToSpan::days(10);
    let body = format!(
        "csrf={csrf}&voornaam=Lotte&tussenvoegsel=&achternaam=Jansen&geboortedatum=2021-06-01&postcode=3431+AB&persoonsnummer=123456782\
         &ontvangen={ontvangen}&gewenste_start=&eerste_voorkeur=ja&andere_scholen=&extra_ondersteuning=ja&beoordeling=spraak-taal"
    );
    let made = post_form(store, "/aanmeldingen", Some(&ib), &body).await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let url = made.location.unwrap();
    let id = url.rsplit('/').next().unwrap().to_string();
    let detail = get(store, &url, Some(&ib)).await;
    let due = passend_web::datum(ontvangen + jiff::ToSpan::days(42));
    assert!(
        detail.body.contains(&due),
        "decision due 6 weeks after receipt: {due}"
    );
    assert!(
        detail.body.contains("bij deze school"),
        "first preference holds the zorgplicht"
    );
    // The registration is visible to the school and its SWV, not to another school; it gives
    // the registration, not the child's dossier (no link to it, and 404 when typed).
    // (Its parents page, /leerlingen/{id}/ouders, is the school's to invite them.)
    let dossierlink = detail.body.split("href=\"/leerlingen/").skip(1).any(|r| {
        r[..r.find('"').unwrap()]
            .bytes()
            .all(|b| b.is_ascii_digit())
    });
    assert!(!dossierlink, "no dossier link");
    let mut raw = <sqlx::AnyConnection as sqlx::Connection>::connect(&db.url)
        .await
        .unwrap();
    let leerling: i64 = sqlx::Row::get(
        &sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT leerling_id FROM aanmelding WHERE id = {id}"
        )))
        .fetch_one(&mut raw)
        .await
        .unwrap(),
        0,
    );
    sqlx::Connection::close(raw).await.unwrap();
    assert_eq!(
        get(store, &format!("/leerlingen/{leerling}"), Some(&ib))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let swv = sign_in(store, "swv-po").await;
    assert_eq!(get(store, &url, Some(&swv)).await.status, StatusCode::OK);
    let (_, other) = account_in_role(store, "andere-ib", Rol::School, Some("90AB00")).await;
    assert_eq!(
        get(store, &url, Some(&other)).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        get(store, &format!("/leerlingen/{leerling}"), Some(&other))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // An extension of 5 weeks is refused; 2 weeks with notice today is fine, once.
    let five = post_form(
        store,
        &format!("{url}/verlengen"),
        Some(&ib),
        &format!("csrf={csrf}&weken=5&kennisgeving={today}"),
    )
    .await;
    assert_eq!(five.status, StatusCode::BAD_REQUEST);
    let two = post_form(
        store,
        &format!("{url}/verlengen"),
        Some(&ib),
        &format!("csrf={csrf}&weken=2&kennisgeving={today}"),
    )
    .await;
    assert_eq!(two.status, StatusCode::SEE_OTHER, "{}", two.body);
    let extended = get(store, &url, Some(&ib)).await;
    assert!(
        extended
            .body
            .contains(&passend_web::datum(ontvangen + jiff::ToSpan::days(56)))
            && extended.body.contains("(verlengd)")
    );
    // A refusal without another school's written willingness cannot be saved.
    let bare = post_form(store, &format!("{url}/besluit"), Some(&ib), &format!("csrf={csrf}&soort=elders&andere_school=90AB00&stem_kind=Lotte+wil+graag+naar+deze+school&bevestigd=ja")).await;
    assert_eq!(bare.status, StatusCode::BAD_REQUEST);
    assert!(
        bare.body
            .contains("vraag eerst deze school of zij bereid is"),
        "{}",
        bare.body
    );
    let no_voice = post_form(
        store,
        &format!("{url}/besluit"),
        Some(&ib),
        &format!("csrf={csrf}&soort=toegelaten&stem_kind=&bevestigd=ja"),
    )
    .await;
    assert_eq!(
        no_voice.status,
        StatusCode::BAD_REQUEST,
        "the child's voice is required"
    );
    // The other school cannot decide here.
    let other_page = get(store, "/aanmeldingen", Some(&other)).await;
    let other_csrf = csrf_of(&other_page.body);
    let foreign = post_form(
        store,
        &format!("{url}/besluit"),
        Some(&other),
        &format!("csrf={other_csrf}&soort=toegelaten&stem_kind=x&bevestigd=ja"),
    )
    .await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND);
    // Once the other school said yes itself, it can; the letter names the geschillencommissie.
    let asked = post_form(
        store,
        &format!("{url}/bereidheid"),
        Some(&ib),
        &format!(
            "csrf={csrf}&vestiging=90AB00&ondersteuningsbehoefte=Kleine+groep&ouders_akkoord=ja"
        ),
    )
    .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    let inbox = get(store, "/bereidheid", Some(&other)).await;
    let vraag = inbox.body.split("href=\"/bereidheid/").nth(1).unwrap();
    let vraag = &vraag[..vraag.find('"').unwrap()];
    let yes = post_form(
        store,
        &format!("/bereidheid/{vraag}"),
        Some(&other),
        &format!("csrf={other_csrf}&bereid=ja&datum={today}"),
    )
    .await;
    assert_eq!(yes.status, StatusCode::SEE_OTHER, "{}", yes.body);
    let ok = post_form(
        store,
        &format!("{url}/besluit"),
        Some(&ib),
        &format!("csrf={csrf}&soort=elders&andere_school=90AB00&stem_kind=Lotte+wil+graag+naar+deze+school&bevestigd=ja"),
    )
    .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let decided = get(store, &format!("/aanmeldingen/{id}"), Some(&swv)).await;
    assert!(
        decided
            .body
            .contains("geschillencommissie passend onderwijs")
            && decided.body.contains("Lotte wil graag naar deze school")
    );
    // The school keeps its record of the decision, and nothing more: no dossier; the other
    // school still sees nothing.
    assert_eq!(
        get(store, &format!("/aanmeldingen/{id}"), Some(&ib))
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        get(store, &format!("/leerlingen/{leerling}"), Some(&ib))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        get(store, &format!("/leerlingen/{leerling}"), Some(&other))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    db.finish().await;
}

async fn upload_aanmeldingen(
    store: &passend_store::Store,
    cookie: &str,
    csrf: &str,
    csv: &str,
) -> crate::web::Reply {
    let boundary = "----passendgrens";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"aanmeldingen.csv\"\r\nContent-Type: text/csv\r\n\r\n{csv}\r\n\
         --{boundary}--\r\n"
    );
    let req = axum::http::Request::post("/aanmeldingen/import")
        .header(
            axum::http::header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header(axum::http::header::COOKIE, cookie)
        .body(axum::body::Body::from(body))
        .unwrap();
    crate::web::send(store, req).await
}

pub const AANMELDINGEN_KOP: &str = "persoonsnummer,voornaam,tussenvoegsel,achternaam,geboortedatum,postcode,ontvangen,gewenste_start,eerste_voorkeur,andere_scholen,extra_ondersteuning,beoordeling";

#[tokio::test]
async fn a_school_imports_registrations_all_or_nothing() {
    use sqlx::{Connection, Row};
    let db = crate::support::demo_sqlite().await;
    let store = &db.store;
    let ib = crate::web::sign_in(store, "ib").await;
    let csrf = crate::web::csrf_of(
        &crate::web::get(store, "/aanmeldingen", Some(&ib))
            .await
            .body,
    );
    let count = || async {
        let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
        let n: i64 = sqlx::query("SELECT COUNT(*) FROM aanmelding")
            .fetch_one(&mut raw)
            .await
            .unwrap()
            .get(0);
        raw.close().await.unwrap();
        n
    };
    let before = count().await;
    let today = passend_web::vandaag();
    let ontvangen = (today - jiff::ToSpan::days(3)).to_string();
    // The second row has a date that does not exist: nothing is stored, the line is named.
    let bad = format!(
        "{AANMELDINGEN_KOP}\n111222333,Noor,,Jansen,2021-03-04,3431AB,{ontvangen},,ja,,nee,\n\
         123456782,Sem,van,Dijk,2021-02-30,3431AB,{ontvangen},,nee,De Regenboog,ja,leesproblemen\n"
    );
    let reply = upload_aanmeldingen(store, &ib, &csrf, &bad).await;
    assert_eq!(reply.status, axum::http::StatusCode::BAD_REQUEST);
    assert!(reply.body.contains("regel 3"), "{}", reply.body);
    assert_eq!(count().await, before);
    let good = bad.replace("2021-02-30", "2021-02-28");
    let reply = upload_aanmeldingen(store, &ib, &csrf, &good).await;
    assert_eq!(
        reply.status,
        axum::http::StatusCode::SEE_OTHER,
        "{}",
        reply.body
    );
    assert_eq!(count().await, before + 2);
    let page = crate::web::get(store, "/aanmeldingen", Some(&ib)).await;
    // The imported names as list links: "Dijk" alone is in other demo names too.
    for naam in ["Sem van Dijk", "Noor Jansen"] {
        assert!(page.body.contains(&format!("\">{naam}</a>")), "{naam}");
    }
}

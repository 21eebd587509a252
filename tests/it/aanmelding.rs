//! Aanmelding and zorgplicht in the application: registration, clocks, the extension, the
//! decision with its checks and letter, withdrawal, and who sees what.

use crate::support::demo_sqlite;
use crate::web::{account_in_role, csrf_of, get, post_form, sign_in};
use axum::http::StatusCode;
use passend_domain::Rol;

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
    assert!(
        !detail.body.contains("href=\"/leerlingen/"),
        "no dossier link"
    );
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
    let bare = post_form(store, &format!("{url}/besluit"), Some(&ib), &format!("csrf={csrf}&soort=elders&andere_school=90AB00&stem_kind=Lotte+wil+graag+naar+deze+school")).await;
    assert_eq!(bare.status, StatusCode::BAD_REQUEST);
    assert!(
        bare.body.contains("andere school schriftelijk bereid"),
        "{}",
        bare.body
    );
    let no_voice = post_form(
        store,
        &format!("{url}/besluit"),
        Some(&ib),
        &format!("csrf={csrf}&soort=toegelaten&stem_kind="),
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
        &format!("csrf={other_csrf}&soort=toegelaten&stem_kind=x"),
    )
    .await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND);
    // With the willingness recorded, it can; the letter names the geschillencommissie.
    let yesterday = today - jiff::ToSpan::days(1);
    let ok = post_form(
        store,
        &format!("{url}/besluit"),
        Some(&ib),
        &format!("csrf={csrf}&soort=elders&andere_school=90AB00&bereid_op={yesterday}&stem_kind=Lotte+wil+graag+naar+deze+school"),
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

#[tokio::test]
async fn a_schorsing_of_eight_days_is_refused_and_one_of_two_days_is_reported() {
    use passend_domain::VestigingCode;
    let db = demo_sqlite().await;
    let store = &db.store;
    let today = passend_web::vandaag();
    let pupil = store
        .leerlingen_van_vestiging(&VestigingCode::parse("90AA00").unwrap(), today)
        .await
        .unwrap()[10]
        .id
        .0;
    let ib = sign_in(store, "ib").await;
    let page = get(store, &format!("/leerlingen/{pupil}"), Some(&ib)).await;
    let csrf = csrf_of(&page.body);
    let url = format!("/leerlingen/{pupil}/schorsing");
    let eight = post_form(
        store,
        &url,
        Some(&ib),
        &format!(
            "csrf={csrf}&van={today}&tot={}&reden=geweld&schriftelijk=ja&stem_kind=gehoord",
            today + jiff::ToSpan::days(7)
        ),
    )
    .await;
    assert_eq!(eight.status, StatusCode::BAD_REQUEST);
    assert!(
        eight.body.contains("ten hoogste één week"),
        "{}",
        eight.body
    );
    let unwritten = post_form(
        store,
        &url,
        Some(&ib),
        &format!("csrf={csrf}&van={today}&tot={today}&reden=geweld"),
    )
    .await;
    assert_eq!(
        unwritten.status,
        StatusCode::BAD_REQUEST,
        "the decision is written to the parents"
    );
    let two = post_form(
        store,
        &url,
        Some(&ib),
        &format!(
            "csrf={csrf}&van={today}&tot={}&reden=geweld&schriftelijk=ja&stem_kind=gehoord",
            today + jiff::ToSpan::days(1)
        ),
    )
    .await;
    assert_eq!(two.status, StatusCode::SEE_OTHER, "{}", two.body);
    let s = store
        .schorsingen(passend_store::LeerlingId(pupil))
        .await
        .unwrap();
    assert_eq!(s.len(), 1);
    let melding = s[0]
        .inspectie_melding
        .as_deref()
        .expect("two days: a melding to the inspectie");
    assert!(melding.contains("2 dagen") && melding.contains("geweld"));
    let one = post_form(
        store,
        &url,
        Some(&ib),
        &format!(
            "csrf={csrf}&van={0}&tot={0}&reden=pesten&schriftelijk=ja&stem_kind=gehoord",
            today + jiff::ToSpan::days(20)
        ),
    )
    .await;
    assert_eq!(one.status, StatusCode::SEE_OTHER);
    let s = store
        .schorsingen(passend_store::LeerlingId(pupil))
        .await
        .unwrap();
    assert_eq!(
        s.iter().filter(|x| x.inspectie_melding.is_none()).count(),
        1,
        "one day: no melding"
    );
    // A parent sees the schorsing on the child's page; the SWV cannot schorsen.
    let swv = sign_in(store, "swv-po").await;
    let swv_csrf = csrf_of(&get(store, "/", Some(&swv)).await.body);
    let by_swv = post_form(
        store,
        &url,
        Some(&swv),
        &format!(
            "csrf={swv_csrf}&van={today}&tot={today}&reden=x&schriftelijk=ja&stem_kind=gehoord"
        ),
    )
    .await;
    assert_eq!(by_swv.status, StatusCode::BAD_REQUEST);
    db.finish().await;
}

#[tokio::test]
async fn the_school_sets_its_support_profile_and_parents_read_it() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let public = get(store, "/scholen/90AA00/ondersteuningsprofiel", None).await;
    assert!(
        public.body.contains("leren en ontwikkelen")
            && public.body.contains("Vastgesteld op 01-03-2024")
    );
    // The demo has profiles older than four years: the page says so.
    let mut found_old = false;
    for code in ["90AE00", "90AJ00", "90AO00", "90AT00"] {
        let p = get(
            store,
            &format!("/scholen/{code}/ondersteuningsprofiel"),
            None,
        )
        .await;
        found_old |= p.body.contains("ouder dan vier jaar");
    }
    assert!(found_old, "an out-of-date profile is flagged");
    let ib = sign_in(store, "ib").await;
    let page = get(store, "/scholen/90AA00/ondersteuningsprofiel", Some(&ib)).await;
    let csrf = csrf_of(&page.body);
    let bad = post_form(
        store,
        "/scholen/90AA00/ondersteuningsprofiel",
        Some(&ib),
        &format!("csrf={csrf}&vastgesteld=2026-01-01&niveau_0=8&plaatsen_0=1"),
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("niveau 8 bestaat niet"));
    let ok = post_form(
        store,
        "/scholen/90AA00/ondersteuningsprofiel",
        Some(&ib),
        &format!("csrf={csrf}&vastgesteld=2026-01-01&niveau_1=5&plaatsen_1=2"),
    )
    .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let after = get(store, "/scholen/90AA00/ondersteuningsprofiel", None).await;
    assert!(after.body.contains("Vastgesteld op 01-01-2026"));
    assert!(
        after
            .body
            .contains("<td>leren en ontwikkelen</td><td>5</td><td>2</td>"),
        "{}",
        after.body
    );
    db.finish().await;
}

#[tokio::test]
async fn dekkend_aanbod_shows_supply_demand_and_a_gap_and_a_child_gets_nearby_schools() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let swv = sign_in(store, "swv-po").await;
    let page = get(store, "/swv/PO2605/dekkend-aanbod", Some(&swv)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<svg") && page.body.contains("Niveau 7+"));
    assert!(
        page.body.contains("class=\"tekort\""),
        "the demo region has at least one gap"
    );
    let eigen_staf = passend_store::Verzoeker {
        account_id: 0,
        kijker: passend_domain::Kijker {
            rol: passend_domain::Rol::Swv,
            scope: Some("PO2605".into()),
        },
    };
    let cellen = store
        .dekkend_aanbod_voor(
            &eigen_staf,
            &passend_domain::SwvCode::parse("PO2605").unwrap(),
        )
        .await
        .unwrap()
        .cellen;
    assert!(
        cellen.iter().any(|c| c.aanbod > 0)
            && cellen
                .iter()
                .any(|c| c.vraag.waarde().is_some_and(|v| v > 0))
    );
    // A pupil in special education with a need gets schools whose profile covers it.
    let mut raw = {
        use sqlx::Connection;
        sqlx::AnyConnection::connect(&db.url).await.unwrap()
    };
    use sqlx::Row;
    let pupil: i64 = sqlx::query(
        "SELECT b.leerling_id FROM behoefte b WHERE b.niveau = 4 ORDER BY b.leerling_id LIMIT 1",
    )
    .fetch_one(&mut raw)
    .await
    .unwrap()
    .get(0);
    let scholen = store
        .passende_scholen(passend_store::LeerlingId(pupil))
        .await
        .unwrap();
    assert!(!scholen.is_empty());
    assert!(
        scholen.windows(2).all(|w| w[0].afstand <= w[1].afstand),
        "nearest first"
    );
    db.finish().await;
}

#[tokio::test]
async fn a_verwijdering_needs_the_teacher_heard_and_another_school() {
    use passend_domain::VestigingCode;
    let db = demo_sqlite().await;
    let store = &db.store;
    let today = passend_web::vandaag();
    let pupil = store
        .leerlingen_van_vestiging(&VestigingCode::parse("90AA00").unwrap(), today)
        .await
        .unwrap()[12]
        .id;
    let ib = sign_in(store, "ib").await;
    let csrf = csrf_of(
        &get(store, &format!("/leerlingen/{}", pupil.0), Some(&ib))
            .await
            .body,
    );
    let url = format!("/leerlingen/{}/verwijdering", pupil.0);
    let date = today + jiff::ToSpan::days(10);
    let no_teacher = post_form(
        store,
        &url,
        Some(&ib),
        &format!("csrf={csrf}&datum={date}&andere_school=SBO+De+Brug&stem_kind=gehoord"),
    )
    .await;
    assert!(
        no_teacher
            .body
            .contains("hoort het bevoegd gezag de leraar"),
        "{}",
        no_teacher.body
    );
    let no_school = post_form(
        store,
        &url,
        Some(&ib),
        &format!("csrf={csrf}&datum={date}&leraar_gehoord=ja&andere_school=&stem_kind=gehoord"),
    )
    .await;
    assert!(
        no_school.body.contains("andere school bereid"),
        "{}",
        no_school.body
    );
    let ok = post_form(
        store,
        &url,
        Some(&ib),
        &format!(
            "csrf={csrf}&datum={date}&leraar_gehoord=ja&andere_school=SBO+De+Brug&stem_kind=gehoord"
        ),
    )
    .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let d = store.leerling_dossier(pupil).await.unwrap();
    assert_eq!(
        d.inschrijvingen
            .iter()
            .find(|i| i.vestiging_code == "90AA00")
            .unwrap()
            .tot,
        Some(date)
    );
    db.finish().await;
}

#[tokio::test]
async fn the_vo_suspension_stops_the_clock_and_is_refused_in_po() {
    use sqlx::{Connection, Row};
    let db = demo_sqlite().await;
    let store = &db.store;
    let today = passend_web::vandaag();
    // PO: refused.
    let ib = sign_in(store, "ib").await;
    let csrf = csrf_of(&get(store, "/aanmeldingen/1", Some(&ib)).await.body);
    let po = post_form(
        store,
        "/aanmeldingen/1/opschorten",
        Some(&ib),
        &format!("csrf={csrf}&van={}&tot=", today - jiff::ToSpan::days(1)),
    )
    .await;
    assert_eq!(po.status, StatusCode::BAD_REQUEST);
    assert!(
        po.body.contains("alleen in het voortgezet onderwijs"),
        "{}",
        po.body
    );
    // VO: a school account for the first vo vestiging registers a child and suspends.
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let vo: String =
        sqlx::query("SELECT code FROM vestiging WHERE schoolsoort = 'vo' ORDER BY code LIMIT 1")
            .fetch_one(&mut raw)
            .await
            .unwrap()
            .get(0);
    raw.close().await.unwrap();
    let (_, school) = account_in_role(store, "zorgcoordinator", Rol::School, Some(&vo)).await;
    let csrf = csrf_of(&get(store, "/aanmeldingen", Some(&school)).await.body);
    let ontvangen = today - jiff::ToSpan::days(20);
    let body = format!(
        "csrf={csrf}&voornaam=Mees&achternaam=Smit&geboortedatum=2014-03-01&postcode=3431+AB&persoonsnummer=111222333&ontvangen={ontvangen}"
    );
    let made = post_form(store, "/aanmeldingen", Some(&school), &body).await;
    let url = made.location.expect("registered");
    let (van, tot) = (
        ontvangen + jiff::ToSpan::days(2),
        ontvangen + jiff::ToSpan::days(16),
    );
    let open = post_form(
        store,
        &format!("{url}/opschorten"),
        Some(&school),
        &format!("csrf={csrf}&van={van}&tot="),
    )
    .await;
    assert_eq!(open.status, StatusCode::SEE_OTHER, "{}", open.body);
    assert!(
        get(store, &url, Some(&school))
            .await
            .body
            .contains("de termijn staat stil")
    );
    post_form(
        store,
        &format!("{url}/opschorten"),
        Some(&school),
        &format!("csrf={csrf}&van={van}&tot={tot}"),
    )
    .await;
    let page = get(store, &url, Some(&school)).await;
    let due = passend_web::datum(ontvangen + jiff::ToSpan::days(42 + 14));
    assert!(
        page.body.contains(&due),
        "six weeks plus the fourteen days the clock stood still: {due}"
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

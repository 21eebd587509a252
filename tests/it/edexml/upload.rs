//! The upload page and the official example in the demo.

use super::*;

pub(super) fn leerlingen_in(db: &str) -> i64 {
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        let mut raw = sqlx::AnyConnection::connect(&format!("sqlite://{db}"))
            .await
            .unwrap();
        let n = sqlx::query("SELECT COUNT(*) + (SELECT COUNT(*) FROM inschrijving) FROM leerling")
            .fetch_one(&mut raw)
            .await
            .unwrap()
            .get::<i64, _>(0);
        raw.close().await.unwrap();
        n
    })
}

/// A multipart upload of a roster to `/edexml`.
pub async fn upload(store: &Store, cookie: &str, csrf: &str, xml: &[u8]) -> crate::web::Reply {
    let boundary = "----passendgrens";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"rooster.xml\"\r\nContent-Type: application/xml\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(xml);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let req = Request::post("/edexml")
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header(header::COOKIE, cookie)
        .body(Body::from(body))
        .unwrap();
    send(store, req).await
}

#[tokio::test]
async fn the_upload_page_imports_the_schools_roster_or_lists_the_problems() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let ib = crate::web::sign_in(store, "ib").await;
    let page = get(store, "/", Some(&ib)).await;
    assert!(
        page.body.contains("href=\"/edexml\""),
        "nav link for the school"
    );
    let form = get(store, "/edexml", Some(&ib)).await;
    assert_eq!(form.status, StatusCode::OK);
    let csrf = csrf_of(&form.body);
    let voor = tel(&db).await;
    // Schema-invalid: 422 with lines, nothing stored.
    let reply = upload(store, &ib, &csrf, b"<EDEX><school/></EDEX>").await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.body.contains("niet ingelezen"), "{}", reply.body);
    assert!(reply.body.contains("regel 1"), "{}", reply.body);
    // Another school's file: 422, naming the vestiging.
    let reply = upload(store, &ib, &csrf, rooster("99ZZ", 3).as_bytes()).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.body.contains("vestiging 99ZZ00"), "{}", reply.body);
    // Nothing stored; the page's roster list read is audited.
    assert_eq!(&tel(&db).await[..ROOSTER], &voor[..ROOSTER]);
    // The school's own roster: stored, counts shown; again: nothing changes.
    let eigen = rooster("90AA", 30).replace("<dependancecode>00</dependancecode>", "");
    let reply = upload(store, &ib, &csrf, eigen.as_bytes()).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(reply.body.contains("Ingelezen"));
    assert!(reply.body.contains("<td>30</td>"), "{}", reply.body);
    let reply = upload(store, &ib, &csrf, eigen.as_bytes()).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(
        reply.body.contains("er is niets gewijzigd"),
        "{}",
        reply.body
    );
    // The pupils are the school's now: on its list.
    let school = get(store, "/scholen/90AA00", Some(&ib)).await;
    assert!(
        school.body.contains("Kind7 Jansen"),
        "enrolled at the school"
    );
    // The official example as this school's file: its pupils are listed as roster-only,
    // with what is missing, on the page and in its downloads.
    let voorbeeld = VOORBEELD.replace("<brincode>99ZZ</brincode>", "<brincode>90AA</brincode>");
    let reply = upload(store, &ib, &csrf, voorbeeld.as_bytes()).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(
        reply
            .body
            .contains("Aan te vullen in de leerlingadministratie"),
        "{}",
        reply.body
    );
    let pagina = get(store, "/edexml", Some(&ib)).await;
    assert!(
        pagina
            .body
            .contains("<td>00001</td><td>Wimpie imp ie</td><td>2006-06-21</td><td>4</td><td>4B, Samgroep 1, Samgroep 2</td><td>een BSN of onderwijsnummer; een postcode</td>"),
        "{}",
        pagina.body
    );
    let csv = get(store, "/edexml?formaat=csv", Some(&ib)).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.body.contains("00002,Ismaël Assati,,4,,"),
        "{}",
        csv.body
    );
    assert!(!csv.body.contains("133456785"));
    // Nobody else sees the school's roster.
    let swv = crate::web::sign_in(store, "swv-po").await;
    assert_eq!(
        get(store, "/edexml?formaat=csv", Some(&swv)).await.status,
        StatusCode::NOT_FOUND
    );
}

/// The must-show on the running program: the demo has the example's school (BRIN 99ZZ), so
/// `passend import edexml` takes the official file as it stands; twice changes nothing.
#[tokio::test]
async fn the_official_example_imports_into_the_demo_as_it_stands() {
    let db = demo_sqlite().await;
    let voorbeeld = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/EDEXML.Voorbeeld.2.1.xml"
    );
    let run = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_passend"))
            .args(["import", "edexml", voorbeeld, "--database", db.path()])
            .output()
            .unwrap()
    };
    let out = run();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("ingelezen voor vestiging 99ZZ00: leerlingen 0 nieuw, 0 gewijzigd, 0 ongewijzigd; alleen in het rooster 2 nieuw, 0 gewijzigd, 0 ongewijzigd; groepen 8 nieuw"),
        "{stdout}"
    );
    assert!(stdout.contains("let op: leerling 00002 (regel 94) staat alleen in het rooster"));
    let voor = tel(&db).await;
    let out = run();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(
        stdout.contains("alleen in het rooster 0 nieuw, 0 gewijzigd, 2 ongewijzigd; groepen 0 nieuw, 0 gewijzigd, 8 ongewijzigd"),
        "{stdout}"
    );
    let na = tel(&db).await;
    assert_eq!(&na[..ROOSTER], &voor[..ROOSTER], "nothing changed");
}

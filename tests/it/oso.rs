//! The OSO import: both official PO→SWV examples (Edustandaard, see
//! crates/uitwisseling/tests/fixtures/README.md) go in on both databases; the opt-out example
//! stores none of the withheld categories; restricted data stays with the roles that need
//! it; an invalid dossier is refused with its problems and stores nothing.

use crate::support::{TestDb, contract_db, demo_sqlite};
use crate::web::{account_in_role, csrf_of, get, send};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use passend_domain::Rol;
use passend_store::{OsoKoppeling, Persoonsnummer, Store};
use sqlx::{Connection, Row};

pub(crate) const FULL: &[u8] =
    include_bytes!("../../crates/uitwisseling/tests/fixtures/Voorbeelddossier_PaO_POSWV_full.xml");
const OPT_OUT: &[u8] = include_bytes!(
    "../../crates/uitwisseling/tests/fixtures/Voorbeelddossier_PaO_POSWV_opt_out.xml"
);

async fn count(db: &TestDb, sql: &str) -> i64 {
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let n = sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get::<i64, _>(0);
    raw.close().await.unwrap();
    n
}

pub(crate) async fn importeer(
    store: &Store,
    xml: &[u8],
    nummer: &str,
) -> passend_store::OsoUitkomst {
    let dossier = passend_uitwisseling::oso::lees(xml).unwrap();
    let wie = store.systeem_verzoeker(Rol::Swv, "PO2605").await.unwrap();
    store
        .oso()
        .importeer_oso(
            &wie,
            &dossier,
            &OsoKoppeling::Persoonsnummer(Persoonsnummer::parse(nummer).unwrap()),
            jiff::civil::date(2026, 11, 22),
            "test",
        )
        .await
        .unwrap()
}

async fn both_official_examples_import(db: &TestDb) {
    let full = importeer(&db.store, FULL, "123456782").await;
    assert!(full.nieuwe_leerling);
    assert_eq!(
        (full.tlvs, full.bijlagen, full.beperkt),
        (0, 14, 5),
        "the full example's attachments and restricted items; its TLV names the fictitious SWV"
    );
    // The TLV of the fictitious 'PO00YY' is kept as history, never as a TLV.
    assert_eq!(count(db, "SELECT COUNT(*) FROM tlv").await, 0);
    let historie = count(
        db,
        "SELECT COUNT(*) FROM ondersteuning_historie WHERE omschrijving LIKE '%''PO00YY'', dat niet bestaat%'",
    )
    .await;
    assert_eq!(historie, 1);
    // The dossier's pupil, with the number the receiver gave, visible to the SWV.
    let naam = count(
        db,
        "SELECT COUNT(*) FROM leerling WHERE achternaam = 'Berg' AND geboortedatum = '2003-03-17'",
    )
    .await;
    assert_eq!(naam, 1);
    let opt = importeer(&db.store, OPT_OUT, "111222333").await;
    assert!(opt.nieuwe_leerling);
    for categorie in ["Verzuim", "Handelingsplannen", "Bijlagedocs", "Ouderinzage"] {
        assert!(
            opt.niet_geleverd.iter().any(|c| c == categorie),
            "{categorie}"
        );
    }
    // Nothing of the withheld categories is stored: no verzuim summary, no parents' view,
    // no handelingsplan in the history.
    let stored = count(
        db,
        &format!(
            "SELECT COUNT(*) FROM oso_dossier WHERE id = {} AND (verzuim IS NOT NULL OR zienswijze IS NOT NULL)",
            opt.dossier
        ),
    )
    .await;
    assert_eq!(stored, 0);
    let plannen = count(
        db,
        &format!(
            "SELECT COUNT(*) FROM ondersteuning_historie WHERE oso_dossier_id = {} AND omschrijving LIKE 'handelingsplan%'",
            opt.dossier
        ),
    )
    .await;
    assert_eq!(plannen, 0);
    let full_plannen = count(
        db,
        &format!(
            "SELECT COUNT(*) FROM ondersteuning_historie WHERE oso_dossier_id = {} AND omschrijving LIKE 'handelingsplan%'",
            full.dossier
        ),
    )
    .await;
    assert_eq!(full_plannen, 1, "the full example does carry one");
    // A second import of the same dossier for the same pupil adds no second TLV.
    let again = importeer(&db.store, FULL, "123456782").await;
    assert!(!again.nieuwe_leerling);
    assert_eq!(again.tlvs, 0);
}

contract_db!(both_official_examples_import);

#[tokio::test]
async fn a_dossier_with_opted_out_data_is_refused_and_stores_nothing() {
    // The full example with its Verzuim category marked OPT-UIT while the data is present.
    let text = String::from_utf8(FULL.to_vec()).unwrap();
    assert!(text.contains("<cat_verzuim>OPTIONEEL</cat_verzuim>"));
    let tampered = text.replace(
        "<cat_verzuim>OPTIONEEL</cat_verzuim>",
        "<cat_verzuim>OPT-UIT</cat_verzuim>",
    );
    let afwijzing = passend_uitwisseling::oso::lees(tampered.as_bytes()).unwrap_err();
    assert!(
        afwijzing.to_string().contains("Verzuim"),
        "names the category: {afwijzing}"
    );
}

#[tokio::test]
async fn restricted_data_is_for_the_swv_the_deskundige_and_the_parents_only() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let u = importeer(store, FULL, "123456782").await;
    let pupil = format!("/leerlingen/{}/ondersteuning", u.leerling.0);
    let swv = crate::web::sign_in(store, "swv-po").await;
    let page = get(store, &pupil, Some(&swv)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Beperkt zichtbare gegevens"));
    assert!(page.body.contains("Niet geleverd"));
    // A restricted attachment downloads for the SWV, and is "not found" for anyone else
    // who can see the pupil's dossier (here: the school it is registered at is absent, so a
    // second SWV account of the same SWV in another role is used: leerplicht of the gemeente).
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let beperkt: i64 = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT id FROM bijlage WHERE leerling_id = {} AND beperkt = 1 ORDER BY id LIMIT 1",
        u.leerling.0
    )))
    .fetch_one(&mut raw)
    .await
    .unwrap()
    .get(0);
    let gemeente: String = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT p.gemeentecode FROM leerling l JOIN postcode_regio p ON p.pc4 = l.pc4 WHERE l.id = {}",
        u.leerling.0
    )))
    .fetch_one(&mut raw)
    .await
    .unwrap()
    .get(0);
    raw.close().await.unwrap();
    let ok = get(store, &format!("/bijlagen/{beperkt}"), Some(&swv)).await;
    assert_eq!(ok.status, StatusCode::OK);
    let (_, lp) = account_in_role(store, "lp-oso", Rol::Leerplicht, Some(&gemeente)).await;
    let dossier = get(store, &pupil, Some(&lp)).await;
    assert_eq!(dossier.status, StatusCode::OK, "leerplicht sees the pupil");
    assert!(!dossier.body.contains("Beperkt zichtbare gegevens"));
    assert!(!dossier.body.contains(&format!("/bijlagen/{beperkt}\"")));
    let refused = get(store, &format!("/bijlagen/{beperkt}"), Some(&lp)).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
}

pub async fn upload(
    store: &Store,
    cookie: &str,
    csrf: &str,
    nummer: &str,
    xml: &[u8],
) -> crate::web::Reply {
    let boundary = "----passendgrens";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"persoonsnummer\"\r\n\r\n{nummer}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"dossier.xml\"\r\nContent-Type: application/xml\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(xml);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let req = Request::post("/oso")
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
async fn the_upload_page_imports_or_lists_the_problems_and_stores_nothing() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let swv = crate::web::sign_in(store, "swv-po").await;
    let csrf = csrf_of(&get(store, "/oso", Some(&swv)).await.body);
    let before = count(&db, "SELECT COUNT(*) FROM oso_dossier").await;
    let broken = &FULL[..FULL.len() / 2];
    let reply = upload(store, &swv, &csrf, "123456782", broken).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.body.contains("niet ingelezen"), "{}", reply.body);
    // A problem item that names its line: "regel" alone is in the page's introduction.
    assert!(
        reply.body.contains("<li>regel "),
        "problems name their line: {}",
        reply.body
    );
    assert_eq!(count(&db, "SELECT COUNT(*) FROM oso_dossier").await, before);
    let reply = upload(store, &swv, &csrf, "123456782", OPT_OUT).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(reply.body.contains("Ingelezen"));
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM oso_dossier").await,
        before + 1
    );
    // The ouder role cannot upload.
    let ouder = crate::web::sign_in(store, "ouder").await;
    assert_eq!(
        get(store, "/oso", Some(&ouder)).await.status,
        StatusCode::NOT_FOUND
    );
}

#[test]
fn the_cli_names_file_and_line_and_stores_nothing_for_a_bad_dossier() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.db");
    let bad = dir.path().join("kapot.xml");
    std::fs::write(&bad, &FULL[..FULL.len() / 3]).unwrap();
    let bin = env!("CARGO_BIN_EXE_passend");
    let out = std::process::Command::new(bin)
        .args(["import", "oso"])
        .arg(&bad)
        .args([
            "--database",
            db.to_str().unwrap(),
            "--swv",
            "PO2605",
            "--persoonsnummer",
            "123456782",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("kapot.xml:"), "{err}");
    assert!(
        err.contains("niets is opgeslagen") || err.contains("er is niets opgeslagen"),
        "{err}"
    );
    let good = dir.path().join("goed.xml");
    std::fs::write(&good, FULL).unwrap();
    let out = std::process::Command::new(bin)
        .args(["import", "oso"])
        .arg(&good)
        .args([
            "--database",
            db.to_str().unwrap(),
            "--swv",
            "PO2605",
            "--persoonsnummer",
            "123456782",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("14 bijlagen"));
}

#[tokio::test]
async fn the_api_imports_a_dossier_or_refuses_it_with_its_problems() {
    use base64::Engine;
    let db = demo_sqlite().await;
    let store = &db.store;
    let account = store
        .accounts()
        .verify_password("swv-po", "demo-swv-po-2026")
        .await
        .unwrap()
        .unwrap();
    let key = store
        .accounts()
        .create_api_sleutel(account.id, "oso")
        .await
        .unwrap();
    let b64 = |x: &[u8]| base64::engine::general_purpose::STANDARD.encode(x);
    let before = count(&db, "SELECT COUNT(*) FROM oso_dossier").await;
    let kapot = format!(
        r#"{{"persoonsnummer":"123456782","dossier":"{}"}}"#,
        b64(&FULL[..FULL.len() / 2])
    );
    let reply = crate::access::api_send(store, "POST", "/api/v1/oso-dossiers", &key, &kapot).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        reply.content_type.as_deref(),
        Some("application/problem+json")
    );
    let probleem: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
    assert!(
        probleem["problemen"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p.as_str().unwrap().starts_with("regel ")),
        "a problem names its line: {}",
        reply.body
    );
    assert_eq!(count(&db, "SELECT COUNT(*) FROM oso_dossier").await, before);
    let goed = format!(
        r#"{{"persoonsnummer":"123456782","dossier":"{}"}}"#,
        b64(FULL)
    );
    let reply = crate::access::api_send(store, "POST", "/api/v1/oso-dossiers", &key, &goed).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    let v: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
    assert_eq!(v["bijlagen"], 14);
    assert_eq!(v["beperkt"], 5);
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM oso_dossier").await,
        before + 1
    );
}

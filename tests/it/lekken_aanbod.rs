//! Leaks closed in the dekkend aanbod and the thuiszitter register: small counts that
//! reached the OPR, inspectie and ministerie, and cases a school could open for a child
//! enrolled elsewhere.

use crate::access::api_get;
use crate::support::{TestDb, demo_sqlite};
use crate::vijandig::sleutel;
use crate::web::{get, sign_in};
use axum::http::StatusCode;
use passend_demo::Demo;

const DREMPEL: u64 = 10;
const AANBOD_PAD: &str = "/swv/PO2605/dekkend-aanbod";
const AANBOD_API: &str = "/api/v1/samenwerkingsverbanden/PO2605/dekkend-aanbod";

/// The demo region on SQLite and, when configured, on PostgreSQL.
async fn demo_dbs(test: &str) -> Vec<TestDb> {
    let mut dbs = vec![demo_sqlite().await];
    if let Some(pg) = TestDb::postgres(test).await {
        pg.store.create_demo().await.unwrap();
        dbs.push(pg);
    }
    dbs
}

/// The demand of the page's table per domain, level 1 up: `Some(n)` where a count is
/// shown, `None` where it is hidden.
fn vraag_op_pagina(body: &str) -> Vec<(String, Vec<Option<u64>>)> {
    let tbody = &body[body.find("<tbody>").expect("a table")..];
    let tbody = &tbody[..tbody.find("</tbody>").unwrap()];
    tbody
        .split("<tr>")
        .skip(1)
        .map(|rij| {
            let domein = rij
                .split("<th scope=\"row\">")
                .nth(1)
                .and_then(|r| r.split("</th>").next())
                .unwrap()
                .to_string();
            let cellen = rij
                .split("<td")
                .skip(1)
                .map(|td| {
                    let tekst = &td[td.find('>').unwrap() + 1..];
                    tekst.split(" / ").next().unwrap().trim().parse().ok()
                })
                .collect();
            (domein, cellen)
        })
        .collect()
}

/// The demand of the API answer per domain. A bare number (the shape before protection)
/// counts as shown, like `waarde` of a published cell.
fn vraag_in_api(body: &str) -> Vec<(String, Vec<Option<u64>>)> {
    let json: serde_json::Value = serde_json::from_str(body).unwrap();
    let mut out: Vec<(String, Vec<Option<u64>>)> = Vec::new();
    for c in json["cellen"].as_array().unwrap() {
        let domein = c["domein"].as_str().unwrap().to_string();
        let v = &c["vraag"];
        let waarde = v.as_u64().or_else(|| v["waarde"].as_u64());
        match out.iter_mut().find(|(d, _)| *d == domein) {
            Some((_, cellen)) => cellen.push(waarde),
            None => out.push((domein, vec![waarde])),
        }
    }
    out
}

/// What a reader outside the SWV could compute: a shown count from 1 below the threshold,
/// or the difference of two shown cumulative cells of a domain (the children needing a
/// level in between) from 1 below it.
fn kleine_getallen(tabel: &[(String, Vec<Option<u64>>)]) -> Vec<String> {
    let mut out = Vec::new();
    for (domein, cellen) in tabel {
        let getoond: Vec<(usize, u64)> = cellen
            .iter()
            .enumerate()
            .filter_map(|(i, c)| c.map(|v| (i + 1, v)))
            .collect();
        for &(n, v) in &getoond {
            if v > 0 && v < DREMPEL {
                out.push(format!("{domein} niveau {n}+: {v}"));
            }
            for &(m, w) in getoond.iter().filter(|(m, _)| *m > n) {
                if v > w && v - w < DREMPEL {
                    out.push(format!("{domein} niveau {n}+ min {m}+: {}", v - w));
                }
            }
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dekkend_aanbod_shows_no_small_count_to_opr_inspectie_or_ministerie() {
    for db in demo_dbs("dekkend_aanbod_shows_no_small_count").await {
        // The SWV's own staff see the children behind the figures: every count, as before,
        // and the demo has small ones (else this test would prove nothing).
        let swv = sign_in(&db.store, "swv-po").await;
        let eigen = get(&db.store, AANBOD_PAD, Some(&swv)).await;
        assert_eq!(eigen.status, StatusCode::OK);
        let eigen_tabel = vraag_op_pagina(&eigen.body);
        assert!(
            eigen_tabel
                .iter()
                .all(|(_, c)| c.iter().all(Option::is_some))
        );
        assert!(
            !kleine_getallen(&eigen_tabel).is_empty(),
            "the demo region has small counts"
        );
        for user in ["opr", "inspectie", "ministerie"] {
            let cookie = sign_in(&db.store, user).await;
            let page = get(&db.store, AANBOD_PAD, Some(&cookie)).await;
            assert_eq!(page.status, StatusCode::OK, "{user}");
            let tabel = vraag_op_pagina(&page.body);
            assert_eq!(tabel.len(), 5, "{user}: five domains");
            assert_eq!(kleine_getallen(&tabel), Vec::<String>::new(), "{user} page");
            assert!(
                page.body.contains("&lt;10"),
                "{user}: hidden cells are marked"
            );
            // Every shown count is the true one.
            for ((_, mijn), (_, echt)) in tabel.iter().zip(&eigen_tabel) {
                for (m, e) in mijn.iter().zip(echt) {
                    assert!(m.is_none() || m == e, "{user}");
                }
            }
            let key = sleutel(&db.store, user).await;
            let api = api_get(&db.store, AANBOD_API, Some(&key)).await;
            assert_eq!(api.status, StatusCode::OK, "{user}: {}", api.body);
            let api_tabel = vraag_in_api(&api.body);
            assert_eq!(
                kleine_getallen(&api_tabel),
                Vec::<String>::new(),
                "{user} API"
            );
            assert_eq!(api_tabel, tabel, "{user}: API and page hide the same cells");
        }
        db.finish().await;
    }
}

/// One pupil id from raw SQL with the vestiging as `$1`.
async fn een_leerling(db: &TestDb, sql: &'static str, vestiging: &str) -> i64 {
    use sqlx::{Connection, Row};
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    sqlx::query(sql)
        .bind(vestiging)
        .fetch_one(&mut raw)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .get(0)
}

/// Open cases of a pupil, read below the store.
async fn zaken_van(db: &TestDb, leerling: i64) -> i64 {
    use sqlx::{Connection, Row};
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    sqlx::query("SELECT CAST(count(*) AS BIGINT) FROM thuiszitter_zaak WHERE leerling_id = $1")
        .bind(leerling)
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_school_opens_no_case_for_a_child_enrolled_elsewhere_or_nowhere() {
    use sqlx::Connection;
    for db in demo_dbs("a_school_opens_no_case").await {
        let ib = db
            .store
            .accounts()
            .verify_password("ib", "demo-ib-2026")
            .await
            .unwrap()
            .unwrap();
        let eigen = ib.rollen[0].scope.clone().unwrap();
        // Enrolled at another vestiging today, and enrolled nowhere; both without a case.
        let elders = een_leerling(
            &db,
            "SELECT i.leerling_id FROM inschrijving i WHERE i.tot IS NULL AND i.vestiging_code <> $1 \
             AND NOT EXISTS (SELECT 1 FROM thuiszitter_zaak z WHERE z.leerling_id = i.leerling_id) \
             ORDER BY i.leerling_id LIMIT 1",
            &eigen,
        )
        .await;
        // Enrolled nowhere: another pupil of another school whose enrolment ended.
        let nergens = een_leerling(
            &db,
            "SELECT i.leerling_id FROM inschrijving i WHERE i.tot IS NULL AND i.vestiging_code <> $1 \
             AND NOT EXISTS (SELECT 1 FROM thuiszitter_zaak z WHERE z.leerling_id = i.leerling_id) \
             ORDER BY i.leerling_id DESC LIMIT 1",
            &eigen,
        )
        .await;
        assert_ne!(elders, nergens);
        let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
        sqlx::query(
            "UPDATE inschrijving SET tot = '2026-06-30' WHERE leerling_id = $1 AND tot IS NULL",
        )
        .bind(nergens)
        .execute(&mut raw)
        .await
        .unwrap();
        // Both registered with the school: that lets it read the registration, not the
        // dossier, nor act on a child that is another school's, or leerplicht's.
        for id in [elders, nergens] {
            sqlx::query(
                "INSERT INTO aanmelding (leerling_id, vestiging_code, ontvangen, aangemaakt) \
                 VALUES ($1, $2, '2026-09-01', '2026-09-01T08:00:00Z')",
            )
            .bind(id)
            .bind(&eigen)
            .execute(&mut raw)
            .await
            .unwrap();
        }
        let today = jiff::Zoned::now().date();
        let start = (today - jiff::ToSpan::days(40)).to_string();
        let cookie = sign_in(&db.store, "ib").await;
        let key = sleutel(&db.store, "ib").await;
        for (id, soort) in [
            (elders, "langdurig_relatief_verzuim"),
            (elders, "absoluut_verzuim"),
            (nergens, "absoluut_verzuim"),
            (nergens, "langdurig_relatief_verzuim"),
        ] {
            // The registration gives the registration, not the dossier (issue 18).
            let dossier = get(&db.store, &format!("/leerlingen/{id}"), Some(&cookie)).await;
            assert_eq!(dossier.status, StatusCode::NOT_FOUND, "no dossier");
            let eigen_pagina = get(&db.store, "/aanmeldingen", Some(&cookie)).await;
            let form = format!(
                "csrf={}&soort={soort}&startdatum={start}",
                crate::web::csrf_of(&eigen_pagina.body)
            );
            let url = format!("/leerlingen/{id}/thuiszitterzaak");
            let page = crate::web::post_form(&db.store, &url, Some(&cookie), &form).await;
            assert_eq!(
                page.status,
                StatusCode::NOT_FOUND,
                "{soort} for {id}: {}",
                page.body
            );
            let json = format!("{{\"soort\":\"{soort}\",\"startdatum\":\"{start}\"}}");
            let api =
                crate::access::api_send(&db.store, "POST", &format!("/api/v1{url}"), &key, &json)
                    .await;
            assert_eq!(
                api.status,
                StatusCode::NOT_FOUND,
                "{soort} for {id}: {}",
                api.body
            );
            for body in [&page.body, &api.body] {
                assert!(!body.contains("ingeschreven"), "{body}");
            }
            assert_eq!(zaken_van(&db, id).await, 0, "no case was opened");
        }
        // Its own pupil: relatief verzuim yes; absoluut verzuim is not what it is.
        let eigen_leerling = een_leerling(
            &db,
            "SELECT i.leerling_id FROM inschrijving i WHERE i.tot IS NULL AND i.vestiging_code = $1 \
             AND NOT EXISTS (SELECT 1 FROM thuiszitter_zaak z WHERE z.leerling_id = i.leerling_id) \
             ORDER BY i.leerling_id LIMIT 1",
            &eigen,
        )
        .await;
        let url = format!("/api/v1/leerlingen/{eigen_leerling}/thuiszitterzaak");
        let abs = format!("{{\"soort\":\"absoluut_verzuim\",\"startdatum\":\"{start}\"}}");
        let reply = crate::access::api_send(&db.store, "POST", &url, &key, &abs).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.body);
        let lrv =
            format!("{{\"soort\":\"langdurig_relatief_verzuim\",\"startdatum\":\"{start}\"}}");
        let reply = crate::access::api_send(&db.store, "POST", &url, &key, &lrv).await;
        assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
        db.finish().await;
    }
}

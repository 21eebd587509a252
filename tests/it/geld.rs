//! Tests of budgets, verdeelmodel, reserves (issue 7): the in-app computation from the
//! registered data against a count made here by hand, the refusal of a schooljaar without a
//! rule set, the payer scenarios, the verdeelmodel to the cent, the reserve warning, and
//! downloads that are audited and scoped.

use crate::access::api_get;
use crate::support::{contract, demo_sqlite};
use crate::web::{get, sign_in};
use axum::http::StatusCode;
use passend_domain::bekostiging::{AfdrachtNaar, Decimal, Leeftijdsgroep};
use passend_domain::{Kijker, Rol, Schooljaar, SwvCode};
use passend_store::geld::GeldBereik;
use passend_store::{Store, Verzoeker};
use sqlx::{Connection, Row};
use std::str::FromStr;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn sj(s: &str) -> Schooljaar {
    Schooljaar::parse(s).unwrap()
}

fn po() -> SwvCode {
    SwvCode::parse("PO2605").unwrap()
}

async fn als(store: &Store, user: &str, rol: Rol, scope: Option<&str>) -> Verzoeker {
    let account = store
        .verify_password(user, &format!("demo-{user}-2026"))
        .await
        .unwrap()
        .unwrap();
    Verzoeker {
        account_id: account.id,
        kijker: Kijker {
            rol,
            scope: scope.map(str::to_string),
        },
    }
}

/// The amounts of R1516 art. 15, 19, 21 (RULES §3.3), typed in here, not read from the file.
fn normbedrag_so(groep: Leeftijdsgroep, cat: &str) -> Decimal {
    match (groep, cat) {
        (Leeftijdsgroep::JongerDan8, "L") => d("9059.77"),
        (Leeftijdsgroep::JongerDan8, "M") => d("13281.76"),
        (Leeftijdsgroep::JongerDan8, "H") => d("20228.81"),
        (Leeftijdsgroep::AchtEnOuder, "L") => d("8220.95"),
        (Leeftijdsgroep::AchtEnOuder, "M") => d("14381.55"),
        (Leeftijdsgroep::AchtEnOuder, _) => d("21328.60"),
        _ => unreachable!(),
    }
}

#[tokio::test]
async fn the_budget_from_registered_data_matches_a_count_by_hand() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let swv = als(store, "swv-po", Rol::Swv, Some("PO2605")).await;
    // Counts of 2027-2028 (teldatum 1 oktober 2026) with the amounts of 2015-2016.
    let b = store
        .begroting(
            &swv,
            &po(),
            sj("2027-2028"),
            Some(sj("2015-2016")),
            AfdrachtNaar::Tlv,
        )
        .await
        .unwrap();
    assert!(b.berekening.rekenvoorbeeld);
    assert_eq!(b.berekening.regelset.teldatum.to_string(), "2026-10-01");
    // By hand: pupils on 1 oktober 2026 on PO2605's bao and sbo vestigingen, and its so
    // pupils with a TLV of PO2605, grouped by age on that day and category.
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let mut bao = 0i64;
    let mut sbo = 0i64;
    for r in sqlx::query(
        "SELECT v.schoolsoort, COUNT(DISTINCT i.leerling_id) FROM inschrijving i JOIN vestiging v ON v.code = i.vestiging_code \
         WHERE v.swv_code = 'PO2605' AND i.van <= '2026-10-01' AND (i.tot IS NULL OR i.tot >= '2026-10-01') GROUP BY v.schoolsoort",
    )
    .fetch_all(&mut raw)
    .await
    .unwrap()
    {
        match r.get::<String, _>(0).as_str() {
            "bao" => bao = r.get(1),
            "sbo" => sbo = r.get(1),
            _ => {}
        }
    }
    let mut afdracht = Decimal::ZERO;
    let mut so = 0;
    for r in sqlx::query(
        "SELECT l.geboortedatum, t.categorie FROM inschrijving i JOIN vestiging v ON v.code = i.vestiging_code \
         JOIN leerling l ON l.id = i.leerling_id JOIN tlv t ON t.leerling_id = l.id \
         WHERE v.schoolsoort = 'so' AND i.van <= '2026-10-01' AND (i.tot IS NULL OR i.tot >= '2026-10-01') \
         AND t.soort = 'so' AND t.besluit = 'toegekend' AND t.swv_code = 'PO2605' AND t.categorie IS NOT NULL \
         AND t.ingang <= '2026-10-01' AND (t.einde IS NULL OR t.einde >= '2026-10-01')",
    )
    .fetch_all(&mut raw)
    .await
    .unwrap()
    {
        let geboren: jiff::civil::Date = r.get::<String, _>(0).parse().unwrap();
        let groep = Leeftijdsgroep::op(geboren, jiff::civil::date(2026, 10, 1));
        afdracht += normbedrag_so(groep, &r.get::<String, _>(1));
        so += 1;
    }
    raw.close().await.unwrap();
    assert!(bao > 1000 && sbo > 0 && so > 5, "{bao} {sbo} {so}");
    let e = &b.eigen;
    assert_eq!(e.leerlingen, (bao + sbo) as u64);
    assert_eq!(
        e.zware_ondersteuning,
        Some(Decimal::from(bao + sbo) * d("318.83"))
    );
    assert_eq!(
        e.lichte_ondersteuning,
        Some(Decimal::from(bao) * d("156.61"))
    );
    assert_eq!(e.afdracht_so, Some(afdracht));
    // passend registers no verevening basisbedrag: missing, not zero.
    assert_eq!(e.verevening, None);
    assert!(
        e.ontbrekend
            .contains(&passend_domain::bekostiging::Component::Verevening)
    );
    let groei = e.groei.unwrap();
    assert_eq!(
        e.netto,
        Decimal::from(bao + sbo) * d("318.83") + Decimal::from(bao) * d("156.61")
            - afdracht
            - groei
            - e.sbo_groei.unwrap()
            - e.sbo_2_procent.unwrap()
            + e.uitputting.unwrap()
    );
    // The explanation names the inputs.
    assert!(e.toelichting.iter().any(|t| {
        t.invoer
            .contains(&format!("{bao} bao-leerlingen op 2026-10-01"))
    }));
    // The pupils per school (BRIN), the key of an uitputting, add up to the SWV's pupils.
    let telling = store
        .tel_voor_geld(
            jiff::civil::date(2026, 10, 1),
            jiff::civil::date(2027, 2, 1),
        )
        .await
        .unwrap();
    let per_school: u64 = telling
        .invoer
        .scholen
        .iter()
        .filter(|s| s.swv == po() && matches!(s.schoolsoort.to_string().as_str(), "bao" | "sbo"))
        .map(|s| s.aantal)
        .sum();
    assert_eq!(per_school, (bao + sbo) as u64);
    assert!(telling.invoer.scholen.iter().all(|s| s.school.len() == 4));
    // No uitputting in the demo's PO2605: nothing is charged to its schools.
    assert_eq!(e.uitputting, Some(Decimal::ZERO));
    assert!(e.uitputting_per_school.is_empty());
}

#[tokio::test]
async fn a_schooljaar_without_a_rule_set_is_refused_with_its_name() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let swv = als(store, "swv-po", Rol::Swv, Some("PO2605")).await;
    let err = store
        .begroting(&swv, &po(), sj("2027-2028"), None, AfdrachtNaar::Tlv)
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("geen regelset voor schooljaar 2027-2028"),
        "{err}"
    );
    let cookie = sign_in(store, "swv-po").await;
    let page = get(
        store,
        "/swv/PO2605/begroting?schooljaar=2027-2028",
        Some(&cookie),
    )
    .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("geen regelset voor schooljaar 2027-2028")
    );
    assert!(!page.body.contains("Netto</th>"));
    // The example says in words that it is one.
    let page = get(
        store,
        "/swv/PO2605/begroting?schooljaar=2027-2028&voorbeeld=2015-2016",
        Some(&cookie),
    )
    .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("dit is een voorbeeld, geen beschikking"));
    // The page: the components, an explanation per line with its source, the three payer
    // rules side by side and three charts (composition, afdracht per category, the years).
    for kop in [
        "Onderdelen",
        "Toelichting per regel",
        "Afdracht per categorie",
        "Wie betaalt de afdracht? Drie regels naast elkaar",
        "Door de jaren",
    ] {
        assert!(page.body.contains(&format!("<h2>{kop}</h2>")), "{kop}");
    }
    assert_eq!(page.body.matches("<svg").count(), 3, "three charts");
    let toelichting = page.body.split("Toelichting per regel").nth(1).unwrap();
    assert!(
        toelichting.contains("R1516 art. 21"),
        "the zware ondersteuning's source"
    );
    assert!(
        toelichting.contains("bao-leerlingen op 2026-10-01"),
        "its input"
    );
    // The API: a problem naming the year.
    let account = store
        .verify_password("swv-po", "demo-swv-po-2026")
        .await
        .unwrap()
        .unwrap();
    let key = store.create_api_sleutel(account.id, "test").await.unwrap();
    let reply = api_get(
        store,
        "/api/v1/swv/PO2605/begroting?schooljaar=2027-2028",
        Some(&key),
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(reply.body.contains("2027-2028"), "{}", reply.body);
    let reply = api_get(
        store,
        "/api/v1/swv/PO2605/begroting?schooljaar=2027-2028&rekenvoorbeeld=2015-2016&afdrachtNaar=school",
        Some(&key),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let json: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
    assert_eq!(json["rekenvoorbeeld"], true);
    assert!(json["netto"].is_string());
}

#[tokio::test]
async fn the_payer_rule_moves_budgets_across_borders_but_not_the_national_total() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let inspectie = als(store, "inspectie", Rol::Inspectie, None).await;
    let b = store
        .begroting(
            &inspectie,
            &po(),
            sj("2027-2028"),
            Some(sj("2015-2016")),
            AfdrachtNaar::Tlv,
        )
        .await
        .unwrap();
    let [tlv, woon, school] = b.afdracht_landelijk;
    assert!(tlv.unwrap() > Decimal::ZERO);
    assert_eq!(tlv, woon);
    assert_eq!(tlv, school);
    // Pupils from outside the region whose home SWV issued the TLV: under "school" PO2605
    // pays for them, under "tlv" their home SWV does.
    let ander = b
        .scenarios
        .iter()
        .find(|s| s.swv != po() && s.tlv != s.school)
        .expect("an SWV across the border");
    assert!(ander.school > ander.tlv, "{ander:?}");
    let eigen = b.scenarios.iter().find(|s| s.swv == po()).unwrap();
    assert!(eigen.school < eigen.tlv);
    // What moves out of one SWV moves into the others.
    let som = |f: fn(&passend_store::geld::ScenarioRegel) -> Decimal| {
        b.scenarios.iter().map(f).sum::<Decimal>()
    };
    assert_eq!(som(|s| s.tlv), som(|s| s.school));
    assert_eq!(som(|s| s.tlv), som(|s| s.woon));
}

#[tokio::test]
async fn verdeelmodel_payments_add_up_to_the_cent_and_a_board_sees_its_own() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let swv = als(store, "swv-po", Rol::Swv, Some("PO2605")).await;
    let b = store
        .betalingen(
            &swv,
            &po(),
            sj("2027-2028"),
            Some(sj("2015-2016")),
            AfdrachtNaar::Tlv,
        )
        .await
        .unwrap();
    assert!(b.probleem.is_none(), "{:?}", b.probleem);
    let budget = b.budget.unwrap();
    let scholen: Decimal = b.scholen.iter().map(|s| s.totaal).sum();
    let besturen: Decimal = b.per_bestuur.iter().map(|(.., t)| *t).sum();
    assert_eq!(scholen, besturen);
    assert_eq!(scholen + b.eigen_taken.unwrap(), budget);
    assert_eq!(b.eigen_taken.unwrap(), (budget * d("0.12")).round_dp(2));
    assert!(b.scholen.iter().any(|s| s.arrangement > Decimal::ZERO));
    // The board: only its own schools, no budget.
    let bestuur = als(store, "bestuur", Rol::Bestuur, Some("90001")).await;
    let eigen = store
        .betalingen(
            &bestuur,
            &po(),
            sj("2027-2028"),
            Some(sj("2015-2016")),
            AfdrachtNaar::Tlv,
        )
        .await
        .unwrap();
    assert!(eigen.budget.is_none() && !eigen.scholen.is_empty());
    assert!(eigen.scholen.iter().all(|s| s.bestuur == "90001"));
    assert_eq!(eigen.per_bestuur.len(), 1);
    let ontvangen = store
        .ontvangen_per_swv(
            &bestuur,
            sj("2027-2028"),
            Some(sj("2015-2016")),
            AfdrachtNaar::Tlv,
        )
        .await
        .unwrap();
    assert_eq!(
        ontvangen.iter().find(|o| o.swv == po()).unwrap().totaal,
        Some(eigen.per_bestuur[0].2)
    );
    // A bad share changes nothing.
    let fout = store
        .bewaar_verdeelmodel(
            &swv,
            &po(),
            sj("2027-2028"),
            &passend_domain::bekostiging::verdeelmodel::Verdeelmodel {
                eigen_taken: d("1.5"),
                per_leerling: d("0.5"),
            },
            "",
            "test",
        )
        .await
        .unwrap_err()
        .to_string();
    assert!(fout.contains("eigen taken"), "{fout}");
    let m = store
        .verdeelmodel(&swv, &po(), sj("2027-2028"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(m.model.eigen_taken, d("0.12"));
}

#[tokio::test]
async fn the_reserve_warning_appears_over_the_signaleringswaarde() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let swv = als(store, "swv-po", Rol::Swv, Some("PO2605")).await;
    let jaren = store.jaarcijfers(&swv, &po()).await.unwrap();
    let boven: Vec<i16> = jaren
        .iter()
        .filter(|j| j.toets.bovenmatig())
        .map(|j| j.jaar)
        .collect();
    assert_eq!(boven, vec![2024]);
    let j2024 = jaren.iter().find(|j| j.jaar == 2024).unwrap();
    // 3,5% of 9.100.000 = 318.500; the reserve 1.135.000 is 816.500 above it.
    assert_eq!(j2024.toets.signaleringswaarde, d("318500.00"));
    assert_eq!(j2024.toets.boven, d("816500.00"));
    let cookie = sign_in(store, "opr").await;
    let page = get(store, "/swv/PO2605/jaarverslag", Some(&cookie)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("de reserve van 2024 ligt boven de signaleringswaarde")
    );
    assert!(!page.body.contains("de reserve van 2025 ligt boven"));
    // The demo's reserves follow from year to year.
    assert!(!page.body.contains("Sluit niet aan"), "{}", page.body);
    // The OPR reads, but has no form to change the figures.
    assert!(!page.body.contains("Jaarcijfers vastleggen"));
    let kern = store
        .geld_kerncijfers(
            &als(store, "opr", Rol::Opr, Some("PO2605")).await,
            sj("2024-2025"),
        )
        .await
        .unwrap();
    assert_eq!(kern.len(), 1);
    assert_eq!(kern[0].signaleringswaarde_overschreden, Some(true));
    assert_eq!(kern[0].budget, None, "no rule set for 2024-2025");
    // A 2026 whose reserve does not follow from 2025's (290.000 + 100 − 50 = 290.050).
    store
        .bewaar_jaarcijfers(
            &swv,
            &po(),
            &passend_store::geld::NieuweJaarcijfers {
                jaar: 2026,
                baten: d("100.00"),
                lasten: d("50.00"),
                reserve: d("300000.00"),
            },
            "test",
        )
        .await
        .unwrap();
    let page = get(store, "/swv/PO2605/jaarverslag", Some(&cookie)).await;
    assert!(
        page.body.contains("de reserve van 2026 is € 300.000,00")
            && page.body.contains("geeft € 290.050,00"),
        "{}",
        page.body
    );
}

#[tokio::test]
async fn downloads_are_audited_and_scoped() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let q = "schooljaar=2027-2028&voorbeeld=2015-2016";
    let swv = sign_in(store, "swv-po").await;
    let csv = get(
        store,
        &format!("/swv/PO2605/verdeling?{q}&formaat=csv"),
        Some(&swv),
    )
    .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.content_type.unwrap().starts_with("text/csv"));
    assert!(csv.body.starts_with("vestiging,naam,bestuur,"));
    let xlsx = get(
        store,
        &format!("/swv/PO2605/begroting?{q}&formaat=xlsx"),
        Some(&swv),
    )
    .await;
    assert_eq!(xlsx.status, StatusCode::OK);
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let n: i64 = sqlx::query(
        "SELECT COUNT(*) FROM audit_log WHERE actie = 'exporteren' AND route IN ('/swv/PO2605/verdeling', '/swv/PO2605/begroting')",
    )
    .fetch_one(&mut raw)
    .await
    .unwrap()
    .get(0);
    raw.close().await.unwrap();
    assert_eq!(n, 2);
    // The board's download holds only its own schools.
    let bestuur = sign_in(store, "bestuur").await;
    let csv = get(
        store,
        &format!("/swv/PO2605/verdeling?{q}&formaat=csv"),
        Some(&bestuur),
    )
    .await;
    assert_eq!(csv.status, StatusCode::OK);
    let rijen: Vec<&str> = csv.body.lines().skip(1).collect();
    assert!(!rijen.is_empty());
    assert!(rijen.iter().all(|r| r.split(',').nth(2) == Some("90001")));
    // Outside the scope: not found, and nothing logged.
    for (user, pad) in [
        ("opr", "/swv/VO2605/begroting"),
        ("bestuur", "/swv/PO2605/begroting"),
        ("ib", "/swv/PO2605/jaarverslag"),
        ("swv-vo", "/geld/landelijk"),
    ] {
        let c = sign_in(store, user).await;
        let reply = get(store, &format!("{pad}?{q}&formaat=csv"), Some(&c)).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{user} {pad}");
    }
    let ministerie = sign_in(store, "ministerie").await;
    let csv = get(
        store,
        &format!("/geld/landelijk?{q}&formaat=csv"),
        Some(&ministerie),
    )
    .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.contains("PO2605") && csv.body.contains("VO2605"));
}

#[tokio::test]
async fn an_added_rule_set_is_checked_stored_and_used() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let beheerder = als(store, "beheerder", Rol::Beheerder, None).await;
    let bron = include_str!("../../crates/domain/data/bekostiging/2015-2016.json");
    // Malformed: refused with the key and the problem; nothing stored.
    let fout = bron.replace("\"318.83\"", "318.83");
    let err = store
        .bewaar_regelset(&beheerder, "2016-2017.json", &fout, "test")
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("zware_ondersteuning_po"), "{err}");
    assert!(store.toegevoegde_regelsets().await.unwrap().is_empty());
    // A shipped year is not replaced.
    assert!(
        store
            .bewaar_regelset(&beheerder, "x.json", bron, "test")
            .await
            .is_err()
    );
    // A test fixture for 2016-2017 (amounts without value: never invented).
    let mut v: serde_json::Value = serde_json::from_str(bron).unwrap();
    v["schooljaar"] = "2016-2017".into();
    v["teldatum"]["datum"] = "2015-10-01".into();
    v["groei_teldatum"]["datum"] = "2016-02-01".into();
    for (_, b) in v["bedragen"].as_object_mut().unwrap() {
        b["bedrag"] = serde_json::Value::Null;
        b["bron"] = "testbestand: bedrag niet bekend".into();
    }
    v["bedragen"]["zware_ondersteuning_po"]["bedrag"] = "300.00".into();
    let tekst = serde_json::to_string(&v).unwrap();
    // Only the beheerder.
    let swv = als(store, "swv-po", Rol::Swv, Some("PO2605")).await;
    assert!(
        store
            .bewaar_regelset(&swv, "2016-2017.json", &tekst, "test")
            .await
            .is_err()
    );
    let jaar = store
        .bewaar_regelset(&beheerder, "2016-2017.json", &tekst, "test")
        .await
        .unwrap();
    assert_eq!(jaar, sj("2016-2017"));
    let b = store
        .begroting(&swv, &po(), sj("2016-2017"), None, AfdrachtNaar::Tlv)
        .await
        .unwrap();
    assert!(!b.berekening.rekenvoorbeeld);
    assert_eq!(
        b.eigen.zware_ondersteuning,
        Some(Decimal::from(b.eigen.leerlingen) * d("300.00"))
    );
    assert!(
        b.eigen
            .ontbrekend
            .contains(&passend_domain::bekostiging::Component::LichteOndersteuning)
    );
}

/// The key figures and the annual figures on both databases (no demo: the reference tables only).
async fn kerncijfers_en_jaarcijfers(store: &Store) {
    let inspectie = Verzoeker {
        account_id: 0,
        kijker: Kijker {
            rol: Rol::Inspectie,
            scope: None,
        },
    };
    assert_eq!(
        store.geld_bereik(&inspectie).unwrap(),
        GeldBereik::Landelijk
    );
    let rijen = store
        .geld_kerncijfers(&inspectie, sj("2015-2016"))
        .await
        .unwrap();
    assert!(rijen.iter().all(|r| r.reserve.is_none()));
    let school = Verzoeker {
        account_id: 0,
        kijker: Kijker {
            rol: Rol::School,
            scope: Some("90AA00".into()),
        },
    };
    assert!(
        store
            .geld_kerncijfers(&school, sj("2015-2016"))
            .await
            .unwrap()
            .is_empty()
    );
    let opr = Verzoeker {
        account_id: 0,
        kijker: Kijker {
            rol: Rol::Opr,
            scope: Some("PO2605".into()),
        },
    };
    match store.jaarcijfers(&opr, &po()).await {
        Ok(jaren) => assert!(jaren.is_empty()),
        Err(e) => assert!(
            matches!(e, passend_store::StoreError::NietGevonden { .. }),
            "{e}"
        ),
    }
}

contract!(kerncijfers_en_jaarcijfers);

/// `GET /api/v1/geld/ontvangen`: a board's receipts per SWV, as the store computes them for
/// the page; only for a bestuur, documented in the OpenAPI document.
#[tokio::test]
async fn the_api_gives_a_board_its_receipts_per_swv() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let sleutel = |user: &'static str| async move {
        let account = store
            .verify_password(user, &format!("demo-{user}-2026"))
            .await
            .unwrap()
            .unwrap();
        store.create_api_sleutel(account.id, "test").await.unwrap()
    };
    let key = sleutel("bestuur").await;
    let url = "/api/v1/geld/ontvangen?schooljaar=2027-2028&rekenvoorbeeld=2015-2016";
    let reply = api_get(store, url, Some(&key)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let json: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
    assert_eq!(json["schooljaar"], "2027-2028");
    assert_eq!(json["rekenvoorbeeld"], true);
    let bestuur = als(store, "bestuur", Rol::Bestuur, Some("90001")).await;
    let verwacht = store
        .ontvangen_per_swv(
            &bestuur,
            sj("2027-2028"),
            Some(sj("2015-2016")),
            AfdrachtNaar::Tlv,
        )
        .await
        .unwrap();
    let swvs = json["samenwerkingsverbanden"].as_array().unwrap();
    assert_eq!(swvs.len(), verwacht.len());
    for (o, j) in verwacht.iter().zip(swvs) {
        assert_eq!(j["samenwerkingsverband"], o.swv.to_string());
        assert_eq!(
            j["totaal"].as_str().map(String::from),
            o.totaal.map(|t| format!("{:.2}", t.round_dp(2)))
        );
        let scholen = j["scholen"].as_array().unwrap();
        assert_eq!(scholen.len(), o.scholen.len());
        assert!(scholen.iter().all(|s| s["bevoegdGezag"] == "90001"));
    }
    // Not a board: not found, as a problem.
    let po = sleutel("swv-po").await;
    let reply = api_get(store, url, Some(&po)).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert!(
        reply
            .content_type
            .as_deref()
            .is_some_and(|c| c.contains("problem+json")),
        "{:?}",
        reply.content_type
    );
    // A bad schooljaar names the field.
    let reply = api_get(store, "/api/v1/geld/ontvangen?schooljaar=2027", Some(&key)).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(reply.body.contains("schooljaar"), "{}", reply.body);
    // In the OpenAPI document, under the tag geld.
    let doc = api_get(store, "/api/v1/openapi.json", None).await;
    let doc: serde_json::Value = serde_json::from_str(&doc.body).unwrap();
    assert_eq!(doc["paths"]["/geld/ontvangen"]["get"]["tags"][0], "geld");
    db.finish().await;
}

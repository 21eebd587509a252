//! The budget: counted by hand, a missing rule set, the payer rule.

use super::*;

#[tokio::test]
async fn the_budget_from_registered_data_matches_a_count_by_hand() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let swv = als(store, "swv-po", Rol::Swv, Some("PO2605")).await;
    // Counts of 2027-2028 (teldatum 1 oktober 2026) with the amounts of 2015-2016.
    let b = store
        .geld()
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
        .geld()
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
        .geld()
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
        .accounts()
        .verify_password("swv-po", "demo-swv-po-2026")
        .await
        .unwrap()
        .unwrap();
    let key = store
        .accounts()
        .create_api_sleutel(account.id, "test")
        .await
        .unwrap();
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
        .geld()
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

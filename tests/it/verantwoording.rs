//! Tests of ondersteuningsplan, disputes, vso outflow (issue 10): a plan without the OPR's
//! consent or without OOGO with every gemeente of the region cannot be vastgesteld, with both it
//! can and the submission date is checked; a geschillencommissie case shows its ten-week date
//! and the board's response, also to the parents; the demo's vso outflow compares expected and
//! actual; an OPR member reads the plan and figures but never a pupil.

use crate::access::{api_get, api_send};
use crate::support::demo_sqlite;
use crate::web::{csrf_of, get, post_form, sign_in};
use axum::http::StatusCode;
use jiff::ToSpan;
use passend_domain::Schooljaar;
use passend_store::Store;
use sqlx::{Connection, Row};

fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
}

async fn sleutel(store: &Store, user: &str) -> String {
    let account = store
        .verify_password(user, &format!("demo-{user}-2026"))
        .await
        .unwrap()
        .unwrap();
    store.create_api_sleutel(account.id, "test").await.unwrap()
}

fn nl(d: jiff::civil::Date) -> String {
    format!("{:02}-{:02}-{}", d.day(), d.month(), d.year())
}

#[tokio::test]
async fn demo_plan_has_two_versions_and_the_refused_one_cannot_be_vastgesteld() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let key = sleutel(store, "swv-po").await;
    let lijst = json(
        &api_get(store, "/api/v1/ondersteuningsplannen", Some(&key))
            .await
            .body,
    );
    let versies = lijst["ondersteuningsplannen"].as_array().unwrap();
    assert_eq!(versies.len(), 2, "{lijst}");
    let (v2, v1) = (&versies[0], &versies[1]);
    assert_eq!(v2["versie"], 2);
    assert!(v2["vastgesteldOp"].is_string() && v2["ingediendOp"].is_string());
    assert!(v1["vastgesteldOp"].is_null());
    let plan2 = json(
        &api_get(
            store,
            &format!("/api/v1/ondersteuningsplannen/{}", v2["id"]),
            Some(&key),
        )
        .await
        .body,
    );
    assert_eq!(plan2["tijdigIngediend"], true, "{plan2}");
    assert_eq!(plan2["oogo"].as_array().unwrap().len(), 5, "five gemeenten");
    assert!(
        plan2["oogo"]
            .as_array()
            .unwrap()
            .iter()
            .all(|o| o["datum"].is_string())
    );
    // Each target reads its figure from the monitor: same count, and a link to it.
    let monitor = json(
        &api_get(store, "/api/v1/monitor/PO2605", Some(&key))
            .await
            .body,
    );
    let figuren = monitor["indicatoren"].as_array().unwrap();
    let streef = plan2["streefwaarden"].as_array().unwrap();
    assert!(!streef.is_empty());
    for s in streef {
        let figuur = s["monitor"].as_str().unwrap().rsplit('#').next().unwrap();
        let f = figuren
            .iter()
            .find(|f| f["sleutel"] == figuur)
            .unwrap_or_else(|| panic!("{figuur} not in the monitor: {monitor}"));
        let rij = &f["rijen"][0];
        let verwacht = if s["kengetal"] == "arrangementen" {
            // Only the granted ones: the first column.
            rij["cellen"][0]["waarde"].as_u64().unwrap()
        } else {
            rij["totaal"]["waarde"].as_u64().unwrap()
        };
        assert_eq!(s["huidig"]["waarde"].as_u64(), Some(verwacht), "{s} vs {f}");
    }
    // The OPR reads the same targets with small values hidden, and then no verdict either.
    let opr_plan = json(
        &api_get(
            store,
            &format!("/api/v1/ondersteuningsplannen/{}", v2["id"]),
            Some(&sleutel(store, "opr").await),
        )
        .await
        .body,
    );
    for (eigen, opr) in streef
        .iter()
        .zip(opr_plan["streefwaarden"].as_array().unwrap())
    {
        let n = eigen["huidig"]["waarde"].as_u64().unwrap();
        if n > 0 && n < 10 {
            assert_eq!(opr["huidig"]["label"], "<10", "{opr}");
            assert!(opr["huidig"]["waarde"].is_null() && opr["behaald"].is_null());
        } else {
            assert_eq!(opr["huidig"]["waarde"].as_u64(), Some(n));
        }
    }
    // Version 1: one gemeente without OOGO and the OPR voted against.
    let id1 = v1["id"].as_i64().unwrap();
    let cookie = sign_in(store, "swv-po").await;
    let page = get(
        store,
        &format!("/verantwoording/plannen/{id1}"),
        Some(&cookie),
    )
    .await;
    assert_eq!(page.status, StatusCode::OK);
    // The outcome in its own element: the plain words are also in the checklist's reasons.
    assert!(
        page.body.contains("<strong>niet ingestemd</strong>"),
        "{}",
        page.body
    );
    let csrf = csrf_of(&page.body);
    let reply = post_form(
        store,
        &format!("/verantwoording/plannen/{id1}/vaststellen"),
        Some(&cookie),
        &format!("csrf={csrf}"),
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(
        reply
            .body
            .contains("ondersteuningsplanraad heeft niet ingestemd")
    );
    assert!(
        reply
            .body
            .contains("op overeenstemming gericht overleg met de gemeente")
    );
    // The OPR member reads the plan, its targets and the budget; never a pupil.
    let opr = sign_in(store, "opr").await;
    let page = get(
        store,
        &format!("/verantwoording/plannen/{}", v2["id"]),
        Some(&opr),
    )
    .await;
    assert_eq!(page.status, StatusCode::OK);
    // "ingestemd" alone is also in "niet ingestemd": look at the outcome itself.
    assert!(page.body.contains("Eigen doelen"));
    assert!(
        page.body.contains("<strong>ingestemd</strong>"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("href=\"/leerlingen/"));
    let overzicht = get(store, "/verantwoording", Some(&opr)).await;
    assert_eq!(overzicht.status, StatusCode::OK);
    assert!(overzicht.body.contains("Begroting en reserves"));
    assert!(overzicht.body.contains("versie 2"));
    db.finish().await;
}

#[tokio::test]
async fn a_plan_is_vastgesteld_only_with_oogo_with_every_gemeente_and_opr_consent() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let key = sleutel(store, "swv-po").await;
    let today = passend_web::vandaag();
    // Two schooljaren ahead: its deadline (30 April before it) is always still to come, so
    // the on-time path is tested whatever day the test runs.
    let volgend = Schooljaar::of(today).next().next();
    let body = |van: Schooljaar, jaren: i16| {
        let tot = Schooljaar::starting_in(van.start().year() + jaren - 1);
        serde_json::json!({
            "van": van.to_string(), "tot": tot.to_string(),
            "basisondersteuning": "b", "extraOndersteuning": "e", "middelen": "m",
            "tlvProcedure": "t", "ouders": "o", "doelen": "d", "terugplaatsing": "r",
            "overdrachten": "g",
            "streefwaarden": [{"doel": "minder thuiszitters", "kengetal": "thuiszitters",
                "richting": "hoogstens", "streefwaarde": 1, "meting": "maandelijks"}]
        })
        .to_string()
    };
    let aantal = |s: &serde_json::Value| s["ondersteuningsplannen"].as_array().unwrap().len();
    let voor = aantal(&json(
        &api_get(store, "/api/v1/ondersteuningsplannen", Some(&key))
            .await
            .body,
    ));
    // Five schooljaren: refused, nothing stored.
    let reply = api_send(
        store,
        "POST",
        "/api/v1/ondersteuningsplannen",
        &key,
        &body(volgend, 5),
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.body);
    assert!(reply.body.contains("ten hoogste vier schooljaren"));
    assert_eq!(
        reply.content_type.as_deref(),
        Some("application/problem+json")
    );
    assert_eq!(
        aantal(&json(
            &api_get(store, "/api/v1/ondersteuningsplannen", Some(&key))
                .await
                .body
        )),
        voor
    );
    let reply = api_send(
        store,
        "POST",
        "/api/v1/ondersteuningsplannen",
        &key,
        &body(volgend, 4),
    )
    .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    let plan = json(&reply.body);
    let id = plan["id"].as_i64().unwrap();
    let pad = |x: &str| format!("/api/v1/ondersteuningsplannen/{id}/{x}");
    let vaststelling = pad("vaststelling");
    let vaststellen = || api_send(store, "POST", &vaststelling, &key, "{}");
    // Neither OOGO nor consent.
    let r = vaststellen().await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body
            .contains("ondersteuningsplanraad heeft nog niet ingestemd")
    );
    let gemeenten: Vec<(String, String)> = plan["oogo"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["gemeentecode"].as_str().unwrap().to_string(),
                o["gemeente"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(gemeenten.len(), 5);
    // A gemeente outside the region, and "geen overeenstemming" without the disagreements.
    let r = api_send(
        store,
        "POST",
        &pad("oogo"),
        &key,
        &format!(
            r#"{{"gemeentecode": "0363", "datum": "{today}", "uitkomst": "overeenstemming"}}"#
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("gemeente"), "{}", r.body);
    let r = api_send(
        store,
        "POST",
        &pad("oogo"),
        &key,
        &format!(
            r#"{{"gemeentecode": "{}", "datum": "{today}", "uitkomst": "geen overeenstemming"}}"#,
            gemeenten[0].0
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("verschillen"));
    for (code, _) in &gemeenten[1..] {
        let r = api_send(
            store,
            "POST",
            &pad("oogo"),
            &key,
            &format!(
                r#"{{"gemeentecode": "{code}", "datum": "{today}", "uitkomst": "overeenstemming"}}"#
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    }
    // The OPR's view is read-only: it cannot record its vote itself …
    let opr = sign_in(store, "opr").await;
    let page = get(store, &format!("/verantwoording/plannen/{id}"), Some(&opr)).await;
    assert!(!page.body.contains("Stemming vastleggen"), "{}", page.body);
    let csrf = csrf_of(&page.body);
    let vote = format!("csrf={csrf}&datum={today}&voor=6&tegen=2&onthouding=1&voorwaarden=");
    let r = post_form(
        store,
        &format!("/verantwoording/plannen/{id}/instemming"),
        Some(&opr),
        &vote,
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.body);
    // … the SWV records it as the OPR's minutes give it (through the web).
    let swv = sign_in(store, "swv-po").await;
    let page = get(store, &format!("/verantwoording/plannen/{id}"), Some(&swv)).await;
    let csrf = csrf_of(&page.body);
    let r = post_form(
        store,
        &format!("/verantwoording/plannen/{id}/instemming"),
        Some(&swv),
        &format!("csrf={csrf}&datum={today}&voor=6&tegen=2&onthouding=1&voorwaarden="),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // Consent but one gemeente without OOGO: still not.
    let r = vaststellen().await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body.contains(&gemeenten[0].1),
        "names the gemeente: {}",
        r.body
    );
    assert!(!r.body.contains("ingestemd"));
    let r = api_send(store, "POST", &pad("oogo"), &key,
        &format!(r#"{{"gemeentecode": "{}", "datum": "{today}", "uitkomst": "geen overeenstemming", "verschillen": "jeugdhulp"}}"#, gemeenten[0].0)).await;
    assert_eq!(r.status, StatusCode::OK);
    // OOGO and consent, but no overleg with the overlapping VO-SWV yet (lid 9): still not.
    let r = vaststellen().await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body
            .contains("nog geen overleg met samenwerkingsverband VO2605"),
        "{}",
        r.body
    );
    let overleg = |swv: &str| {
        format!(
            r#"{{"samenwerkingsverband": "{swv}", "datum": "{today}", "verslag": "overstap po-vo"}}"#
        )
    };
    let r = api_send(
        store,
        "POST",
        &pad("overleg-samenwerkingsverband"),
        &key,
        &overleg("VO2707"),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "not an overlapping SWV");
    assert!(r.body.contains("VO2707"), "{}", r.body);
    let r = api_send(
        store,
        "POST",
        &pad("overleg-samenwerkingsverband"),
        &key,
        &overleg("VO2605"),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(
        json(&r.body)["overlegSamenwerkingsverbanden"][0]["datum"],
        today.to_string()
    );
    // All: it can.
    let r = vaststellen().await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(json(&r.body)["vastgesteldOp"], today.to_string());
    // Final: no more changes.
    let r = api_send(
        store,
        "POST",
        &pad("oogo"),
        &key,
        &format!(
            r#"{{"gemeentecode": "{}", "datum": "{today}", "uitkomst": "overeenstemming"}}"#,
            gemeenten[0].0
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    // Submission: not in the future; on time before 1 May preceding the first schooljaar.
    let morgen = today.checked_add(1.day()).unwrap();
    let r = api_send(
        store,
        "POST",
        &pad("indiening"),
        &key,
        &format!(r#"{{"datum": "{morgen}"}}"#),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = api_send(
        store,
        "POST",
        &pad("indiening"),
        &key,
        &format!(r#"{{"datum": "{today}"}}"#),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let p = json(&r.body);
    assert_eq!(
        p["indienenUiterlijk"],
        format!("{}-04-30", volgend.start().year())
    );
    assert_eq!(p["tijdigIngediend"], true);

    // A plan for the running schooljaar, sent today: after 1 May, so late — recorded, shown late.
    let nu = Schooljaar::of(today);
    let reply = api_send(
        store,
        "POST",
        "/api/v1/ondersteuningsplannen",
        &key,
        &body(nu, 1),
    )
    .await;
    let id = json(&reply.body)["id"].as_i64().unwrap();
    let pad = |x: &str| format!("/api/v1/ondersteuningsplannen/{id}/{x}");
    for (code, _) in &gemeenten {
        api_send(
            store,
            "POST",
            &pad("oogo"),
            &key,
            &format!(
                r#"{{"gemeentecode": "{code}", "datum": "{today}", "uitkomst": "overeenstemming"}}"#
            ),
        )
        .await;
    }
    let r = api_send(
        store,
        "POST",
        &pad("overleg-samenwerkingsverband"),
        &key,
        &overleg("VO2605"),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let r = api_send(
        store,
        "POST",
        &pad("instemming"),
        &key,
        &format!(r#"{{"datum": "{today}", "voor": 5, "tegen": 0}}"#),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(
        api_send(store, "POST", &pad("vaststelling"), &key, "{}")
            .await
            .status,
        StatusCode::OK
    );
    let r = api_send(
        store,
        "POST",
        &pad("indiening"),
        &key,
        &format!(r#"{{"datum": "{today}"}}"#),
    )
    .await;
    assert_eq!(json(&r.body)["tijdigIngediend"], false);
    let cookie = sign_in(store, "swv-po").await;
    let page = get(
        store,
        &format!("/verantwoording/plannen/{id}"),
        Some(&cookie),
    )
    .await;
    // The outcome itself, not the words anywhere on the page.
    assert!(
        page.body.contains(", <strong>te laat</strong>"),
        "{}",
        page.body
    );
    db.finish().await;
}

#[tokio::test]
async fn a_geschillencommissie_case_shows_its_term_and_the_boards_response() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let today = passend_web::vandaag();
    let ib = sign_in(store, "ib").await;
    let page = get(store, "/verantwoording/geschillen", Some(&ib)).await;
    assert_eq!(page.status, StatusCode::OK);
    // The demo's toelating dispute: received five weeks ago, oordeel within ten weeks.
    let ontvangen = today.checked_sub(35.days()).unwrap();
    assert!(
        page.body
            .contains(&nl(ontvangen.checked_add(70.days()).unwrap()))
    );
    // The demo's OPP dispute is past its term.
    assert!(page.body.contains("termijn verstreken zonder oordeel"));
    let csrf = csrf_of(&page.body);
    let leerling = store
        .leerlingen_van_vestiging(
            &passend_domain::VestigingCode::parse("90AA00").unwrap(),
            today,
        )
        .await
        .unwrap()[3]
        .id
        .0;
    let ingediend = today.checked_sub(7.days()).unwrap();
    let r = post_form(store, "/verantwoording/geschillen", Some(&ib),
        &format!("csrf={csrf}&leerling={leerling}&soort=verwijdering&vestiging=90AA00&ingediend_op={ingediend}&omschrijving=")).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("omschrijving"));
    let r = post_form(store, "/verantwoording/geschillen", Some(&ib),
        &format!("csrf={csrf}&leerling={leerling}&soort=verwijdering&vestiging=90AA00&ingediend_op={ingediend}&omschrijving=ouders+bestrijden+verwijdering")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let id: i64 = r
        .location
        .unwrap()
        .rsplit('-')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let page = get(store, "/verantwoording/geschillen", Some(&ib)).await;
    assert!(
        page.body
            .contains(&nl(ingediend.checked_add(70.days()).unwrap()))
    );
    // A response before the oordeel, and a deviation without reasons: refused.
    let pad = format!("/verantwoording/geschillen/{id}");
    let r = post_form(
        store,
        &pad,
        Some(&ib),
        &format!("csrf={csrf}&volgt_oordeel=ja&reactie=wij+volgen"),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = post_form(
        store,
        &pad,
        Some(&ib),
        &format!("csrf={csrf}&oordeel_datum={today}&oordeel=gegrond&volgt_oordeel=nee&reactie="),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("motiveert"), "{}", r.body);
    // Nothing of that was stored.
    let page = get(store, "/verantwoording/geschillen", Some(&ib)).await;
    assert!(!page.body.contains("gegrond"));
    let r = post_form(store, &pad, Some(&ib),
        &format!("csrf={csrf}&oordeel_datum={today}&oordeel=gegrond&reactie_datum={today}&volgt_oordeel=nee&reactie=andere+school+bereid")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = get(store, "/verantwoording/geschillen", Some(&ib)).await;
    assert!(
        page.body.contains("wijkt af van het oordeel")
            && page.body.contains("andere school bereid")
    );
    // The parents of the demo's verwijdering case see it, with the board's response, in the
    // child's dossier.
    let ouder = sign_in(store, "ouder").await;
    let key = sleutel(store, "ouder").await;
    let lijst = json(&api_get(store, "/api/v1/geschillen", Some(&key)).await.body);
    let eigen = lijst["geschillen"].as_array().unwrap();
    assert_eq!(eigen.len(), 1, "{lijst}");
    let kind = eigen[0]["leerling"].as_i64().unwrap();
    let dossier = get(store, &format!("/leerlingen/{kind}"), Some(&ouder)).await;
    assert_eq!(dossier.status, StatusCode::OK);
    assert!(dossier.body.contains("geschil over verwijdering"));
    assert!(dossier.body.contains("wijkt af van het oordeel"));
    // Counted anonymously for the monitor.
    let swv = store
        .verify_password("swv-po", "demo-swv-po-2026")
        .await
        .unwrap()
        .unwrap();
    let wie = passend_store::Verzoeker {
        account_id: swv.id,
        kijker: passend_domain::Kijker {
            rol: passend_domain::Rol::Swv,
            scope: Some("PO2605".into()),
        },
    };
    let telling = store
        .geschillen_telling(&wie, Schooljaar::of(today))
        .await
        .unwrap();
    assert!(telling.iter().all(|t| t.swv.as_str() == "PO2605"));
    let verwijdering: i64 = telling
        .iter()
        .filter(|t| t.soort == "verwijdering")
        .map(|t| t.aantal)
        .sum();
    assert!(verwijdering >= 1, "{telling:?}");
    let key = sleutel(store, "inspectie").await;
    let r = json(
        &api_get(store, "/api/v1/geschillentelling", Some(&key))
            .await
            .body,
    );
    assert!(
        r["tellingen"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["soort"] == "toelating")
    );
    assert!(!r.to_string().contains("leerling"));
    db.finish().await;
}

#[tokio::test]
async fn a_referral_to_an_onderwijsconsulent_has_no_term_and_is_counted() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let today = passend_web::vandaag();
    let key = sleutel(store, "ib").await;
    let leerling = store
        .leerlingen_van_vestiging(
            &passend_domain::VestigingCode::parse("90AA00").unwrap(),
            today,
        )
        .await
        .unwrap()[4]
        .id
        .0;
    let telling = |key: String| async move {
        let r = json(
            &api_get(store, "/api/v1/geschillentelling", Some(&key))
                .await
                .body,
        );
        r["tellingen"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| t["soort"] == "onderwijsconsulent")
            .map(|t| t["aantal"]["waarde"].as_i64().unwrap())
            .sum::<i64>()
    };
    let swv = sleutel(store, "swv-po").await;
    let voor = telling(swv.clone()).await;
    let r = api_send(
        store,
        "POST",
        "/api/v1/geschillen",
        &key,
        &format!(
            r#"{{"leerling": {leerling}, "soort": "onderwijsconsulent", "vestiging": "90AA00", "ingediendOp": "{today}", "omschrijving": "Ouders en school zoeken samen een passende plek"}}"#
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let g = json(&r.body);
    // Mediation: the law sets no term, and there is no oordeel for the board to answer:
    // a board's response is refused, the mediation's outcome is recorded.
    assert!(g["oordeelUiterlijk"].is_null(), "{g}");
    let pad = format!("/api/v1/geschillen/{}", g["id"]);
    let r = api_send(
        store,
        "PATCH",
        &pad,
        &key,
        r#"{"volgtOordeel": true, "reactie": "wij volgen"}"#,
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    let r = api_send(
        store,
        "PATCH",
        &pad,
        &key,
        &format!(r#"{{"oordeelDatum": "{today}", "oordeel": "plaatsing op 90AB00 afgesproken"}}"#),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(json(&r.body)["reactie"].is_null());
    // Counted, without the child.
    assert_eq!(telling(swv).await, voor + 1);
    // The referral shows on the school's list of disputes.
    let ib = sign_in(store, "ib").await;
    let page = get(store, "/verantwoording/geschillen", Some(&ib)).await;
    assert!(page.body.contains("verwijzing naar een onderwijsconsulent"));
    db.finish().await;
}

#[tokio::test]
async fn the_demo_compares_expected_and_actual_vso_outflow() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let key = sleutel(store, "swv-vo").await;
    let r = api_get(store, "/api/v1/vso-uitstroom", Some(&key)).await;
    assert_eq!(r.status, StatusCode::OK);
    let u = json(&r.body);
    let swv = u["samenwerkingsverbanden"].as_array().unwrap();
    assert_eq!(swv.len(), 1, "{u}");
    assert_eq!(swv[0]["code"], "VO2605");
    let totaal = swv[0]["totaal"]["waarde"].as_i64().unwrap();
    assert!(totaal >= 6, "{u}");
    let rijen = swv[0]["rijen"].as_array().unwrap();
    let conform: i64 = rijen
        .iter()
        .map(|r| r["volgensVerwachting"]["waarde"].as_i64().unwrap())
        .sum();
    // The demo's pattern: per six leavers three went where the OPP expected, two elsewhere,
    // one unknown.
    assert_eq!(conform * 2, totaal, "{u}");
    assert!(
        rijen[0]["arbeidsmarkt"]["waarde"].as_i64().unwrap() >= 1,
        "expected vervolgonderwijs, went to work"
    );
    assert!(
        swv[0]["naEenJaar"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["waarde"].as_i64().unwrap() > 0)
    );
    assert!(
        !u["scholen"].as_array().unwrap().is_empty(),
        "the SWV sees its schools"
    );
    // Outside the SWV: per SWV only, small counts hidden, nothing to subtract.
    let inspectie = json(
        &api_get(
            store,
            "/api/v1/vso-uitstroom",
            Some(&sleutel(store, "inspectie").await),
        )
        .await
        .body,
    );
    assert!(
        inspectie["scholen"].as_array().unwrap().is_empty(),
        "{inspectie}"
    );
    let vo = inspectie["samenwerkingsverbanden"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["code"] == "VO2605")
        .unwrap();
    let mut verborgen = 0;
    for r in vo["rijen"].as_array().unwrap() {
        for k in [
            "vervolgonderwijs",
            "arbeidsmarkt",
            "dagbesteding",
            "onbekend",
            "totaal",
        ] {
            match r[k]["waarde"].as_u64() {
                Some(n) => assert!(n == 0 || n >= 10, "{k} = {n} in {vo}"),
                None => verborgen += 1,
            }
        }
    }
    assert!(verborgen > 0, "the demo's small outflow is hidden: {vo}");
    let cookie = sign_in(store, "swv-vo").await;
    let page = get(store, "/verantwoording/uitstroom", Some(&cookie)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<svg") && page.body.contains("volgens verwachting"));
    assert!(!page.body.contains("href=\"/leerlingen/"), "counts only");
    // The leavers' list and a follow-up that is too early.
    let lijst = get(store, "/verantwoording/uitstroom/leerlingen", Some(&cookie)).await;
    assert_eq!(lijst.status, StatusCode::OK);
    assert!(lijst.body.contains("anders dan verwacht"));
    // Recording a leaver at a school that is not vso: refused, nothing stored.
    let csrf = csrf_of(&lijst.body);
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let (leerling, vestiging): (i64, String) = {
        let r = sqlx::query("SELECT i.leerling_id, i.vestiging_code FROM inschrijving i JOIN vestiging v ON v.code = i.vestiging_code \
            WHERE v.schoolsoort = 'vo' AND v.swv_code = 'VO2605' AND i.tot IS NULL ORDER BY i.id LIMIT 1")
            .fetch_one(&mut raw).await.unwrap();
        (r.get(0), r.get(1))
    };
    let voor: i64 = sqlx::query("SELECT COUNT(*) FROM vso_uitstroom")
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get(0);
    let today = passend_web::vandaag();
    let r = post_form(store, "/verantwoording/uitstroom/leerlingen", Some(&cookie),
        &format!("csrf={csrf}&leerling={leerling}&vestiging={vestiging}&datum={today}&bestemming=arbeidsmarkt")).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("voortgezet speciaal onderwijs"));
    let na: i64 = sqlx::query("SELECT COUNT(*) FROM vso_uitstroom")
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get(0);
    assert_eq!(voor, na);
    raw.close().await.unwrap();
    // Through the API: the leavers, and a year later recorded for one that left long enough ago.
    let key = sleutel(store, "swv-vo").await;
    let lijst = json(
        &api_get(store, "/api/v1/vso-uitstroom/leerlingen", Some(&key))
            .await
            .body,
    );
    let vertrekkers = lijst["vertrekkers"].as_array().unwrap();
    assert!(!vertrekkers.is_empty(), "{lijst}");
    assert!(
        vertrekkers.iter().any(|v| v["verwacht"].is_string()),
        "the OPP's profile at leaving"
    );
    let open = vertrekkers
        .iter()
        .find(|v| {
            v["naEenJaarBestemming"].is_null()
                && jiff::civil::Date::strptime("%Y-%m-%d", v["uitstroomdatum"].as_str().unwrap())
                    .unwrap()
                    .checked_add(1.year())
                    .unwrap()
                    <= today
        })
        .unwrap_or_else(|| panic!("a leaver to follow up: {lijst}"));
    let pad = format!("/api/v1/vso-uitstroom/{}/na-een-jaar", open["id"]);
    let r = api_send(
        store,
        "POST",
        &pad,
        &key,
        &format!(r#"{{"datum": "{today}", "bestemming": "ergens"}}"#),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("bestemming"), "{}", r.body);
    let r = api_send(
        store,
        "POST",
        &pad,
        &key,
        &format!(r#"{{"datum": "{today}", "bestemming": "arbeidsmarkt"}}"#),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(json(&r.body)["naEenJaarBestemming"], "arbeidsmarkt");
    let r = api_send(
        store,
        "POST",
        &pad,
        &key,
        &format!(r#"{{"datum": "{today}", "bestemming": "arbeidsmarkt"}}"#),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "once");
    db.finish().await;
}

#[tokio::test]
async fn an_opr_member_never_opens_a_pupils_dossier() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let mut ids: Vec<i64> =
        sqlx::query("SELECT leerling_id FROM geschil UNION SELECT leerling_id FROM vso_uitstroom")
            .fetch_all(&mut raw)
            .await
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
    raw.close().await.unwrap();
    ids.extend([1, 2, 3]);
    assert!(ids.len() > 5);
    let opr = sign_in(store, "opr").await;
    let key = sleutel(store, "opr").await;
    for id in &ids {
        assert_eq!(
            get(store, &format!("/leerlingen/{id}"), Some(&opr))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            api_get(store, &format!("/api/v1/leerlingen/{id}"), Some(&key))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
    }
    let lijst = json(&api_get(store, "/api/v1/geschillen", Some(&key)).await.body);
    assert!(lijst["geschillen"].as_array().unwrap().is_empty());
    let page = get(store, "/verantwoording/geschillen", Some(&opr)).await;
    assert!(!page.body.contains("href=\"/leerlingen/"));
    assert_eq!(
        get(store, "/verantwoording/uitstroom/leerlingen", Some(&opr))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    for pad in ["/verantwoording", "/verantwoording/uitstroom"] {
        let page = get(store, pad, Some(&opr)).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains("href=\"/leerlingen/"), "{pad}");
    }
    db.finish().await;
}

/// The access matrix of this area on its own (the full matrix in `access.rs` walks every
/// route of the application; this runs only `access_verantwoording::dekt`), with a sample of
/// the pupils this area touches and facts read as `access.rs` reads them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_areas_routes_hold_their_access_decision_for_every_role() {
    use crate::access::{Caller, Facts};
    let db = demo_sqlite().await;
    let store = &db.store;
    let today = passend_web::vandaag();
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let mut ids: Vec<i64> = sqlx::query(
        "SELECT leerling_id FROM geschil UNION SELECT leerling_id FROM vso_uitstroom \
         UNION SELECT leerling_id FROM aanmelding",
    )
    .fetch_all(&mut raw)
    .await
    .unwrap()
    .iter()
    .map(|r| r.get(0))
    .collect();
    ids.extend([1, 2, 373, 746]);
    ids.sort();
    ids.dedup();
    let mut sample = Vec::new();
    for id in ids {
        let d = store
            .leerling_dossier(passend_store::LeerlingId(id))
            .await
            .unwrap();
        let rijen = |sql: String| sqlx::query(sqlx::AssertSqlSafe(sql));
        let swv_zaken = rijen(format!(
            "SELECT swv_code FROM thuiszitter_zaak WHERE leerling_id = {0} UNION SELECT swv_code FROM tlv WHERE leerling_id = {0} \
             UNION SELECT swv_code FROM arrangement WHERE leerling_id = {0} UNION SELECT swv_code FROM integraal_arrangement WHERE leerling_id = {0} \
             UNION SELECT swv_code FROM oso_dossier WHERE leerling_id = {0}", id))
            .fetch_all(&mut raw).await.unwrap().iter().map(|r| r.get::<String, _>(0)).collect();
        let deskundigen = rijen(format!(
            "SELECT a.deskundige_id FROM tlv_advies a JOIN tlv t ON t.id = a.tlv_id WHERE t.leerling_id = {id}"))
            .fetch_all(&mut raw).await.unwrap().iter().map(|r| r.get::<i64, _>(0).to_string()).collect();
        let mut f = Facts {
            id: passend_store::LeerlingId(id),
            naam: d.leerling.naam.clone(),
            postcode: d.leerling.postcode.clone(),
            scholen: vec![],
            besturen: vec![],
            swvs: vec![],
            gemeente: d.gemeente.clone(),
            kind_van_demo_ouder: d
                .ouders
                .iter()
                .any(|o| o.email.as_deref() == Some("ouder1-0@example.org")),
            swv_zaken,
            deskundigen,
            aanmeldingen: rijen(format!(
                "SELECT vestiging_code FROM aanmelding WHERE leerling_id = {id}"
            ))
            .fetch_all(&mut raw)
            .await
            .unwrap()
            .iter()
            .map(|r| r.get::<String, _>(0))
            .collect(),
            levende_aanmeldingen: vec![],
        };
        let scholen = rijen(format!(
            "SELECT v.code, b.naam, v.swv_code FROM inschrijving i JOIN vestiging v ON v.code = i.vestiging_code \
             JOIN school s ON s.brin = v.brin JOIN bestuur b ON b.id = s.bestuur_id WHERE i.leerling_id = {id} \
             AND i.van <= '{today}' AND (i.tot IS NULL OR i.tot >= '{today}')"))
            .fetch_all(&mut raw).await.unwrap();
        for r in &scholen {
            f.scholen.push(r.get(0));
            f.besturen.push(r.get(1));
            f.swvs.push(r.get(2));
        }
        sample.push(f);
    }
    raw.close().await.unwrap();
    let mut callers = Vec::new();
    for user in [
        "ib",
        "bestuur",
        "swv-po",
        "swv-vo",
        "deskundige",
        "leerplicht",
        "ouder",
        "opr",
        "inspectie",
        "ministerie",
        "beheerder",
    ] {
        let cookie = sign_in(store, user).await;
        let csrf = csrf_of(&get(store, "/", Some(&cookie)).await.body);
        callers.push(Caller {
            user,
            cookie,
            csrf,
            key: sleutel(store, user).await,
        });
    }
    let mut gedekt = 0;
    for (pad, toegang) in passend_web::routes::overzicht() {
        if pad.contains("verantwoording")
            || pad.contains("ondersteuningsplannen")
            || pad.contains("geschillen")
            || pad.contains("vso-uitstroom")
        {
            assert!(
                crate::access_verantwoording::dekt(store, pad, toegang, &callers, &sample).await,
                "{pad} not covered"
            );
            gedekt += 1;
        }
    }
    assert_eq!(gedekt, 27);
    db.finish().await;
}

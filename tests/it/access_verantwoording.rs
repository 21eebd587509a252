//! The access matrix for the routes of ondersteuningsplan, disputes, vso outflow (issue 10): returns whether it covered the route.
//!
//! Plans and counts: staff and OPR of the plan's SWV and national supervision read them, only
//! the SWV's staff write (the OPR records its own vote); everyone else gets a 404. Disputes and
//! leavers are pupil data: a caller who may see the pupil gets the rule's 400 for a refused body,
//! everyone else a 404; lists show only pupils the caller may see.

use crate::access::{Caller, Facts, api_get, api_send, may_see, paar};
use crate::web::{Reply, get, post_form};
use axum::http::StatusCode;
use passend_store::Store;
use passend_web::routes::Toegang;

fn caller<'a>(callers: &'a [Caller], user: &str) -> &'a Caller {
    callers.iter().find(|c| c.user == user).unwrap()
}

fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
}

/// The plan versions (id, swv), read as the inspectie, who reads every SWV's plan.
async fn plannen(store: &Store, callers: &[Caller]) -> Vec<(i64, String)> {
    let c = caller(callers, "inspectie");
    let lijst = json(
        &api_get(store, "/api/v1/ondersteuningsplannen", Some(&c.key))
            .await
            .body,
    );
    lijst["ondersteuningsplannen"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["id"].as_i64().unwrap(),
                p["samenwerkingsverband"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// The disputes (id, pupil) as the parties on the school's side see them.
/// (id, pupil, about toelating) of every dispute the parties list.
async fn geschillen(store: &Store, callers: &[Caller]) -> Vec<(i64, i64, bool)> {
    let mut out = Vec::new();
    for user in ["ib", "bestuur", "swv-po", "swv-vo"] {
        let c = caller(callers, user);
        let lijst = json(
            &api_get(store, "/api/v1/geschillen", Some(&c.key))
                .await
                .body,
        );
        for g in lijst["geschillen"].as_array().unwrap() {
            let x = (
                g["id"].as_i64().unwrap(),
                g["leerling"].as_i64().unwrap(),
                g["soort"] == "toelating",
            );
            if !out.contains(&x) {
                out.push(x);
            }
        }
    }
    out
}

/// The vso leavers' records (id, SWV that follows them up), from the SWVs' lists.
async fn uitstroom(store: &Store, callers: &[Caller]) -> Vec<(i64, String)> {
    let mut out = Vec::new();
    for (user, swv) in [("swv-po", "PO2605"), ("swv-vo", "VO2605")] {
        let c = caller(callers, user);
        let page = get(
            store,
            "/verantwoording/uitstroom/leerlingen",
            Some(&c.cookie),
        )
        .await;
        for rest in page.body.split("id=\"uitstroom-").skip(1) {
            let id: i64 = rest.split('"').next().unwrap().parse().unwrap();
            out.push((id, swv.to_string()));
        }
    }
    out
}

fn leest_plan(user: &str, swv: &str) -> bool {
    match user {
        "swv-po" | "opr" => swv == "PO2605",
        "swv-vo" => swv == "VO2605",
        "inspectie" | "ministerie" => true,
        _ => false,
    }
}

fn schrijft_plan(user: &str, swv: &str) -> bool {
    matches!((user, swv), ("swv-po", "PO2605") | ("swv-vo", "VO2605"))
}

pub(crate) fn status(mag: bool, ja: StatusCode) -> StatusCode {
    if mag { ja } else { StatusCode::NOT_FOUND }
}

fn geen_leerlingen(pad: &str, user: &str, reply: &Reply, sample: &[Facts]) {
    assert!(
        !reply.body.contains("href=\"/leerlingen/"),
        "{user} on {pad} links to a dossier"
    );
    for f in sample {
        assert!(
            !reply.body.contains(&f.naam),
            "{user} on {pad} shows pupil {}",
            f.id.0
        );
    }
}

/// A party to a dispute: who may see the pupil's dossier, and for a dispute about toelating
/// also the school, bestuur and SWV of the registration (without the dossier).
fn partij(user: &str, f: &Facts, toelating: bool) -> bool {
    may_see(user, f)
        || (toelating
            && crate::access::may_read_registration(user)
            && f.aanmeldingen.iter().any(|v| v == "90AA00"))
}

/// Every pupil a page links to is one the caller may see.
fn alleen_zichtbare(pad: &str, user: &str, body: &str, sample: &[Facts]) {
    for rest in body.split("href=\"/leerlingen/").skip(1) {
        let id: i64 = rest.split(['/', '"', '#']).next().unwrap().parse().unwrap();
        if let Some(f) = sample.iter().find(|f| f.id.0 == id) {
            assert!(may_see(user, f), "{user} sees pupil {id} on {pad}");
        }
    }
}

pub(crate) async fn dekt(
    store: &Store,
    pad: &str,
    toegang: Toegang,
    callers: &[Caller],
    sample: &[Facts],
) -> bool {
    match (pad, toegang) {
        ("/verantwoording", Toegang::Aangemeld) => {
            assert_eq!(
                get(store, pad, None).await.location.as_deref(),
                Some("/aanmelden")
            );
            for c in callers {
                let reply = get(store, pad, Some(&c.cookie)).await;
                assert_eq!(reply.status, StatusCode::OK, "{} on {pad}", c.user);
                geen_leerlingen(pad, c.user, &reply, sample);
            }
        }
        ("/verantwoording/plannen", Toegang::Aangemeld) => {
            // Six schooljaren: the rule's 400 for SWV staff, 404 for everyone else.
            for c in callers {
                let reply = post_form(
                    store,
                    pad,
                    Some(&c.cookie),
                    &format!("csrf={}&van=2027-2028&tot=2032-2033", c.csrf),
                )
                .await;
                let swv = c.user.starts_with("swv-");
                assert_eq!(
                    reply.status,
                    status(swv, StatusCode::BAD_REQUEST),
                    "{} on {pad}",
                    c.user
                );
            }
        }
        ("/verantwoording/plannen/{id}", Toegang::Aangemeld) => {
            let plannen = plannen(store, callers).await;
            assert!(plannen.len() >= 2);
            for c in callers {
                for (id, swv) in &plannen {
                    let url = pad.replace("{id}", &id.to_string());
                    let reply = get(store, &url, Some(&c.cookie)).await;
                    assert_eq!(
                        reply.status,
                        status(leest_plan(c.user, swv), StatusCode::OK),
                        "{} on {url}",
                        c.user
                    );
                    geen_leerlingen(&url, c.user, &reply, sample);
                }
            }
        }
        (
            "/verantwoording/plannen/{id}/oogo"
            | "/verantwoording/plannen/{id}/overleg-samenwerkingsverband"
            | "/verantwoording/plannen/{id}/instemming"
            | "/verantwoording/plannen/{id}/vaststellen"
            | "/verantwoording/plannen/{id}/indiening",
            Toegang::Aangemeld,
        ) => {
            let stap = pad.rsplit('/').next().unwrap();
            let body = match stap {
                "oogo" => "gemeente=0000&datum=2026-01-01&uitkomst=onzin",
                "overleg-samenwerkingsverband" => {
                    "samenwerkingsverband=PO0000&datum=2026-01-01&verslag=x"
                }
                "instemming" => "datum=2026-01-01&voor=veel&tegen=1",
                "vaststellen" => "",
                _ => "datum=onzin",
            };
            for c in callers {
                for (id, swv) in &plannen(store, callers).await {
                    let url = pad.replace("{id}", &id.to_string());
                    let reply = post_form(
                        store,
                        &url,
                        Some(&c.cookie),
                        &format!("csrf={}&{body}", c.csrf),
                    )
                    .await;
                    let mag = schrijft_plan(c.user, swv);
                    assert_eq!(
                        reply.status,
                        status(mag, StatusCode::BAD_REQUEST),
                        "{} on {url}: {}",
                        c.user,
                        reply.body.chars().take(300).collect::<String>()
                    );
                }
            }
        }
        ("/verantwoording/geschillen", Toegang::Leerlinggegevens) => {
            assert_eq!(
                get(store, pad, None).await.location.as_deref(),
                Some("/aanmelden")
            );
            for c in callers {
                let reply = get(store, pad, Some(&c.cookie)).await;
                assert_eq!(reply.status, StatusCode::OK, "{} on {pad}", c.user);
                alleen_zichtbare(pad, c.user, &reply.body, sample);
                for f in paar(c.user, pad, sample) {
                    let body = format!(
                        "csrf={}&leerling={}&soort=verwijdering&vestiging=90AA00&ingediend_op=2999-01-01&omschrijving=x",
                        c.csrf, f.id.0
                    );
                    let reply = post_form(store, pad, Some(&c.cookie), &body).await;
                    assert_eq!(
                        reply.status,
                        status(may_see(c.user, f), StatusCode::BAD_REQUEST),
                        "{} POST {pad} for pupil {}",
                        c.user,
                        f.id.0
                    );
                }
            }
        }
        ("/verantwoording/geschillen/{id}", Toegang::Leerlinggegevens) => {
            let geschillen = geschillen(store, callers).await;
            let mut gedekt = 0;
            for (id, leerling, toelating) in &geschillen {
                let Some(f) = sample.iter().find(|f| f.id.0 == *leerling) else {
                    continue;
                };
                gedekt += 1;
                let url = pad.replace("{id}", &id.to_string());
                for c in callers {
                    let reply = post_form(
                        store,
                        &url,
                        Some(&c.cookie),
                        &format!("csrf={}&oordeel=&reactie=", c.csrf),
                    )
                    .await;
                    assert_eq!(
                        reply.status,
                        status(partij(c.user, f, *toelating), StatusCode::BAD_REQUEST),
                        "{} on {url}",
                        c.user
                    );
                }
            }
            assert!(gedekt > 0, "a dispute of a sampled pupil");
        }
        ("/verantwoording/uitstroom", Toegang::Aangemeld) => {
            assert_eq!(
                get(store, pad, None).await.location.as_deref(),
                Some("/aanmelden")
            );
            for c in callers {
                let reply = get(store, pad, Some(&c.cookie)).await;
                let mag = matches!(
                    c.user,
                    "ib" | "bestuur" | "swv-po" | "swv-vo" | "opr" | "inspectie" | "ministerie"
                );
                assert_eq!(
                    reply.status,
                    status(mag, StatusCode::OK),
                    "{} on {pad}",
                    c.user
                );
                geen_leerlingen(pad, c.user, &reply, sample);
            }
        }
        ("/verantwoording/uitstroom/leerlingen", Toegang::Leerlinggegevens) => {
            for c in callers {
                let reply = get(store, pad, Some(&c.cookie)).await;
                let partij = matches!(c.user, "ib" | "bestuur" | "swv-po" | "swv-vo");
                assert_eq!(
                    reply.status,
                    status(partij, StatusCode::OK),
                    "{} on {pad}",
                    c.user
                );
                alleen_zichtbare(pad, c.user, &reply.body, sample);
                for f in paar(c.user, pad, sample) {
                    let body = format!(
                        "csrf={}&leerling={}&vestiging=90AA00&datum=2020-01-01&bestemming=onbekend",
                        c.csrf, f.id.0
                    );
                    let reply = post_form(store, pad, Some(&c.cookie), &body).await;
                    assert_eq!(
                        reply.status,
                        status(may_see(c.user, f), StatusCode::BAD_REQUEST),
                        "{} POST {pad} for pupil {}",
                        c.user,
                        f.id.0
                    );
                }
            }
        }
        ("/verantwoording/uitstroom/{id}", Toegang::Leerlinggegevens) => {
            // Followed up by the vso school, its bestuur or its SWV: in the demo its SWV.
            let regels = uitstroom(store, callers).await;
            assert!(!regels.is_empty());
            for (id, swv) in &regels {
                let url = pad.replace("{id}", &id.to_string());
                for c in callers {
                    let reply = post_form(
                        store,
                        &url,
                        Some(&c.cookie),
                        &format!("csrf={}&datum=2000-01-01&bestemming=onbekend", c.csrf),
                    )
                    .await;
                    let mag = (c.user == "swv-po" && swv == "PO2605")
                        || (c.user == "swv-vo" && swv == "VO2605");
                    assert_eq!(
                        reply.status,
                        status(mag, StatusCode::BAD_REQUEST),
                        "{} on {url}",
                        c.user
                    );
                }
            }
        }
        ("/api/v1/ondersteuningsplannen", Toegang::Aangemeld) => {
            assert_eq!(
                api_get(store, pad, None).await.status,
                StatusCode::UNAUTHORIZED
            );
            let plannen = plannen(store, callers).await;
            for c in callers {
                let reply = api_get(store, pad, Some(&c.key)).await;
                assert_eq!(reply.status, StatusCode::OK, "{} on {pad}", c.user);
                let zichtbaar = plannen.iter().filter(|p| leest_plan(c.user, &p.1)).count();
                assert_eq!(
                    reply.body.matches("\"versie\":").count(),
                    zichtbaar,
                    "{} on {pad}",
                    c.user
                );
                let reply = api_send(
                    store,
                    "POST",
                    pad,
                    &c.key,
                    r#"{"van": "2027-2028", "tot": "2035-2036"}"#,
                )
                .await;
                assert_eq!(
                    reply.status,
                    status(c.user.starts_with("swv-"), StatusCode::BAD_REQUEST),
                    "{} POST {pad}",
                    c.user
                );
            }
        }
        ("/api/v1/ondersteuningsplannen/{id}", Toegang::Aangemeld) => {
            for c in callers {
                for (id, swv) in &plannen(store, callers).await {
                    let url = format!("/api/v1/ondersteuningsplannen/{id}");
                    let reply = api_get(store, &url, Some(&c.key)).await;
                    assert_eq!(
                        reply.status,
                        status(leest_plan(c.user, swv), StatusCode::OK),
                        "{} on {url}",
                        c.user
                    );
                }
            }
        }
        (
            "/api/v1/ondersteuningsplannen/{id}/oogo"
            | "/api/v1/ondersteuningsplannen/{id}/overleg-samenwerkingsverband"
            | "/api/v1/ondersteuningsplannen/{id}/instemming"
            | "/api/v1/ondersteuningsplannen/{id}/vaststelling"
            | "/api/v1/ondersteuningsplannen/{id}/indiening",
            Toegang::Aangemeld,
        ) => {
            let stap = pad.rsplit('/').next().unwrap();
            let body = match stap {
                "oogo" => {
                    r#"{"gemeentecode": "0000", "datum": "2026-01-01", "uitkomst": "overeenstemming"}"#
                }
                "instemming" => r#"{"datum": "2999-01-01", "voor": 1, "tegen": 0}"#,
                "overleg-samenwerkingsverband" => {
                    r#"{"samenwerkingsverband": "PO0000", "datum": "2026-01-01", "verslag": "x"}"#
                }
                "vaststelling" => "{}",
                _ => r#"{"datum": "onzin"}"#,
            };
            for c in callers {
                for (id, swv) in &plannen(store, callers).await {
                    let url = pad.replace("{id}", &id.to_string());
                    let reply = api_send(store, "POST", &url, &c.key, body).await;
                    let mag = schrijft_plan(c.user, swv);
                    assert_eq!(
                        reply.status,
                        status(mag, StatusCode::BAD_REQUEST),
                        "{} on {url}: {}",
                        c.user,
                        reply.body
                    );
                }
            }
        }
        ("/api/v1/geschillen", Toegang::Leerlinggegevens) => {
            for c in callers {
                let reply = api_get(store, pad, Some(&c.key)).await;
                assert_eq!(reply.status, StatusCode::OK, "{} on {pad}", c.user);
                let lijst: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
                for g in lijst["geschillen"].as_array().unwrap() {
                    let id = g["leerling"].as_i64().unwrap();
                    if let Some(f) = sample.iter().find(|f| f.id.0 == id) {
                        let toelating = g["soort"] == "toelating";
                        assert!(
                            partij(c.user, f, toelating),
                            "{} sees pupil {id} on {pad}",
                            c.user
                        );
                    }
                }
                for f in paar(c.user, pad, sample) {
                    let body = format!(
                        r#"{{"leerling": {}, "soort": "verwijdering", "vestiging": "90AA00", "ingediendOp": "2999-01-01", "omschrijving": "x"}}"#,
                        f.id.0
                    );
                    let reply = api_send(store, "POST", pad, &c.key, &body).await;
                    assert_eq!(
                        reply.status,
                        status(may_see(c.user, f), StatusCode::BAD_REQUEST),
                        "{} POST {pad} for pupil {}",
                        c.user,
                        f.id.0
                    );
                }
            }
        }
        ("/api/v1/geschillen/{id}", Toegang::Leerlinggegevens) => {
            let geschillen = geschillen(store, callers).await;
            for (id, leerling, toelating) in &geschillen {
                let Some(f) = sample.iter().find(|f| f.id.0 == *leerling) else {
                    continue;
                };
                let url = format!("/api/v1/geschillen/{id}");
                for c in callers {
                    let reply = api_send(store, "PATCH", &url, &c.key, "{}").await;
                    assert_eq!(
                        reply.status,
                        status(partij(c.user, f, *toelating), StatusCode::BAD_REQUEST),
                        "{} on {url}",
                        c.user
                    );
                }
            }
        }
        ("/api/v1/geschillentelling", Toegang::Aangemeld) => {
            for c in callers {
                let reply = api_get(store, pad, Some(&c.key)).await;
                assert_eq!(reply.status, StatusCode::OK, "{} on {pad}", c.user);
                let t: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
                for r in t["tellingen"].as_array().unwrap() {
                    let swv = r["samenwerkingsverband"].as_str().unwrap();
                    assert!(leest_plan(c.user, swv), "{} counts {swv}", c.user);
                    // Small counts leave the SWV's own staff only as "<10".
                    if !c.user.starts_with("swv") {
                        let n = r["aantal"]["waarde"].as_u64();
                        assert!(
                            n.is_none_or(|n| n == 0 || n >= 10),
                            "{} sees {n:?} on {pad}",
                            c.user
                        );
                    }
                }
                assert!(!reply.body.contains("leerling"));
            }
        }
        ("/api/v1/vso-uitstroom", Toegang::Aangemeld) => {
            for c in callers {
                let reply = api_get(store, pad, Some(&c.key)).await;
                assert_eq!(reply.status, StatusCode::OK, "{} on {pad}", c.user);
                let u: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
                let leeg = u["samenwerkingsverbanden"].as_array().unwrap().is_empty();
                if matches!(c.user, "ouder" | "leerplicht" | "deskundige" | "beheerder") {
                    assert!(leeg, "{} on {pad}", c.user);
                }
                for g in u["samenwerkingsverbanden"].as_array().unwrap() {
                    let swv = g["code"].as_str().unwrap();
                    if matches!(c.user, "swv-po" | "swv-vo" | "opr") {
                        assert!(leest_plan(c.user, swv), "{} sees {swv}", c.user);
                    }
                }
                for f in sample {
                    assert!(!reply.body.contains(&f.naam));
                }
            }
        }
        ("/api/v1/leerlingen/{id}/vso-uitstroom", Toegang::Leerlinggegevens) => {
            for c in callers {
                for f in paar(c.user, pad, sample) {
                    let url = format!("/api/v1/leerlingen/{}/vso-uitstroom", f.id.0);
                    let body = r#"{"vestiging": "90AA00", "uitstroomdatum": "2020-01-01", "bestemming": "onbekend"}"#;
                    let reply = api_send(store, "POST", &url, &c.key, body).await;
                    assert_eq!(
                        reply.status,
                        status(may_see(c.user, f), StatusCode::BAD_REQUEST),
                        "{} on {url}",
                        c.user
                    );
                }
            }
        }
        ("/api/v1/vso-uitstroom/leerlingen", Toegang::Leerlinggegevens) => {
            for c in callers {
                let reply = api_get(store, pad, Some(&c.key)).await;
                let partij = matches!(c.user, "ib" | "bestuur" | "swv-po" | "swv-vo");
                assert_eq!(
                    reply.status,
                    status(partij, StatusCode::OK),
                    "{} on {pad}",
                    c.user
                );
                if partij {
                    let lijst: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
                    for v in lijst["vertrekkers"].as_array().unwrap() {
                        let id = v["leerling"].as_i64().unwrap();
                        if let Some(f) = sample.iter().find(|f| f.id.0 == id) {
                            assert!(may_see(c.user, f), "{} sees pupil {id} on {pad}", c.user);
                        }
                    }
                }
            }
        }
        ("/api/v1/vso-uitstroom/{id}/na-een-jaar", Toegang::Leerlinggegevens) => {
            let regels = uitstroom(store, callers).await;
            assert!(!regels.is_empty());
            for (id, swv) in &regels {
                let url = pad.replace("{id}", &id.to_string());
                for c in callers {
                    let body = r#"{"datum": "2000-01-01", "bestemming": "onbekend"}"#;
                    let reply = api_send(store, "POST", &url, &c.key, body).await;
                    let mag = (c.user == "swv-po" && swv == "PO2605")
                        || (c.user == "swv-vo" && swv == "VO2605");
                    assert_eq!(
                        reply.status,
                        status(mag, StatusCode::BAD_REQUEST),
                        "{} on {url}",
                        c.user
                    );
                }
            }
        }
        _ => return false,
    }
    true
}

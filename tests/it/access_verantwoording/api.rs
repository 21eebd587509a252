//! The API routes of plans, disputes and VSO outflow.

use super::*;

pub(super) async fn dekt(
    store: &Store,
    pad: &str,
    toegang: Toegang,
    callers: &[Caller],
    sample: &[Facts],
) -> bool {
    match (pad, toegang) {
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

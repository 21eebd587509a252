//! School pages, the parents' children, OPPs, TLVs and arrangements in the API.

use super::*;

pub(super) async fn dekt(m: &Matrix<'_>, pad: &str, toegang: Toegang) -> bool {
    let Matrix {
        store,
        today,
        tlvs,
        arrangementen,
        bezwaren,
        callers,
        sample,
        ..
    } = *m;
    match (pad, toegang) {
        ("/scholen/{code}", Toegang::Publiek) => {
            for c in callers {
                let reply = get(store, "/scholen/90AA00", Some(&c.cookie)).await;
                let list = reply.body.contains("href=\"/leerlingen/");
                assert_eq!(
                    list,
                    matches!(c.user, "ib" | "bestuur" | "swv-po"),
                    "{} on {pad}",
                    c.user
                );
            }
        }
        ("/mijn-kinderen", Toegang::Leerlinggegevens) => {
            for c in callers {
                let reply = get(store, pad, Some(&c.cookie)).await;
                for f in sample {
                    let shown = reply
                        .body
                        .contains(&format!("href=\"/leerlingen/{}\"", f.id.0));
                    assert_eq!(
                        shown,
                        c.user == "ouder" && f.kind_van_demo_ouder,
                        "{} on {pad}",
                        c.user
                    );
                }
            }
        }
        (
            "/api/v1/leerlingen/{id}/opp"
            | "/api/v1/leerlingen/{id}/opp/evaluaties"
            | "/api/v1/leerlingen/{id}/opp/instemming"
            | "/api/v1/leerlingen/{id}/arrangementen"
            | "/api/v1/leerlingen/{id}/tlvs"
            | "/api/v1/leerlingen/{id}/symbiose"
            | "/api/v1/leerlingen/{id}/integrale-arrangementen",
            Toegang::Leerlinggegevens,
        ) => {
            // Reads follow the pupil's scope. Bodies that parse but that the rules refuse
            // (so nothing is stored) get the rule's 400 after the scope check, else 404.
            let future = (today + jiff::ToSpan::days(30)).to_string();
            let body = match pad.rsplit('/').next().unwrap() {
                    "opp" => r#"{"uitstroom":"havo","belemmerend":"x","bevorderend":"x","doelen":[]}"#
                        .to_string(),
                    "evaluaties" => format!(r#"{{"datum":"{future}","verslag":"x"}}"#),
                    "instemming" => format!(
                        r#"{{"datum":"{future}","formulier":{{"naam":"a.pdf","mime":"application/pdf","inhoud":"JVBERi0K"}}}}"#
                    ),
                    "arrangementen" => r#"{"vraag":" "}"#.to_string(),
                    "tlvs" => r#"{"soort":"sbo","aanvragendeVestiging":"90AA00"}"#.to_string(),
                    "symbiose" => r#"{"regulierVestiging":"90AA00","van":"2026-2027","tot":"2026-2027","vakken":[],"roosterMinuten":1000,"begeleiding":"x"}"#
                        .to_string(),
                    _ => format!(
                        r#"{{"datum":"{today}","deelnemers":[],"verslag":"x","afspraken":[]}}"#
                    ),
                };
            let readable = !matches!(pad.rsplit('/').next(), Some("evaluaties" | "instemming"));
            // Without a key the router refuses before the method is looked at.
            assert_eq!(
                api_get(store, &pad.replace("{id}", "1"), None).await.status,
                StatusCode::UNAUTHORIZED
            );
            for c in callers {
                for f in paar(c.user, pad, sample) {
                    let url = pad.replace("{id}", &f.id.0.to_string());
                    let visible = may_see(c.user, f);
                    if readable {
                        let reply = api_get(store, &url, Some(&c.key)).await;
                        let want = if visible {
                            StatusCode::OK
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(reply.status, want, "{} GET {url}", c.user);
                    }
                    let reply = api_send(store, "POST", &url, &c.key, &body).await;
                    // A TLV is also asked by the school (or its bestuur) of a live
                    // registration, without the dossier (WPO art. 18a lid 6c).
                    let aanvrager = pad.ends_with("/tlvs")
                        && matches!(c.user, "ib" | "bestuur")
                        && f.levende_aanmeldingen.iter().any(|v| v == "90AA00");
                    let want = if visible || aanvrager {
                        StatusCode::BAD_REQUEST
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} POST {url}: {}", c.user, reply.body);
                }
            }
        }
        (
            "/api/v1/opp-signalen" | "/api/v1/arrangementen" | "/api/v1/tlvs",
            Toegang::Leerlinggegevens,
        ) => {
            // Lists: every pupil on a page is in the caller's scope; roles outside the
            // school, bestuur and SWV (SWV only for the caseloads) get an empty list.
            assert_eq!(
                api_get(store, pad, None).await.status,
                StatusCode::UNAUTHORIZED
            );
            let key = match pad {
                "/api/v1/opp-signalen" => "signalen",
                "/api/v1/arrangementen" => "arrangementen",
                _ => "toelaatbaarheidsverklaringen",
            };
            for c in callers {
                let reply = api_get(store, &format!("{pad}?paginaGrootte=50"), Some(&c.key)).await;
                assert_eq!(reply.status, StatusCode::OK, "{} on {pad}", c.user);
                let json: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
                let ids: Vec<LeerlingId> = json[key]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|i| LeerlingId(i["leerling"].as_i64().unwrap()))
                    .collect();
                let lists = match pad {
                    "/api/v1/opp-signalen" => {
                        matches!(c.user, "ib" | "bestuur" | "swv-po" | "swv-vo")
                    }
                    _ => c.user.starts_with("swv-"),
                };
                if !lists {
                    assert!(ids.is_empty(), "{} on {pad}", c.user);
                }
                for f in facts(store, ids, today).await {
                    assert!(may_see(c.user, &f), "{} on {pad}: pupil {}", c.user, f.id.0);
                }
            }
        }
        (
            "/api/v1/arrangementen/{id}"
            | "/api/v1/arrangementen/{id}/overleg"
            | "/api/v1/arrangementen/{id}/besluit"
            | "/api/v1/arrangementen/{id}/evaluatie",
            Toegang::Leerlinggegevens,
        ) => {
            // The demo's requests: read within the pupil's scope; every change below is
            // refused by a rule (no child's voice, no reasons, a date ahead) after it.
            let future = (today + jiff::ToSpan::days(30)).to_string();
            let body = match pad.rsplit('/').next().unwrap() {
                "overleg" => format!(
                    r#"{{"datum":"{today}","deelnemers":["school","samenwerkingsverband"],"stemKind":""}}"#
                ),
                "besluit" => r#"{"besluit":"afgewezen"}"#.to_string(),
                "evaluatie" => format!(r#"{{"datum":"{future}","evaluatie":"x"}}"#),
                _ => String::new(),
            };
            for c in callers {
                for &(id, leerling) in arrangementen {
                    let url = pad.replace("{id}", &id.to_string());
                    let f = sample.iter().find(|f| f.id.0 == leerling).unwrap();
                    let (reply, ok) = if body.is_empty() {
                        (api_get(store, &url, Some(&c.key)).await, StatusCode::OK)
                    } else {
                        let reply = api_send(store, "POST", &url, &c.key, &body).await;
                        (reply, StatusCode::BAD_REQUEST)
                    };
                    let want = if may_see(c.user, f) {
                        ok
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} on {url}: {}", c.user, reply.body);
                }
            }
        }
        (
            "/api/v1/tlvs/{id}"
            | "/api/v1/tlvs/{id}/besluitbrief"
            | "/api/v1/tlvs/{id}/deskundigen"
            | "/api/v1/tlvs/{id}/adviezen"
            | "/api/v1/tlvs/{id}/besluit"
            | "/api/v1/tlvs/{id}/bezwaren"
            | "/api/v1/tlvs/{id}/bezwaren/{bezwaar}",
            Toegang::Leerlinggegevens,
        ) => {
            // The demo's TLVs (and its bezwaar): read within the pupil's scope (a
            // deskundige only when asked to advise); changes refused by a rule after it.
            let (method, body) = match pad.rsplit('/').next().unwrap() {
                "deskundigen" => ("POST", r#"{"eerste":999998,"tweede":999999}"#),
                "adviezen" => (
                    "POST",
                    r#"{"volgorde":1,"datum":"2999-01-01","advies":"x"}"#,
                ),
                "besluit" => ("POST", r#"{"besluit":"afgewezen"}"#),
                "bezwaren" => ("POST", r#"{"ingediendOp":"2999-01-01","gronden":"x"}"#),
                "{bezwaar}" => ("PATCH", r#"{"uitkomst":"onzin"}"#),
                _ => ("GET", ""),
            };
            let targets: Vec<(i64, i64)> = if method == "PATCH" {
                bezwaren.to_vec()
            } else {
                tlvs.iter().map(|&(id, _)| (0, id)).collect()
            };
            for c in callers {
                for &(bezwaar, id) in &targets {
                    let leerling = tlvs.iter().find(|t| t.0 == id).unwrap().1;
                    let url = pad
                        .replace("{id}", &id.to_string())
                        .replace("{bezwaar}", &bezwaar.to_string());
                    let f = sample.iter().find(|f| f.id.0 == leerling).unwrap();
                    // The decision letter exists for the decided TLV only.
                    let letter = pad.ends_with("/besluitbrief");
                    let (reply, ok) = if method == "GET" {
                        (api_get(store, &url, Some(&c.key)).await, StatusCode::OK)
                    } else {
                        let reply = api_send(store, method, &url, &c.key, body).await;
                        (reply, StatusCode::BAD_REQUEST)
                    };
                    let want = if may_see(c.user, f) && (!letter || id == tlvs[0].0) {
                        ok
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(
                        reply.status, want,
                        "{} {method} {url}: {}",
                        c.user, reply.body
                    );
                    if method == "PATCH" {
                        // The bezwaar is read like its TLV.
                        let read = api_get(store, &url, Some(&c.key)).await;
                        let want = if may_see(c.user, f) {
                            StatusCode::OK
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(read.status, want, "{} GET {url}", c.user);
                    }
                }
            }
        }
        _ => return false,
    }
    true
}

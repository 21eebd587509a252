//! Thuiszitters, and the single records of the leerplicht API.

use super::*;

pub(super) async fn dekt(m: &Matrix<'_>, pad: &str, toegang: Toegang) -> bool {
    let Matrix {
        store,
        today,
        case_pupils,
        callers,
        sample,
        ..
    } = *m;
    match (pad, toegang) {
        ("/thuiszitters" | "/api/v1/thuiszitters", Toegang::Leerlinggegevens) => {
            for c in callers {
                let reply = if pad.starts_with("/api") {
                    api_get(store, pad, Some(&c.key)).await
                } else {
                    get(store, pad, Some(&c.cookie)).await
                };
                let pupils: Vec<i64> = if pad.starts_with("/api") {
                    let json: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
                    json["zaken"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|z| z["leerling"].as_i64().unwrap())
                        .collect()
                } else {
                    reply
                        .body
                        .split("href=\"/leerlingen/")
                        .skip(1)
                        .map(|rest| rest[..rest.find('"').unwrap()].parse().unwrap())
                        .collect()
                };
                let expected: BTreeSet<i64> = case_pupils
                    .iter()
                    .map(|&(_, l)| l)
                    .filter(|l| sample.iter().any(|f| f.id.0 == *l && may_see(c.user, f)))
                    .collect();
                assert_eq!(
                    pupils.into_iter().collect::<BTreeSet<_>>(),
                    expected,
                    "{} on {pad}",
                    c.user
                );
            }
        }
        ("/api/v1/leerlingen/{id}/thuiszitterzaak", Toegang::Leerlinggegevens) => {
            let future = (today + jiff::ToSpan::days(30)).to_string();
            for c in callers {
                for f in paar(c.user, pad, sample) {
                    let body = format!(
                        "{{\"soort\":\"langdurig_relatief_verzuim\",\"startdatum\":\"{future}\"}}"
                    );
                    let reply = api_send(
                        store,
                        "POST",
                        &format!("/api/v1/leerlingen/{}/thuiszitterzaak", f.id.0),
                        &c.key,
                        &body,
                    )
                    .await;
                    let visible = may_see(c.user, f) && c.user != "ouder";
                    let want = if visible {
                        StatusCode::BAD_REQUEST
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(
                        reply.status, want,
                        "{} on {pad} for pupil {}",
                        c.user, f.id.0
                    );
                }
            }
        }
        ("/api/v1/vrijstellingen/{id}", Toegang::Leerlinggegevens) => {
            for c in callers {
                let reply = api_send(
                    store,
                    "PATCH",
                    "/api/v1/vrijstellingen/999999",
                    &c.key,
                    "{\"actie\":\"weigeren\"}",
                )
                .await;
                assert_eq!(reply.status, StatusCode::NOT_FOUND, "{} on {pad}", c.user);
            }
        }
        ("/api/v1/ingezetenen", Toegang::Leerlinggegevens) => {
            for c in callers {
                let req = Request::post(pad)
                    .header(header::AUTHORIZATION, format!("Bearer {}", c.key))
                    .header(header::CONTENT_TYPE, "text/csv")
                    .body(Body::from("kapot\n"))
                    .unwrap();
                let reply = send(store, req).await;
                let want = if c.user == "leerplicht" {
                    StatusCode::BAD_REQUEST
                } else {
                    StatusCode::NOT_FOUND
                };
                assert_eq!(reply.status, want, "{} on {pad}", c.user);
            }
        }
        ("/api/v1/leerplicht/jaartellingen", Toegang::Leerlinggegevens) => {
            for c in callers {
                let reply = api_get(store, pad, Some(&c.key)).await;
                let want = if c.user == "leerplicht" {
                    StatusCode::OK
                } else {
                    StatusCode::NOT_FOUND
                };
                assert_eq!(reply.status, want, "{} on {pad}", c.user);
            }
        }
        ("/api/v1/verzuimmeldingen/{id}", Toegang::Leerlinggegevens) => {
            for c in callers {
                let reply = api_send(
                    store,
                    "PATCH",
                    "/api/v1/verzuimmeldingen/999999",
                    &c.key,
                    "{\"status\":\"afgesloten\"}",
                )
                .await;
                assert_eq!(reply.status, StatusCode::NOT_FOUND, "{} on {pad}", c.user);
            }
        }
        ("/thuiszitters/{id}" | "/api/v1/thuiszitters/{id}", Toegang::Leerlinggegevens) => {
            if pad.starts_with("/api") {
                // PATCH with a solution date in the future: refused after the scope check.
                let future = (today + jiff::ToSpan::days(30)).to_string();
                for c in callers {
                    for &(zaak, leerling) in case_pupils {
                        let body = format!("{{\"opgelostOp\":\"{future}\"}}");
                        let reply = api_send(
                            store,
                            "PATCH",
                            &format!("/api/v1/thuiszitters/{zaak}"),
                            &c.key,
                            &body,
                        )
                        .await;
                        let f = sample.iter().find(|f| f.id.0 == leerling).unwrap();
                        // Open or closed, a visible case answers with the rule's 400.
                        let visible = may_see(c.user, f) && c.user != "ouder";
                        let want = if visible {
                            StatusCode::BAD_REQUEST
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(reply.status, want, "{} PATCH {pad} {zaak}", c.user);
                    }
                }
            }
            for c in callers {
                for &(zaak, leerling) in case_pupils {
                    let url = pad.replace("{id}", &zaak.to_string());
                    let reply = if pad.starts_with("/api") {
                        api_get(store, &url, Some(&c.key)).await
                    } else {
                        get(store, &url, Some(&c.cookie)).await
                    };
                    let f = sample.iter().find(|f| f.id.0 == leerling).unwrap();
                    let want = if may_see(c.user, f) {
                        StatusCode::OK
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} on {url}", c.user);
                }
            }
        }
        (
            "/thuiszitters/{id}/bijwerken"
            | "/thuiszitters/{id}/oplossen"
            | "/thuiszitters/{id}/besluit",
            Toegang::Leerlinggegevens,
        ) => {
            // Posted with values the rules refuse, so that nothing changes: a caller who
            // may see the case gets the rule's 400, any other caller a 404.
            let future = (today + jiff::ToSpan::days(30)).to_string();
            for c in callers {
                for &(zaak, leerling) in case_pupils {
                    let url = pad.replace("{id}", &zaak.to_string());
                    let body = match pad {
                        p if p.ends_with("bijwerken") => {
                            format!("csrf={}&aanbod_datum={future}", c.csrf)
                        }
                        p if p.ends_with("oplossen") => {
                            format!("csrf={}&datum={future}", c.csrf)
                        }
                        _ => format!("csrf={}&besluit=&bevestigd=ja", c.csrf),
                    };
                    let reply = crate::web::post_form(store, &url, Some(&c.cookie), &body).await;
                    let f = sample.iter().find(|f| f.id.0 == leerling).unwrap();
                    let visible = may_see(c.user, f) && c.user != "ouder";
                    let want = if visible {
                        StatusCode::BAD_REQUEST
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} on {url}", c.user);
                }
            }
        }
        ("/leerlingen/{id}/thuiszitterzaak", Toegang::Leerlinggegevens) => {
            // A first day at home in the future is refused after the scope check.
            let future = (today + jiff::ToSpan::days(30)).to_string();
            for c in callers {
                for f in paar(c.user, pad, sample) {
                    let url = format!("/leerlingen/{}/thuiszitterzaak", f.id.0);
                    let body = format!(
                        "csrf={}&soort=langdurig_relatief_verzuim&startdatum={future}",
                        c.csrf
                    );
                    let reply = crate::web::post_form(store, &url, Some(&c.cookie), &body).await;
                    let visible = may_see(c.user, f) && c.user != "ouder";
                    let want = if visible {
                        StatusCode::BAD_REQUEST
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} on {url}", c.user);
                }
            }
        }
        _ => return false,
    }
    true
}

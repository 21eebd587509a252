//! Registrations in the API, signals and the audit log.

use super::*;

pub(super) async fn dekt(m: &Matrix<'_>, pad: &str, toegang: Toegang) -> bool {
    let Matrix {
        store,
        today,
        registered,
        callers,
        sample,
        ..
    } = *m;
    match (pad, toegang) {
        ("/api/v1/aanmeldingen", Toegang::Leerlinggegevens) => {
            for c in callers {
                let reply = api_get(store, pad, Some(&c.key)).await;
                assert_eq!(reply.status, StatusCode::OK);
                let json: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
                let listed = json["aanmeldingen"].as_array().unwrap();
                assert_eq!(
                    listed.is_empty(),
                    !matches!(c.user, "ib" | "bestuur" | "swv-po"),
                    "{} on {pad}",
                    c.user
                );
                for item in listed {
                    let f = sample
                        .iter()
                        .find(|f| f.id.0 == item["leerling"].as_i64().unwrap())
                        .unwrap();
                    let at = item["vestiging"].as_str().unwrap().to_string();
                    assert!(f.aanmeldingen.contains(&at), "{} on {pad}", c.user);
                    assert!(may_read_registration(c.user), "{} on {pad}", c.user);
                }
                // Registering: only a school, at its own vestiging (an empty first name
                // is its 400, so nothing is stored); everyone else a 404.
                let body = "{\"leerling\":{\"bsn\":\"123456782\",\"voornaam\":\"\",\"achternaam\":\"X\",\
                        \"geboortedatum\":\"2021-06-01\",\"woonPostcode\":\"3431 AB\"},\"vestiging\":\"90AA00\",\"ontvangen\":\"2026-11-01\"}";
                let posted = api_send(store, "POST", pad, &c.key, body).await;
                let want = if c.user == "ib" {
                    StatusCode::BAD_REQUEST
                } else {
                    StatusCode::NOT_FOUND
                };
                assert_eq!(posted.status, want, "{} POST {pad}", c.user);
            }
        }
        (
            "/api/v1/aanmeldingen/{id}"
            | "/api/v1/aanmeldingen/{id}/verlenging"
            | "/api/v1/aanmeldingen/{id}/intrekking"
            | "/api/v1/aanmeldingen/{id}/opschorting",
            Toegang::Leerlinggegevens,
        ) => {
            // Reads follow the pupil's scope; an extension of 5 weeks is refused by the
            // rule after the scope check: the own school's 400, everyone else's 404.
            assert_eq!(
                api_get(store, "/api/v1/aanmeldingen/1", None).await.status,
                StatusCode::UNAUTHORIZED
            );
            for c in callers {
                for (n, &leerling) in registered.iter().enumerate() {
                    let url = pad.replace("{id}", &(n + 1).to_string());
                    assert!(sample.iter().any(|f| f.id.0 == leerling));
                    let (reply, want) = if pad.ends_with("{id}") {
                        let reply = api_get(store, &url, Some(&c.key)).await;
                        (
                            reply,
                            may_read_registration(c.user).then_some(StatusCode::OK),
                        )
                    } else {
                        // Refused by the rules after the scope check: 5 weeks, a
                        // withdrawal in the future, a suspension in the future.
                        let future = (today + jiff::ToSpan::days(30)).to_string();
                        let body = match pad.rsplit('/').next() {
                            Some("intrekking") => format!("{{\"datum\":\"{future}\"}}"),
                            Some("opschorting") => format!("{{\"van\":\"{future}\"}}"),
                            _ => format!("{{\"weken\":5,\"kennisgeving\":\"{today}\"}}"),
                        };
                        let reply = api_send(store, "POST", &url, &c.key, &body).await;
                        let own = c.user == "ib";
                        (reply, own.then_some(StatusCode::BAD_REQUEST))
                    };
                    let want = want.unwrap_or(StatusCode::NOT_FOUND);
                    assert_eq!(reply.status, want, "{} on {url}", c.user);
                }
            }
            if pad == "/api/v1/aanmeldingen/{id}" {
                super::ontvanger::tlv_voor_de_ontvangende_school(m, true).await;
            }
        }
        ("/api/v1/aanmeldingen/{id}/besluit", Toegang::Leerlinggegevens) => {
            // Without the child's voice: the own school gets the rule's 400, others 404.
            for c in callers {
                let body = "{\"soort\":\"toegelaten\",\"stemKind\":\"\"}";
                let reply = api_send(
                    store,
                    "POST",
                    "/api/v1/aanmeldingen/1/besluit",
                    &c.key,
                    body,
                )
                .await;
                let want = if c.user == "ib" {
                    StatusCode::BAD_REQUEST
                } else {
                    StatusCode::NOT_FOUND
                };
                assert_eq!(reply.status, want, "{} on {pad}", c.user);
            }
        }
        ("/signalen", Toegang::Aangemeld) => {
            for c in callers {
                let reply = get(store, pad, Some(&c.cookie)).await;
                let may = matches!(c.user, "inspectie" | "ministerie");
                assert_eq!(
                    reply.status,
                    if may {
                        StatusCode::OK
                    } else {
                        StatusCode::NOT_FOUND
                    },
                    "{} on {pad}",
                    c.user
                );
                if may {
                    assert!(
                        reply.body.contains("<td>PO2605</td><td>&#60;10</td>"),
                        "small counts hidden: {}",
                        &reply.body[reply.body.find("<tbody>").unwrap_or(0)..]
                    );
                    for f in sample {
                        assert!(!reply.body.contains(&f.naam));
                    }
                }
            }
        }
        ("/beheer/gebruikers/uit", Toegang::Aangemeld) => {
            // Only the beheerder switches accounts off (not its own: 400), and only with the
            // form's CSRF value; for everyone else the route does not exist (an eigen
            // beheerder's own organisation is tested in web::eigen_beheer).
            for c in callers {
                let body = format!("csrf={}&gebruikersnaam=beheerder", c.csrf);
                let reply = crate::web::post_form(store, pad, Some(&c.cookie), &body).await;
                let want = if c.user == "beheerder" {
                    StatusCode::BAD_REQUEST
                } else {
                    StatusCode::NOT_FOUND
                };
                assert_eq!(reply.status, want, "{} on {pad}", c.user);
                let forged =
                    crate::web::post_form(store, pad, Some(&c.cookie), "gebruikersnaam=ib").await;
                assert!(forged.status.is_client_error(), "{} on {pad}", c.user);
            }
        }
        ("/beheer/inrichting/organisaties" | "/beheer/inrichting/kalender", Toegang::Beheer) => {
            let anon = crate::web::post_form(store, pad, None, "x=1").await;
            assert!(
                anon.status == StatusCode::FORBIDDEN
                    || anon.location.as_deref() == Some("/aanmelden")
            );
            for c in callers {
                let reply = crate::web::post_form(store, pad, Some(&c.cookie), "x=1").await;
                if c.user == "beheerder" {
                    // Not a multipart form with the CSRF value: refused, nothing read.
                    assert!(reply.status.is_client_error(), "{pad}: {}", reply.status);
                } else {
                    assert_eq!(reply.status, StatusCode::NOT_FOUND, "{} on {pad}", c.user);
                }
            }
        }
        ("/api/v1/organisaties/import" | "/api/v1/schoolvakanties/import", Toegang::Beheer) => {
            let anon = api_send(store, "POST", pad, "geen-sleutel", "").await;
            assert_eq!(anon.status, StatusCode::UNAUTHORIZED, "{pad}");
            for c in callers {
                // An empty file: the beheerder's reader refuses it, everyone else has no route.
                let reply = api_send(store, "POST", pad, &c.key, "").await;
                let want = if c.user == "beheerder" {
                    StatusCode::UNPROCESSABLE_ENTITY
                } else {
                    StatusCode::NOT_FOUND
                };
                assert_eq!(reply.status, want, "{} on {pad}: {}", c.user, reply.body);
            }
        }
        ("/beheer/audit" | "/beheer/inrichting" | "/beheer/tweede-factor", Toegang::Beheer)
        | ("/beheer/gebruikers", Toegang::Aangemeld) => {
            assert_eq!(
                get(store, pad, None).await.location.as_deref(),
                Some("/aanmelden")
            );
            for c in callers {
                let want = if c.user == "beheerder" {
                    StatusCode::OK
                } else {
                    StatusCode::NOT_FOUND
                };
                assert_eq!(
                    get(store, pad, Some(&c.cookie)).await.status,
                    want,
                    "{} on {pad}",
                    c.user
                );
            }
        }
        _ => return false,
    }
    true
}

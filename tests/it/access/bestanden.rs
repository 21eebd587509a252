//! Attachments, OSO dossiers, TLV letters, deskundigen, EDEXML and imports.

use super::*;

pub(super) async fn dekt(m: &Matrix<'_>, pad: &str, toegang: Toegang) -> bool {
    let Matrix {
        store,
        tlvs,
        bezwaren,
        callers,
        sample,
        ..
    } = *m;
    match (pad, toegang) {
        ("/bijlagen/{id}", Toegang::Leerlinggegevens) => {
            // The demo has no OSO attachments; the OSO tests read them with access.
            for c in callers {
                assert_eq!(
                    get(store, "/bijlagen/999999", Some(&c.cookie)).await.status,
                    StatusCode::NOT_FOUND
                );
            }
        }
        ("/api/v1/bijlagen/{id}", Toegang::Leerlinggegevens) => {
            // As the page; tests/it/dossier_api.rs reads imported ones with access.
            let url = "/api/v1/bijlagen/999999";
            assert_eq!(
                api_get(store, url, None).await.status,
                StatusCode::UNAUTHORIZED
            );
            for c in callers {
                let reply = api_get(store, url, Some(&c.key)).await;
                assert_eq!(reply.status, StatusCode::NOT_FOUND, "{} on {url}", c.user);
            }
        }
        ("/api/v1/leerlingen/{id}/oso-dossiers", Toegang::Leerlinggegevens) => {
            // Two pupils each caller may see and two it may not (the read is the same
            // scoped one as the other per-pupil reads); the restricted data only for the
            // roles that may see it.
            assert_eq!(
                api_get(store, &pad.replace("{id}", "1"), None).await.status,
                StatusCode::UNAUTHORIZED
            );
            for c in callers {
                let pupils = sample
                    .iter()
                    .filter(|f| may_see(c.user, f))
                    .take(2)
                    .chain(sample.iter().filter(|f| !may_see(c.user, f)).take(2));
                for f in pupils {
                    let url = pad.replace("{id}", &f.id.0.to_string());
                    let reply = api_get(store, &url, Some(&c.key)).await;
                    let visible = may_see(c.user, f);
                    let want = if visible {
                        StatusCode::OK
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} GET {url}", c.user);
                    if visible {
                        let beperkt =
                            matches!(c.user, "swv-po" | "swv-vo" | "deskundige" | "ouder");
                        assert_eq!(
                            reply.body.contains("\"beperkteGegevens\""),
                            beperkt,
                            "{} GET {url}: {}",
                            c.user,
                            reply.body
                        );
                    }
                }
            }
        }
        ("/tlv/{id}" | "/tlv/{id}/besluit.pdf", Toegang::Leerlinggegevens) => {
            for c in callers {
                for &(id, leerling) in tlvs {
                    let url = pad.replace("{id}", &id.to_string());
                    let reply = get(store, &url, Some(&c.cookie)).await;
                    let f = sample.iter().find(|f| f.id.0 == leerling).unwrap();
                    let decided = id == tlvs[0].0;
                    let want = if may_see(c.user, f) && (decided || !pad.ends_with(".pdf")) {
                        StatusCode::OK
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} on {url}", c.user);
                }
            }
        }
        (
            "/tlv/{id}/deskundigen"
            | "/tlv/{id}/advies"
            | "/tlv/{id}/besluit"
            | "/tlv/{id}/bezwaar"
            | "/tlv/{id}/bezwaar/{bezwaar}",
            Toegang::Leerlinggegevens,
        ) => {
            let body = match pad.rsplit('/').next().unwrap() {
                "deskundigen" => "eerste=999998&tweede=999999",
                "advies" => "volgorde=1&datum=2999-01-01&advies=",
                "besluit" => "besluit=afgewezen&reden=&bevestigd=ja",
                "bezwaar" => "ingediend_op=2999-01-01&gronden=",
                _ => "uitkomst=onzin",
            };
            for c in callers {
                for &(bezwaar, id) in bezwaren {
                    let leerling = tlvs.iter().find(|t| t.0 == id).unwrap().1;
                    let url = pad
                        .replace("{id}", &id.to_string())
                        .replace("{bezwaar}", &bezwaar.to_string());
                    let reply = crate::web::post_form(
                        store,
                        &url,
                        Some(&c.cookie),
                        &format!("csrf={}&{body}", c.csrf),
                    )
                    .await;
                    let f = sample.iter().find(|f| f.id.0 == leerling).unwrap();
                    let want = if may_see(c.user, f) {
                        StatusCode::BAD_REQUEST
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} on {url}", c.user);
                }
            }
        }
        ("/deskundigen", Toegang::Aangemeld) => {
            for c in callers {
                let swv = c.user.starts_with("swv-");
                let reply = get(store, pad, Some(&c.cookie)).await;
                assert_eq!(
                    reply.status,
                    if swv {
                        StatusCode::OK
                    } else {
                        StatusCode::NOT_FOUND
                    },
                    "{} on {pad}",
                    c.user
                );
                let body = format!("csrf={}&naam=X&discipline=tovenaar", c.csrf);
                let reply = crate::web::post_form(store, pad, Some(&c.cookie), &body).await;
                assert_eq!(
                    reply.status,
                    if swv {
                        StatusCode::BAD_REQUEST
                    } else {
                        StatusCode::NOT_FOUND
                    },
                    "{} POST {pad}",
                    c.user
                );
            }
        }
        ("/oso", Toegang::Leerlinggegevens) => {
            // A broken dossier: school and SWV staff get the list of problems (422),
            // every other role a 404; nothing is stored either way.
            for c in callers {
                let mag = matches!(c.user, "ib" | "swv-po" | "swv-vo");
                let reply = get(store, pad, Some(&c.cookie)).await;
                assert_eq!(
                    reply.status,
                    if mag {
                        StatusCode::OK
                    } else {
                        StatusCode::NOT_FOUND
                    },
                    "{} on {pad}",
                    c.user
                );
                let reply =
                    crate::oso::upload(store, &c.cookie, &c.csrf, "123456782", b"<dossier/>").await;
                assert_eq!(
                    reply.status,
                    if mag {
                        StatusCode::UNPROCESSABLE_ENTITY
                    } else {
                        StatusCode::NOT_FOUND
                    },
                    "{} POST {pad}",
                    c.user
                );
            }
        }
        ("/edexml", Toegang::Leerlinggegevens) => {
            // A schema-invalid roster: the school gets the list of problems (422), every
            // other role a 404; nothing is stored either way.
            for c in callers {
                let mag = c.user == "ib";
                let reply = get(store, pad, Some(&c.cookie)).await;
                assert_eq!(
                    reply.status,
                    if mag {
                        StatusCode::OK
                    } else {
                        StatusCode::NOT_FOUND
                    },
                    "{} on {pad}",
                    c.user
                );
                let reply = crate::edexml::upload(store, &c.cookie, &c.csrf, b"<EDEX/>").await;
                assert_eq!(
                    reply.status,
                    if mag {
                        StatusCode::UNPROCESSABLE_ENTITY
                    } else {
                        StatusCode::NOT_FOUND
                    },
                    "{} POST {pad}",
                    c.user
                );
            }
        }
        ("/aanmeldingen/import", Toegang::Leerlinggegevens) => {
            // A file with the wrong columns: the school gets the problem (400), the other
            // roles a 404; nothing is stored either way.
            for c in callers {
                let boundary = "----grens";
                let body = format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{}\r\n\
                         --{boundary}\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"a.csv\"\r\n\r\nfout\r\n--{boundary}--\r\n",
                    c.csrf
                );
                let req = axum::http::Request::post(pad)
                    .header(
                        header::CONTENT_TYPE,
                        format!("multipart/form-data; boundary={boundary}"),
                    )
                    .header(header::COOKIE, &c.cookie)
                    .body(axum::body::Body::from(body))
                    .unwrap();
                let reply = crate::web::send(store, req).await;
                let want = if c.user == "ib" {
                    StatusCode::BAD_REQUEST
                } else {
                    StatusCode::NOT_FOUND
                };
                assert_eq!(reply.status, want, "{} on {pad}", c.user);
            }
        }
        ("/api/v1/oso-dossiers", Toegang::Leerlinggegevens) => {
            // Not base64: school and SWV get the field's 400, every other role a 404.
            for c in callers {
                let body = r#"{"persoonsnummer":"123456782","dossier":"***"}"#;
                let reply = api_send(store, "POST", pad, &c.key, body).await;
                let mag = matches!(c.user, "ib" | "swv-po" | "swv-vo");
                let want = if mag {
                    StatusCode::BAD_REQUEST
                } else {
                    StatusCode::NOT_FOUND
                };
                assert_eq!(reply.status, want, "{} on {pad}", c.user);
            }
        }
        _ => return false,
    }
    true
}

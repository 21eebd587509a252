//! Leerplicht: vrijstellingen, ingezetenen, verzuim.

use super::*;

pub(super) async fn dekt(m: &Matrix<'_>, pad: &str, toegang: Toegang) -> bool {
    let Matrix {
        store,
        today,
        callers,
        sample,
        ..
    } = *m;
    match (pad, toegang) {
        ("/leerplicht", Toegang::Leerlinggegevens) => {
            for c in callers {
                let want = if c.user == "leerplicht" {
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
        ("/leerplicht/vrijstellingen", Toegang::Leerlinggegevens) => {
            // An end before the start is refused after the scope check, so nothing is stored.
            for c in callers {
                for f in paar(c.user, pad, sample) {
                    let body = format!(
                        "csrf={}&leerling={}&grond=5c&van=2026-11-01&tot=2026-10-01",
                        c.csrf, f.id.0
                    );
                    let reply = crate::web::post_form(store, pad, Some(&c.cookie), &body).await;
                    let visible = c.user == "leerplicht" && may_see("leerplicht", f);
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
        (
            "/leerplicht/vrijstellingen/{id}/besluit"
            | "/leerplicht/vrijstellingen/{id}/kennisgeving",
            Toegang::Leerlinggegevens,
        ) => {
            for c in callers {
                let body = format!("csrf={}&besluit=weigeren&bevestigd=ja", c.csrf);
                let url = pad.replace("{id}", "999999");
                let reply = crate::web::post_form(store, &url, Some(&c.cookie), &body).await;
                assert_eq!(reply.status, StatusCode::NOT_FOUND, "{} on {pad}", c.user);
            }
        }
        ("/leerplicht/ingezetenen", Toegang::Leerlinggegevens) => {
            for c in callers {
                let reply =
                    crate::leerplicht::upload_ingezetenen(store, &c.cookie, &c.csrf, "").await;
                let want = if c.user == "leerplicht" {
                    StatusCode::BAD_REQUEST
                } else {
                    StatusCode::NOT_FOUND
                };
                assert_eq!(reply.status, want, "{} on {pad}", c.user);
            }
        }
        ("/api/v1/verzuimmeldingen" | "/api/v1/vrijstellingen", Toegang::Leerlinggegevens) => {
            assert_eq!(
                api_get(store, pad, None).await.status,
                StatusCode::UNAUTHORIZED
            );
            for c in callers {
                let reply = api_get(store, pad, Some(&c.key)).await;
                assert_eq!(reply.status, StatusCode::OK, "{} on {pad}", c.user);
                let json: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
                let key = if pad.ends_with("meldingen") {
                    "meldingen"
                } else {
                    "vrijstellingen"
                };
                for item in json[key].as_array().unwrap() {
                    let f = facts(
                        store,
                        vec![LeerlingId(item["leerling"].as_i64().unwrap())],
                        today,
                    )
                    .await;
                    assert!(may_see(c.user, &f[0]), "{} on {pad}", c.user);
                }
            }
        }
        ("/api/v1/scholen/{code}/verzuim", Toegang::Leerlinggegevens) => {
            let url = "/api/v1/scholen/90AA00/verzuim?regio=midden";
            for c in callers {
                let req = Request::post(url)
                    .header(header::AUTHORIZATION, format!("Bearer {}", c.key))
                    .header(header::CONTENT_TYPE, "text/csv")
                    .body(Body::from("kapot\n"))
                    .unwrap();
                let reply = send(store, req).await;
                let want = if c.user == "ib" {
                    StatusCode::BAD_REQUEST
                } else {
                    StatusCode::NOT_FOUND
                };
                assert_eq!(reply.status, want, "{} on {pad}", c.user);
                assert_eq!(
                    reply.content_type.as_deref(),
                    Some("application/problem+json")
                );
            }
        }
        ("/verzuim", Toegang::Leerlinggegevens) => {
            for c in callers {
                let reply = get(store, pad, Some(&c.cookie)).await;
                assert_eq!(reply.status, StatusCode::OK, "{} on {pad}", c.user);
                for rest in reply.body.split("href=\"/leerlingen/").skip(1) {
                    let id: i64 = rest[..rest.find('"').unwrap()].parse().unwrap();
                    let f = facts(store, vec![LeerlingId(id)], today).await;
                    assert!(
                        may_see(c.user, &f[0]),
                        "{} sees a report on pupil {id}",
                        c.user
                    );
                }
            }
        }
        ("/verzuim/import", Toegang::Leerlinggegevens) => {
            // An empty file: the school gets the 400 of its own form, everyone else 404.
            for c in callers {
                let reply =
                    crate::verzuim_app::upload(store, &c.cookie, &c.csrf, "midden", "").await;
                let want = if c.user == "ib" {
                    StatusCode::BAD_REQUEST
                } else {
                    StatusCode::NOT_FOUND
                };
                assert_eq!(reply.status, want, "{} on {pad}", c.user);
            }
        }
        ("/verzuim/{id}/status", Toegang::Leerlinggegevens) => {
            for c in callers {
                let body = format!("csrf={}&status=afgesloten", c.csrf);
                let reply =
                    crate::web::post_form(store, "/verzuim/999999/status", Some(&c.cookie), &body)
                        .await;
                assert_eq!(reply.status, StatusCode::NOT_FOUND, "{} on {pad}", c.user);
            }
        }
        _ => return false,
    }
    true
}

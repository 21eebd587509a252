//! A pupil's dossier: verwijdering, schorsing, address, the registrations page.

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
        ("/leerlingen/{id}", Toegang::Leerlinggegevens) => {
            assert_eq!(
                get(store, "/leerlingen/1", None).await.location.as_deref(),
                Some("/aanmelden")
            );
            for c in callers {
                for f in sample {
                    let reply =
                        get(store, &format!("/leerlingen/{}", f.id.0), Some(&c.cookie)).await;
                    let want = if may_see(c.user, f) {
                        StatusCode::OK
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(
                        reply.status, want,
                        "{} on {pad} for pupil {}",
                        c.user, f.id.0
                    );
                }
                let missing = get(store, "/leerlingen/999999", Some(&c.cookie)).await;
                assert_eq!(missing.status, StatusCode::NOT_FOUND);
            }
        }
        ("/leerlingen/{id}/verwijdering", Toegang::Leerlinggegevens) => {
            // Without the teacher heard the rule refuses it, after the scope check.
            for c in callers {
                for f in paar(c.user, pad, sample) {
                    let body = format!(
                        "csrf={}&datum=2026-12-01&andere_school=x&stem_kind=x&bevestigd=ja",
                        c.csrf
                    );
                    let reply = crate::web::post_form(
                        store,
                        &format!("/leerlingen/{}/verwijdering", f.id.0),
                        Some(&c.cookie),
                        &body,
                    )
                    .await;
                    let want = if may_see(c.user, f) {
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
        ("/leerlingen/{id}/schorsing", Toegang::Leerlinggegevens) => {
            // Eight days is refused by the rule, after the scope check: visible 400, else 404.
            for c in callers {
                for f in paar(c.user, pad, sample) {
                    let body = format!(
                        "csrf={}&van=2026-03-02&tot=2026-03-09&reden=test&schriftelijk=ja&stem_kind=x&bevestigd=ja",
                        c.csrf
                    );
                    let reply = crate::web::post_form(
                        store,
                        &format!("/leerlingen/{}/schorsing", f.id.0),
                        Some(&c.cookie),
                        &body,
                    )
                    .await;
                    let want = if may_see(c.user, f) {
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
        ("/api/v1/leerlingen/{id}/schorsingen", Toegang::Leerlinggegevens) => {
            // Reads follow the pupil's scope; eight days is refused by the rule after the
            // scope check: a visible pupil's 400, else 404.
            assert_eq!(
                api_get(store, "/api/v1/leerlingen/1/schorsingen", None)
                    .await
                    .status,
                StatusCode::UNAUTHORIZED
            );
            let body = r#"{"van":"2026-03-02","tot":"2026-03-09","reden":"test","schriftelijk":true,"stemKind":"x"}"#;
            for c in callers {
                for f in paar(c.user, pad, sample) {
                    let url = format!("/api/v1/leerlingen/{}/schorsingen", f.id.0);
                    let visible = may_see(c.user, f);
                    let read = api_get(store, &url, Some(&c.key)).await;
                    let want = if visible {
                        StatusCode::OK
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(read.status, want, "{} GET {url}", c.user);
                    let posted = api_send(store, "POST", &url, &c.key, body).await;
                    let want = if visible {
                        StatusCode::BAD_REQUEST
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(posted.status, want, "{} POST {url}", c.user);
                }
            }
        }
        ("/api/v1/leerlingen/{id}/verwijdering", Toegang::Leerlinggegevens) => {
            // Without the teacher and the parents heard the rule refuses it, after the scope check.
            let body = r#"{"datum":"2026-12-01","leraarGehoord":false,"oudersGehoord":false,"andereSchool":"x","overlegInspectie":false,"stemKind":"x","reden":"x"}"#;
            for c in callers {
                for f in paar(c.user, pad, sample) {
                    let url = format!("/api/v1/leerlingen/{}/verwijdering", f.id.0);
                    let reply = api_send(store, "POST", &url, &c.key, body).await;
                    let want = if may_see(c.user, f) {
                        StatusCode::BAD_REQUEST
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} POST {url}", c.user);
                }
            }
        }
        ("/api/v1/leerlingen/{id}/postcode", Toegang::Leerlinggegevens) => {
            // Only the school where the pupil is enrolled; the same postcode is sent, so
            // allowed calls change nothing in the sample.
            for c in callers {
                for f in paar(c.user, pad, sample) {
                    let url = format!("/api/v1/leerlingen/{}/postcode", f.id.0);
                    let body = format!("{{\"postcode\":\"{}\"}}", f.postcode);
                    let reply = api_send(store, "PUT", &url, &c.key, &body).await;
                    // Who sees the pupil but is not its school gets the reason.
                    let want = if c.user == "ib" && may_see("ib", f) {
                        StatusCode::NO_CONTENT
                    } else if may_see(c.user, f) {
                        StatusCode::BAD_REQUEST
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} PUT {url}", c.user);
                }
            }
        }
        ("/leerlingen/{id}/adres", Toegang::Leerlinggegevens) => {
            // Only the school where the pupil is enrolled changes its data. The same
            // postcode is posted, so allowed calls change nothing in the sample.
            for c in callers {
                for f in paar(c.user, pad, sample) {
                    let path = format!("/leerlingen/{}/adres", f.id.0);
                    let body = format!("csrf={}&postcode={}", c.csrf, f.postcode.replace(' ', "+"));
                    let reply = crate::web::post_form(store, &path, Some(&c.cookie), &body).await;
                    let allowed = c.user == "ib" && may_see("ib", f);
                    let want = if allowed {
                        StatusCode::SEE_OTHER
                    } else if may_see(c.user, f) {
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
        ("/aanmeldingen", Toegang::Leerlinggegevens) => {
            for c in callers {
                let reply = get(store, pad, Some(&c.cookie)).await;
                assert_eq!(reply.status, StatusCode::OK, "{} on {pad}", c.user);
                for rest in reply.body.split("href=\"/leerlingen/").skip(1) {
                    let id: i64 = rest[..rest.find('"').unwrap()].parse().unwrap();
                    let f = facts(store, vec![LeerlingId(id)], today).await;
                    assert!(
                        may_see(c.user, &f[0]),
                        "{} sees a registration of pupil {id}",
                        c.user
                    );
                }
                // Registering: only a school, at its own vestiging (empty names: its 400).
                let body = format!(
                    "csrf={}&voornaam=&achternaam=&geboortedatum=2019-01-01&postcode=3431AB&persoonsnummer=1&ontvangen=2026-11-01",
                    c.csrf
                );
                let posted = crate::web::post_form(store, pad, Some(&c.cookie), &body).await;
                let want = if c.user == "ib" {
                    StatusCode::BAD_REQUEST
                } else {
                    StatusCode::NOT_FOUND
                };
                assert_eq!(posted.status, want, "{} POST {pad}", c.user);
            }
        }
        (
            "/aanmeldingen/{id}"
            | "/aanmeldingen/{id}/verlengen"
            | "/aanmeldingen/{id}/besluit"
            | "/aanmeldingen/{id}/intrekken"
            | "/aanmeldingen/{id}/opschorten",
            Toegang::Leerlinggegevens,
        ) => {
            // Reads of the demo's registrations follow the pupil's scope; changes are the
            // own school's only (a closed registration answers with its 400).
            for c in callers {
                for (n, &leerling) in registered.iter().enumerate() {
                    let url = pad.replace("{id}", &(n + 1).to_string());
                    assert!(sample.iter().any(|f| f.id.0 == leerling));
                    let reply = if pad.ends_with("{id}") {
                        get(store, &url, Some(&c.cookie)).await
                    } else {
                        // Refused by the rules after the scope check (5 weeks; a
                        // withdrawal date in the future; a decision without the child's voice).
                        let future = (today + jiff::ToSpan::days(30)).to_string();
                        let body = format!(
                            "csrf={}&datum={future}&weken=5&kennisgeving={future}&soort=toegelaten&stem_kind=&van={future}&bevestigd=ja",
                            c.csrf
                        );
                        crate::web::post_form(store, &url, Some(&c.cookie), &body).await
                    };
                    let want = if !may_read_registration(c.user) {
                        StatusCode::NOT_FOUND
                    } else if pad.ends_with("{id}") {
                        StatusCode::OK
                    } else if c.user == "ib" {
                        StatusCode::BAD_REQUEST
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} on {url}", c.user);
                }
            }
            if pad == "/aanmeldingen/{id}" {
                super::ontvanger::tlv_voor_de_ontvangende_school(m, false).await;
            }
        }
        _ => return false,
    }
    true
}

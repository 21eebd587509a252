//! Deskundigen and pupils in the API, support pages, OPPs and consultations.

use super::*;

pub(super) async fn dekt(m: &Matrix<'_>, pad: &str, toegang: Toegang) -> bool {
    let Matrix {
        store,
        today,
        arrangementen,
        callers,
        sample,
        ..
    } = *m;
    match (pad, toegang) {
        ("/api/v1/deskundigen", Toegang::Aangemeld) => {
            // The register is the SWV's own; anyone else gets a 404.
            assert_eq!(
                api_get(store, pad, None).await.status,
                StatusCode::UNAUTHORIZED
            );
            for c in callers {
                let swv = c.user.starts_with("swv-");
                let reply = api_get(store, pad, Some(&c.key)).await;
                let want = if swv {
                    StatusCode::OK
                } else {
                    StatusCode::NOT_FOUND
                };
                assert_eq!(reply.status, want, "{} GET {pad}", c.user);
                let body = r#"{"naam":"X","discipline":"tovenaar"}"#;
                let reply = api_send(store, "POST", pad, &c.key, body).await;
                let want = if swv {
                    StatusCode::BAD_REQUEST
                } else {
                    StatusCode::NOT_FOUND
                };
                assert_eq!(reply.status, want, "{} POST {pad}", c.user);
            }
        }
        ("/api/v1/leerlingen/{id}", Toegang::Leerlinggegevens) => {
            let anon = api_get(store, "/api/v1/leerlingen/1", None).await;
            assert_eq!(anon.status, StatusCode::UNAUTHORIZED);
            for c in callers {
                for f in sample {
                    let reply = api_get(
                        store,
                        &format!("/api/v1/leerlingen/{}", f.id.0),
                        Some(&c.key),
                    )
                    .await;
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
            }
        }
        ("/api/v1/leerlingen", Toegang::Leerlinggegevens) => {
            assert_eq!(
                api_get(store, pad, None).await.status,
                StatusCode::UNAUTHORIZED
            );
            for c in callers {
                let reply =
                    api_get(store, "/api/v1/leerlingen?paginaGrootte=40", Some(&c.key)).await;
                assert_eq!(reply.status, StatusCode::OK);
                let json: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
                let ids: Vec<i64> = json["leerlingen"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|l| l["id"].as_i64().unwrap())
                    .collect();
                let page = facts(store, ids.iter().map(|&i| LeerlingId(i)).collect(), today).await;
                for f in &page {
                    assert!(
                        may_see(c.user, f),
                        "{} listed pupil {} outside its scope",
                        c.user,
                        f.id.0
                    );
                }
                let total = json["totaal"].as_i64().unwrap();
                let visible_in_sample = sample.iter().any(|f| may_see(c.user, f));
                assert_eq!(
                    total > 0,
                    visible_in_sample,
                    "{} list total {total}",
                    c.user
                );
            }
        }
        ("/leerlingen/{id}/ondersteuning", Toegang::Leerlinggegevens) => {
            for c in callers {
                for f in paar(c.user, pad, sample) {
                    let reply = get(
                        store,
                        &pad.replace("{id}", &f.id.0.to_string()),
                        Some(&c.cookie),
                    )
                    .await;
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
            }
        }
        (
            "/leerlingen/{id}/opp"
            | "/leerlingen/{id}/opp/evaluatie"
            | "/leerlingen/{id}/arrangementen"
            | "/leerlingen/{id}/tlv"
            | "/leerlingen/{id}/symbiose"
            | "/leerlingen/{id}/integraal",
            Toegang::Leerlinggegevens,
        ) => {
            // Bodies that parse but that the rules refuse, so nothing is stored: the rule's
            // 400 after the scope check for a caller who may see the pupil, else 404.
            let body = match pad.rsplit('/').next().unwrap() {
                "opp" => "uitstroom=havo",
                "evaluatie" => "datum=2026-01-05&verslag=",
                "arrangementen" => "vraag=",
                "tlv" => "soort=sbo&aanvragende_vestiging=90AA00",
                "symbiose" => {
                    "regulier_vestiging=90AA00&van=2026-2027&tot=2026-2027&vakken=rekenen+100&rooster_minuten=1000&begeleiding=x"
                }
                _ => "datum=2026-01-05",
            };
            for c in callers {
                for f in paar(c.user, pad, sample) {
                    let url = pad.replace("{id}", &f.id.0.to_string());
                    let reply = crate::web::post_form(
                        store,
                        &url,
                        Some(&c.cookie),
                        &format!("csrf={}&{body}", c.csrf),
                    )
                    .await;
                    // A TLV is also asked by the school (or its bestuur) of a live
                    // registration, without the dossier (WPO art. 18a lid 6c).
                    let aanvrager = pad.ends_with("/tlv")
                        && matches!(c.user, "ib" | "bestuur")
                        && f.levende_aanmeldingen.iter().any(|v| v == "90AA00");
                    let want = if may_see(c.user, f) || aanvrager {
                        StatusCode::BAD_REQUEST
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(
                        reply.status,
                        want,
                        "{} on {url}: {}",
                        c.user,
                        reply.body.chars().take(300).collect::<String>()
                    );
                }
            }
        }
        ("/ondersteuning", Toegang::Leerlinggegevens) => {
            assert_eq!(
                get(store, pad, None).await.location.as_deref(),
                Some("/aanmelden")
            );
            for c in callers {
                let reply = get(store, pad, Some(&c.cookie)).await;
                assert_eq!(reply.status, StatusCode::OK, "{} on {pad}", c.user);
                // Every pupil a caseload links to is one the caller may see.
                for rest in reply.body.split("href=\"/leerlingen/").skip(1) {
                    let id: i64 = rest.split('/').next().unwrap().parse().unwrap();
                    if let Some(f) = sample.iter().find(|f| f.id.0 == id) {
                        assert!(may_see(c.user, f), "{} sees pupil {id} on {pad}", c.user);
                    }
                }
            }
        }
        (
            "/arrangementen/{id}/overleg"
            | "/arrangementen/{id}/besluit"
            | "/arrangementen/{id}/evaluatie",
            Toegang::Leerlinggegevens,
        ) => {
            let body = match pad.rsplit('/').next().unwrap() {
                "overleg" => "datum=2026-01-05&stem_kind=",
                "besluit" => "besluit=afgewezen&reden=&bevestigd=ja",
                _ => "datum=2999-01-01&evaluatie=",
            };
            for c in callers {
                for &(id, leerling) in arrangementen {
                    let url = pad.replace("{id}", &id.to_string());
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
        _ => return false,
    }
    true
}

//! The access matrix for the routes of the monitor and exports (issue 8): returns whether it covered the route.

use crate::access::{Caller, Facts, api_get};
use crate::web::get;
use axum::http::StatusCode;
use passend_store::Store;
use passend_web::routes::Toegang;

/// What a caller gets from the monitor: the SWV staff and OPR their own SWV, inspectie and
/// ministerie every SWV; the rest nothing.
fn monitor_voor(user: &str) -> Option<&'static str> {
    match user {
        "swv-po" | "opr" => Some("PO2605"),
        "swv-vo" => Some("VO2605"),
        "inspectie" | "ministerie" => Some("landelijk"),
        _ => None,
    }
}

fn geen_leerling(body: &str, sample: &[Facts], wie: &str, pad: &str) {
    assert!(
        !body.contains("href=\"/leerlingen/"),
        "{wie} on {pad}: no link to a pupil's dossier"
    );
    for f in sample {
        assert!(!body.contains(&f.naam), "{wie} on {pad}: aggregates only");
        assert!(!body.contains(&f.postcode), "{wie} on {pad}: no postcode");
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
        ("/monitor", Toegang::Aangemeld) => {
            assert_eq!(
                get(store, "/monitor", None).await.location.as_deref(),
                Some("/aanmelden")
            );
            for c in callers {
                let reply = get(store, "/monitor", Some(&c.cookie)).await;
                match monitor_voor(c.user) {
                    Some(wat) => {
                        assert_eq!(reply.status, StatusCode::OK, "{} on {pad}", c.user);
                        if wat == "landelijk" {
                            assert!(reply.body.contains("Landelijk"), "{}", c.user);
                            assert!(reply.body.contains("PO2605") && reply.body.contains("VO2605"));
                        } else {
                            assert!(reply.body.contains(wat), "{} sees {wat}", c.user);
                        }
                        geen_leerling(&reply.body, sample, c.user, pad);
                        // Another SWV than one's own is not there.
                        let ander = if wat == "VO2605" { "PO2605" } else { "VO2605" };
                        let reply =
                            get(store, &format!("/monitor?swv={ander}"), Some(&c.cookie)).await;
                        let want = if wat == "landelijk" {
                            StatusCode::OK
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(reply.status, want, "{} on {pad}?swv={ander}", c.user);
                        // The download has the same access.
                        let csv = get(store, "/monitor?formaat=csv", Some(&c.cookie)).await;
                        assert_eq!(csv.status, StatusCode::OK, "{} csv", c.user);
                        geen_leerling(&csv.body, sample, c.user, pad);
                    }
                    None => {
                        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{} on {pad}", c.user);
                        let csv = get(store, "/monitor?formaat=csv", Some(&c.cookie)).await;
                        assert_eq!(csv.status, StatusCode::NOT_FOUND, "{} csv", c.user);
                    }
                }
            }
            true
        }
        ("/monitor/onderzoek", Toegang::Aangemeld) => {
            assert_eq!(
                get(store, pad, None).await.location.as_deref(),
                Some("/aanmelden")
            );
            for c in callers {
                let reply = get(store, pad, Some(&c.cookie)).await;
                if c.user == "ministerie" {
                    assert_eq!(reply.status, StatusCode::OK, "{} on {pad}", c.user);
                    assert!(reply.body.starts_with("pseudoniem,"));
                    for f in sample {
                        assert!(!reply.body.contains(&f.naam), "no names in the extract");
                        assert!(!reply.body.contains(&f.postcode), "no postcodes");
                    }
                } else {
                    assert_eq!(reply.status, StatusCode::NOT_FOUND, "{} on {pad}", c.user);
                }
            }
            true
        }
        ("/api/v1/monitor", Toegang::Aangemeld) => {
            assert_eq!(
                api_get(store, pad, None).await.status,
                StatusCode::UNAUTHORIZED
            );
            for c in callers {
                let reply = api_get(store, pad, Some(&c.key)).await;
                match monitor_voor(c.user) {
                    Some(wat) => {
                        assert_eq!(reply.status, StatusCode::OK, "{} on {pad}", c.user);
                        let json: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
                        assert_eq!(json["bereik"], wat, "{}", c.user);
                        assert_eq!(json["afgeschermd"], !c.user.starts_with("swv-"));
                        geen_leerling(&reply.body, sample, c.user, pad);
                    }
                    None => {
                        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{} on {pad}", c.user)
                    }
                }
            }
            true
        }
        ("/api/v1/monitor/{code}", Toegang::Aangemeld) => {
            assert_eq!(
                api_get(store, "/api/v1/monitor/PO2605", None).await.status,
                StatusCode::UNAUTHORIZED
            );
            for c in callers {
                for swv in ["PO2605", "VO2605"] {
                    let reply =
                        api_get(store, &format!("/api/v1/monitor/{swv}"), Some(&c.key)).await;
                    let may = match monitor_voor(c.user) {
                        Some("landelijk") => true,
                        Some(eigen) => eigen == swv,
                        None => false,
                    };
                    let want = if may {
                        StatusCode::OK
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} on /api/v1/monitor/{swv}", c.user);
                    if may {
                        geen_leerling(&reply.body, sample, c.user, pad);
                    }
                }
            }
            true
        }
        _ => false,
    }
}

//! The access matrix for the API reads of lists that had only a page (signals, audit log,
//! an SWV's register of deskundigen): returns whether it covered the route.

use crate::access::{Caller, Facts, api_get};
use axum::http::StatusCode;
use passend_store::Store;
use passend_web::routes::Toegang;

async fn api(store: &Store, callers: &[Caller], url: &str, mag: impl Fn(&str) -> bool) {
    assert_eq!(
        api_get(store, url, None).await.status,
        StatusCode::UNAUTHORIZED,
        "{url} without a key"
    );
    for c in callers {
        let reply = api_get(store, url, Some(&c.key)).await;
        let want = if mag(c.user) {
            StatusCode::OK
        } else {
            StatusCode::NOT_FOUND
        };
        assert_eq!(reply.status, want, "{} on {url}: {}", c.user, reply.body);
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
        ("/api/v1/signalen", Toegang::Aangemeld) => {
            api(store, callers, pad, |u| {
                matches!(u, "inspectie" | "ministerie")
            })
            .await;
            // Counts only: no pupil's name in the answer.
            for c in callers.iter().filter(|c| c.user == "inspectie") {
                let body = api_get(store, pad, Some(&c.key)).await.body;
                for f in sample {
                    assert!(!body.contains(&f.naam), "aggregates only");
                }
            }
        }
        ("/api/v1/auditlog", Toegang::Beheer) => {
            api(store, callers, "/api/v1/auditlog?paginaGrootte=5", |u| {
                u == "beheerder"
            })
            .await;
        }
        ("/api/v1/samenwerkingsverbanden/{code}/deskundigen", Toegang::Aangemeld) => {
            // The register is the SWV's own: staff of the other SWV get a 404 too.
            for (swv, eigen) in [("PO2605", "swv-po"), ("VO2605", "swv-vo")] {
                let url = format!("/api/v1/samenwerkingsverbanden/{swv}/deskundigen");
                api(store, callers, &url, |u| u == eigen).await;
            }
        }
        _ => return false,
    }
    true
}

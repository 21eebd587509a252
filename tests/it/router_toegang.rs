//! The router enforces every route's `Toegang` before its handler (issue 18): a route that
//! is not public answers a request without a user with the sign-in page (pages) or a 401
//! problem (API), for every method; a beheer route answers every other role as if it did
//! not exist.

use crate::access::api_get;
use crate::support::demo_sqlite;
use crate::web::{get, send, sign_in, with_router};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use passend_web::routes::{Toegang, overzicht};

fn concreet(pad: &str) -> String {
    pad.split('/')
        .map(|deel| if deel.starts_with('{') { "1" } else { deel })
        .collect::<Vec<_>>()
        .join("/")
}

#[tokio::test]
async fn no_route_but_a_public_one_runs_its_handler_without_a_user() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let routes = overzicht();
    let ib = sign_in(store, "ib").await;
    with_router(store, async {
        let mut gecontroleerd = 0;
        for (pad, toegang) in &routes {
            if *toegang == Toegang::Publiek {
                continue;
            }
            let url = concreet(pad);
            for method in ["GET", "POST", "PUT"] {
                let req = Request::builder().method(method).uri(&url);
                let reply = send(store, req.body(Body::empty()).unwrap()).await;
                if pad.starts_with("/api/") {
                    assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{method} {url}");
                } else {
                    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{method} {url}");
                    assert_eq!(reply.location.as_deref(), Some("/aanmelden"), "{url}");
                }
            }
            if *toegang == Toegang::Beheer {
                // Signed in, but not a beheerder: the route does not exist for this user.
                let reply = if pad.starts_with("/api/") {
                    let key = crate::api::api_key(store, "ib").await;
                    api_get(store, &url, Some(&key)).await
                } else {
                    get(store, &url, Some(&ib)).await
                };
                assert_eq!(reply.status, StatusCode::NOT_FOUND, "ib on {url}");
            }
            gecontroleerd += 1;
        }
        assert!(gecontroleerd > 100, "{gecontroleerd} routes checked");
    })
    .await;
    db.finish().await;
}

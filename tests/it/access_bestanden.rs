//! The access matrix for the API's uploads and downloads that had only a page (registrations
//! and roster of a school, rule sets, the research file): returns whether it covered the
//! route. Files the readers refuse, so nothing is stored; no route here is per pupil.

use crate::access::{Caller, Facts, api_get, api_send};
use crate::access_verantwoording::status;
use crate::bestanden_api::api_bestand;
use axum::http::StatusCode;
use passend_store::Store;
use passend_web::routes::Toegang;

/// A broken file of `content_type` posted by every caller: the school's reader refuses it
/// (422), every other role gets a 404.
async fn school_upload(store: &Store, callers: &[Caller], pad: &str, soort: &str, body: &str) {
    assert_eq!(
        api_bestand(store, pad, "psd_geen", soort, body)
            .await
            .status,
        StatusCode::UNAUTHORIZED,
        "{pad} without a valid key"
    );
    for c in callers {
        let reply = api_bestand(store, pad, &c.key, soort, body).await;
        let want = status(c.user == "ib", StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(reply.status, want, "{} on {pad}: {}", c.user, reply.body);
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
        ("/api/v1/aanmeldingen/import", Toegang::Leerlinggegevens) => {
            school_upload(store, callers, pad, "text/csv", "fout").await;
        }
        ("/api/v1/edexml", Toegang::Leerlinggegevens) => {
            school_upload(store, callers, pad, "application/xml", "<EDEX/>").await;
        }
        ("/api/v1/regelsets", Toegang::Beheer) => {
            assert_eq!(
                api_get(store, pad, None).await.status,
                StatusCode::UNAUTHORIZED
            );
            for c in callers {
                let mag = c.user == "beheerder";
                let reply = api_get(store, pad, Some(&c.key)).await;
                assert_eq!(
                    reply.status,
                    status(mag, StatusCode::OK),
                    "{} GET {pad}",
                    c.user
                );
                // An empty rule set: the reader refuses it for the beheerder.
                let reply = api_send(store, "POST", pad, &c.key, r#"{"regelset":{}}"#).await;
                assert_eq!(
                    reply.status,
                    status(mag, StatusCode::UNPROCESSABLE_ENTITY),
                    "{} POST {pad}: {}",
                    c.user,
                    reply.body
                );
            }
        }
        ("/api/v1/onderzoeksbestand", Toegang::Aangemeld) => {
            assert_eq!(
                api_get(store, pad, None).await.status,
                StatusCode::UNAUTHORIZED
            );
            for c in callers {
                let reply = api_get(store, pad, Some(&c.key)).await;
                let mag = c.user == "ministerie";
                assert_eq!(
                    reply.status,
                    status(mag, StatusCode::OK),
                    "{} on {pad}",
                    c.user
                );
                if mag {
                    assert!(reply.body.starts_with("pseudoniem,"));
                    for f in sample {
                        assert!(!reply.body.contains(&f.naam), "no names in the extract");
                        assert!(!reply.body.contains(&f.postcode), "no postcodes");
                    }
                }
            }
        }
        _ => return false,
    }
    true
}

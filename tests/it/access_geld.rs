//! The access matrix for the routes of budgets, verdeelmodel, reserves (issue 7): returns whether it covered the route.

use crate::access::{Caller, Facts, api_get, api_send};
use crate::web::{get, post_form};
use axum::http::StatusCode;
use passend_store::Store;
use passend_web::routes::Toegang;

/// Counts of 2027-2028 with the amounts of 2015-2016, so that every page has something to show.
const Q: &str = "schooljaar=2027-2028&voorbeeld=2015-2016";
const API_Q: &str = "schooljaar=2027-2028&rekenvoorbeeld=2015-2016";

/// Who reads an SWV's budget, reserves and annual report.
fn leest_swv(user: &str, swv: &str) -> bool {
    matches!(user, "inspectie" | "ministerie")
        || (swv == "PO2605" && matches!(user, "swv-po" | "opr"))
        || (swv == "VO2605" && user == "swv-vo")
}

fn status(ok: bool, yes: StatusCode) -> StatusCode {
    if ok { yes } else { StatusCode::NOT_FOUND }
}

async fn pagina(store: &Store, callers: &[Caller], url: &str, mag: impl Fn(&str) -> bool) {
    assert_eq!(
        get(store, url, None).await.location.as_deref(),
        Some("/aanmelden"),
        "{url} without a session"
    );
    for c in callers {
        let reply = get(store, url, Some(&c.cookie)).await;
        assert_eq!(
            reply.status,
            status(mag(c.user), StatusCode::OK),
            "{} on {url}",
            c.user
        );
    }
}

async fn api(store: &Store, callers: &[Caller], url: &str, mag: impl Fn(&str) -> bool) {
    assert_eq!(
        api_get(store, url, None).await.status,
        StatusCode::UNAUTHORIZED
    );
    for c in callers {
        let reply = api_get(store, url, Some(&c.key)).await;
        assert_eq!(
            reply.status,
            status(mag(c.user), StatusCode::OK),
            "{} on {url}: {}",
            c.user,
            reply.body
        );
    }
}

pub(crate) async fn dekt(
    store: &Store,
    pad: &str,
    toegang: Toegang,
    callers: &[Caller],
    _sample: &[Facts],
) -> bool {
    match (pad, toegang) {
        ("/geld", Toegang::Aangemeld) => {
            for c in callers {
                let reply = get(store, pad, Some(&c.cookie)).await;
                let mag = matches!(
                    c.user,
                    "swv-po"
                        | "swv-vo"
                        | "opr"
                        | "bestuur"
                        | "inspectie"
                        | "ministerie"
                        | "beheerder"
                );
                assert_eq!(
                    reply.status,
                    status(mag, StatusCode::SEE_OTHER),
                    "{} on /geld",
                    c.user
                );
            }
        }
        ("/geld/landelijk", Toegang::Aangemeld) => {
            pagina(store, callers, &format!("{pad}?{Q}"), |u| {
                matches!(u, "inspectie" | "ministerie")
            })
            .await;
        }
        ("/geld/ontvangen", Toegang::Aangemeld) => {
            pagina(store, callers, &format!("{pad}?{Q}"), |u| u == "bestuur").await;
        }
        ("/swv/{code}/begroting", Toegang::Aangemeld) => {
            for swv in ["PO2605", "VO2605"] {
                let url = format!("/swv/{swv}/begroting?{Q}");
                pagina(store, callers, &url, |u| leest_swv(u, swv)).await;
            }
        }
        ("/swv/{code}/verdeling", Toegang::Aangemeld) => {
            // The board reads the payments to its own schools.
            let url = format!("/swv/PO2605/verdeling?{Q}");
            pagina(store, callers, &url, |u| {
                leest_swv(u, "PO2605") || u == "bestuur"
            })
            .await;
            for c in callers {
                let body = format!(
                    "csrf={}&schooljaar=2027-2028&eigen_taken=12&per_leerling=70&toelichting=matrix",
                    c.csrf
                );
                let reply = post_form(store, "/swv/PO2605/verdeling", Some(&c.cookie), &body).await;
                assert_eq!(
                    reply.status,
                    status(c.user == "swv-po", StatusCode::SEE_OTHER),
                    "{} saving the verdeelmodel",
                    c.user
                );
            }
        }
        ("/swv/{code}/jaarverslag", Toegang::Aangemeld) => {
            let url = format!("/swv/PO2605/jaarverslag?{Q}");
            pagina(store, callers, &url, |u| leest_swv(u, "PO2605")).await;
            for c in callers {
                let body = format!(
                    "csrf={}&jaar=2026&baten=9000000&lasten=8900000&reserve=300000",
                    c.csrf
                );
                let reply =
                    post_form(store, "/swv/PO2605/jaarverslag", Some(&c.cookie), &body).await;
                assert_eq!(
                    reply.status,
                    status(c.user == "swv-po", StatusCode::SEE_OTHER),
                    "{} saving jaarcijfers",
                    c.user
                );
            }
        }
        ("/beheer/regelsets", Toegang::Beheer) => {
            pagina(store, callers, pad, |u| u == "beheerder").await;
        }
        ("/api/v1/swv/{code}/begroting", Toegang::Aangemeld) => {
            for swv in ["PO2605", "VO2605"] {
                let url = format!("/api/v1/swv/{swv}/begroting?{API_Q}");
                api(store, callers, &url, |u| leest_swv(u, swv)).await;
            }
        }
        ("/api/v1/swv/{code}/betalingen", Toegang::Aangemeld) => {
            let url = format!("/api/v1/swv/PO2605/betalingen?{API_Q}");
            api(store, callers, &url, |u| {
                leest_swv(u, "PO2605") || u == "bestuur"
            })
            .await;
        }
        ("/api/v1/swv/{code}/verdeelmodel", Toegang::Aangemeld) => {
            let url = "/api/v1/swv/PO2605/verdeelmodel?schooljaar=2027-2028";
            api(store, callers, url, |u| leest_swv(u, "PO2605")).await;
            for c in callers {
                let reply = api_send(
                    store,
                    "PUT",
                    url,
                    &c.key,
                    r#"{"eigenTaken":"0.12","perLeerling":"0.7"}"#,
                )
                .await;
                assert_eq!(
                    reply.status,
                    status(c.user == "swv-po", StatusCode::OK),
                    "{} PUT {url}: {}",
                    c.user,
                    reply.body
                );
            }
        }
        ("/api/v1/swv/{code}/jaarcijfers", Toegang::Aangemeld) => {
            let url = "/api/v1/swv/PO2605/jaarcijfers";
            api(store, callers, url, |u| leest_swv(u, "PO2605")).await;
            for c in callers {
                let reply = api_send(
                    store,
                    "POST",
                    url,
                    &c.key,
                    r#"{"jaar":2026,"baten":"9000000.00","lasten":"8900000.00","reserve":"300000.00"}"#,
                )
                .await;
                assert_eq!(
                    reply.status,
                    status(c.user == "swv-po", StatusCode::OK),
                    "{} POST {url}: {}",
                    c.user,
                    reply.body
                );
            }
        }
        ("/api/v1/geld/landelijk", Toegang::Aangemeld) => {
            let url = format!("/api/v1/geld/landelijk?{API_Q}");
            api(store, callers, &url, |u| {
                matches!(u, "inspectie" | "ministerie")
            })
            .await;
        }
        ("/api/v1/geld/ontvangen", Toegang::Aangemeld) => {
            let url = format!("/api/v1/geld/ontvangen?{API_Q}");
            api(store, callers, &url, |u| u == "bestuur").await;
        }
        _ => return false,
    }
    true
}

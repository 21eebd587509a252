//! The access matrix for the routes of ondersteuningsplan, disputes, vso outflow (issue 10): returns whether it covered the route.
//!
//! Plans and counts: staff and OPR of the plan's SWV and national supervision read them, only
//! the SWV's staff write (the OPR records its own vote); everyone else gets a 404. Disputes and
//! leavers are pupil data: a caller who may see the pupil gets the rule's 400 for a refused body,
//! everyone else a 404; lists show only pupils the caller may see.

use crate::access::{Caller, Facts, api_get, api_send, may_see, paar};
use crate::web::{Reply, get, post_form};
use axum::http::StatusCode;
use passend_store::Store;
use passend_web::routes::Toegang;

mod api;
mod paginas;

fn caller<'a>(callers: &'a [Caller], user: &str) -> &'a Caller {
    callers.iter().find(|c| c.user == user).unwrap()
}

fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
}

/// The plan versions (id, swv), read as the inspectie, who reads every SWV's plan.
async fn plannen(store: &Store, callers: &[Caller]) -> Vec<(i64, String)> {
    let c = caller(callers, "inspectie");
    let lijst = json(
        &api_get(store, "/api/v1/ondersteuningsplannen", Some(&c.key))
            .await
            .body,
    );
    lijst["ondersteuningsplannen"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["id"].as_i64().unwrap(),
                p["samenwerkingsverband"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// The disputes (id, pupil) as the parties on the school's side see them.
/// (id, pupil, about toelating) of every dispute the parties list.
async fn geschillen(store: &Store, callers: &[Caller]) -> Vec<(i64, i64, bool)> {
    let mut out = Vec::new();
    for user in ["ib", "bestuur", "swv-po", "swv-vo"] {
        let c = caller(callers, user);
        let lijst = json(
            &api_get(store, "/api/v1/geschillen", Some(&c.key))
                .await
                .body,
        );
        for g in lijst["geschillen"].as_array().unwrap() {
            let x = (
                g["id"].as_i64().unwrap(),
                g["leerling"].as_i64().unwrap(),
                g["soort"] == "toelating",
            );
            if !out.contains(&x) {
                out.push(x);
            }
        }
    }
    out
}

/// The vso leavers' records (id, SWV that follows them up), from the SWVs' lists.
async fn uitstroom(store: &Store, callers: &[Caller]) -> Vec<(i64, String)> {
    let mut out = Vec::new();
    for (user, swv) in [("swv-po", "PO2605"), ("swv-vo", "VO2605")] {
        let c = caller(callers, user);
        let page = get(
            store,
            "/verantwoording/uitstroom/leerlingen",
            Some(&c.cookie),
        )
        .await;
        for rest in page.body.split("id=\"uitstroom-").skip(1) {
            let id: i64 = rest.split('"').next().unwrap().parse().unwrap();
            out.push((id, swv.to_string()));
        }
    }
    out
}

fn leest_plan(user: &str, swv: &str) -> bool {
    match user {
        "swv-po" | "opr" => swv == "PO2605",
        "swv-vo" => swv == "VO2605",
        "inspectie" | "ministerie" => true,
        _ => false,
    }
}

fn schrijft_plan(user: &str, swv: &str) -> bool {
    matches!((user, swv), ("swv-po", "PO2605") | ("swv-vo", "VO2605"))
}

pub(crate) fn status(mag: bool, ja: StatusCode) -> StatusCode {
    if mag { ja } else { StatusCode::NOT_FOUND }
}

fn geen_leerlingen(pad: &str, user: &str, reply: &Reply, sample: &[Facts]) {
    assert!(
        !reply.body.contains("href=\"/leerlingen/"),
        "{user} on {pad} links to a dossier"
    );
    for f in sample {
        assert!(
            !reply.body.contains(&f.naam),
            "{user} on {pad} shows pupil {}",
            f.id.0
        );
    }
}

/// A party to a dispute: who may see the pupil's dossier, and for a dispute about toelating
/// also the school, bestuur and SWV of the registration (without the dossier).
fn partij(user: &str, f: &Facts, toelating: bool) -> bool {
    may_see(user, f)
        || (toelating
            && crate::access::may_read_registration(user)
            && f.aanmeldingen.iter().any(|v| v == "90AA00"))
}

/// Every pupil a page links to is one the caller may see.
fn alleen_zichtbare(pad: &str, user: &str, body: &str, sample: &[Facts]) {
    for rest in body.split("href=\"/leerlingen/").skip(1) {
        let id: i64 = rest.split(['/', '"', '#']).next().unwrap().parse().unwrap();
        if let Some(f) = sample.iter().find(|f| f.id.0 == id) {
            assert!(may_see(user, f), "{user} sees pupil {id} on {pad}");
        }
    }
}

pub(crate) async fn dekt(
    store: &Store,
    pad: &str,
    toegang: Toegang,
    callers: &[Caller],
    sample: &[Facts],
) -> bool {
    paginas::dekt(store, pad, toegang, callers, sample).await
        || api::dekt(store, pad, toegang, callers, sample).await
}

//! Every route of the application with its access decision, in one table made of one part
//! per area (`routes/<area>.rs`). The router is built from this table, and the access test
//! matrix walks it: a route cannot be added without saying who may use it, and a test fails
//! for a pupil-data route it does not cover.

mod aanbod;
mod aanmeldingen;
mod account;
mod beheer;
mod geld;
mod leerling;
mod leerplicht;
mod monitor;
mod ondersteuning;
mod openbaar;
mod ouder;
mod taken;
mod thuiszitters;
mod tlv;
mod uitwisseling;
mod verantwoording;
mod verzuim;

use crate::{AppState, api};
use axum::extract::DefaultBodyLimit;
use axum::routing::MethodRouter;

/// Who may use a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Toegang {
    /// Anyone; shows no pupil data.
    Publiek,
    /// Any signed-in user; shows no pupil data beyond the user's own account.
    Aangemeld,
    /// Pupil data: only through the store's scoped reads.
    Leerlinggegevens,
    /// The beheerder only.
    Beheer,
}

pub struct Route {
    pub pad: &'static str,
    pub toegang: Toegang,
    pub handler: MethodRouter<AppState>,
    /// The largest request body the route reads, in bytes: an upload's own limit,
    /// [`API_MAX_BODY`] for the rest of the API, `None` for axum's default (2 MB).
    pub limiet: Option<usize>,
}

/// The largest body the API reads where no upload limit says otherwise: far above any real
/// JSON request, far below what would tie up the server.
pub const API_MAX_BODY: usize = 1024 * 1024;

fn route(pad: &'static str, toegang: Toegang, handler: MethodRouter<AppState>) -> Route {
    Route {
        pad,
        toegang,
        handler,
        limiet: None,
    }
}

/// A route that takes a file, with the largest body it reads; the hostile-input tests post
/// one byte more to every such route.
fn upload(
    pad: &'static str,
    toegang: Toegang,
    handler: MethodRouter<AppState>,
    limiet: usize,
) -> Route {
    Route {
        pad,
        toegang,
        handler: handler.layer(DefaultBodyLimit::max(limiet)),
        limiet: Some(limiet),
    }
}

/// An API route gets [`API_MAX_BODY`] unless it has its own limit, a problem for every
/// error axum makes itself (a body over the limit, a method the route does not take), and
/// one for page parameters where the route has no pages.
fn api_route(mut r: Route) -> Route {
    if !r.pad.starts_with("/api/") {
        return r;
    }
    let limiet = match r.limiet {
        Some(limiet) => limiet,
        None => {
            r.handler = r.handler.layer(DefaultBodyLimit::max(API_MAX_BODY));
            *r.limiet.insert(API_MAX_BODY)
        }
    };
    let pad = r.pad;
    r.handler = r
        .handler
        .layer(axum::middleware::from_fn(move |req, next| {
            api::weiger_zonder_paginas(pad, req, next)
        }))
        .layer(axum::middleware::map_response(move |res| {
            api::problem::als_probleem(res, limiet)
        }));
    r
}

/// Every route: the tables of the areas in one list.
pub fn table() -> Vec<Route> {
    [
        openbaar::routes(),
        account::routes(),
        leerling::routes(),
        ouder::routes(),
        ondersteuning::routes(),
        tlv::routes(),
        uitwisseling::routes(),
        aanmeldingen::routes(),
        aanbod::routes(),
        leerplicht::routes(),
        verzuim::routes(),
        thuiszitters::routes(),
        beheer::routes(),
        geld::routes(),
        verantwoording::routes(),
        monitor::routes(),
        taken::routes(),
    ]
    .into_iter()
    .flatten()
    .map(api_route)
    .collect()
}

/// (path, access) of every route, for tests and documentation.
pub fn overzicht() -> Vec<(&'static str, Toegang)> {
    table().into_iter().map(|r| (r.pad, r.toegang)).collect()
}

/// (path, largest body in bytes) of every route with a limit of its own: the uploads and
/// the API.
pub fn limieten() -> Vec<(&'static str, usize)> {
    table()
        .into_iter()
        .filter_map(|r| Some((r.pad, r.limiet?)))
        .collect()
}

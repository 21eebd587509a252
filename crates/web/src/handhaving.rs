//! The router enforces each route's [`Toegang`] before its handler runs: a route that is
//! not public needs a signed-in user (a session for pages, an API key for the API), and a
//! beheer route a user the policy lets administer. The user found is kept in the request,
//! so the handler's extractor does not look it up a second time. What a user may see or do
//! within a route is the store's question to the domain policy, not this layer's.

use crate::api::problem::ApiError;
use crate::routes::Toegang;
use crate::session::{Gebruiker, gebruiker_van};
use crate::{AppState, WebError};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Where a user with a one-time password goes first.
const WACHTWOORD: &str = "/account/wachtwoord";
/// Where a user goes whose role requires a second factor they have not set up.
const TWEEDE_FACTOR: &str = "/account/tweede-factor";

/// Runs the route's handler only when `toegang` allows the request.
pub async fn handhaaf(
    toegang: Toegang,
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Response {
    if toegang == Toegang::Publiek {
        return next.run(req).await;
    }
    let api = req.uri().path().starts_with("/api/");
    let gebruiker = match gebruiker_van(&state, req.headers(), api).await {
        Ok(g) => g,
        Err(e) if api => return ApiError::from(e).into_response(),
        Err(e) => return WebError::from(e).into_response(),
    };
    let Some(g) = gebruiker else {
        return if api {
            ApiError::unauthorized().into_response()
        } else {
            WebError::AanmeldenVereist.into_response()
        };
    };
    if toegang == Toegang::Beheer && !g.mag(passend_domain::Functie::Beheer) {
        // As for a record outside the scope: the page does not exist for this user.
        return if api {
            ApiError::not_found().into_response()
        } else {
            WebError::NietGevonden.into_response()
        };
    }
    // A one-time password is changed before anything else (passend init's beheerder).
    let pad = req.uri().path();
    if g.account.wachtwoord_wijzigen && pad != WACHTWOORD && pad != "/afmelden" {
        return if api {
            ApiError::bad_request("wijzig eerst het eenmalige wachtwoord van dit account")
                .into_response()
        } else {
            axum::response::Redirect::to(WACHTWOORD).into_response()
        };
    }
    // Then a second factor where the role requires one (the store asks the policy). API keys
    // are a credential of their own and are not held up.
    let vrij =
        matches!(pad, "/afmelden" | "/account/rol" | WACHTWOORD) || pad.starts_with(TWEEDE_FACTOR);
    if !api && !vrij {
        match state
            .store
            .accounts()
            .moet_tweede_factor_instellen(&g.verzoeker)
            .await
        {
            Ok(false) => {}
            Ok(true) => return axum::response::Redirect::to(TWEEDE_FACTOR).into_response(),
            Err(e) => return WebError::from(e).into_response(),
        }
    }
    req.extensions_mut().insert::<Gebruiker>(g);
    next.run(req).await
}

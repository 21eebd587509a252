//! The web application: server-rendered Dutch pages that work without JavaScript, as a thin
//! shell over the domain and storage crates. `app()` builds the router so that tests can
//! call it in-process; `serve()` binds a socket.

mod error;
mod format;
mod layout;
mod pages;
mod session;

pub use error::WebError;
pub use format::{datum, euro};

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::routing::{get, post};
use passend_store::Store;
use std::net::SocketAddr;
use tower_http::set_header::SetResponseHeaderLayer;

/// What every handler gets.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
}

/// The whole application as a router.
pub fn app(state: AppState) -> Router {
    Router::new()
        .route("/", get(pages::start::page))
        .route("/postcode", get(pages::postcode::page))
        .route("/swv", get(pages::swv::list))
        .route("/swv/{code}", get(pages::swv::detail))
        .route("/scholen", get(pages::scholen::list))
        .route("/scholen/{code}", get(pages::scholen::detail))
        .route("/leerlingen/{id}", get(pages::leerling::dossier))
        .route("/mijn-kinderen", get(pages::leerling::mijn_kinderen))
        .route(
            "/aanmelden",
            get(pages::aanmelden::form).post(pages::aanmelden::submit),
        )
        .route("/afmelden", post(pages::aanmelden::afmelden))
        .route("/static/passend.css", get(pages::static_css))
        .fallback(pages::not_found)
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'self'; frame-ancestors 'none'; form-action 'self'",
            ),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .with_state(state)
}

/// Serves the application until Ctrl-C.
pub async fn serve(store: Store, bind: SocketAddr) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(bind).await?;
    tracing::info!("passend luistert op http://{}", listener.local_addr()?);
    axum::serve(listener, app(AppState { store }))
        .with_graceful_shutdown(async {
            tokio::signal::ctrl_c().await.ok();
        })
        .await
}

/// Today in the Netherlands: the clocks of the law run on Dutch calendar days.
pub fn vandaag() -> jiff::civil::Date {
    jiff::Timestamp::now()
        .in_tz("Europe/Amsterdam")
        .map(|z| z.date())
        .unwrap_or_else(|_| {
            jiff::Timestamp::now()
                .to_zoned(jiff::tz::TimeZone::UTC)
                .date()
        })
}

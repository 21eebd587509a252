//! The web application: server-rendered Dutch pages that work without JavaScript, as a thin
//! shell over the domain and storage crates. `app()` builds the router so that tests can
//! call it in-process; `serve()` binds a socket.

mod api;
mod csrf;
#[doc(hidden)]
pub mod download;
mod error;
#[doc(hidden)]
pub mod export;
#[doc(hidden)]
pub mod format;
pub mod formulier;
mod handhaving;
#[doc(hidden)]
pub mod invoer;
mod layout;
pub mod mail;
pub mod oidc;
mod pages;
/// Letters as PDF with an embedded font; also read back by tests.
pub mod pdf;
pub mod routes;
mod session;
mod toegang;

pub use api::ApiDoc;
pub use error::WebError;
pub use format::{datum, euro};

/// Helpers of handlers that the web crate's unit tests in tests/it/web_eenheid reach (issue
/// 18); no API. The handlers' modules stay private, so their signatures stay crate-internal.
#[doc(hidden)]
pub mod intern {
    pub use crate::api::ondersteuning::twee_decimalen;
    pub use crate::pages::bevestigen::Invoer as BevestigInvoer;
    pub use crate::pages::monitor::register::register_trend;
}

use axum::Router;
use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use passend_store::Store;
use std::net::SocketAddr;
use tower_http::set_header::SetResponseHeaderLayer;

/// What every handler gets.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    /// How mail leaves (invitations, password resets).
    pub mail: std::sync::Arc<mail::MailInstelling>,
    /// The OpenID providers to sign in through (none unless configured).
    pub oidc: oidc::Aanbieders,
    /// The terms of the SWV's procedure for tasks the law gives no term.
    pub procedure: passend_domain::taken::Procedure,
}

impl AppState {
    /// The application without a mail server: mails go to a `passend-mail` folder in the
    /// temporary directory (`serve` is given its own settings); local accounts only.
    pub fn new(store: Store) -> Self {
        let map = std::env::temp_dir().join("passend-mail");
        Self::met_mail(
            store,
            mail::MailInstelling::map(map, "http://127.0.0.1:8080"),
        )
    }

    pub fn met_mail(store: Store, mail: mail::MailInstelling) -> Self {
        Self {
            store,
            mail: std::sync::Arc::new(mail),
            oidc: oidc::Aanbieders::default(),
            procedure: Default::default(),
        }
    }

    /// The same, with these OpenID providers on the sign-in page.
    pub fn met_oidc(self, oidc: oidc::Aanbieders) -> Self {
        Self { oidc, ..self }
    }
}

/// The small-cell threshold of the monitor (set once by [`serve`]; kept by the store, which
/// protects every aggregate that leaves a scope).
pub fn monitor_drempel() -> u64 {
    passend_store::monitor::drempel()
}

/// The whole application as a router, built from the route table.
pub fn app(state: AppState) -> Router {
    let mut router = Router::new();
    for r in routes::table() {
        let toegang = r.toegang;
        let r = routes::Route {
            handler: r.handler.layer(axum::middleware::from_fn_with_state(
                state.clone(),
                move |s, req, next| handhaving::handhaaf(toegang, s, req, next),
            )),
            ..r
        };
        let handler = if r.pad.starts_with("/api/") {
            r.handler.layer(SetResponseHeaderLayer::overriding(
                api::VERSION_HEADER,
                api::version_value(),
            ))
        } else {
            r.handler
        };
        router = router.route(r.pad, handler);
    }
    router
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
        .layer(axum::middleware::from_fn(niet_bewaren))
        .with_state(state)
}

/// `Cache-Control: no-store` on every response that may carry personal data, so that no
/// browser or proxy keeps a copy: to a signed-in request (session cookie or API key), from
/// the API and from the pupil pages. Public static files keep their own caching.
async fn niet_bewaren(req: Request, next: Next) -> Response {
    let path = req.uri().path();
    let persoonlijk = !path.starts_with("/static/")
        && (path.starts_with("/api/")
            || path == "/leerlingen"
            || path.starts_with("/leerlingen/")
            // A one-time link's page names its account.
            || path.starts_with("/uitnodiging/")
            || path.starts_with("/wachtwoord-herstel/")
            || req.headers().contains_key(header::AUTHORIZATION)
            || session::cookie_value(req.headers(), session::COOKIE).is_some());
    let mut response = next.run(req).await;
    if persoonlijk {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// Serves the application until Ctrl-C. Audit entries older than the retention period
/// are deleted at start and once a day; thuiszitter cases whose step passed its deadline
/// move up the ladder at start and every hour; queued mail is delivered every minute.
pub async fn serve(
    state: AppState,
    bind: SocketAddr,
    audit_bewaartermijn_dagen: i64,
    monitor_drempel: u64,
    oidc: oidc::Aanbieders,
) -> std::io::Result<()> {
    let store = state.store.clone();
    passend_store::monitor::zet_drempel(monitor_drempel);
    // The bekostiging rule sets (shipped and added by the beheerder) are read and checked
    // now: a malformed one stops the start with its file and key, not a later page.
    let regelsets = store
        .geld()
        .regelsets()
        .await
        .map_err(|e| std::io::Error::other(format!("regelsets: {e}")))?;
    tracing::info!(
        "regelsets voor {}",
        regelsets
            .schooljaren()
            .iter()
            .map(|j| j.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    );
    let listener = tokio::net::TcpListener::bind(bind).await?;
    tracing::info!("passend luistert op http://{}", listener.local_addr()?);
    let purger = store.clone();
    tokio::spawn(async move {
        let mut every_day = tokio::time::interval(std::time::Duration::from_secs(24 * 3600));
        loop {
            every_day.tick().await;
            match purger.purge_audit(audit_bewaartermijn_dagen).await {
                Ok(n) if n > 0 => tracing::info!(
                    verwijderd = n,
                    "auditregels ouder dan de bewaartermijn verwijderd"
                ),
                Ok(_) => {}
                Err(e) => tracing::error!("opschonen auditlog mislukt: {e}"),
            }
        }
    });
    let clock = store.clone();
    tokio::spawn(async move {
        let mut every_hour = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            every_hour.tick().await;
            match clock.thuiszitters().escaleer_zaken(vandaag()).await {
                Ok(n) if n > 0 => tracing::info!(
                    zaken = n,
                    "thuiszitterzaken doorgeschoven op de escalatieladder"
                ),
                Ok(_) => {}
                Err(e) => tracing::error!("escalatie mislukt: {e}"),
            }
            // The facts follow the law's clocks: temporary placements enrol, and children
            // present again end their thuiszitter case.
            if let Err(e) = clock.aanmeldingen().plaats_tijdelijk(vandaag()).await {
                tracing::error!("tijdelijke plaatsing mislukt: {e}");
            }
            if let Err(e) = clock
                .thuiszitters()
                .los_op_bij_aanwezigheid(vandaag())
                .await
            {
                tracing::error!("oplossen thuiszitterzaken mislukt: {e}");
            }
        }
    });
    match state.mail.zonder_server() {
        Some(map) => {
            tracing::info!("geen mailserver ingesteld: mails worden geschreven in map {map}")
        }
        None => tracing::info!("mail gaat via de ingestelde mailserver"),
    }
    tokio::spawn(mail::bezorg_doorlopend(
        store.clone(),
        state.mail.clone(),
        std::time::Duration::from_secs(60),
    ));
    tokio::spawn(mail::meld_doorlopend(
        store.clone(),
        state.mail.clone(),
        state.procedure,
    ));
    axum::serve(listener, app(state.met_oidc(oidc)))
        .with_graceful_shutdown(async {
            tokio::signal::ctrl_c().await.ok();
        })
        .await
}

/// Today in the Netherlands: the clocks of the law run on Dutch calendar days.
pub fn vandaag() -> jiff::civil::Date {
    dag_van(jiff::Timestamp::now())
}

/// The Dutch calendar day of an instant.
pub fn dag_van(t: jiff::Timestamp) -> jiff::civil::Date {
    t.in_tz("Europe/Amsterdam")
        .map(|z| z.date())
        .unwrap_or_else(|_| t.to_zoned(jiff::tz::TimeZone::UTC).date())
}

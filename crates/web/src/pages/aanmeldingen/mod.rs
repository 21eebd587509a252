//! Aanmeldingen in the web application: the school registers a written aanmelding and
//! decides on it within the law's clocks; its bestuur and SWV follow the registrations and
//! the signals (decisions overdue, temporary placements due, withdrawals after a support
//! need was noted).

mod besluit;
mod detail;
mod import;
mod intrekken;
mod lijst;
mod opschorten;
mod registreer;
mod signalen;
mod toelating;
mod verlengen;

pub use besluit::*;
pub use detail::*;
pub use import::*;
pub use intrekken::*;
pub use lijst::*;
pub use opschorten::*;
pub use registreer::*;
pub use signalen::*;
pub use verlengen::*;

use super::Page;
use crate::WebError;
use crate::format::datum;
use axum::response::{IntoResponse, Redirect};
use jiff::civil::Date;
use passend_store::Aanmelding;

pub struct Regel {
    a: Aanmelding,
    ontvangen: String,
    uiterlijk: String,
    dagen_over: i64,
    plaatsing: String,
    status: String,
    te_laat: bool,
    plaatsing_nu: bool,
}

fn regel(a: Aanmelding, today: Date) -> Regel {
    let dagen_over = today
        .until(a.termijnen.beslissen_uiterlijk)
        .map(|s| i64::from(s.get_days()))
        .unwrap_or(0);
    let status = match (&a.besluit, a.ingetrokken_op) {
        (Some(b), _) => format!("besloten: {b}"),
        (None, Some(d)) => format!("ingetrokken op {}", datum(d)),
        (None, None) => "open".into(),
    };
    Regel {
        ontvangen: datum(a.ontvangen),
        uiterlijk: datum(a.termijnen.beslissen_uiterlijk),
        plaatsing: a
            .termijnen
            .tijdelijke_plaatsing_vanaf
            .map(datum)
            .unwrap_or_else(|| "niet van toepassing (elders ingeschreven)".into()),
        te_laat: a.te_laat(today),
        plaatsing_nu: a.plaatsing_verplicht(today),
        dagen_over,
        status,
        a,
    }
}

fn nummer(id: &str) -> Result<i64, WebError> {
    id.parse().map_err(|_| WebError::NietGevonden)
}

fn terug(id: i64) -> Page {
    Ok(Redirect::to(&format!("/aanmeldingen/{id}")).into_response())
}

//! Aanmelding and zorgplicht in the application: registration, clocks, the extension, the
//! decision with its checks and letter, withdrawal, and who sees what.

use crate::support::demo_sqlite;
use crate::web::{account_in_role, csrf_of, get, post_form, sign_in};
use axum::http::StatusCode;
use passend_domain::Rol;

mod ontvanger;
mod profiel;
mod registratie;
mod schorsing;
mod verwijdering;

pub use registratie::AANMELDINGEN_KOP;

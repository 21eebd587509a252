//! Read-only lists that had only a page: the zorgplicht signals (tag `toezicht`), the audit
//! log (tag `beheer`) and an SWV's register of deskundigen. Who sees what is the store's
//! decision; these handlers only translate.

mod auditlog;
mod auditlog_params;
mod deskundigen;
mod signalen;

pub use auditlog::*;
pub use deskundigen::*;
pub use signalen::*;

use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    paths(signalen, auditlog, deskundigen),
    components(schemas(SignalenAntwoord, SignalenRij, AuditlogLijst, AuditlogRegel)),
    tags((name = "toezicht", description = "Signalen over de zorgplicht per samenwerkingsverband, voor inspectie en ministerie; alleen aantallen"),
         (name = "beheer", description = "Het auditlog, alleen voor de beheerder"))
)]
pub struct OverzichtApi;

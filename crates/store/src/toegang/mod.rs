//! Pupil data through the caller's scope. Every read of a pupil's data for a user goes
//! through here: the domain decides ([`Kijker`]), a refusal is reported as "not found",
//! and every dossier read is written to the audit log.

use crate::audit::Actie;
use crate::leerlingen::LeerlingRegel;
use crate::{LeerlingDossier, LeerlingId, Store, StoreError};
use jiff::civil::Date;
use passend_domain::toegang::Functie;
use passend_domain::{
    Handeling, Kijker, LeerlingContext, LeerlingFilter, SchoolContext, VestigingCode, Weigering,
};
use sqlx::Row;

/// Who is asking: the account and its active role with scope.
#[derive(Debug, Clone)]
pub struct Verzoeker {
    pub account_id: i64,
    pub kijker: Kijker,
}

mod beleid;
mod lezen;
mod postcode;
mod scope;
mod systeem;

pub(crate) use scope::*;

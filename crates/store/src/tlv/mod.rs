//! Toelaatbaarheidsverklaringen: the request by the board of the school where the child is
//! registered or enrolled goes to the SWV the law names (the domain decides which); the SWV
//! assigns two independent deskundigen, each writes an advice; the decision gets a gapless
//! beschikkingsnummer per SWV and year; bezwaar is tracked with its terms.

use crate::audit::{Actie, commit_audited};
use crate::kolom::{get_date, get_opt_date};
use crate::toegang::Verzoeker;
use crate::{LeerlingId, Store, StoreError, instant_text};
use jiff::civil::Date;
use passend_domain::regio::WoonSwv;
use passend_domain::richtlijnen::BezwaarTermijnen;
pub use passend_domain::tlv::TlvBesluit;
use passend_domain::tlv::{
    self, Advies, BezwaarKlok, Discipline, GegevenAdvies, Grond, Herkomst, TlvFeiten, TlvSoort,
    VorigeSchool, beslissend_swv, bezwaar_klok, toets_adviezen,
};
use passend_domain::toegang::{Bereik, Functie};
use passend_domain::{Handeling, SchoolContext, Schoolsoort, SwvCode, VestigingCode};
use sqlx::Row;
use sqlx::any::AnyRow;

mod aanvraag;
mod besluit;
mod bezwaar;
mod deskundigen;
mod externe;
mod lezen;
mod ontvanger;
mod rij;
mod voornemen;

pub use aanvraag::*;
pub(crate) use externe::*;
pub use ontvanger::TlvVoorToelating;
pub(crate) use rij::*;

/// A request as the requesting school fills it in.
#[derive(Debug, Clone)]
pub struct TlvAanvraag {
    pub soort: TlvSoort,
    /// The vestiging where the child is registered or enrolled, whose board asks.
    pub aanvragende_vestiging: VestigingCode,
    /// The sbo/(v)so school the TLV is for; required for sbo.
    pub ontvangende_vestiging: Option<VestigingCode>,
    pub toelichting: String,
}

#[derive(Debug, Clone)]
pub struct TlvAdvies {
    pub volgorde: i64,
    pub deskundige_id: i64,
    pub deskundige: String,
    pub discipline: String,
    pub datum: Option<Date>,
    pub advies: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Bezwaar {
    pub id: i64,
    pub ingediend_op: Date,
    pub gronden: String,
    pub verdaagd: bool,
    pub advies_datum: Option<Date>,
    pub advies: Option<String>,
    pub besluit_datum: Option<Date>,
    pub uitkomst: Option<String>,
    pub klok: Option<BezwaarKlok>,
}

#[derive(Debug, Clone)]
pub struct Tlv {
    pub id: i64,
    pub leerling_id: LeerlingId,
    pub naam: String,
    pub soort: String,
    pub aanvragende_vestiging: Option<String>,
    pub ontvangende_vestiging: Option<String>,
    pub swv_code: String,
    pub grond: String,
    pub grond_uitleg: String,
    pub aangevraagd_op: Date,
    pub toelichting: Option<String>,
    pub besluit: Option<String>,
    pub besluit_datum: Option<Date>,
    pub categorie: Option<String>,
    pub ingang: Option<Date>,
    pub einde: Option<Date>,
    pub beschikkingsnummer: Option<String>,
    pub reden: Option<String>,
    pub brief: Option<String>,
    /// Issued elsewhere and brought in (OSO dossier), not numbered here.
    pub extern_: bool,
    pub adviezen: Vec<TlvAdvies>,
    pub bezwaren: Vec<Bezwaar>,
}

impl Tlv {
    pub fn open(&self) -> bool {
        self.besluit.is_none()
    }

    /// Granted and ending within the next schooljaar.
    pub fn herbeoordeling(&self, today: Date) -> bool {
        self.besluit.as_deref() == Some("toegekend")
            && self
                .einde
                .is_some_and(|e| passend_domain::tlv::herbeoordeling_nodig(e, today))
    }
}

#[derive(Debug, Clone)]
pub struct Deskundige {
    pub id: i64,
    pub naam: String,
    pub discipline: String,
    pub verbonden_aan: String,
}

/// A deskundige's advice: slot 1 or 2, its date and text.
#[derive(Debug, Clone)]
pub struct NieuwAdvies {
    pub volgorde: i64,
    pub datum: Date,
    pub advies: String,
}

/// Changes to a bezwaar, each optional.
#[derive(Debug, Clone, Default)]
pub struct BezwaarStap {
    pub verdaagd: Option<bool>,
    pub advies_datum: Option<Date>,
    pub advies: Option<String>,
    pub besluit_datum: Option<Date>,
    pub uitkomst: Option<String>,
}

/// What the TLV rules need to know about a vestiging.
#[derive(Debug, Clone)]
pub(crate) struct School {
    pub code: String,
    pub naam: String,
    pub schoolsoort: Schoolsoort,
    pub swv_code: String,
    pub bevoegd_gezag: String,
}

impl School {
    /// The school as the access policy knows it.
    pub fn context(&self) -> passend_domain::SchoolContext {
        passend_domain::SchoolContext {
            vestiging: self.code.clone(),
            bestuur: self.bevoegd_gezag.clone(),
            swv: self.swv_code.clone(),
        }
    }
}

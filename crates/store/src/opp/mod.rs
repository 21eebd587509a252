//! The ontwikkelingsperspectief: drawn up by the school where the pupil is enrolled, after
//! op overeenstemming gericht overleg with the parents, who consent to the handelingsdeel.
//! Every change is a new version; old versions stay readable. Evaluations at least yearly.

use crate::audit::{Actie, commit_audited};
use crate::kolom::{get_date, get_opt_date};
use crate::toegang::Verzoeker;
use crate::{LeerlingId, StoreError, instant_text};
use jiff::civil::Date;
use passend_domain::Schoolsoort;
use passend_domain::ondersteuning::{Domein, Niveau};
use passend_domain::opp::{
    Evaluatie, Evaluatiemoment, Perspectief, Uitstroom, evaluatie, toets, uiterlijk, verplicht,
};
use passend_domain::toegang::{Bereik, Functie};
use sqlx::Row;

mod evaluatie;
mod instemming;
mod lezen;
mod signalen;
mod vaststelling;

pub use instemming::PapierenFormulier;
pub(crate) use instemming::zet_instemming;

/// One goal of the handelingsdeel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doel {
    pub doel: String,
    pub ondersteuning: String,
    pub wie: String,
    pub frequentie: String,
}

/// A new version as the school fills it in.
#[derive(Debug, Clone)]
pub struct NieuweOppVersie {
    pub uitstroom: Uitstroom,
    pub belemmerend: String,
    pub bevorderend: String,
    pub behoeften: Vec<(Domein, Niveau)>,
    pub doelen: Vec<Doel>,
    pub overleg_ouders: Option<Date>,
    pub overleg_verslag: String,
    pub instemming_ouders: Option<Date>,
    pub stem_kind: String,
}

#[derive(Debug, Clone)]
pub struct OppVersie {
    pub versie: i64,
    pub vastgesteld_op: Date,
    pub uitstroom: String,
    pub belemmerend: String,
    pub bevorderend: String,
    pub behoeften: Vec<(String, i64)>,
    pub doelen: Vec<Doel>,
    pub overleg_ouders: Date,
    pub overleg_verslag: Option<String>,
    pub instemming_ouders: Option<Date>,
    pub stem_kind: Option<String>,
}

#[derive(Debug, Clone)]
pub struct OppEvaluatie {
    pub datum: Date,
    pub met_ouders: bool,
    pub verslag: String,
}

impl OppEvaluatie {
    /// What the yearly rule looks at: the day, and whether the parents took part.
    pub fn moment(&self) -> Evaluatiemoment {
        Evaluatiemoment {
            datum: self.datum,
            met_ouders: self.met_ouders,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Opp {
    pub id: i64,
    pub leerling_id: LeerlingId,
    pub vestiging_code: String,
    /// Newest first.
    pub versies: Vec<OppVersie>,
    pub evaluaties: Vec<OppEvaluatie>,
    pub evaluatie: Evaluatie,
}

impl Opp {
    pub fn huidig(&self) -> Option<&OppVersie> {
        self.versies.first()
    }
}

/// A pupil at a school who must have an OPP and has none, past or before its due date.
#[derive(Debug, Clone)]
pub struct OppSignaal {
    pub leerling_id: LeerlingId,
    pub naam: String,
    pub vestiging_code: String,
    pub wat: String,
    pub datum: Date,
    pub te_laat: bool,
}

fn ongeldig(e: impl ToString) -> StoreError {
    StoreError::Ongeldig(e.to_string())
}

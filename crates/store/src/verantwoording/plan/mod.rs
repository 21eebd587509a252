//! The ondersteuningsplan: versions of at most four schooljaren with the required contents and
//! the plan's own targets, OOGO with every gemeente of the region, the ondersteuningsplanraad's
//! consent, vaststelling only when all of that is there, and the submission to the inspectie.

use super::{bereik, ongeldig};
use crate::audit::{Actie, commit_audited};
use crate::kolom::{get_date, get_opt_date};
use crate::toegang::Verzoeker;
use crate::{StoreError, instant_text};
use jiff::civil::Date;
use passend_domain::Schooljaar;
use passend_domain::toegang::Functie;
use passend_domain::verantwoording::{
    Inhoud, OogoUitkomst, Stemming, indienen_uiterlijk, ontbreekt_voor_vaststelling,
    tijdig_ingediend, toets_periode,
};
use sqlx::Row;
use sqlx::any::AnyRow;

mod doelen;
mod kengetallen;
mod lezen;
mod overleg;
mod regio;
mod vaststelling;
mod versies;

pub use kengetallen::*;

#[derive(Debug, Clone)]
pub struct NieuweStreefwaarde {
    pub doel: String,
    /// One of [`KENGETALLEN`].
    pub kengetal: String,
    /// `hoogstens` or `minstens`.
    pub richting: String,
    pub streefwaarde: i64,
    /// How the SWV measures it.
    pub meting: String,
}

#[derive(Debug, Clone)]
pub struct NieuwPlan {
    pub van: Schooljaar,
    pub tot: Schooljaar,
    pub basisondersteuning: String,
    pub extra_ondersteuning: String,
    pub middelen: String,
    pub tlv_procedure: String,
    pub ouders: String,
    pub doelen: String,
    /// WPO art. 18a lid 8 d: return or transfer of pupils from (v)so.
    pub terugplaatsing: String,
    /// Lid 8 g-j: how growth is established and each school's share in the transfers.
    pub overdrachten: String,
    pub streefwaarden: Vec<NieuweStreefwaarde>,
}

#[derive(Debug, Clone)]
pub struct Streefwaarde {
    pub doel: String,
    pub kengetal: String,
    pub kengetal_uitleg: String,
    pub richting: String,
    pub streefwaarde: i64,
    pub meting: String,
    /// The figure's value this schooljaar for the SWV, as the monitor counts it; hidden
    /// ("<10") from viewers outside the SWV's staff when small.
    pub huidig: passend_domain::monitor::Cel,
    /// `None` when the value is hidden and an answer could give the count away.
    pub behaald: Option<bool>,
    /// The monitor's figure this target follows (address of the page and section).
    pub monitor: String,
}

/// The OOGO with one gemeente of the region; `None` fields: not held yet.
#[derive(Debug, Clone)]
pub struct Oogo {
    pub gemeentecode: String,
    pub gemeente: String,
    pub datum: Option<Date>,
    pub uitkomst: Option<String>,
    pub verschillen: Option<String>,
}

/// The overleg with one overlapping SWV of the other sector; `None`: not held yet.
#[derive(Debug, Clone)]
pub struct OverlegSwv {
    pub swv_code: String,
    pub datum: Option<Date>,
    pub verslag: Option<String>,
}

#[derive(Debug, Clone)]
pub struct OprInstemming {
    pub datum: Date,
    pub voor: i64,
    pub tegen: i64,
    pub onthouding: i64,
    pub ingestemd: bool,
    pub voorwaarden: Option<String>,
}

/// One version in a list.
#[derive(Debug, Clone)]
pub struct PlanRegel {
    pub id: i64,
    pub swv_code: String,
    pub versie: i64,
    pub van: Schooljaar,
    pub tot: Schooljaar,
    pub vastgesteld_op: Option<Date>,
    pub ingediend_op: Option<Date>,
}

#[derive(Debug, Clone)]
pub struct PlanVersie {
    pub regel: PlanRegel,
    pub basisondersteuning: String,
    pub extra_ondersteuning: String,
    pub middelen: String,
    pub tlv_procedure: String,
    pub ouders: String,
    pub doelen: String,
    pub terugplaatsing: String,
    pub overdrachten: String,
    pub streefwaarden: Vec<Streefwaarde>,
    pub oogo: Vec<Oogo>,
    /// The overleg with each SWV of the other sector whose area overlaps (lid 9).
    pub overleg_swv: Vec<OverlegSwv>,
    pub instemming: Option<OprInstemming>,
    /// What still stands in the way of vaststelling; empty when it can be.
    pub ontbreekt: Vec<String>,
    /// Last day to send it to the inspectie.
    pub indienen_uiterlijk: Date,
    /// Sent on time; `None` while not sent.
    pub tijdig: Option<bool>,
}

fn schooljaar(r: &AnyRow, col: &str) -> Result<Schooljaar, StoreError> {
    let jaar: i64 = r.try_get(col)?;
    Ok(Schooljaar::starting_in(i16::try_from(jaar).map_err(
        |_| ongeldig("ongeldig schooljaar in de database"),
    )?))
}

fn regel(r: &AnyRow) -> Result<PlanRegel, StoreError> {
    Ok(PlanRegel {
        id: r.try_get("id")?,
        swv_code: r.try_get("swv_code")?,
        versie: r.try_get("versie")?,
        van: schooljaar(r, "van_schooljaar")?,
        tot: schooljaar(r, "tot_schooljaar")?,
        vastgesteld_op: get_opt_date(r, "vastgesteld_op")?,
        ingediend_op: get_opt_date(r, "ingediend_op")?,
    })
}

fn eigen_swv(wie: &Verzoeker) -> Result<String, StoreError> {
    match wie.kijker.schrijft_voor_swv(&Functie::PlanSchrijven) {
        Some(s) => Ok(s),
        None => Err(ongeldig(
            "alleen medewerkers van het samenwerkingsverband leggen het ondersteuningsplan vast",
        )),
    }
}

const PLAN_COLUMNS: &str = "id, swv_code, versie, van_schooljaar, tot_schooljaar, basisondersteuning, extra_ondersteuning, \
     middelen, tlv_procedure, ouders, doelen, terugplaatsing, overdrachten, vastgesteld_op, ingediend_op";

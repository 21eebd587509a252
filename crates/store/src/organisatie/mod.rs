//! Besturen, scholen and vestigingen; the samenwerkingsverbanden with their regions.

use crate::StoreError;
use crate::error::on_unique;
use jiff::civil::Date;
use passend_domain::monitor::{Cel, Kruistabel, bescherm};
use passend_domain::{Brin, Postcode, RegioIndeling, Schoolsoort, SwvCode, VestigingCode};
use sqlx::Row;
use sqlx::any::AnyRow;
use std::collections::{BTreeMap, HashMap};

mod aanmaken;
mod import;
mod lezen;

pub use import::OrganisatieUitkomst;

/// A new vestiging. The SWV follows from the postcode unless `swv` sets it (a school can
/// belong to a landelijk SWV or, by agreement, to another one).
#[derive(Debug, Clone)]
pub struct NewVestiging {
    pub code: VestigingCode,
    pub naam: String,
    pub schoolsoort: Schoolsoort,
    pub postcode: Postcode,
    pub plaats: String,
    pub swv: Option<SwvCode>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SwvRegel {
    pub code: String,
    pub sector: String,
    pub gemeenten: i64,
    pub postcodes: i64,
    pub vestigingen: i64,
}

#[derive(Debug, Clone)]
pub struct SwvDetail {
    pub code: String,
    pub sector: String,
    /// (gemeentecode, naam, number of its postcodes in this SWV, total postcodes of it):
    /// a gemeente split over two SWVs shows fewer postcodes here than in total.
    pub gemeenten: Vec<(String, String, i64, i64)>,
    pub postcodes: Vec<i64>,
    pub vestigingen: Vec<VestigingRegel>,
    /// Pupils living in the region (woon-SWV), and pupils enrolled at its vestigingen; both
    /// small-cell protected like the vestigingen's counts.
    pub woonachtig: Cel,
    pub ingeschreven: Cel,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VestigingRegel {
    pub code: String,
    pub naam: String,
    pub schoolsoort: String,
    pub plaats: String,
    pub swv_code: String,
    pub bestuur: String,
    /// Pupils enrolled today. The register is public, so the count is small-cell protected
    /// per SWV (its schools add up to its total): "<10", and "×" where a small count could
    /// otherwise be computed back from the SWV's total.
    pub leerlingen: Cel,
}

impl VestigingRegel {
    /// The count as shown, with the threshold in force.
    pub fn leerlingen_label(&self) -> String {
        self.leerlingen.label(crate::monitor::drempel())
    }
}

#[derive(Debug, Clone)]
pub struct VestigingDetail {
    pub vestiging: VestigingRegel,
    pub brin: String,
    pub postcode: String,
    pub swv_handmatig: bool,
}

/// Counts for the start page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overzicht {
    pub swvs: i64,
    pub gemeenten: i64,
    pub besturen: i64,
    pub vestigingen: i64,
    pub leerlingen: i64,
    pub ouders: i64,
}

pub(crate) fn non_empty<'a>(value: &'a str, what: &str) -> Result<&'a str, StoreError> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        Err(StoreError::Ongeldig(format!("de {what} ontbreekt")))
    } else {
        Ok(trimmed)
    }
}

//! The leerplicht's own work: residents of its gemeente only. Vrijstellingen with their
//! checks, the residents list against the enrolments (absoluut verzuim, which opens a
//! thuiszitter case), and the yearly counts for the art. 25 report.

use crate::audit::{Actie, append};
use crate::thuiszitters::{insert_zaak, open_zaak_van};
use crate::toegang::Verzoeker;
use crate::{LeerlingId, StoreError, instant_text};
use jiff::civil::Date;
use passend_domain::leerplicht::plicht_op;
use passend_domain::thuiszitters::{Soort, verantwoordelijk_swv};
use passend_domain::toegang::Functie;
use passend_domain::vrijstelling::{
    Grond, Verklaring, Verzoek, VrijstellingError, advies_nodig, beslis, kennisgeving_voor,
    toets_adviesvraag,
};
use passend_domain::{
    Bsn, Naam, Onderwijsnummer, Postcode, RegioIndeling, Schooljaar, SwvCode, leeftijd_op,
};
use sqlx::Row;

mod advies;
mod ingezetenen;
mod jaartelling;
mod voornemen;
mod vrijstellingen;

pub use advies::*;
pub use ingezetenen::*;
pub use jaartelling::*;

/// A vrijstelling as the leerplicht and the parents see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vrijstelling {
    pub id: i64,
    pub leerling_id: LeerlingId,
    pub naam: String,
    pub grond: Grond,
    pub van: Date,
    pub tot: Option<Date>,
    pub status: String,
    pub kennisgeving_voor: Option<Date>,
    pub documenten: Vec<(String, String, String)>,
    /// The SWV's advice (5 onder a): asked of, and given by, the SWV itself.
    pub advies: Option<SwvAdvies>,
}

/// A new request for a vrijstelling, with what the checks need.
#[derive(Debug, Clone)]
pub struct NieuweVrijstelling {
    pub leerling: LeerlingId,
    pub grond: Grond,
    pub van: Date,
    pub tot: Option<Date>,
    pub verklaring: Option<Verklaring>,
    /// For 5 onder a: the date by which the SWV is asked to advise (the leerplicht's term).
    pub swv_advies_uiterlijk: Option<Date>,
    /// (soort, datum, omschrijving) of each document handed in.
    pub documenten: Vec<(String, Date, String)>,
}

/// A resident's person number: a BSN, or an onderwijsnummer when there is none.
#[derive(Debug, Clone)]
pub enum Persoonsnummer {
    Bsn(Bsn),
    Onderwijsnummer(Onderwijsnummer),
}

impl Persoonsnummer {
    /// The two checks exclude each other, so one column can hold either.
    pub fn parse(text: &str) -> Result<Self, passend_domain::PersoonsnummerError> {
        match Bsn::parse(text) {
            Ok(bsn) => Ok(Self::Bsn(bsn)),
            Err(bsn_error) => Onderwijsnummer::parse(text)
                .map(Self::Onderwijsnummer)
                .map_err(|_| bsn_error),
        }
    }

    /// The column and value to look the pupil up by (never logged).
    pub(crate) fn kolom_en_waarde(&self) -> (&'static str, String) {
        (self.column(), self.value())
    }

    fn column(&self) -> &'static str {
        match self {
            Self::Bsn(_) => "bsn",
            Self::Onderwijsnummer(_) => "onderwijsnummer",
        }
    }

    fn value(&self) -> String {
        match self {
            Self::Bsn(b) => b.expose(),
            Self::Onderwijsnummer(o) => o.expose(),
        }
    }
}

fn gemeente_van(wie: &Verzoeker) -> Result<&str, StoreError> {
    wie.kijker
        .scope_voor(&Functie::Leerplichtoverzicht)
        .ok_or(StoreError::NietGevonden {
            wat: "gemeente",
            sleutel: String::new(),
        })
}

fn opt_date(s: Option<String>) -> Result<Option<Date>, StoreError> {
    s.map(|d| {
        d.parse::<Date>()
            .map_err(|_| StoreError::Ongeldig(format!("ongeldige datum {d}")))
    })
    .transpose()
}

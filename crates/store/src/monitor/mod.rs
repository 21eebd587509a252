//! Regional and national monitor figures (issue 8): per SWV and nationally, per schooljaar,
//! every figure with its definition and its peildatum or period, protected against small
//! cells wherever it leaves the SWV's own scope; and the pseudonymous research extract.
//!
//! Who sees what is decided here, not in the web layer:
//! - swv: its own SWV, unprotected (its staff already see the pupils behind the figures);
//! - opr: its own SWV, protected (the OPR never sees a single child);
//! - inspectie, ministerie: every SWV and the national totals, protected;
//! - everyone else: no monitor ("not found").

mod extract;

pub use extract::{ExtractRegel, pseudoniem};

use crate::StoreError;
use crate::kolom::date;
use crate::toegang::Verzoeker;
use jiff::civil::Date;
use passend_domain::monitor::{Beschermd, Cel, Kruistabel, bescherm, onbeschermd};
use passend_domain::toegang::Functie;
use passend_domain::vrijstelling::Grond;
use passend_domain::zorgplicht::termijnen::{Opschorting, Verlenging, termijnen};
use passend_domain::{Schooljaar, Schoolsoort, SwvCode};
use rust_decimal::Decimal;
use sqlx::Row;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicU64, Ordering};

/// The first schooljaar the trend charts go back to.
pub const EERSTE_JAAR: i16 = 2018;

/// The small-cell threshold: counts from 1 below it are hidden outside the SWV's own scope.
/// A server setting (`--monitor-drempel`), set once at start; 10 unless told otherwise.
static DREMPEL: AtomicU64 = AtomicU64::new(passend_domain::monitor::STANDAARD_DREMPEL);

pub fn drempel() -> u64 {
    DREMPEL.load(Ordering::Relaxed)
}

pub fn zet_drempel(n: u64) {
    DREMPEL.store(n, Ordering::Relaxed);
}

/// One count as a viewer outside the scope may see it: itself, or "<10" from 1 below the
/// threshold. For single figures that no total accompanies (a target's current value).
pub fn enkel_getal(n: u64, beschermd: bool) -> Cel {
    if beschermd && n > 0 && n < drempel() {
        Cel::Klein
    } else {
        Cel::Getoond(n)
    }
}

/// The columns of the thuiszitters figure: (kind of verzuim, label).
const THUISZITTER_KOLOMMEN: [(&str, &str); 2] = [
    ("langdurig_relatief_verzuim", "langdurig relatief verzuim"),
    ("absoluut_verzuim", "absoluut verzuim"),
];

/// The columns of the disputes figure: (kind, label).
const GESCHIL_KOLOMMEN: [(&str, &str); 5] = [
    ("toelating", "toelating"),
    ("verwijdering", "verwijdering"),
    ("opp", "OPP"),
    ("onderwijsconsulent", "onderwijsconsulent"),
    ("tlv-bezwaar", "bezwaar TLV"),
];

mod bereik;
mod geld;
mod indicatoren;
mod overzichten;
mod periode;
mod samenstellen;
mod tabel;
mod tellen;

pub use bereik::*;
pub use periode::*;
pub use tabel::*;
use tellen::*;

/// One figure: a table of SWVs by categories, with its definition and date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indicator {
    pub sleutel: &'static str,
    pub titel: &'static str,
    /// What is counted, in Dutch.
    pub definitie: String,
    /// The peildatum or the period, in Dutch (nl-NL dates).
    pub peildatum: String,
    pub tabel: Beschermd,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Monitor {
    pub schooljaar: Schooljaar,
    pub bereik: Bereik,
    pub drempel: u64,
    /// The SWV the view is narrowed to, if any.
    pub swv: Option<String>,
    pub indicatoren: Vec<Indicator>,
    /// Share of pupils in sbo, so and vso (per mille) per schooljaar for the viewer's
    /// scope (national, or the SWV), `None` where a part of it is hidden.
    pub trend_speciaal: Vec<(Schooljaar, Option<u64>)>,
    /// Thuiszitters longer than three months per schooljaar for the viewer's scope (the
    /// SWV's row total, or the national total), `None` where hidden; the same tables, so the
    /// same cells hidden, as the figure of each schooljaar.
    pub trend_thuiszitters: Vec<(Schooljaar, Option<u64>)>,
    /// The trajectory of the SWV in view: per schooljaar its adopted ondersteuningsplan
    /// covers, the plan's target on that figure (richting, value). Empty nationally and
    /// where no adopted plan sets one.
    pub traject_thuiszitters: Vec<(Schooljaar, String, u64)>,
    /// Budget, spending and reserve per SWV in scope (from the money area), and the sum
    /// over them as the last row (`swv` "landelijk") in the national view. Amounts, not
    /// counts of people: not subject to the small-cell rule.
    pub geld: Vec<GeldRegel>,
}

/// The money figures of one SWV for the monitor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeldRegel {
    pub swv: String,
    pub budget: Option<Decimal>,
    /// The boekjaar of baten, lasten and reserve.
    pub boekjaar: Option<i16>,
    pub baten: Option<Decimal>,
    pub lasten: Option<Decimal>,
    pub reserve: Option<Decimal>,
    pub signaleringswaarde_overschreden: Option<bool>,
}

/// What the money figures mean and when they were taken.
pub const GELD_DEFINITIE: &str = "Budget: het netto budget voor ondersteuning van het samenwerkingsverband, berekend met de regelset van het schooljaar (leeg als die er niet is). Baten, lasten en reserve: zoals vastgelegd in de jaarcijfers van het laatste boekjaar tot en met het jaar waarin het schooljaar begint (een jaarverslag is er pas na afloop van het jaar); het boekjaar staat erbij. Signaleringswaarde: of de reserve boven de signaleringswaarde van de inspectie ligt.";

const SOORTEN: [&str; 6] = ["bao", "sbo", "so", "vso", "vo", "pro"];

fn soort_label(s: &str) -> String {
    Schoolsoort::parse(s)
        .map(|s| s.to_string())
        .unwrap_or_else(|_| s.to_string())
}

/// Counts per (SWV, column key).
type Tellingen = BTreeMap<(String, String), u64>;

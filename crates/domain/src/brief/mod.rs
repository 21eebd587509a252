//! A letter about a decision, as a structure: sender and addressee with their address, the
//! date, the decision, its reasons, the objection or dispute clause the law gives, the
//! copies that go with it (a TLV's two advices) and a rectification when the decision was
//! corrected. The web renders the same structure twice: HTML to print and PDF.

mod briefhoofd;
mod datum;
mod soort;

pub use briefhoofd::{Briefhoofd, BriefhoofdFout, naam as swv_naam};
pub use datum::datum_voluit;
pub use soort::Briefsoort;

use jiff::civil::Date;

/// A sender or addressee: a name and the lines of the address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adres {
    pub naam: String,
    pub regels: Vec<String>,
}

/// A copy that goes with the letter (for a TLV: each deskundige's advice).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bijlage {
    pub titel: String,
    pub tekst: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Brief {
    pub soort: Briefsoort,
    pub afzender: Adres,
    pub geadresseerde: Adres,
    pub datum: Date,
    pub kenmerk: Option<String>,
    /// The decision, in one or more paragraphs.
    pub besluit: Vec<String>,
    pub redenen: Vec<String>,
    pub bijlagen: Vec<Bijlage>,
    /// A recorded correction of an earlier decision: what it corrects and why.
    pub rectificatie: Option<String>,
}

impl Brief {
    /// A letter of this kind, without reasons, copies or rectification yet.
    pub fn nieuw(soort: Briefsoort, afzender: Adres, geadresseerde: Adres, datum: Date) -> Self {
        Brief {
            soort,
            afzender,
            geadresseerde,
            datum,
            kenmerk: None,
            besluit: Vec::new(),
            redenen: Vec::new(),
            bijlagen: Vec::new(),
            rectificatie: None,
        }
    }

    pub fn onderwerp(&self) -> &'static str {
        self.soort.onderwerp()
    }

    /// The objection or dispute clause the law gives for this kind, or `None` where it gives
    /// none that holds for every sender.
    pub fn clausule(&self) -> Option<&'static str> {
        self.soort.clausule()
    }

    pub fn datum_voluit(&self) -> String {
        datum_voluit(self.datum)
    }
}

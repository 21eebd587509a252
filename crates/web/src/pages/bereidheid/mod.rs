//! The other school's willingness (WPO art. 40 lid 4): the school of aanmelding asks a
//! vestiging from the register (`vragen`), and that school reads the request and answers it
//! itself (`antwoord`). The store asks the one policy; these pages only show.

mod antwoord;
mod vragen;

pub use antwoord::*;
pub use vragen::*;

use crate::format::datum;
use passend_store::Bereidheid;

/// A request as a table row shows it.
pub struct Rij {
    pub b: Bereidheid,
    pub gevraagd_op: String,
    pub uiterlijk: String,
    pub antwoord: String,
}

fn rij(b: Bereidheid) -> Rij {
    let antwoord = match b.vraag.antwoord {
        Some(a) if a.bereid => format!("bereid ({})", datum(a.datum)),
        Some(a) => format!("niet bereid ({})", datum(a.datum)),
        None => "nog geen antwoord".into(),
    };
    Rij {
        gevraagd_op: datum(b.vraag.gevraagd_op),
        uiterlijk: datum(b.vraag.uiterlijk),
        antwoord,
        b,
    }
}

/// The field a refusal is about, and the message.
type Fout = Option<(&'static str, String)>;

fn fout_bij<'a>(fout: &'a Fout, veld: &str) -> Option<&'a str> {
    fout.as_ref()
        .filter(|(v, _)| *v == veld)
        .map(|(_, m)| m.as_str())
}

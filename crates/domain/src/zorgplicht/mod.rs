//! Aanmelding and zorgplicht: the clocks that run from the written registration, the school
//! that holds the zorgplicht, which decisions may be taken, and schorsing and verwijdering.
//! PO: WPO art. 40 and 40c; VO: WVO art. 27 and Inrichtingsbesluit WVO art. 13/14;
//! (v)so: WEC art. 40. RULES §1 and §5.1–5.2.

pub mod behoefte;
pub mod bereidheid;
pub mod besluit;
pub mod besluitbrief;
pub mod brief;
pub mod houder;
pub mod maatregel;
pub mod maatregelbrief;
pub mod melding;
pub mod schorsing;
pub mod termijnen;
pub mod verwijdering;

pub use behoefte::behoefte_na_toelating;
pub use bereidheid::{Antwoord, Bereidheidsvraag, bereid_op, toets_antwoord, toets_vraag};
pub use besluit::{
    AanmeldingFeiten, AanmeldingUitkomst, Besluit, BesluitError, Uitzondering, beslis,
    toets_besluit,
};
pub use brief::brief;
pub use houder::{Registratie, zorgplicht_bij};
pub use maatregel::{
    Inschrijving, MaatregelError, SchorsingFeiten, Schorsingsbesluit, VerwijderingFeiten,
    beslis_schorsing, beslis_verwijdering,
};
pub use schorsing::{SchorsingError, toets_schorsing};
pub use termijnen::{
    Opschorting, TermijnError, Termijnen, Verlenging, mogelijk_ontweken, termijnen,
};
pub use verwijdering::{Verwijdering, VerwijderingError, Wet, toets_verwijdering};

//! Which school holds the zorgplicht among a child's registrations (RULES §1.2): the school
//! of the parents' first preference among the registrations they made at the same time;
//! without one, the most recent. A decision does not move it: the school that admitted its
//! child fulfilled the zorgplicht there (WPO art. 40 lid 4, WVO art. 27 lid 2c, WEC art. 40
//! lid 5); a withdrawn registration holds none.

use jiff::civil::Date;

/// One registration of the child, as far as the zorgplicht goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registratie<S> {
    pub school: S,
    pub ontvangen: Date,
    pub eerste_voorkeur: bool,
    /// The day of the decision, if there is one.
    pub besloten: Option<Date>,
    pub ingetrokken: Option<Date>,
}

impl<S> Registratie<S> {
    /// The last day it ran: decided, withdrawn, or still open.
    fn einde(&self) -> Option<Date> {
        match (self.besloten, self.ingetrokken) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Both ran at some day together: registrations of the same round.
    fn tegelijk(&self, ander: &Self) -> bool {
        self.einde().is_none_or(|e| ander.ontvangen <= e)
            && ander.einde().is_none_or(|e| self.ontvangen <= e)
    }
}

/// The school holding the zorgplicht for the registration `deze`, among `alle` the child's
/// registrations (`deze` included).
pub fn zorgplicht_bij<S: Clone>(deze: &Registratie<S>, alle: &[Registratie<S>]) -> Option<S> {
    let ronde: Vec<&Registratie<S>> = alle
        .iter()
        .filter(|r| r.ingetrokken.is_none() && r.tegelijk(deze))
        .collect();
    ronde
        .iter()
        .find(|r| r.eerste_voorkeur)
        .or_else(|| ronde.iter().max_by_key(|r| r.ontvangen))
        .map(|r| r.school.clone())
}

#[cfg(test)]
#[path = "houder_tests.rs"]
mod tests;

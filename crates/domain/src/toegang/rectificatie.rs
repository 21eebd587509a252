//! Who may rectify a decision: only the party that took it, within its own scope. A
//! rectification corrects an obvious mistake (a slip of the pen, a wrong date) and is
//! recorded beside the decision; the decision itself is never edited. This is passend's
//! procedure, not a rule of law: a change of substance is a new decision, with its own
//! objection clause.

use super::{Functie, Kijker};
use crate::brief::Briefsoort;

impl Briefsoort {
    /// The function of the party that takes this kind of decision; `None` for the receipt,
    /// which is not a decision.
    pub fn beslisser(self) -> Option<Functie> {
        Some(match self {
            Self::Ontvangstbevestiging => return None,
            // The school's bevoegd gezag decides (WPO art. 40, 40c; WVO art. 27).
            Self::Aanmeldingsbesluit | Self::Schorsing | Self::Verwijdering => Functie::MijnSchool,
            Self::Tlv => Functie::TlvBeslissen,
            Self::Arrangement => Functie::ArrangementToekennen,
            Self::Escalatie => Functie::Doorzetten,
            // B&W decide on a vrijstelling (Lpw art. 5, 11, 15).
            Self::Vrijstelling => Functie::Leerplichtoverzicht,
        })
    }
}

impl Kijker {
    /// May this user rectify a decision of this kind taken by `eigenaar` (the vestiging,
    /// SWV or gemeente whose decision it is)?
    pub fn mag_rectificeren(&self, soort: Briefsoort, eigenaar: &str) -> bool {
        soort
            .beslisser()
            .and_then(|f| self.scope_voor(&f))
            .is_some_and(|scope| scope == eigenaar)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rol::Rol;

    fn kijker(rol: Rol, scope: &str) -> Kijker {
        Kijker {
            rol,
            scope: Some(scope.into()),
        }
    }

    #[test]
    fn only_the_deciding_party_in_its_own_scope_rectifies() {
        let swv = kijker(Rol::Swv, "PO2605");
        assert!(swv.mag_rectificeren(Briefsoort::Tlv, "PO2605"));
        assert!(!swv.mag_rectificeren(Briefsoort::Tlv, "VO2605"));
        assert!(!swv.mag_rectificeren(Briefsoort::Aanmeldingsbesluit, "PO2605"));
        let school = kijker(Rol::School, "90AA00");
        assert!(school.mag_rectificeren(Briefsoort::Schorsing, "90AA00"));
        assert!(!school.mag_rectificeren(Briefsoort::Schorsing, "90AB00"));
        assert!(!school.mag_rectificeren(Briefsoort::Ontvangstbevestiging, "90AA00"));
        let lp = kijker(Rol::Leerplicht, "0356");
        assert!(lp.mag_rectificeren(Briefsoort::Vrijstelling, "0356"));
        assert!(!kijker(Rol::Ouder, "1").mag_rectificeren(Briefsoort::Tlv, "1"));
    }
}

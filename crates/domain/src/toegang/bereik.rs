//! The third part of the one policy: which *records of an area* a function reaches for the
//! user (the own vestiging's, the own SWV's, all of them). The store turns the answer into
//! a filter; it never looks at the role itself.

use super::{Functie, Kijker, SchoolContext};
use crate::rol::Rol;

/// The organisation whose records a function reaches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Bereik {
    /// The own vestiging (school staff).
    Vestiging(String),
    /// The vestigingen of the own bevoegd gezag (bestuur).
    Bestuur(String),
    /// The own SWV, as its staff.
    Swv(String),
    /// The own SWV, as its ondersteuningsplanraad: read-only, figures protected.
    Opr(String),
    /// The own gemeente (leerplicht).
    Gemeente(String),
    /// The own children (ouder id).
    Ouder(String),
    /// The TLVs the deskundige (register id) was asked to advise on.
    Deskundige(String),
    /// Every SWV: national supervision (inspectie, ministerie).
    Landelijk,
}

impl Kijker {
    /// The application itself (its clocks and command-line imports): acts with the
    /// beheerder's functions and never reads a single child.
    pub fn systeem() -> Kijker {
        Kijker {
            rol: Rol::Beheerder,
            scope: None,
        }
    }

    /// The records function `f` reaches for this user; `None` when the function is not
    /// there for the user ([`Kijker::mag_functie`]) or the user has no scope. The beheerder
    /// keeps the application (users, rule sets), not an organisation's records: no reach.
    pub fn bereik(&self, f: &Functie) -> Option<Bereik> {
        if !self.mag_functie(f) || self.rol == Rol::Beheerder {
            return None;
        }
        if matches!(self.rol, Rol::Inspectie | Rol::Ministerie) {
            return Some(Bereik::Landelijk);
        }
        let s = self.scope.clone()?;
        Some(match self.rol {
            Rol::School => Bereik::Vestiging(s),
            Rol::Bestuur => Bereik::Bestuur(s),
            Rol::Swv => Bereik::Swv(s),
            Rol::Opr => Bereik::Opr(s),
            Rol::Leerplicht => Bereik::Gemeente(s),
            Rol::Ouder => Bereik::Ouder(s),
            Rol::Deskundige => Bereik::Deskundige(s),
            Rol::Inspectie | Rol::Ministerie | Rol::Beheerder | Rol::EigenBeheerder => return None,
        })
    }

    /// Does function `f` reach this school (as its staff, its bestuur, its SWV, its OPR, or
    /// nationally)?
    pub fn bereikt_school(&self, f: &Functie, school: &SchoolContext) -> bool {
        self.bereik(f).is_some_and(|b| b.omvat_school(school))
    }

    /// Does function `f` reach this SWV's records?
    pub fn bereikt_swv(&self, f: &Functie, swv: &str) -> bool {
        self.bereik(f).is_some_and(|b| b.omvat_swv(swv))
    }

    /// The SWV whose records `f` lets this user *change*: its own, as SWV staff. The OPR
    /// and national supervision read only (WMS art. 4a; WPO art. 18a).
    pub fn schrijft_voor_swv(&self, f: &Functie) -> Option<String> {
        match self.bereik(f)? {
            Bereik::Swv(s) => Some(s),
            _ => None,
        }
    }

    /// The vestiging whose records `f` lets this user change: its own, as school staff.
    pub fn schrijft_voor_vestiging(&self, f: &Functie) -> Option<String> {
        match self.bereik(f)? {
            Bereik::Vestiging(v) => Some(v),
            _ => None,
        }
    }
}

impl Bereik {
    /// Whether this reach covers the school.
    pub fn omvat_school(&self, school: &SchoolContext) -> bool {
        match self {
            Bereik::Vestiging(v) => v == &school.vestiging,
            Bereik::Bestuur(b) => b == &school.bestuur,
            Bereik::Swv(s) | Bereik::Opr(s) => s == &school.swv,
            Bereik::Landelijk => true,
            Bereik::Gemeente(_) | Bereik::Ouder(_) | Bereik::Deskundige(_) => false,
        }
    }

    /// Whether this reach covers an SWV's aggregate records.
    pub fn omvat_swv(&self, swv: &str) -> bool {
        match self {
            Bereik::Swv(s) | Bereik::Opr(s) => s == swv,
            Bereik::Landelijk => true,
            _ => false,
        }
    }

    /// Whether figures shown in this reach leave the organisation they are about, and so
    /// get small-cell protection: everyone but the SWV's, bestuur's or school's own staff.
    pub fn beschermd(&self) -> bool {
        !matches!(
            self,
            Bereik::Swv(_) | Bereik::Vestiging(_) | Bereik::Bestuur(_)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(rol: Rol, scope: &str) -> Kijker {
        Kijker {
            rol,
            scope: Some(scope.into()),
        }
    }

    #[test]
    fn no_reach_without_the_function() {
        assert_eq!(k(Rol::Ouder, "o1").bereik(&Functie::Monitor), None);
        assert_eq!(
            k(Rol::School, "01AB00").bereik(&Functie::TlvBeslissen),
            None
        );
        assert_eq!(Kijker::systeem().bereik(&Functie::Geld), None);
    }

    #[test]
    fn reach_follows_scope() {
        let school = SchoolContext {
            vestiging: "01AB00".into(),
            bestuur: "41000".into(),
            swv: "PO2001".into(),
        };
        assert!(k(Rol::Opr, "PO2001").bereikt_school(&Functie::UitstroomVergelijken, &school));
        assert!(!k(Rol::Opr, "PO2002").bereikt_school(&Functie::UitstroomVergelijken, &school));
        assert!(k(Rol::Bestuur, "41000").bereikt_school(&Functie::UitstroomVergelijken, &school));
        assert_eq!(
            k(Rol::Opr, "PO2001").schrijft_voor_swv(&Functie::MijnSwv),
            None
        );
        assert_eq!(
            k(Rol::Swv, "PO2001").schrijft_voor_swv(&Functie::MijnSwv),
            Some("PO2001".into())
        );
        assert!(Bereik::Opr("PO2001".into()).beschermd());
        assert!(!Bereik::Swv("PO2001".into()).beschermd());
    }
}

//! The roles of the stelsel and what scope each is bound to (DESIGN.md, "Who uses it").
//! What a role may see is decided below the web layer from the role and its scope.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "'{0}' is geen rol: kies uit school, bestuur, swv, deskundige, leerplicht, ouder, opr, inspectie, ministerie, beheerder, eigen-beheerder"
)]
pub struct RolError(pub String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rol {
    /// Intern begeleider, zorgcoördinator or directeur; scope: a vestiging.
    School,
    /// Schoolbestuur; scope: a bestuur.
    Bestuur,
    /// SWV staff, loket, commissie; scope: an SWV.
    Swv,
    /// Orthopedagoog/psycholoog or second expert advising on a TLV; scope: assigned cases.
    Deskundige,
    /// Leerplichtambtenaar; scope: a gemeente.
    Leerplicht,
    /// Ouder or verzorger; scope: their own children.
    Ouder,
    /// Member of an ondersteuningsplanraad; scope: an SWV, aggregates only.
    Opr,
    /// Inspectie van het Onderwijs; aggregates only.
    Inspectie,
    /// Ministerie van OCW; aggregates only.
    Ministerie,
    /// Application administrator.
    Beheerder,
    /// "Eigen beheerder" of one organisation: invites and deactivates the accounts of its
    /// own SWV, bestuur or vestiging; scope: that SWV code, bevoegd-gezagnummer or
    /// vestiging code. Sees no child.
    EigenBeheerder,
}

impl Rol {
    pub const ALL: [Rol; 11] = [
        Rol::School,
        Rol::Bestuur,
        Rol::Swv,
        Rol::Deskundige,
        Rol::Leerplicht,
        Rol::Ouder,
        Rol::Opr,
        Rol::Inspectie,
        Rol::Ministerie,
        Rol::Beheerder,
        Rol::EigenBeheerder,
    ];

    pub fn parse(input: &str) -> Result<Self, RolError> {
        Self::ALL
            .into_iter()
            .find(|r| r.as_str() == input.trim())
            .ok_or_else(|| RolError(input.to_string()))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Rol::School => "school",
            Rol::Bestuur => "bestuur",
            Rol::Swv => "swv",
            Rol::Deskundige => "deskundige",
            Rol::Leerplicht => "leerplicht",
            Rol::Ouder => "ouder",
            Rol::Opr => "opr",
            Rol::Inspectie => "inspectie",
            Rol::Ministerie => "ministerie",
            Rol::Beheerder => "beheerder",
            Rol::EigenBeheerder => "eigen-beheerder",
        }
    }

    /// How the role is named in the UI.
    pub fn omschrijving(self) -> &'static str {
        match self {
            Rol::School => "school (intern begeleider)",
            Rol::Bestuur => "schoolbestuur",
            Rol::Swv => "samenwerkingsverband",
            Rol::Deskundige => "deskundige",
            Rol::Leerplicht => "leerplichtambtenaar",
            Rol::Ouder => "ouder of verzorger",
            Rol::Opr => "ondersteuningsplanraad",
            Rol::Inspectie => "inspectie",
            Rol::Ministerie => "ministerie",
            Rol::Beheerder => "beheerder",
            Rol::EigenBeheerder => "eigen beheerder",
        }
    }

    /// Roles that never see a single child, only aggregates.
    pub fn alleen_totalen(self) -> bool {
        matches!(self, Rol::Opr | Rol::Inspectie | Rol::Ministerie)
    }

    /// Whether the beheerder can require a second factor for the role: staff roles can;
    /// parents never need one (they will sign in through DigiD).
    pub fn tweede_factor_te_vereisen(self) -> bool {
        self != Rol::Ouder
    }

    /// Whether the role must be bound to a scope (a vestiging, bestuur, SWV, gemeente, ouder, or
    /// for a deskundige the id in an SWV's register).
    pub fn vraagt_scope(self) -> bool {
        matches!(
            self,
            Rol::School
                | Rol::Bestuur
                | Rol::Swv
                | Rol::Leerplicht
                | Rol::Ouder
                | Rol::Opr
                | Rol::Deskundige
                | Rol::EigenBeheerder
        )
    }
}

impl fmt::Display for Rol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip() {
        for r in Rol::ALL {
            assert_eq!(Rol::parse(r.as_str()).unwrap(), r);
        }
        assert!(Rol::parse("admin").is_err());
        assert!(Rol::Inspectie.alleen_totalen() && !Rol::Swv.alleen_totalen());
        assert!(Rol::Ouder.vraagt_scope() && !Rol::Beheerder.vraagt_scope());
        assert!(!Rol::Ouder.tweede_factor_te_vereisen() && Rol::School.tweede_factor_te_vereisen());
    }
}

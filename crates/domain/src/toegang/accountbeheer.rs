//! The fourth part of the one policy: who may hand out which role. The region's beheerder
//! gives every role; an organisation's "eigen beheerder" gives the roles of its own
//! organisation only, so an SWV, a bestuur or a school keeps its own staff's accounts
//! without the region's beheerder, and never reaches another organisation or a child.

use super::{Kijker, SchoolContext};
use crate::rol::Rol;

/// What a role's scope is, with the organisations it belongs to: the facts the policy
/// needs. The store looks them up; a scope that does not exist has none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Werkgebied {
    /// A vestiging, with its bestuur and SWV.
    Vestiging(SchoolContext),
    /// A bestuur (bevoegd-gezagnummer).
    Bestuur(String),
    /// An SWV (code).
    Swv(String),
    /// A deskundige of an SWV's register: the register id and the SWV.
    Deskundige { id: String, swv: String },
    /// Any other scope (a gemeente, an ouder) or none: only the beheerder hands those out.
    Anders,
}

impl Werkgebied {
    /// Does this scope lie within the organisation `eigen` (an SWV code, a
    /// bevoegd-gezagnummer or a vestiging code)?
    fn binnen(&self, eigen: &str) -> bool {
        match self {
            Werkgebied::Vestiging(s) => s.vestiging == eigen || s.bestuur == eigen,
            Werkgebied::Bestuur(b) => b == eigen,
            Werkgebied::Swv(c) => c == eigen,
            Werkgebied::Deskundige { swv, .. } => swv == eigen,
            Werkgebied::Anders => false,
        }
    }
}

impl Kijker {
    /// May this user give (or take away) `rol` bound to `werkgebied`? The beheerder: every
    /// role. An eigen beheerder: the staff roles of its own organisation (school staff of
    /// its vestigingen, the bestuur, the SWV's staff, OPR and register deskundigen) and
    /// another eigen beheerder within it; never the beheerder, leerplicht, national
    /// supervision or parents (parents are invited by the school, per child).
    pub fn mag_rol_toekennen(&self, rol: Rol, werkgebied: &Werkgebied) -> bool {
        match self.rol {
            Rol::Beheerder => true,
            Rol::EigenBeheerder => {
                let Some(eigen) = self.scope.as_deref() else {
                    return false;
                };
                let past = matches!(
                    (rol, werkgebied),
                    (Rol::School, Werkgebied::Vestiging(_))
                        | (Rol::Bestuur, Werkgebied::Bestuur(_))
                        | (Rol::Swv | Rol::Opr, Werkgebied::Swv(_))
                        | (Rol::Deskundige, Werkgebied::Deskundige { .. })
                        | (
                            Rol::EigenBeheerder,
                            Werkgebied::Vestiging(_) | Werkgebied::Bestuur(_) | Werkgebied::Swv(_)
                        )
                );
                past && werkgebied.binnen(eigen)
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eigen(scope: &str) -> Kijker {
        Kijker {
            rol: Rol::EigenBeheerder,
            scope: Some(scope.into()),
        }
    }

    fn vestiging(code: &str, bestuur: &str) -> Werkgebied {
        Werkgebied::Vestiging(SchoolContext {
            vestiging: code.into(),
            bestuur: bestuur.into(),
            swv: "PO2605".into(),
        })
    }

    #[test]
    fn an_eigen_beheerder_gives_only_its_own_organisations_roles() {
        let bestuur = eigen("41000");
        assert!(bestuur.mag_rol_toekennen(Rol::School, &vestiging("90AA00", "41000")));
        assert!(!bestuur.mag_rol_toekennen(Rol::School, &vestiging("90AB00", "42000")));
        assert!(bestuur.mag_rol_toekennen(Rol::Bestuur, &Werkgebied::Bestuur("41000".into())));
        assert!(!bestuur.mag_rol_toekennen(Rol::Swv, &Werkgebied::Swv("PO2605".into())));
        let school = eigen("90AA00");
        assert!(school.mag_rol_toekennen(Rol::School, &vestiging("90AA00", "41000")));
        assert!(!school.mag_rol_toekennen(Rol::Bestuur, &Werkgebied::Bestuur("41000".into())));
        let swv = eigen("PO2605");
        assert!(swv.mag_rol_toekennen(Rol::Swv, &Werkgebied::Swv("PO2605".into())));
        assert!(swv.mag_rol_toekennen(Rol::Opr, &Werkgebied::Swv("PO2605".into())));
        let desk = |swv: &str| Werkgebied::Deskundige {
            id: "3".into(),
            swv: swv.into(),
        };
        assert!(swv.mag_rol_toekennen(Rol::Deskundige, &desk("PO2605")));
        assert!(!swv.mag_rol_toekennen(Rol::Deskundige, &desk("VO2605")));
        // A vestiging of a member school is not the SWV's to staff.
        assert!(!swv.mag_rol_toekennen(Rol::School, &vestiging("90AA00", "41000")));
        for k in [&bestuur, &school, &swv] {
            for rol in [
                Rol::Beheerder,
                Rol::Leerplicht,
                Rol::Ouder,
                Rol::Inspectie,
                Rol::Ministerie,
            ] {
                assert!(!k.mag_rol_toekennen(rol, &Werkgebied::Anders), "{rol:?}");
            }
        }
    }

    #[test]
    fn only_the_beheerders_give_roles() {
        let w = Werkgebied::Swv("PO2605".into());
        for rol in Rol::ALL {
            let k = Kijker {
                rol,
                scope: Some("PO2605".into()),
            };
            let mag = k.mag_rol_toekennen(Rol::Swv, &w);
            assert_eq!(
                mag,
                matches!(rol, Rol::Beheerder | Rol::EigenBeheerder),
                "{rol:?}"
            );
        }
    }
}

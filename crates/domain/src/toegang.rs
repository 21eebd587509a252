//! Need-to-know: which role, bound to which scope, may see which pupil's dossier.
//! Decided here, below the web layer; the store asks before it returns pupil data.
//! A refusal looks the same as a pupil that does not exist (no existence leak).

use crate::rol::Rol;

/// The facts about a pupil that access depends on.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LeerlingContext {
    /// Vestigingen where the pupil is enrolled today, with their bestuur (bevoegd-gezag
    /// number) and SWV.
    pub huidige_scholen: Vec<SchoolContext>,
    /// Gemeentecode of the pupil's address.
    pub woongemeente: String,
    /// Ids of the pupil's ouders/verzorgers.
    pub ouders: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchoolContext {
    pub vestiging: String,
    pub bestuur: String,
    pub swv: String,
}

/// A signed-in user's active role and the scope it is bound to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kijker {
    pub rol: Rol,
    pub scope: Option<String>,
}

impl Kijker {
    fn scope_is(&self, value: &str) -> bool {
        self.scope.as_deref() == Some(value)
    }

    /// May this user see the dossier of a pupil?
    /// - school: pupils enrolled today at its vestiging;
    /// - bestuur: pupils enrolled today at one of its vestigingen;
    /// - swv: pupils enrolled today at a vestiging that belongs to the SWV;
    /// - leerplicht: pupils living in its gemeente (Leerplichtwet art. 16);
    /// - ouder: their own children;
    /// - deskundige: only assigned cases (none exist before the TLV capability);
    /// - opr, inspectie, ministerie, beheerder: never a single child.
    pub fn mag_dossier_zien(&self, l: &LeerlingContext) -> bool {
        match self.rol {
            Rol::School => l
                .huidige_scholen
                .iter()
                .any(|s| self.scope_is(&s.vestiging)),
            Rol::Bestuur => l.huidige_scholen.iter().any(|s| self.scope_is(&s.bestuur)),
            Rol::Swv => l.huidige_scholen.iter().any(|s| self.scope_is(&s.swv)),
            Rol::Leerplicht => self.scope_is(&l.woongemeente),
            Rol::Ouder => l.ouders.iter().any(|o| self.scope_is(o)),
            Rol::Deskundige | Rol::Opr | Rol::Inspectie | Rol::Ministerie | Rol::Beheerder => false,
        }
    }

    /// May this user see the list of pupils of a vestiging?
    pub fn mag_leerlingen_van_school_zien(&self, school: &SchoolContext) -> bool {
        match self.rol {
            Rol::School => self.scope_is(&school.vestiging),
            Rol::Bestuur => self.scope_is(&school.bestuur),
            Rol::Swv => self.scope_is(&school.swv),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kijker(rol: Rol, scope: Option<&str>) -> Kijker {
        Kijker {
            rol,
            scope: scope.map(String::from),
        }
    }

    fn pupil() -> LeerlingContext {
        LeerlingContext {
            huidige_scholen: vec![SchoolContext {
                vestiging: "90AA00".into(),
                bestuur: "90001".into(),
                swv: "PO2605".into(),
            }],
            woongemeente: "0356".into(),
            ouders: vec!["7".into()],
        }
    }

    #[test]
    fn each_role_sees_only_its_scope() {
        let l = pupil();
        let allowed = [
            kijker(Rol::School, Some("90AA00")),
            kijker(Rol::Bestuur, Some("90001")),
            kijker(Rol::Swv, Some("PO2605")),
            kijker(Rol::Leerplicht, Some("0356")),
            kijker(Rol::Ouder, Some("7")),
        ];
        for k in &allowed {
            assert!(k.mag_dossier_zien(&l), "{k:?}");
        }
        let refused = [
            kijker(Rol::School, Some("90AB00")),
            kijker(Rol::Bestuur, Some("90002")),
            kijker(Rol::Swv, Some("VO2605")),
            kijker(Rol::Leerplicht, Some("0321")),
            kijker(Rol::Ouder, Some("8")),
            kijker(Rol::Deskundige, None),
            kijker(Rol::Opr, Some("PO2605")),
            kijker(Rol::Inspectie, None),
            kijker(Rol::Ministerie, None),
            kijker(Rol::Beheerder, None),
        ];
        for k in &refused {
            assert!(!k.mag_dossier_zien(&l), "{k:?}");
        }
    }

    #[test]
    fn a_pupil_who_left_is_no_longer_visible_to_the_school() {
        let mut l = pupil();
        l.huidige_scholen.clear();
        assert!(!kijker(Rol::School, Some("90AA00")).mag_dossier_zien(&l));
        assert!(kijker(Rol::Leerplicht, Some("0356")).mag_dossier_zien(&l));
    }
}

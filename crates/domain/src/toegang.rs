//! Need-to-know: which role, bound to which scope, may see which pupil's dossier.
//! Decided here, below the web layer; the store asks before it returns pupil data.
//! A refusal looks the same as a pupil that does not exist (no existence leak).

use crate::rol::Rol;

mod accountbeheer;
mod bereik;
#[cfg(test)]
mod eigenschappen;
mod functie;
mod handeling;
mod rectificatie;
#[cfg(test)]
mod stappen_tests;
pub use accountbeheer::Werkgebied;
pub use bereik::Bereik;
pub use functie::Functie;
pub use handeling::{Handeling, Stap, Weigering};

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
    /// Those of [`Self::ouders`] with gezag over the child: only they take the parents'
    /// steps ([`Handeling::OuderStap`]).
    pub ouders_met_gezag: Vec<String>,
    /// SWVs the pupil "comes to": those holding a case for the pupil (thuiszitter
    /// register, TLV or arrangement request, integral arrangement, OSO dossier), even when
    /// the pupil is at no member school.
    pub swv_zaken: Vec<String>,
    /// Deskundigen (register ids) assigned to advise on the pupil's TLV.
    pub deskundigen: Vec<String>,
    /// Vestigingen where the pupil has a live registration (open, admitted, or on the TLV
    /// route; not withdrawn or refused), with their bestuur and SWV. A registration gives
    /// the school only the registration's own data ([`Handeling::AanmeldingLezen`]), never
    /// the pupil's dossier.
    pub aanmeldingen: Vec<SchoolContext>,
    /// Vestigingen where a registration was withdrawn or refused: the school keeps the record
    /// of its own decision (the parents may object to it), and gets nothing more.
    pub eerdere_aanmeldingen: Vec<SchoolContext>,
    /// Vestigingen asked whether they are willing to admit the pupil (WPO art. 40 lid 4):
    /// they get the request only ([`Handeling::BereidheidVerklaren`]).
    pub gevraagde_scholen: Vec<SchoolContext>,
}

impl LeerlingContext {
    /// The schools the pupil is enrolled at today.
    fn scholen(&self) -> impl Iterator<Item = &SchoolContext> {
        self.huidige_scholen.iter()
    }
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

/// Which pupils a scope covers: the one rule both the single-pupil check and the
/// pupil lists (translated to SQL by the store) follow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeerlingFilter {
    /// No single pupil at all.
    Geen,
    /// Enrolled today at this vestiging.
    HuidigeVestiging(String),
    /// Enrolled today at a vestiging of this bestuur (bevoegd-gezagnummer).
    HuidigBestuur(String),
    /// Enrolled today at a vestiging that belongs to this SWV, or with a case at this SWV.
    HuidigSwv(String),
    /// Living in this gemeente (gemeentecode).
    Woongemeente(String),
    /// Children of this ouder (id).
    KinderenVan(String),
    /// Pupils on whose TLV this deskundige (register id) was asked to advise.
    Toegewezen(String),
}

impl LeerlingFilter {
    pub fn matches(&self, l: &LeerlingContext) -> bool {
        match self {
            LeerlingFilter::Geen => false,
            LeerlingFilter::HuidigeVestiging(v) => l.scholen().any(|s| &s.vestiging == v),
            LeerlingFilter::HuidigBestuur(b) => l.scholen().any(|s| &s.bestuur == b),
            LeerlingFilter::HuidigSwv(c) => {
                l.scholen().any(|s| &s.swv == c) || l.swv_zaken.contains(c)
            }
            LeerlingFilter::Woongemeente(g) => &l.woongemeente == g,
            LeerlingFilter::KinderenVan(o) => l.ouders.iter().any(|x| x == o),
            LeerlingFilter::Toegewezen(d) => l.deskundigen.contains(d),
        }
    }
}

impl Kijker {
    /// What this user's role and scope cover:
    /// - school: pupils enrolled today at its vestiging;
    /// - bestuur: pupils enrolled today at one of its vestigingen;
    /// - swv: pupils enrolled today at a member vestiging, and pupils who come to it (a
    ///   case held by the SWV: thuiszitter, TLV or arrangement request, OSO dossier);
    /// - leerplicht: pupils living in its gemeente (Leerplichtwet art. 16);
    /// - ouder: their own children;
    /// - deskundige: only pupils on whose TLV they were asked to advise;
    /// - opr, inspectie, ministerie, beheerder: never a single child.
    pub fn leerling_filter(&self) -> LeerlingFilter {
        let Some(scope) = self.scope.clone() else {
            return LeerlingFilter::Geen;
        };
        match self.rol {
            Rol::School => LeerlingFilter::HuidigeVestiging(scope),
            Rol::Bestuur => LeerlingFilter::HuidigBestuur(scope),
            Rol::Swv => LeerlingFilter::HuidigSwv(scope),
            Rol::Leerplicht => LeerlingFilter::Woongemeente(scope),
            Rol::Ouder => LeerlingFilter::KinderenVan(scope),
            Rol::Deskundige => LeerlingFilter::Toegewezen(scope),
            Rol::Opr | Rol::Inspectie | Rol::Ministerie | Rol::Beheerder | Rol::EigenBeheerder => {
                LeerlingFilter::Geen
            }
        }
    }

    /// May this user see the dossier of a pupil? ([`Handeling::DossierLezen`])
    pub fn mag_dossier_zien(&self, l: &LeerlingContext) -> bool {
        self.mag(&Handeling::DossierLezen, l).is_ok()
    }

    /// May this user see restricted data (diagnoses, medical data) of a pupil?
    /// ([`Handeling::BeperktLezen`])
    pub fn mag_beperkt_zien(&self, l: &LeerlingContext) -> bool {
        self.mag(&Handeling::BeperktLezen, l).is_ok()
    }

    /// May this user change a pupil's basic data? ([`Handeling::GegevensWijzigen`])
    pub fn mag_gegevens_wijzigen(&self, l: &LeerlingContext) -> bool {
        self.mag(&Handeling::GegevensWijzigen, l).is_ok()
    }

    /// May this user see the list of pupils of a vestiging? Only the roles whose scope is
    /// defined by enrolment (school, bestuur, SWV) and covers that vestiging.
    pub fn mag_leerlingen_van_school_zien(&self, school: &SchoolContext) -> bool {
        match self.leerling_filter() {
            LeerlingFilter::HuidigeVestiging(v) => v == school.vestiging,
            LeerlingFilter::HuidigBestuur(b) => b == school.bestuur,
            LeerlingFilter::HuidigSwv(c) => c == school.swv,
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
            ouders_met_gezag: vec!["7".into()],
            swv_zaken: vec![],
            deskundigen: vec![],
            aanmeldingen: vec![],
            eerdere_aanmeldingen: vec![],
            gevraagde_scholen: vec![],
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
            kijker(Rol::Deskundige, Some("3")),
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
    fn only_the_current_school_changes_basic_data() {
        let l = pupil();
        assert!(kijker(Rol::School, Some("90AA00")).mag_gegevens_wijzigen(&l));
        assert!(!kijker(Rol::School, Some("90AB00")).mag_gegevens_wijzigen(&l));
        for k in [
            kijker(Rol::Swv, Some("PO2605")),
            kijker(Rol::Ouder, Some("7")),
            kijker(Rol::Leerplicht, Some("0356")),
        ] {
            assert!(
                k.mag_dossier_zien(&l) && !k.mag_gegevens_wijzigen(&l),
                "{k:?}"
            );
        }
    }

    #[test]
    fn a_registration_gives_the_registration_not_the_dossier() {
        let mut l = pupil();
        let school = SchoolContext {
            vestiging: "90AB00".into(),
            bestuur: "90002".into(),
            swv: "VO2605".into(),
        };
        l.aanmeldingen.push(school.clone());
        let lezen = Handeling::AanmeldingLezen(school.clone());
        for k in [
            kijker(Rol::School, Some("90AB00")),
            kijker(Rol::Bestuur, Some("90002")),
            kijker(Rol::Swv, Some("VO2605")),
        ] {
            assert!(!k.mag_dossier_zien(&l), "{k:?}");
            assert!(!k.mag_gegevens_wijzigen(&l), "{k:?}");
            assert_eq!(k.mag(&lezen, &l), Ok(()), "{k:?}");
        }
        assert!(kijker(Rol::School, Some("90AC00")).mag(&lezen, &l).is_err());
        // The school that admits reads the TLV decision; its SWV has its own reasons or none.
        let tlv = Handeling::TlvOntvangen(school.clone());
        assert_eq!(kijker(Rol::School, Some("90AB00")).mag(&tlv, &l), Ok(()));
        assert_eq!(kijker(Rol::Bestuur, Some("90002")).mag(&tlv, &l), Ok(()));
        assert!(kijker(Rol::Swv, Some("VO2605")).mag(&tlv, &l).is_err());
        assert!(kijker(Rol::School, Some("90AC00")).mag(&tlv, &l).is_err());
        // Withdrawn or refused: the school keeps its own record, and nothing else.
        l.aanmeldingen.clear();
        l.eerdere_aanmeldingen.push(school.clone());
        let ib = kijker(Rol::School, Some("90AB00"));
        assert_eq!(ib.mag(&lezen, &l), Ok(()));
        assert!(ib.mag(&Handeling::Koppelen, &l).is_err());
        assert!(
            ib.mag(&Handeling::TlvAanvragen(school.clone()), &l)
                .is_err()
        );
        assert!(ib.mag(&Handeling::TlvOntvangen(school), &l).is_err());
        assert!(!ib.mag_dossier_zien(&l));
    }

    #[test]
    fn an_swv_sees_a_child_out_of_school_that_comes_to_it() {
        let mut l = pupil();
        l.huidige_scholen.clear();
        let swv = kijker(Rol::Swv, Some("VO2605"));
        assert!(!swv.mag_dossier_zien(&l));
        l.swv_zaken.push("VO2605".into());
        assert!(swv.mag_dossier_zien(&l));
        assert!(!kijker(Rol::Swv, Some("PO2605")).mag_dossier_zien(&l));
    }

    #[test]
    fn a_deskundige_sees_only_assigned_pupils_and_restricted_data_stays_narrow() {
        let mut l = pupil();
        let d = kijker(Rol::Deskundige, Some("3"));
        assert!(!d.mag_dossier_zien(&l));
        l.deskundigen.push("3".into());
        assert!(d.mag_dossier_zien(&l) && d.mag_beperkt_zien(&l));
        assert!(!kijker(Rol::Deskundige, Some("4")).mag_dossier_zien(&l));
        assert!(kijker(Rol::Swv, Some("PO2605")).mag_beperkt_zien(&l));
        assert!(kijker(Rol::Ouder, Some("7")).mag_beperkt_zien(&l));
        for k in [
            kijker(Rol::School, Some("90AA00")),
            kijker(Rol::Bestuur, Some("90001")),
            kijker(Rol::Leerplicht, Some("0356")),
        ] {
            assert!(k.mag_dossier_zien(&l) && !k.mag_beperkt_zien(&l), "{k:?}");
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

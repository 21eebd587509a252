//! The one policy for seeing *and* doing: who asks ([`Kijker`]), what they want to do
//! ([`Handeling`]) and the facts of the pupil it is about ([`LeerlingContext`]) → allowed,
//! or refused with the reason. The store asks it before every read or change of a pupil's
//! data; menus and forms ask it what to show.

use super::{Kijker, LeerlingContext, SchoolContext};
use crate::rol::Rol;

/// Something a user wants to do with a pupil's data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Handeling {
    /// Read the pupil's dossier: enrolment, OPP, TLVs, cases, parents' contact details.
    DossierLezen,
    /// Read restricted data (diagnoses, medical data).
    BeperktLezen,
    /// Change the pupil's basic data, such as the address.
    GegevensWijzigen,
    /// Read a registration's own data (what the parents gave with it, the decision), at this
    /// school: live, or withdrawn or refused (the school's record of its own decision).
    AanmeldingLezen(SchoolContext),
    /// Decide on, extend, suspend or withdraw a registration at this school (whether it is
    /// still open is the procedure's rule, not access).
    AanmeldingBehandelen(SchoolContext),
    /// Ask the SWV for a TLV, as the bevoegd gezag of this school, where the child is enrolled
    /// or has a live registration (WPO art. 18a lid 6c, WVO art. 17a lid 6c).
    TlvAanvragen(SchoolContext),
    /// Read the TLV decision the school needs to admit the pupil, as the school where the
    /// parents registered the child (a live registration) or its bevoegd gezag: status, soort,
    /// categorie, period, beschikkingsnummer, the issuing SWV. Admission to sbo, so and vso
    /// needs a TLV (WPO art. 40 lid 8, WEC art. 40 lid 10 and 12), a TLV that has not expired
    /// goes with the pupil (WEC art. 40 lid 14); the SWV judges it for the school (WPO art.
    /// 18a lid 6c). Never the dossier, the request's reasons or the advices.
    TlvOntvangen(SchoolContext),
    /// Attach data received about a known pupil (an OSO dossier) to that pupil.
    Koppelen,
    /// Write the advice asked of this deskundige (register id) on the pupil's TLV.
    AdviesSchrijven { deskundige: String },
    /// Read the text of this deskundige's advice on the pupil's TLV.
    AdviesLezen { deskundige: String },
    /// Invite a parent or guardian with gezag to see the pupil in passend, or end that
    /// link: the school where the child is enrolled or has a live registration, which
    /// knows the parents from its leerlingadministratie or the registration.
    OuderKoppelen,
    /// The school asked whether it is willing to admit the pupil: it reads only the request
    /// (name, age, the support need the parents agreed to share) and answers it itself
    /// (WPO art. 40 lid 4, WVO art. 27 lid 2c, WEC art. 40 lid 5). Never the dossier.
    BereidheidVerklaren(SchoolContext),
    /// The SWV asked for its advice on a vrijstelling art. 5 onder a writes it itself and
    /// reads only the request, not the dossier.
    VrijstellingAdviseren { swv: String },
    /// A step the law or the SWV's procedure gives to the parents themselves ([`Stap`]):
    /// only a parent or guardian with gezag, signed in as themselves, takes it.
    OuderStap(Stap),
}

/// The parents' own steps. Each is the signed-in parent's act, never a field the school
/// types for them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stap {
    /// WPO art. 40a, WVO art. 26, WEC art. 41a (since 1 August 2017, RULES §5.3): the
    /// handelingsdeel of the OPP needs the parents' instemming; they may also disagree.
    OppInstemmen,
    /// WPO art. 40a lid 1: the OPP follows "op overeenstemming gericht overleg" with the
    /// parents. Their view and the child's own view before an OPP, arrangement or TLV
    /// decision; for the arrangement and the TLV the statute is silent, the SWV's procedure
    /// asks it.
    Zienswijze,
    /// The parents' signature on a TLV request. WPO art. 18a lid 6c gives the request to
    /// the bevoegd gezag; the signature is the SWV's procedure, not the statute.
    TlvOndertekenen,
    /// WPO art. 40 lid 2, WVO art. 27 lid 2a: the parents register their child in writing at
    /// a school; a digital registration is written.
    Aanmelden,
}

impl Handeling {
    /// One of each kind, for exhaustive tests.
    pub fn voorbeelden(school: &SchoolContext, deskundige: &str) -> Vec<Handeling> {
        vec![
            Handeling::DossierLezen,
            Handeling::BeperktLezen,
            Handeling::GegevensWijzigen,
            Handeling::AanmeldingLezen(school.clone()),
            Handeling::AanmeldingBehandelen(school.clone()),
            Handeling::TlvAanvragen(school.clone()),
            Handeling::TlvOntvangen(school.clone()),
            Handeling::Koppelen,
            Handeling::AdviesSchrijven {
                deskundige: deskundige.to_string(),
            },
            Handeling::AdviesLezen {
                deskundige: deskundige.to_string(),
            },
            Handeling::OuderKoppelen,
            Handeling::OuderStap(Stap::OppInstemmen),
        ]
    }
}

/// Why something is refused. [`Weigering::BuitenScope`] must look to the user like a pupil
/// or record that does not exist (no existence leak).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Weigering {
    #[error("niet gevonden")]
    BuitenScope,
    /// WPO art. 18a lid 11, WVO art. 17a lid 12, BbWPO art. 34.8: each deskundige gives an
    /// independent advice; nobody else writes it for them.
    #[error(
        "alleen de gevraagde deskundige schrijft dit advies (WPO art. 18a lid 11, WVO art. 17a lid 12)"
    )]
    AlleenDeDeskundige,
    /// The leerlingadministratie is kept by the school where the pupil is enrolled
    /// (WPO art. 178a, WVO art. 103b: it reports to DUO).
    #[error("alleen de school waar de leerling is ingeschreven wijzigt deze gegevens")]
    AlleenDeSchool,
    /// WPO art. 18a lid 6c, WVO art. 17a lid 6c: "op verzoek van het bevoegd gezag van een
    /// school … waar de leerling is aangemeld of ingeschreven"; parents and others cannot.
    #[error(
        "alleen het bevoegd gezag van de school waar het kind is aangemeld of ingeschreven vraagt een toelaatbaarheidsverklaring aan (WPO art. 18a lid 6c, WVO art. 17a lid 6c)"
    )]
    AlleenHetBevoegdGezag,
    /// The parents' own steps ([`Stap`]) are theirs: the school or the SWV cannot take them
    /// for the parents (the paper alternative is recorded as such, with the signed form).
    #[error(
        "dit is een stap van de ouder of voogd met gezag zelf, die daarvoor zelf inlogt; een school of samenwerkingsverband kan die stap niet namens de ouders zetten"
    )]
    AlleenDeOuders,
    /// Only a parent or guardian with gezag over the child takes the parents' steps
    /// (Burgerlijk Wetboek boek 1: gezag; the school records who has it when it links them).
    #[error("alleen een ouder of voogd met gezag over het kind kan deze stap zetten")]
    GeenGezag,
    /// WPO art. 40 lid 4: the other school declares its own willingness.
    #[error(
        "alleen de gevraagde school verklaart zich bereid de leerling toe te laten (WPO art. 40 lid 4, WVO art. 27 lid 2c)"
    )]
    AlleenDeGevraagdeSchool,
    /// The advice before a vrijstelling art. 5 onder a is the SWV's own act.
    #[error("alleen het gevraagde samenwerkingsverband geeft dit advies")]
    AlleenHetSwv,
}

impl Kijker {
    /// The policy. See the variants of [`Handeling`] for what each allows.
    pub fn mag(&self, h: &Handeling, l: &LeerlingContext) -> Result<(), Weigering> {
        let binnen = self.leerling_filter().matches(l);
        let toegestaan = match h {
            Handeling::DossierLezen => binnen,
            // Only those who need it for the TLV and arrangement decisions, and the parents.
            Handeling::BeperktLezen => {
                binnen && matches!(self.rol, Rol::Swv | Rol::Deskundige | Rol::Ouder)
            }
            Handeling::GegevensWijzigen => {
                if binnen && self.rol != Rol::School {
                    return Err(Weigering::AlleenDeSchool);
                }
                binnen
            }
            Handeling::AanmeldingLezen(school) => {
                (l.aanmeldingen.contains(school) || l.eerdere_aanmeldingen.contains(school))
                    && self.dekt_school(school)
            }
            // Deciding is the school's own act (WPO art. 40 lid 4, WVO art. 27 lid 2c). On a
            // closed registration the procedure refuses every change ("al beslist").
            Handeling::AanmeldingBehandelen(school) => {
                (l.aanmeldingen.contains(school) || l.eerdere_aanmeldingen.contains(school))
                    && self.rol == Rol::School
                    && self.scope.as_deref() == Some(school.vestiging.as_str())
            }
            Handeling::TlvAanvragen(school) => {
                let mag = (l.huidige_scholen.contains(school) || l.aanmeldingen.contains(school))
                    && matches!(self.rol, Rol::School | Rol::Bestuur)
                    && self.dekt_school(school);
                if !mag && binnen {
                    return Err(Weigering::AlleenHetBevoegdGezag);
                }
                mag
            }
            // The school that admits (its staff or bevoegd gezag), while the registration lives.
            Handeling::TlvOntvangen(school) => {
                l.aanmeldingen.contains(school)
                    && matches!(self.rol, Rol::School | Rol::Bestuur)
                    && self.dekt_school(school)
            }
            // Only a school or SWV that already has a reason for this pupil: enrolment, a
            // case, or a live registration with it.
            Handeling::Koppelen => {
                matches!(self.rol, Rol::School | Rol::Swv)
                    && (binnen || l.aanmeldingen.iter().any(|s| self.dekt_school(s)))
            }
            Handeling::AdviesSchrijven { deskundige } => {
                if binnen && self.rol != Rol::Deskundige {
                    return Err(Weigering::AlleenDeDeskundige);
                }
                binnen && self.scope.as_deref() == Some(deskundige.as_str())
            }
            // An advice is independent: a deskundige reads only their own before the decision;
            // the deciding SWV, the school and the parents read both.
            Handeling::AdviesLezen { deskundige } => {
                binnen
                    && (self.rol != Rol::Deskundige
                        || self.scope.as_deref() == Some(deskundige.as_str()))
            }
            Handeling::OuderKoppelen => {
                let school = self.rol == Rol::School
                    && (binnen || l.aanmeldingen.iter().any(|s| self.dekt_school(s)));
                if !school && binnen {
                    return Err(Weigering::AlleenDeSchool);
                }
                school
            }
            Handeling::OuderStap(_) => {
                let ouder = self.rol == Rol::Ouder && binnen;
                let gezag = self
                    .scope
                    .as_ref()
                    .is_some_and(|o| l.ouders_met_gezag.contains(o));
                match (ouder, gezag, binnen) {
                    (true, true, _) => true,
                    (true, false, _) => return Err(Weigering::GeenGezag),
                    (false, _, true) => return Err(Weigering::AlleenDeOuders),
                    _ => false,
                }
            }
            Handeling::BereidheidVerklaren(school) => {
                let gevraagd = l.gevraagde_scholen.contains(school);
                let zelf = self.rol == Rol::School
                    && self.scope.as_deref() == Some(school.vestiging.as_str());
                let kent = binnen
                    || self.dekt_school(school)
                    || l.aanmeldingen.iter().any(|s| self.dekt_school(s));
                if gevraagd && !zelf && kent {
                    return Err(Weigering::AlleenDeGevraagdeSchool);
                }
                gevraagd && zelf
            }
            Handeling::VrijstellingAdviseren { swv } => {
                let zelf = self.rol == Rol::Swv && self.scope.as_deref() == Some(swv.as_str());
                if !zelf && binnen {
                    return Err(Weigering::AlleenHetSwv);
                }
                zelf
            }
        };
        if toegestaan {
            Ok(())
        } else {
            Err(Weigering::BuitenScope)
        }
    }

    /// Does this user's scope cover a school (its vestiging, bestuur or SWV)?
    fn dekt_school(&self, school: &SchoolContext) -> bool {
        let Some(scope) = self.scope.as_deref() else {
            return false;
        };
        match self.rol {
            Rol::School => school.vestiging == scope,
            Rol::Bestuur => school.bestuur == scope,
            Rol::Swv => school.swv == scope,
            _ => false,
        }
    }
}

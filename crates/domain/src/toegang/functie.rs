//! The second part of the one policy: which *functions* of the application a role may use
//! (a menu item, a form, a part of a page, a whole area). What a function then shows of a
//! single pupil is still [`Kijker::mag`] with a [`super::Handeling`], asked by the store;
//! this part decides only whether the function is there for the user at all. The web layer
//! asks it for what to show and refuses a function that is not there as "not found".

use super::Kijker;
use crate::rol::Rol;

/// A function of the application that not every role has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Functie {
    /// The own vestiging's page in the menu.
    MijnSchool,
    /// Read the school's EDEXML roster (groups, pupils, staff) into passend.
    LeerlingenInlezen,
    /// Read the school's verzuim records and report verzuim.
    VerzuimInlezen,
    /// Record a written registration (aanmelding) at the own vestiging, one or by import.
    Aanmelden,
    /// Keep the own vestiging's schoolondersteuningsprofiel.
    OndersteuningsprofielBijwerken,
    /// Adopt an OPP (ontwikkelingsperspectief) or a new version of it.
    OppVastleggen,
    /// Ask the SWV for an arrangement.
    ArrangementAanvragen,
    /// Record a symbiose-overeenkomst.
    SymbioseVastleggen,
    /// Ask the SWV for a TLV.
    TlvAanvragen,
    /// Read an OSO dossier received about a pupil.
    OsoInlezen,
    /// The own SWV's pages (its region, dekkend aanbod, plan and money) as its own.
    MijnSwv,
    /// Decide on the TLV requests to the own SWV, and the bezwaren against them.
    TlvBeslissen,
    /// Decide on the arrangement requests to the own SWV.
    ArrangementToekennen,
    /// Keep the own SWV's register of deskundigen.
    DeskundigenRegister,
    /// Record an integraal arrangement.
    IntegraalArrangementVastleggen,
    /// Set the own SWV's escalation ladder for thuiszitters.
    EscalatieladderVastleggen,
    /// Decide on a thuiszitter case at the last step of the ladder (doorzettingsmacht).
    Doorzetten,
    /// Write the own SWV's ondersteuningsplan: versions, OOGO, instemming, indiening.
    PlanSchrijven,
    /// The TLV advices asked of the user as deskundige.
    AdviesOpdrachten,
    /// The leerplicht view of the own gemeente: vrijstellingen, ingezetenencontrole.
    Leerplichtoverzicht,
    /// The own children, as ouder.
    OuderKinderen,
    /// Who looked at a child's dossier.
    Inzagelog,
    /// The zorgplicht signals per SWV, without single children.
    ZorgplichtSignalen,
    /// The pseudonymised research extract of the monitor.
    Onderzoeksbestand,
    /// The monitor figures.
    Monitor,
    /// The money pages.
    Geld,
    /// Users, organisations, rule sets and the audit log.
    Beheer,
    /// The accounts of the own organisation (all of them for the beheerder): invite and
    /// deactivate.
    Accounts,
    /// Own API keys.
    ApiSleutels,
    /// The verantwoording pages (what is there for the role is asked below).
    Verantwoording,
    /// The aggregate verantwoording figures: dispute counts and money of the SWVs.
    Verantwoordingscijfers,
    /// The outflow from vso, expected and actual, in numbers.
    UitstroomVergelijken,
    /// Record the outflow of single pupils.
    UitstroomVastleggen,
    /// The disputes and referrals about the user's pupils.
    Geschillen,
    /// Be a party to a dispute: record one, react to it.
    GeschilPartij,
    /// The list of registrations.
    Aanmeldingen,
    /// The list of verzuim reports.
    Verzuim,
    /// The thuiszitter register.
    Thuiszitters,
    /// Open or update a thuiszitter case.
    ThuiszitterZaak,
    /// The support area: signals, requests, advices.
    Ondersteuning,
    /// The inspectie's inbox of meldingen of schorsingen and verwijderingen.
    InspectieMeldingen,
    /// Keep the own organisation's letterhead: the address its decision letters are sent from.
    Briefhoofd,
    /// The own postal address, as ouder, for the letters addressed to the parents.
    Postadres,
}

impl Functie {
    pub const ALL: [Functie; 43] = [
        Functie::MijnSchool,
        Functie::LeerlingenInlezen,
        Functie::VerzuimInlezen,
        Functie::Aanmelden,
        Functie::OndersteuningsprofielBijwerken,
        Functie::OppVastleggen,
        Functie::ArrangementAanvragen,
        Functie::SymbioseVastleggen,
        Functie::TlvAanvragen,
        Functie::OsoInlezen,
        Functie::MijnSwv,
        Functie::TlvBeslissen,
        Functie::ArrangementToekennen,
        Functie::DeskundigenRegister,
        Functie::IntegraalArrangementVastleggen,
        Functie::EscalatieladderVastleggen,
        Functie::Doorzetten,
        Functie::PlanSchrijven,
        Functie::AdviesOpdrachten,
        Functie::Leerplichtoverzicht,
        Functie::OuderKinderen,
        Functie::Inzagelog,
        Functie::ZorgplichtSignalen,
        Functie::Onderzoeksbestand,
        Functie::Monitor,
        Functie::Geld,
        Functie::Beheer,
        Functie::Accounts,
        Functie::ApiSleutels,
        Functie::Verantwoording,
        Functie::Verantwoordingscijfers,
        Functie::UitstroomVergelijken,
        Functie::UitstroomVastleggen,
        Functie::Geschillen,
        Functie::GeschilPartij,
        Functie::Aanmeldingen,
        Functie::Verzuim,
        Functie::Thuiszitters,
        Functie::ThuiszitterZaak,
        Functie::Ondersteuning,
        Functie::InspectieMeldingen,
        Functie::Briefhoofd,
        Functie::Postadres,
    ];
}

impl Kijker {
    /// May this user use the function at all? Which pupils and records it then shows is
    /// the store's scoped read.
    pub fn mag_functie(&self, f: &Functie) -> bool {
        use Rol::*;
        let r = self.rol;
        match f {
            // The school keeps the leerlingadministratie (WPO art. 178a, WVO art. 103b).
            Functie::MijnSchool | Functie::LeerlingenInlezen => r == School,
            // The head of the school reports verzuim (Lpw art. 21, 21a).
            Functie::VerzuimInlezen => r == School,
            // Parents register in writing at a school (WPO art. 40 lid 2, WVO art. 27 lid 2a).
            Functie::Aanmelden => r == School,
            // The SOP describes the school's own facilities (WPO art. 8, WVO art. 24).
            Functie::OndersteuningsprofielBijwerken => r == School,
            // The school adopts the OPP with the parents (WPO art. 40a, WVO art. 26).
            Functie::OppVastleggen => r == School,
            // The school asks its SWV; the SWV allocates (WPO art. 18a lid 8).
            Functie::ArrangementAanvragen => r == School,
            // The (v)so school's board signs the symbiose-overeenkomst (ObWEC art. 12).
            Functie::SymbioseVastleggen => r == School,
            // The bevoegd gezag asks (WPO art. 18a lid 6, WVO art. 17a lid 7).
            Functie::TlvAanvragen => matches!(r, School | Bestuur),
            // The parties an OSO dossier is sent to: a school and the SWV.
            Functie::OsoInlezen => matches!(r, School | Swv),
            // The SWV's staff, and its OPR for the plan and money (WMS art. 4a).
            Functie::MijnSwv => matches!(r, Swv | Opr),
            // The SWV decides (WPO art. 18a lid 6 onder b, lid 12; WVO art. 17a lid 6, 13).
            Functie::TlvBeslissen => r == Swv,
            // The SWV allocates the support (WPO art. 18a lid 8 onder a).
            Functie::ArrangementToekennen => r == Swv,
            // The SWV asks the deskundigen (WPO art. 18a lid 11, WVO art. 17a lid 12).
            Functie::DeskundigenRegister => r == Swv,
            // The SWV holds the table where the arrangement is made.
            Functie::IntegraalArrangementVastleggen => r == Swv,
            // Doorzettingsmacht lies with the SWV (policy; not in the statute).
            Functie::EscalatieladderVastleggen | Functie::Doorzetten => r == Swv,
            // The SWV adopts its plan (WPO art. 18a lid 8, WVO art. 17a lid 8).
            Functie::PlanSchrijven => r == Swv,
            Functie::AdviesOpdrachten => r == Deskundige,
            // B&W supervise the Leerplichtwet (Lpw art. 16, 19).
            Functie::Leerplichtoverzicht => r == Leerplicht,
            Functie::OuderKinderen => r == Ouder,
            // Parents see who read their child's data (AVG art. 15).
            Functie::Inzagelog => r == Ouder,
            // National supervision sees aggregates only.
            Functie::ZorgplichtSignalen => matches!(r, Inspectie | Ministerie),
            Functie::Onderzoeksbestand => r == Ministerie,
            Functie::Monitor | Functie::Verantwoordingscijfers => {
                matches!(r, Swv | Opr | Inspectie | Ministerie)
            }
            // Bestuur: what it receives; beheerder: the rule sets.
            Functie::Geld => matches!(r, Swv | Opr | Bestuur | Inspectie | Ministerie | Beheerder),
            Functie::Beheer => r == Beheerder,
            // Who may hand out which role is `mag_rol_toekennen`.
            Functie::Accounts => matches!(r, Beheerder | EigenBeheerder),
            Functie::ApiSleutels | Functie::Verantwoording => true,
            Functie::UitstroomVergelijken => {
                matches!(r, School | Bestuur | Swv | Opr | Inspectie | Ministerie)
            }
            // The parties that record outflow and are parties to disputes.
            Functie::UitstroomVastleggen | Functie::GeschilPartij => {
                matches!(r, School | Bestuur | Swv)
            }
            Functie::Geschillen => matches!(r, School | Bestuur | Swv | Ouder),
            Functie::Aanmeldingen => matches!(r, School | Bestuur | Swv),
            Functie::Verzuim | Functie::Thuiszitters => {
                matches!(r, School | Bestuur | Swv | Leerplicht)
            }
            // Everyone who works on a case for the child; the parents are told, not asked.
            Functie::ThuiszitterZaak => {
                matches!(r, School | Bestuur | Swv | Leerplicht | Deskundige)
            }
            Functie::Ondersteuning => matches!(r, School | Bestuur | Swv | Deskundige),
            // The board informs the inspectie (WPO art. 40c lid 3, IbWVO art. 13, 14).
            Functie::InspectieMeldingen => r == Inspectie,
            // A decision letter is sent under the name and address of the body that decided:
            // the SWV for TLVs (WPO art. 18a lid 6) and arrangements (lid 8 onder a), B&W for
            // vrijstellingen (Lpw art. 5, 11, 15), whose leerplichtambtenaar keeps it here.
            Functie::Briefhoofd => matches!(r, Swv | Leerplicht),
            // The parents' own data (AVG art. 16: rectification by the person themselves).
            Functie::Postadres => r == Ouder,
        }
    }

    /// The scope in which the user may use the function: the own vestiging, SWV or gemeente
    /// (by the role), or `None` when the function is not there for the user.
    pub fn scope_voor(&self, f: &Functie) -> Option<&str> {
        self.mag_functie(f)
            .then_some(self.scope.as_deref())
            .flatten()
    }

    /// The user's own vestiging, for a school.
    pub fn eigen_vestiging(&self) -> Option<&str> {
        self.scope_voor(&Functie::MijnSchool)
    }

    /// The SWV the user works for or sits in the OPR of.
    pub fn eigen_swv(&self) -> Option<&str> {
        self.scope_voor(&Functie::MijnSwv)
    }
}

#[cfg(test)]
#[path = "functie_tests.rs"]
mod tests;

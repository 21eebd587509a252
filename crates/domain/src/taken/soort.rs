//! The kinds of task: what the step is (in Dutch words), where it comes from (the article,
//! or the SWV's procedure) and by which function of the application it is done.

use crate::toegang::Functie;

/// A kind of step. New steps get a variant here and a file in the store's `taken/`.
///
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TaakSoort {
    /// The school decides on a registration.
    AanmeldingBeslissen,
    /// The school adopts an OPP for a pupil who must have one.
    OppVaststellen,
    /// The school evaluates the OPP with the parents this schooljaar.
    OppEvalueren,
    /// The deskundige writes the advice asked on a TLV request.
    AdviesSchrijven,
    /// The SWV decides on a TLV request.
    TlvBeslissen,
    /// The SWV decides on an arrangement request.
    ArrangementBeslissen,
    /// The leerplichtambtenaar handles a verzuimmelding.
    VerzuimBehandelen,
    /// The owner of a thuiszitter case's current escalation step acts by its date.
    EscalatieBeslissen,
    /// The parent with gezag consents (or not) to the OPP's handelingsdeel.
    OppInstemmen,
    /// Another school answers whether it is willing to admit a child.
    BereidheidBevestigen,
    /// The SWV advises on a vrijstelling art. 5 onder a.
    VrijstellingAdviseren,
}

impl TaakSoort {
    pub const ALL: [TaakSoort; 11] = [
        TaakSoort::AanmeldingBeslissen,
        TaakSoort::OppVaststellen,
        TaakSoort::OppEvalueren,
        TaakSoort::AdviesSchrijven,
        TaakSoort::TlvBeslissen,
        TaakSoort::ArrangementBeslissen,
        TaakSoort::VerzuimBehandelen,
        TaakSoort::EscalatieBeslissen,
        TaakSoort::OppInstemmen,
        TaakSoort::BereidheidBevestigen,
        TaakSoort::VrijstellingAdviseren,
    ];

    /// The code in the API and in the notification register.
    pub fn code(self) -> &'static str {
        match self {
            TaakSoort::AanmeldingBeslissen => "aanmelding-beslissen",
            TaakSoort::OppVaststellen => "opp-vaststellen",
            TaakSoort::OppEvalueren => "opp-evalueren",
            TaakSoort::AdviesSchrijven => "advies-schrijven",
            TaakSoort::TlvBeslissen => "tlv-beslissen",
            TaakSoort::ArrangementBeslissen => "arrangement-beslissen",
            TaakSoort::VerzuimBehandelen => "verzuimmelding-behandelen",
            TaakSoort::EscalatieBeslissen => "escalatiestap-beslissen",
            TaakSoort::OppInstemmen => "opp-instemmen",
            TaakSoort::BereidheidBevestigen => "bereidheid-bevestigen",
            TaakSoort::VrijstellingAdviseren => "vrijstelling-adviseren",
        }
    }

    /// What the step is, in the words of the UI (and of a notification mail: no details).
    pub fn omschrijving(self) -> &'static str {
        match self {
            TaakSoort::AanmeldingBeslissen => "Beslissen over een aanmelding",
            TaakSoort::OppVaststellen => "Een ontwikkelingsperspectief vaststellen",
            TaakSoort::OppEvalueren => "Het ontwikkelingsperspectief evalueren met de ouders",
            TaakSoort::AdviesSchrijven => "Een deskundigenadvies schrijven",
            TaakSoort::TlvBeslissen => "Beslissen over een toelaatbaarheidsverklaring",
            TaakSoort::ArrangementBeslissen => "Beslissen over een arrangement",
            TaakSoort::VerzuimBehandelen => "Een verzuimmelding behandelen",
            TaakSoort::EscalatieBeslissen => "Een stap van de escalatieladder zetten",
            TaakSoort::OppInstemmen => {
                "Instemmen met het handelingsdeel van het ontwikkelingsperspectief"
            }
            TaakSoort::BereidheidBevestigen => {
                "Antwoorden of uw school bereid is een leerling toe te laten"
            }
            TaakSoort::VrijstellingAdviseren => {
                "Advies geven over een vrijstelling van de leerplicht"
            }
        }
    }

    /// Where the step and its deadline come from.
    pub fn bron(self) -> &'static str {
        match self {
            // 6 weeks after receipt, once extended by at most 4.
            TaakSoort::AanmeldingBeslissen => {
                "WPO art. 40 lid 6, WVO art. 27 lid 2e, WEC art. 40 lid 7"
            }
            // At the latest 6 weeks after enrolment.
            TaakSoort::OppVaststellen => "WPO art. 40a, WVO art. 26, WEC art. 41a",
            // At least once per schooljaar, with the parents.
            TaakSoort::OppEvalueren => "WPO art. 40a, WVO art. 26, WEC art. 41a (jaarlijks)",
            TaakSoort::AdviesSchrijven => {
                "WPO art. 18a lid 11, WVO art. 17a lid 12; termijn: procedure van het samenwerkingsverband"
            }
            TaakSoort::TlvBeslissen => {
                "WPO art. 18a lid 6, WVO art. 17a lid 6; termijn: Awb art. 4:13"
            }
            TaakSoort::ArrangementBeslissen => {
                "ondersteuningsplan van het samenwerkingsverband; termijn: Awb art. 4:13"
            }
            TaakSoort::VerzuimBehandelen => "Leerplichtwet art. 22",
            TaakSoort::EscalatieBeslissen => "escalatieladder van het samenwerkingsverband",
            // No term in the law: the school may not carry out the handelingsdeel before.
            TaakSoort::OppInstemmen => {
                "WPO art. 40a, WVO art. 26, WEC art. 41a (instemmingsrecht op het handelingsdeel, sinds 1 augustus 2017)"
            }
            // The answer is due by the registration's decision term.
            TaakSoort::BereidheidBevestigen => {
                "WPO art. 40 lid 4, WVO art. 27 lid 2c, WEC art. 40 lid 4"
            }
            // The leerplichtambtenaar names the date the advice is needed by.
            TaakSoort::VrijstellingAdviseren => "Leerplichtwet 1969 art. 5 onder a",
        }
    }

    /// The function by which the step is done: the store reads the kind through that
    /// function's reach, so the viewer sees the tasks of the organisations it covers only.
    pub fn functie(self) -> Functie {
        match self {
            TaakSoort::AanmeldingBeslissen => Functie::Aanmeldingen,
            TaakSoort::OppVaststellen | TaakSoort::OppEvalueren => Functie::OppVastleggen,
            TaakSoort::AdviesSchrijven => Functie::AdviesOpdrachten,
            TaakSoort::TlvBeslissen => Functie::TlvBeslissen,
            TaakSoort::ArrangementBeslissen => Functie::ArrangementToekennen,
            TaakSoort::VerzuimBehandelen => Functie::Verzuim,
            TaakSoort::EscalatieBeslissen => Functie::Doorzetten,
            TaakSoort::OppInstemmen => Functie::OuderKinderen,
            TaakSoort::BereidheidBevestigen => Functie::Aanmeldingen,
            TaakSoort::VrijstellingAdviseren => Functie::MijnSwv,
        }
    }

    pub fn parse(code: &str) -> Option<TaakSoort> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_code_and_a_source() {
        for s in TaakSoort::ALL {
            assert_eq!(TaakSoort::parse(s.code()), Some(s));
            assert!(!s.bron().is_empty() && !s.omschrijving().is_empty());
        }
    }
}

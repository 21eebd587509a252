//! The letter to the parents on a registration's decision, and the code the decision is
//! stored under.

use super::besluit::{Besluit, Uitzondering};
use jiff::civil::Date;

impl Besluit {
    /// The code on record (and in the API).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Toegelaten { .. } => "toegelaten",
            Self::ElderToegelaten { .. } => "elders toegelaten",
            Self::TlvRoute => "tlv-route",
            Self::NietBehandeld => "niet behandeld",
            Self::Uitzondering { soort, .. } => match soort {
                Uitzondering::GeenPlaatsruimte => "geen plaatsruimte",
                Uitzondering::Grondslag => "grondslag",
                Uitzondering::Toelatingsvoorwaarden => "toelatingsvoorwaarden",
            },
        }
    }
}

/// The letter to the parents for a decision, in plain Dutch, naming their rights: bezwaar
/// with the bestuur, the geschillencommissie passend onderwijs (WPO art. 43, WVO art. 27c,
/// WEC art. 45; RULES §1.4) and the onderwijsconsulent.
pub fn brief(besluit: &Besluit, school: &str, datum: Date) -> String {
    let kern = kern(besluit, school);
    format!(
        "Besluit van {datum}.\n\n{kern}\n\nBent u het niet eens met dit besluit, dan kunt u bezwaar maken bij het schoolbestuur \
         en het geschil voorleggen aan de geschillencommissie passend onderwijs. U kunt ook gratis hulp vragen van een onderwijsconsulent."
    )
}

/// The decision itself in one or two sentences, as the letter states it.
pub fn kern(besluit: &Besluit, school: &str) -> String {
    match besluit {
        Besluit::Toegelaten {
            extra_ondersteuning: true,
        } => format!(
            "{school} laat uw kind toe en biedt de extra ondersteuning die het nodig heeft."
        ),
        Besluit::Toegelaten {
            extra_ondersteuning: false,
        } => format!("{school} laat uw kind toe."),
        Besluit::ElderToegelaten { andere_school, .. } => format!(
            "{school} kan uw kind niet de ondersteuning bieden die het nodig heeft. {andere_school} heeft laten weten dat zij uw kind wil toelaten."
        ),
        Besluit::TlvRoute => format!(
            "{school} vraagt bij het samenwerkingsverband een toelaatbaarheidsverklaring aan voor het speciaal (basis)onderwijs."
        ),
        Besluit::NietBehandeld => format!(
            "{school} behandelt de aanmelding niet, omdat de gevraagde gegevens niet op tijd zijn aangevuld."
        ),
        Besluit::Uitzondering { soort, reden } => {
            let grond = match soort {
                Uitzondering::GeenPlaatsruimte => "er is geen plaats",
                Uitzondering::Grondslag => {
                    "u verklaart de grondslag van de school niet te respecteren"
                }
                Uitzondering::Toelatingsvoorwaarden => {
                    "uw kind voldoet niet aan de toelatingsvoorwaarden"
                }
            };
            format!("{school} laat uw kind niet toe, omdat {grond}: {reden}.")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn each_decision_has_its_code_and_its_sentence() {
        let uitzondering = |soort| Besluit::Uitzondering {
            soort,
            reden: "groep 3 vol".into(),
        };
        let cases = [
            (
                Besluit::Toegelaten {
                    extra_ondersteuning: true,
                },
                "toegelaten",
                "De Regenboog laat uw kind toe en biedt de extra ondersteuning die het nodig heeft.",
            ),
            (
                Besluit::Toegelaten {
                    extra_ondersteuning: false,
                },
                "toegelaten",
                "De Regenboog laat uw kind toe.",
            ),
            (
                Besluit::ElderToegelaten {
                    andere_school: "90AB00".into(),
                    bereid_op: None,
                },
                "elders toegelaten",
                "die het nodig heeft. 90AB00 heeft laten weten dat zij uw kind wil toelaten.",
            ),
            (
                Besluit::TlvRoute,
                "tlv-route",
                "De Regenboog vraagt bij het samenwerkingsverband een toelaatbaarheidsverklaring aan",
            ),
            (
                Besluit::NietBehandeld,
                "niet behandeld",
                "De Regenboog behandelt de aanmelding niet",
            ),
            (
                uitzondering(Uitzondering::GeenPlaatsruimte),
                "geen plaatsruimte",
                "De Regenboog laat uw kind niet toe, omdat er is geen plaats: groep 3 vol.",
            ),
            (
                uitzondering(Uitzondering::Grondslag),
                "grondslag",
                "omdat u verklaart de grondslag van de school niet te respecteren: groep 3 vol.",
            ),
            (
                uitzondering(Uitzondering::Toelatingsvoorwaarden),
                "toelatingsvoorwaarden",
                "omdat uw kind voldoet niet aan de toelatingsvoorwaarden: groep 3 vol.",
            ),
        ];
        for (besluit, code, zin) in cases {
            assert_eq!(besluit.code(), code, "{besluit:?}");
            let b = brief(&besluit, "De Regenboog", date(2026, 2, 10));
            assert!(b.starts_with("Besluit van 2026-02-10.\n\n"), "{b}");
            assert!(b.contains(zin), "{zin:?} in {b}");
            assert!(b.contains("geschillencommissie passend onderwijs"), "{b}");
            assert!(b.contains("onderwijsconsulent"), "{b}");
        }
    }
}

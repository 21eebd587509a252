//! A stored decision on an aanmelding read back for its letter: the decision from its code
//! and columns, and the reasons the letter gives with the article.

use super::besluit::{Besluit, Uitzondering};
use super::brief::kern;
use crate::brief::datum_voluit;
use jiff::civil::Date;

/// The sentence [`kern`] writes for an admission with extra support.
fn met_extra(school: &str) -> String {
    kern(
        &Besluit::Toegelaten {
            extra_ondersteuning: true,
        },
        school,
    )
}

/// The decision stored under `code` with its columns (`andere_school` as the letter names
/// it). The code `toegelaten` covers both admissions: the letter written at the decision
/// ([`super::brief`]) tells whether the school offers extra support.
pub fn opgeslagen(
    code: &str,
    andere_school: &str,
    bereid_op: Option<Date>,
    reden: &str,
    brief: &str,
    school: &str,
) -> Option<Besluit> {
    let uitzondering = |soort| Besluit::Uitzondering {
        soort,
        reden: reden.to_string(),
    };
    Some(match code {
        "toegelaten" => Besluit::Toegelaten {
            extra_ondersteuning: brief.contains(&met_extra(school)),
        },
        "elders toegelaten" => Besluit::ElderToegelaten {
            andere_school: andere_school.to_string(),
            bereid_op,
        },
        "tlv-route" => Besluit::TlvRoute,
        "niet behandeld" => Besluit::NietBehandeld,
        "geen plaatsruimte" => uitzondering(Uitzondering::GeenPlaatsruimte),
        "grondslag" => uitzondering(Uitzondering::Grondslag),
        "toelatingsvoorwaarden" => uitzondering(Uitzondering::Toelatingsvoorwaarden),
        _ => return None,
    })
}

/// The reasons with the article that allows the decision: the other school's willingness
/// (WPO art. 40 lid 4), an exception (WPO art. 40 lid 5, WVO art. 27 lid 2d) or the
/// incomplete registration (WVO art. 27 lid 2g). An admission or the TLV route needs none.
pub fn redenen(besluit: &Besluit) -> Vec<String> {
    match besluit {
        Besluit::ElderToegelaten {
            andere_school,
            bereid_op: Some(d),
        } => vec![format!(
            "{andere_school} heeft op {} laten weten dat zij bereid is uw kind toe te laten (WPO art. 40 lid 4, WVO art. 27 lid 2c, WEC art. 40 lid 5).",
            datum_voluit(*d)
        )],
        Besluit::Uitzondering { soort, reden } => {
            let artikel = match soort {
                Uitzondering::Toelatingsvoorwaarden => "WVO art. 27 lid 2d",
                _ => "WPO art. 40 lid 5, WVO art. 27 lid 2d",
            };
            vec![format!("{} ({artikel}).", reden.trim().trim_end_matches('.'))]
        }
        Besluit::NietBehandeld => vec![
            "De aanmelding is niet aangevuld binnen de termijn die de school daarvoor gaf (WVO art. 27 lid 2g).".into(),
        ],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::zorgplicht::brief;
    use jiff::civil::date;

    #[test]
    fn a_stored_decision_reads_back_as_decided() {
        let d = date(2026, 12, 7);
        for extra in [true, false] {
            let b = Besluit::Toegelaten {
                extra_ondersteuning: extra,
            };
            let letter = brief(&b, "De Regenboog", d);
            assert_eq!(
                opgeslagen(b.code(), "", None, "", &letter, "De Regenboog"),
                Some(b)
            );
        }
        let elders = Besluit::ElderToegelaten {
            andere_school: "De Linde".into(),
            bereid_op: Some(date(2026, 12, 1)),
        };
        let terug = opgeslagen(
            elders.code(),
            "De Linde",
            Some(date(2026, 12, 1)),
            "",
            "",
            "x",
        );
        assert_eq!(terug.as_ref(), Some(&elders));
        assert_eq!(
            redenen(&elders),
            [
                "De Linde heeft op 1 december 2026 laten weten dat zij bereid is uw kind toe te laten (WPO art. 40 lid 4, WVO art. 27 lid 2c, WEC art. 40 lid 5)."
            ]
        );
        let vol = opgeslagen("geen plaatsruimte", "", None, "groep 3 vol.", "", "x").unwrap();
        assert_eq!(
            redenen(&vol),
            ["groep 3 vol (WPO art. 40 lid 5, WVO art. 27 lid 2d)."]
        );
        assert_eq!(opgeslagen("onbekend", "", None, "", "", "x"), None);
        assert!(redenen(&Besluit::TlvRoute).is_empty());
    }
}

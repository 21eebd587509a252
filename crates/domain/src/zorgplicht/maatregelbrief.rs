//! The sentences of the letters about a schorsing and a verwijdering: the measure with its
//! dates, and what the law made the school do besides (RULES §5.1–5.2).

use super::melding::MeldingSoort;
use super::schorsing::duur;
use crate::brief::datum_voluit;
use jiff::civil::Date;

/// The schorsing, from its first to its last day (WPO art. 40c lid 1, IbWVO art. 13), and
/// what it means for attending school (Leerplichtwet art. 11 onder c).
pub fn schorsing(school: &str, kind: &str, van: Date, tot: Date) -> Vec<String> {
    let dagen = match duur(van, tot) {
        1 => "1 dag".to_string(),
        n => format!("{n} dagen"),
    };
    vec![
        format!(
            "{school} schorst {kind} van {} tot en met {} ({dagen}).",
            datum_voluit(van),
            datum_voluit(tot)
        ),
        "Tijdens de schorsing is uw kind vrijgesteld van geregeld schoolbezoek (Leerplichtwet art. 11 onder c).".into(),
    ]
}

/// A schorsing longer than one day was reported to the inspectie (WPO art. 40c lid 3, WEC
/// art. 40c lid 3, IbWVO art. 13 lid 3).
pub fn schorsing_gemeld() -> String {
    format!(
        "Omdat de schorsing langer duurt dan één dag, heeft de school de inspectie van het onderwijs hiervan schriftelijk en met opgave van redenen in kennis gesteld ({}).",
        MeldingSoort::Schorsing.bron()
    )
}

/// The definitive verwijdering from its date (WPO art. 40 lid 11, WVO art. 27 lid 1, WEC
/// art. 40 lid 18).
pub fn verwijdering(school: &str, kind: &str, datum: Date) -> String {
    format!(
        "Het bevoegd gezag van {school} verwijdert {kind} definitief van school met ingang van {}.",
        datum_voluit(datum)
    )
}

/// What made the verwijdering lawful: the other school willing to admit the child and, in
/// vo, the overleg with the inspectie (IbWVO art. 14).
pub fn verwijdering_redenen(andere_school: &str, overleg_inspectie: bool) -> Vec<String> {
    let mut r = Vec::new();
    if !andere_school.trim().is_empty() {
        r.push(format!(
            "{} is bereid uw kind toe te laten (WPO art. 40 lid 11, WVO art. 27 lid 1, WEC art. 40 lid 18).",
            andere_school.trim()
        ));
    }
    if overleg_inspectie {
        r.push(
            "Over de verwijdering is overleg gevoerd met de inspectie van het onderwijs (IbWVO art. 14)."
                .into(),
        );
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn the_measures_are_stated_with_their_dates_in_words() {
        let s = schorsing(
            "De Regenboog",
            "Sanne",
            date(2026, 12, 7),
            date(2026, 12, 8),
        );
        assert_eq!(
            s[0],
            "De Regenboog schorst Sanne van 7 december 2026 tot en met 8 december 2026 (2 dagen)."
        );
        assert!(schorsing("x", "y", date(2026, 12, 7), date(2026, 12, 7))[0].contains("(1 dag)"));
        assert!(schorsing_gemeld().contains("WPO art. 40c lid 3"));
        assert_eq!(
            verwijdering("De Regenboog", "Sanne", date(2027, 1, 4)),
            "Het bevoegd gezag van De Regenboog verwijdert Sanne definitief van school met ingang van 4 januari 2027."
        );
        assert_eq!(verwijdering_redenen(" ", false), Vec::<String>::new());
        let r = verwijdering_redenen("SBO De Brug", true);
        assert!(r[0].starts_with("SBO De Brug is bereid") && r[1].contains("IbWVO art. 14"));
    }
}

//! The sentences of B&W's letter on a request for vrijstelling: the decision with its
//! ground and period, the yearly notice it asks of the parents, and its reasons.

use super::Grond;
use crate::brief::datum_voluit;
use jiff::civil::Date;

/// The decision: granted for the period asked, or refused (Leerplichtwet art. 5, 5a, 11, 15).
pub fn besluit(kind: &str, grond: Grond, van: Date, tot: Option<Date>, verleend: bool) -> String {
    let grond = grond.omschrijving();
    if !verleend {
        return format!(
            "Burgemeester en wethouders weigeren de vrijstelling voor {kind} (Leerplichtwet 1969, {grond}) die met ingang van {} is gevraagd.",
            datum_voluit(van)
        );
    }
    let periode = match tot {
        Some(t) => format!("van {} tot en met {}", datum_voluit(van), datum_voluit(t)),
        None => format!("met ingang van {}", datum_voluit(van)),
    };
    format!(
        "Burgemeester en wethouders verlenen vrijstelling voor {kind} (Leerplichtwet 1969, {grond}) {periode}."
    )
}

/// For a vrijstelling of art. 5 the parents give notice every year before 1 juli, as long
/// as they rely on it (art. 6).
pub fn kennisgeving(grond: Grond, verleend: bool) -> Option<&'static str> {
    (verleend && grond.jaarlijkse_kennisgeving()).then_some(
        "Zolang u zich op deze vrijstelling beroept, geeft u daarvan ieder jaar vóór 1 juli kennis aan burgemeester en wethouders (Leerplichtwet art. 6).",
    )
}

/// The statement of art. 7 that a request on ground 5 onder a rests on.
pub fn verklaring(datum: Date) -> String {
    format!(
        "De verklaring van een arts, pedagoog of psycholoog van {} (Leerplichtwet art. 7).",
        datum_voluit(datum)
    )
}

/// The SWV's advice on the child's education possibilities, in its own words.
pub fn advies(swv: &str, datum: Date, tekst: &str) -> String {
    format!(
        "Het advies van {swv} over de onderwijsmogelijkheden van uw kind, van {}: {}",
        datum_voluit(datum),
        tekst.trim()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn the_decision_names_ground_and_period_in_words() {
        let (van, tot) = (date(2026, 12, 7), Some(date(2027, 7, 31)));
        assert_eq!(
            besluit("Sanne", Grond::Art5a, van, tot, true),
            "Burgemeester en wethouders verlenen vrijstelling voor Sanne (Leerplichtwet 1969, art. 5 onder a: lichamelijke of psychische gronden) van 7 december 2026 tot en met 31 juli 2027."
        );
        assert!(
            besluit("Sanne", Grond::Art11, van, None, true)
                .ends_with("met ingang van 7 december 2026.")
        );
        assert!(
            besluit("Sanne", Grond::Art5b, van, tot, false)
                .starts_with("Burgemeester en wethouders weigeren")
        );
        assert!(kennisgeving(Grond::Art5a, true).is_some());
        assert!(
            kennisgeving(Grond::Art5a, false).is_none()
                && kennisgeving(Grond::Art11, true).is_none()
        );
        assert!(
            advies("SWV Lek", van, " Niet haalbaar. ").ends_with("7 december 2026: Niet haalbaar.")
        );
    }
}

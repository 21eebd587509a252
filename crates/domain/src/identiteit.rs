//! Identity before linking: a person number (BSN or onderwijsnummer) alone never decides
//! which child a registration, an import or an OSO dossier is about. Someone who knows a
//! child's BSN must not get that child's dossier by typing it with another name.
//!
//! The rule: the birth date is equal, the family name with its tussenvoegsel is equal, and
//! the first name is equal to the known first name or, where the source gives several
//! (OSO: roepnaam and voornamen), to one of them. Names compare after normalisation:
//! case, spaces, hyphens, apostrophes and dots do not count, and accented Latin letters
//! count as their plain letter ("Özil" = "ozil", "van 't Hof" = "Van t Hof").

use crate::leerling::Naam;
use jiff::civil::Date;

/// The person data that a known pupil and the data offered with a number are compared on.
#[derive(Debug, Clone, Copy)]
pub struct Persoon<'a> {
    /// One or more first names (the known pupil has one; an OSO dossier may give several).
    pub voornamen: &'a [&'a str],
    pub tussenvoegsel: Option<&'a str>,
    pub achternaam: &'a str,
    pub geboortedatum: Date,
}

impl<'a> Persoon<'a> {
    pub fn van(naam: &'a Naam, voornamen: &'a [&'a str], geboortedatum: Date) -> Self {
        Persoon {
            voornamen,
            tussenvoegsel: naam.tussenvoegsel.as_deref(),
            achternaam: &naam.achternaam,
            geboortedatum,
        }
    }
}

/// Do the two describe the same child? See the module for the rule.
pub fn zelfde_kind(bekend: &Persoon<'_>, opgegeven: &Persoon<'_>) -> bool {
    let familienaam = |p: &Persoon<'_>| {
        normaliseer(&format!(
            "{}{}",
            p.tussenvoegsel.unwrap_or_default(),
            p.achternaam
        ))
    };
    bekend.geboortedatum == opgegeven.geboortedatum
        && familienaam(bekend) == familienaam(opgegeven)
        && !familienaam(bekend).is_empty()
        && bekend.voornamen.iter().any(|a| {
            let a = normaliseer(a);
            !a.is_empty() && opgegeven.voornamen.iter().any(|b| normaliseer(b) == a)
        })
}

/// Lower case without spaces, hyphens, apostrophes and dots; accented Latin letters as their
/// plain letter.
pub fn normaliseer(naam: &str) -> String {
    naam.chars()
        .filter(|c| !matches!(c, ' ' | '-' | '\'' | '’' | '.' | '\u{a0}'))
        .flat_map(char::to_lowercase)
        .map(zonder_accent)
        .collect()
}

fn zonder_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn p<'a>(voornamen: &'a [&'a str], tv: Option<&'a str>, an: &'a str, d: Date) -> Persoon<'a> {
        Persoon {
            voornamen,
            tussenvoegsel: tv,
            achternaam: an,
            geboortedatum: d,
        }
    }

    #[test]
    fn same_child_only_when_name_and_birth_date_agree() {
        let d = date(2016, 5, 3);
        let bekend = p(&["Sanne"], Some("van den"), "Berg", d);
        let cases: [(Persoon<'_>, bool); 8] = [
            (p(&["sanne"], Some("Van Den"), "berg", d), true),
            (p(&["Sanne"], None, "van den Berg", d), true),
            (
                p(&["Sanne Maria", "Sanne"], Some("van den"), "Berg", d),
                true,
            ),
            (
                p(&["Sanne"], Some("van den"), "Berg", date(2016, 5, 4)),
                false,
            ),
            (p(&["Lotte"], Some("van den"), "Berg", d), false),
            (p(&["Sanne"], Some("van der"), "Berg", d), false),
            (p(&["Sanne"], None, "Berg", d), false),
            (p(&[""], Some("van den"), "Berg", d), false),
        ];
        for (opgegeven, same) in cases {
            assert_eq!(zelfde_kind(&bekend, &opgegeven), same, "{opgegeven:?}");
        }
    }

    #[test]
    fn names_normalise_case_accents_and_punctuation() {
        assert_eq!(normaliseer("Özil-Çelik"), "ozilcelik");
        assert_eq!(normaliseer("van 't Hof"), normaliseer("Van t Hof"));
        assert_ne!(normaliseer("Jansen"), normaliseer("Janssen"));
    }
}

//! The support need that follows an admitted child into its dossier. The school assesses at
//! the registration whether the child needs extra ondersteuning (WPO art. 40 lid 3, WVO
//! art. 27 lid 2b, WEC art. 40 lid 4; RULES §1); once the child is admitted that assessment
//! is the school's to act on (the OPP, WPO art. 40a), so it must not stay behind on the
//! registration.

use jiff::civil::Date;

/// The text the dossier shows as the child's ondersteuningsbehoefte after admission, or
/// `None` when neither the registration nor the decision found a need for extra support.
/// A need found at either moment counts: a need once assessed is not dropped silently.
pub fn behoefte_na_toelating(
    extra_bij_aanmelding: bool,
    extra_bij_besluit: bool,
    beoordeling: Option<&str>,
    ontvangen: Date,
) -> Option<String> {
    if !(extra_bij_aanmelding || extra_bij_besluit) {
        return None;
    }
    let wat = beoordeling
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .unwrap_or("extra ondersteuning nodig (nog niet beschreven)");
    Some(format!(
        "{wat} (beoordeeld bij de aanmelding van {ontvangen})"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_need_assessed_at_registration_or_decision_reaches_the_dossier() {
        let d = date(2026, 11, 2);
        let bij = " (beoordeeld bij de aanmelding van 2026-11-02)";
        let cases: [(bool, bool, Option<&str>, Option<String>); 6] = [
            (false, false, Some("Dyslexie"), None),
            (false, false, None, None),
            (
                true,
                false,
                Some(" Dyslexie "),
                Some(format!("Dyslexie{bij}")),
            ),
            (
                false,
                true,
                Some("Dyslexie"),
                Some(format!("Dyslexie{bij}")),
            ),
            (
                true,
                true,
                None,
                Some(format!(
                    "extra ondersteuning nodig (nog niet beschreven){bij}"
                )),
            ),
            (
                true,
                false,
                Some("  "),
                Some(format!(
                    "extra ondersteuning nodig (nog niet beschreven){bij}"
                )),
            ),
        ];
        for (aanmelding, besluit, beoordeling, want) in cases {
            assert_eq!(
                behoefte_na_toelating(aanmelding, besluit, beoordeling, d),
                want,
                "{aanmelding} {besluit} {beoordeling:?}"
            );
        }
    }
}

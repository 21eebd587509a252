//! Schorsing (WPO art. 40c, Inrichtingsbesluit WVO art. 13); verwijdering is in
//! [`super::verwijdering`].

use jiff::civil::Date;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SchorsingError {
    #[error(
        "een schorsing duurt ten hoogste één week; {0} dagen mag niet (WPO art. 40c lid 1, IbWVO art. 13)"
    )]
    TeLang(i64),
    #[error("de schorsing eindigt vóór ze begint")]
    Omgekeerd,
    #[error("een schorsing gebeurt met opgave van redenen (WPO art. 40c lid 1)")]
    GeenReden,
    #[error(
        "het besluit tot schorsing wordt schriftelijk aan de ouders bekendgemaakt (WPO art. 40c lid 2)"
    )]
    NietSchriftelijk,
}

/// The days of a schorsing, both ends included.
pub fn duur(van: Date, tot: Date) -> i64 {
    van.until(tot)
        .map(|s| i64::from(s.get_days()) + 1)
        .unwrap_or(0)
}

/// Checks a schorsing; `Ok(true)` when the inspectie must be told (longer than one day,
/// art. 40c lid 3).
pub fn toets_schorsing(
    van: Date,
    tot: Date,
    reden: &str,
    schriftelijk: bool,
) -> Result<bool, SchorsingError> {
    if tot < van {
        return Err(SchorsingError::Omgekeerd);
    }
    let dagen = duur(van, tot);
    if dagen > 7 {
        return Err(SchorsingError::TeLang(dagen));
    }
    if reden.trim().is_empty() {
        return Err(SchorsingError::GeenReden);
    }
    if !schriftelijk {
        return Err(SchorsingError::NietSchriftelijk);
    }
    Ok(dagen > 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn at_most_a_week_and_the_inspectie_above_one_day() {
        let van = date(2026, 3, 2);
        assert_eq!(
            toets_schorsing(van, date(2026, 3, 9), "geweld", true),
            Err(SchorsingError::TeLang(8))
        );
        assert_eq!(
            toets_schorsing(van, date(2026, 3, 8), "geweld", true),
            Ok(true)
        );
        assert_eq!(
            toets_schorsing(van, date(2026, 3, 3), "geweld", true),
            Ok(true),
            "2 days: melding"
        );
        assert_eq!(
            toets_schorsing(van, van, "geweld", true),
            Ok(false),
            "1 day: no melding"
        );
        assert_eq!(
            toets_schorsing(van, van, " ", true),
            Err(SchorsingError::GeenReden)
        );
        assert_eq!(
            toets_schorsing(van, van, "x", false),
            Err(SchorsingError::NietSchriftelijk)
        );
        assert_eq!(
            toets_schorsing(van, date(2026, 3, 1), "x", true),
            Err(SchorsingError::Omgekeerd)
        );
    }
}

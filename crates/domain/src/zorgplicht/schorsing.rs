//! Schorsing (WPO art. 40c, Inrichtingsbesluit WVO art. 13) and verwijdering (WPO 40 lid 11,
//! WVO 27 lid 1 with IbWVO art. 14, WEC 40 lid 18).

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

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerwijderingError {
    #[error(
        "vóór een besluit tot verwijdering hoort het bevoegd gezag de leraar (WPO art. 40 lid 11)"
    )]
    LeraarNietGehoord,
    #[error(
        "definitieve verwijdering pas als een andere school bereid is de leerling toe te laten (WPO art. 40 lid 11)"
    )]
    GeenAndereSchool,
    #[error(
        "een leerplichtige in het voortgezet onderwijs wordt pas verwijderd na overleg met de inspectie (IbWVO art. 14)"
    )]
    GeenOverlegInspectie,
}

/// What is known when a verwijdering is to be made definitive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verwijdering {
    pub leraar_gehoord: bool,
    pub andere_school_bereid: bool,
    pub vo: bool,
    pub leerplichtig: bool,
    pub overleg_inspectie: bool,
}

pub fn toets_verwijdering(v: &Verwijdering) -> Result<(), VerwijderingError> {
    if !v.leraar_gehoord {
        return Err(VerwijderingError::LeraarNietGehoord);
    }
    if !v.andere_school_bereid {
        return Err(VerwijderingError::GeenAndereSchool);
    }
    if v.vo && v.leerplichtig && !v.overleg_inspectie {
        return Err(VerwijderingError::GeenOverlegInspectie);
    }
    Ok(())
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

    #[test]
    fn verwijdering_conditions() {
        let ok = Verwijdering {
            leraar_gehoord: true,
            andere_school_bereid: true,
            vo: true,
            leerplichtig: true,
            overleg_inspectie: true,
        };
        assert_eq!(toets_verwijdering(&ok), Ok(()));
        assert_eq!(
            toets_verwijdering(&Verwijdering {
                leraar_gehoord: false,
                ..ok.clone()
            }),
            Err(VerwijderingError::LeraarNietGehoord)
        );
        assert_eq!(
            toets_verwijdering(&Verwijdering {
                andere_school_bereid: false,
                ..ok.clone()
            }),
            Err(VerwijderingError::GeenAndereSchool)
        );
        assert_eq!(
            toets_verwijdering(&Verwijdering {
                overleg_inspectie: false,
                ..ok.clone()
            }),
            Err(VerwijderingError::GeenOverlegInspectie)
        );
        assert_eq!(
            toets_verwijdering(&Verwijdering {
                overleg_inspectie: false,
                vo: false,
                ..ok
            }),
            Ok(())
        );
    }
}

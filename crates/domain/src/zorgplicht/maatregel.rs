//! The procedures of a schorsing and a definitive verwijdering: the facts the store loads
//! go in, the decision (or the reason it may not be taken) and the melding's text come out.
//! The store writes the result once.

use super::schorsing::{SchorsingError, duur, toets_schorsing};
use super::verwijdering::{Verwijdering, VerwijderingError, Wet, toets_verwijdering};
use crate::leerplicht::plicht_op;
use jiff::ToSpan;
use jiff::civil::Date;

/// Why a measure may not be recorded, besides the rules of the measure itself.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MaatregelError {
    /// The bevoegd gezag of the school where the pupil is enrolled takes the measure
    /// (WPO art. 40 lid 11, art. 40c lid 1; WVO art. 27 lid 1).
    #[error("alleen de school waar de leerling is ingeschreven kan {0}")]
    NietDeSchool(&'static str),
    /// The child is heard, or it is recorded why not (IVRK art. 12).
    #[error("leg vast wat het kind heeft gezegd, of waarom het niet is gehoord")]
    KindNietGehoord,
    #[error("de verwijdering ligt vóór de inschrijving")]
    VoorInschrijving,
    #[error(transparent)]
    Schorsing(#[from] SchorsingError),
    #[error(transparent)]
    Verwijdering(#[from] VerwijderingError),
}

/// What a schorsing decision depends on.
#[derive(Debug, Clone)]
pub struct SchorsingFeiten<'a> {
    /// The requester's own vestiging, when it is where the pupil is enrolled on `van`.
    pub school: Option<&'a str>,
    /// The pupil's number in passend, for the melding.
    pub leerling: i64,
    pub van: Date,
    pub tot: Date,
    pub reden: &'a str,
    pub schriftelijk: bool,
    pub stem_kind: &'a str,
}

/// A schorsing that may be recorded, with the melding to the inspectie when one is due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schorsingsbesluit {
    pub vestiging: String,
    pub inspectie_melding: Option<String>,
}

/// WPO art. 40c, IbWVO art. 13: at most a week, with reasons, in writing; longer than one
/// day is reported to the inspectie (art. 40c lid 3).
pub fn beslis_schorsing(f: &SchorsingFeiten) -> Result<Schorsingsbesluit, MaatregelError> {
    let school = f.school.ok_or(MaatregelError::NietDeSchool("schorsen"))?;
    if f.stem_kind.trim().is_empty() {
        return Err(MaatregelError::KindNietGehoord);
    }
    let melden = toets_schorsing(f.van, f.tot, f.reden, f.schriftelijk)?;
    let inspectie_melding = melden.then(|| {
        format!(
            "Melding aan de inspectie (WPO art. 40c lid 3): vestiging {school} schorst leerling {} van {} tot en met {} ({} dagen). Reden: {}",
            f.leerling,
            f.van,
            f.tot,
            duur(f.van, f.tot),
            f.reden.trim()
        )
    });
    Ok(Schorsingsbesluit {
        vestiging: school.to_string(),
        inspectie_melding,
    })
}

/// The requester's current enrolment of the pupil, when the requester is that school.
#[derive(Debug, Clone)]
pub struct Inschrijving<'a> {
    pub vestiging: &'a str,
    pub van: Date,
    /// `vo`, `pro`, `vso`, `po`, `sbo` or `so`.
    pub schoolsoort: &'a str,
}

/// What a definitive verwijdering depends on.
#[derive(Debug, Clone)]
pub struct VerwijderingFeiten<'a> {
    pub hier: Option<Inschrijving<'a>>,
    pub geboortedatum: Date,
    pub datum: Date,
    pub leraar_gehoord: bool,
    /// The parents were heard (IbWVO art. 14 lid 1; WPO art. 63 lid 2, WEC art. 61 lid 2).
    pub ouders_gehoord: bool,
    /// The school that agreed in writing to take the pupil; empty when none did.
    pub andere_school: &'a str,
    pub overleg_inspectie: bool,
    pub stem_kind: &'a str,
    /// The school's reasons.
    pub reden: &'a str,
}

/// The pupil heard (IVRK art. 12; IbWVO art. 14 lid 1), then the rules of the school's law
/// ([`toets_verwijdering`]). Returns the vestiging whose enrolment ends on `datum`.
pub fn beslis_verwijdering(f: &VerwijderingFeiten) -> Result<String, MaatregelError> {
    let hier = f
        .hier
        .as_ref()
        .ok_or(MaatregelError::NietDeSchool("verwijderen"))?;
    if f.datum < hier.van {
        return Err(MaatregelError::VoorInschrijving);
    }
    if f.stem_kind.trim().is_empty() {
        return Err(MaatregelError::KindNietGehoord);
    }
    toets_verwijdering(&Verwijdering {
        wet: Wet::van(hier.schoolsoort),
        plicht: plicht_op(f.geboortedatum, f.datum),
        minderjarig: f.datum < f.geboortedatum.saturating_add(18.years()),
        leraar_gehoord: f.leraar_gehoord,
        ouders_gehoord: f.ouders_gehoord,
        andere_school_bereid: !f.andere_school.trim().is_empty(),
        overleg_inspectie: f.overleg_inspectie,
        reden_gegeven: !f.reden.trim().is_empty(),
    })?;
    Ok(hier.vestiging.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn schorsing<'a>(school: Option<&'a str>, stem: &'static str) -> SchorsingFeiten<'a> {
        SchorsingFeiten {
            school,
            leerling: 7,
            van: date(2026, 3, 2),
            tot: date(2026, 3, 4),
            reden: "geweld",
            schriftelijk: true,
            stem_kind: stem,
        }
    }

    #[test]
    fn schorsing_by_the_school_of_enrolment_with_the_melding() {
        let b = beslis_schorsing(&schorsing(Some("01AB00"), "gehoord")).unwrap();
        assert_eq!(b.vestiging, "01AB00");
        assert_eq!(
            b.inspectie_melding.as_deref(),
            Some(
                "Melding aan de inspectie (WPO art. 40c lid 3): vestiging 01AB00 schorst leerling 7 van 2026-03-02 tot en met 2026-03-04 (3 dagen). Reden: geweld"
            )
        );
        assert_eq!(
            beslis_schorsing(&schorsing(None, "gehoord")),
            Err(MaatregelError::NietDeSchool("schorsen"))
        );
        assert_eq!(
            beslis_schorsing(&schorsing(Some("01AB00"), " ")),
            Err(MaatregelError::KindNietGehoord)
        );
    }

    #[test]
    fn verwijdering_needs_the_enrolment_and_the_inspectie_for_a_leerplichtige_in_vo() {
        let f = VerwijderingFeiten {
            hier: Some(Inschrijving {
                vestiging: "02CD00",
                van: date(2025, 8, 1),
                schoolsoort: "vo",
            }),
            geboortedatum: date(2012, 5, 1),
            datum: date(2026, 3, 2),
            leraar_gehoord: true,
            ouders_gehoord: true,
            andere_school: "03EF00",
            overleg_inspectie: false,
            stem_kind: "gehoord",
            reden: "geweld",
        };
        assert_eq!(
            beslis_verwijdering(&f),
            Err(MaatregelError::Verwijdering(
                VerwijderingError::GeenOverlegInspectie
            ))
        );
        let ok = VerwijderingFeiten {
            overleg_inspectie: true,
            ..f.clone()
        };
        assert_eq!(beslis_verwijdering(&ok), Ok("02CD00".to_string()));
        let vroeg = VerwijderingFeiten {
            datum: date(2025, 7, 1),
            ..ok.clone()
        };
        assert_eq!(
            beslis_verwijdering(&vroeg),
            Err(MaatregelError::VoorInschrijving)
        );
        let niet = VerwijderingFeiten { hier: None, ..ok };
        assert_eq!(
            beslis_verwijdering(&niet),
            Err(MaatregelError::NietDeSchool("verwijderen"))
        );
    }

    /// Per schoolsoort and age on the day: may an 18th birthday or leerplicht's end lift
    /// the need for another school, the parents' hearing or the inspectie?
    #[test]
    fn verwijdering_follows_the_age_on_the_day() {
        let datum = date(2026, 3, 2);
        // (schoolsoort, born, parents heard, another school, inspectie, allowed)
        let tabel = [
            ("vo", date(2008, 3, 2), false, "", false, true), // 18 that day
            ("vo", date(2008, 3, 3), false, "03EF00", true, false), // 17: parents
            ("vo", date(2008, 3, 3), true, "", true, false),  // kwalificatieplicht
            ("vo", date(2008, 3, 3), true, "03EF00", false, true), // not leerplichtig
            ("vso", date(2006, 1, 1), true, "", false, true), // 20, no Lpw
            ("vso", date(2012, 1, 1), true, "03EF00", false, true), // no inspectie
            ("sbo", date(2006, 1, 1), true, "", false, false), // po: every pupil
        ];
        for (soort, geboren, ouders, andere, inspectie, mag) in tabel {
            let f = VerwijderingFeiten {
                hier: Some(Inschrijving {
                    vestiging: "02CD00",
                    van: date(2020, 8, 1),
                    schoolsoort: soort,
                }),
                geboortedatum: geboren,
                datum,
                leraar_gehoord: true,
                ouders_gehoord: ouders,
                andere_school: andere,
                overleg_inspectie: inspectie,
                stem_kind: "gehoord",
                reden: "geweld",
            };
            assert_eq!(beslis_verwijdering(&f).is_ok(), mag, "{soort} {geboren}");
        }
    }
}

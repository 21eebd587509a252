//! The ontwikkelingsperspectief (OPP): who must have one, when it is due, the expected
//! outflow, and the yearly evaluation (WPO art. 40a, WVO art. 26, WEC art. 41a; RULES §5.3).

use crate::schooljaar::Schooljaar;
use crate::schoolsoort::Schoolsoort;
use jiff::ToSpan;
use jiff::civil::Date;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OppError {
    #[error("'{0}' is geen uitstroombestemming")]
    Uitstroom(String),
    #[error(
        "in het vso is de uitstroom een uitstroomprofiel: vervolgonderwijs, arbeidsmarkt of dagbesteding (WEC art. 14a)"
    )]
    VsoProfielNodig,
    #[error(
        "buiten het vso is de verwachte uitstroom een onderwijssoort (Besluit bekostiging WPO art. 34.7)"
    )]
    OnderwijssoortNodig,
    #[error(
        "de onderbouwing noemt de belemmerende en de bevorderende factoren (Besluit bekostiging WPO art. 34.7)"
    )]
    OnderbouwingNodig,
    #[error(
        "het OPP wordt vastgesteld nadat op overeenstemming gericht overleg met de ouders is gevoerd: vul de datum van het overleg in (WPO art. 40a lid 1)"
    )]
    OverlegNodig,
    #[error(
        "het handelingsdeel noemt ten minste één doel met de ondersteuning, wie die geeft en hoe vaak"
    )]
    HandelingsdeelLeeg,
}

/// The expected outflow: a VO onderwijssoort, or for vso one of the three uitstroomprofielen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Uitstroom {
    Praktijkonderwijs,
    VmboBasis,
    VmboKader,
    VmboGemengdTheoretisch,
    Havo,
    Vwo,
    Mbo,
    Hbo,
    Vervolgonderwijs,
    Arbeidsmarkt,
    Dagbesteding,
}

impl Uitstroom {
    pub const ALL: [Uitstroom; 11] = [
        Self::Praktijkonderwijs,
        Self::VmboBasis,
        Self::VmboKader,
        Self::VmboGemengdTheoretisch,
        Self::Havo,
        Self::Vwo,
        Self::Mbo,
        Self::Hbo,
        Self::Vervolgonderwijs,
        Self::Arbeidsmarkt,
        Self::Dagbesteding,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Praktijkonderwijs => "praktijkonderwijs",
            Self::VmboBasis => "vmbo-basis",
            Self::VmboKader => "vmbo-kader",
            Self::VmboGemengdTheoretisch => "vmbo-gt",
            Self::Havo => "havo",
            Self::Vwo => "vwo",
            Self::Mbo => "mbo",
            Self::Hbo => "hbo-wo",
            Self::Vervolgonderwijs => "vervolgonderwijs",
            Self::Arbeidsmarkt => "arbeidsmarkt",
            Self::Dagbesteding => "dagbesteding",
        }
    }

    pub fn parse(s: &str) -> Result<Self, OppError> {
        Self::ALL
            .into_iter()
            .find(|u| u.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| OppError::Uitstroom(s.to_string()))
    }

    fn is_vso_profiel(self) -> bool {
        matches!(
            self,
            Self::Vervolgonderwijs | Self::Arbeidsmarkt | Self::Dagbesteding
        )
    }
}

/// Must the school draw up an OPP for this pupil? PO: basisschool pupils who need extra
/// support and every sbo pupil; VO: pupils who need extra support except lwoo pupils, and
/// every pro pupil; (v)so: every pupil (RULES §5.3).
pub fn verplicht(soort: Schoolsoort, extra_ondersteuning: bool, lwoo: bool) -> bool {
    match soort {
        Schoolsoort::Sbo | Schoolsoort::So | Schoolsoort::Vso | Schoolsoort::Pro => true,
        Schoolsoort::Bao => extra_ondersteuning,
        Schoolsoort::Vo => extra_ondersteuning && !lwoo,
    }
}

/// "Zo spoedig mogelijk, doch uiterlijk binnen zes weken na de inschrijving".
pub fn uiterlijk(ingeschreven: Date) -> Date {
    ingeschreven.checked_add(6.weeks()).unwrap_or(ingeschreven)
}

/// The perspectief part, checked before an OPP version is stored.
pub struct Perspectief<'a> {
    pub soort: Schoolsoort,
    pub uitstroom: Uitstroom,
    pub belemmerend: &'a str,
    pub bevorderend: &'a str,
    pub overleg_ouders: Option<Date>,
    pub doelen: usize,
}

pub fn toets(p: &Perspectief) -> Result<(), OppError> {
    match (p.soort == Schoolsoort::Vso, p.uitstroom.is_vso_profiel()) {
        (true, false) => return Err(OppError::VsoProfielNodig),
        (false, true) => return Err(OppError::OnderwijssoortNodig),
        _ => {}
    }
    if p.belemmerend.trim().is_empty() || p.bevorderend.trim().is_empty() {
        return Err(OppError::OnderbouwingNodig);
    }
    if p.overleg_ouders.is_none() {
        return Err(OppError::OverlegNodig);
    }
    if p.doelen == 0 {
        return Err(OppError::HandelingsdeelLeeg);
    }
    Ok(())
}

/// Where the yearly evaluation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Evaluatie {
    /// Evaluated in every schooljaar that needed it.
    OpOrde,
    /// This schooljaar still needs its evaluation (due by 31 July).
    DitSchooljaar(Date),
    /// A past schooljaar went by without one.
    TeLaat(Schooljaar),
}

/// One recorded evaluation: its day and whether it was held with the parents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Evaluatiemoment {
    pub datum: Date,
    pub met_ouders: bool,
}

/// "Ten minste één keer per schooljaar met de ouders geëvalueerd" (WPO art. 40a lid 3, WVO
/// art. 26, WEC art. 41a): every schooljaar after the one in which the OPP was first set
/// needs an evaluation with the parents; one without them does not count. The vaststelling
/// itself is that first year's overleg.
pub fn evaluatie(vastgesteld: Date, evaluaties: &[Evaluatiemoment], today: Date) -> Evaluatie {
    let met_ouders = |jaar: Schooljaar| {
        evaluaties
            .iter()
            .any(|e| e.met_ouders && jaar.contains(e.datum))
    };
    let nu = Schooljaar::of(today);
    let mut jaar = Schooljaar::of(vastgesteld).next();
    while jaar < nu {
        if !met_ouders(jaar) {
            return Evaluatie::TeLaat(jaar);
        }
        jaar = jaar.next();
    }
    if jaar == nu && !met_ouders(nu) {
        return Evaluatie::DitSchooljaar(nu.end());
    }
    Evaluatie::OpOrde
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn who_needs_an_opp() {
        let cases = [
            (Schoolsoort::Bao, false, false, false),
            (Schoolsoort::Bao, true, false, true),
            (Schoolsoort::Sbo, false, false, true),
            (Schoolsoort::So, false, false, true),
            (Schoolsoort::Vso, false, false, true),
            (Schoolsoort::Vo, true, false, true),
            (Schoolsoort::Vo, true, true, false),
            (Schoolsoort::Vo, false, false, false),
            (Schoolsoort::Pro, false, false, true),
        ];
        for (soort, extra, lwoo, want) in cases {
            assert_eq!(
                verplicht(soort, extra, lwoo),
                want,
                "{soort:?} {extra} {lwoo}"
            );
        }
    }

    #[test]
    fn due_six_weeks_after_enrolment() {
        assert_eq!(uiterlijk(date(2026, 8, 24)), date(2026, 10, 5));
        assert_eq!(uiterlijk(date(2028, 2, 1)), date(2028, 3, 14));
    }

    #[test]
    fn outflow_fits_the_school() {
        let p = |soort, uitstroom| Perspectief {
            soort,
            uitstroom,
            belemmerend: "concentratie",
            bevorderend: "motivatie",
            overleg_ouders: Some(date(2026, 9, 1)),
            doelen: 1,
        };
        assert_eq!(toets(&p(Schoolsoort::Vso, Uitstroom::Arbeidsmarkt)), Ok(()));
        assert_eq!(
            toets(&p(Schoolsoort::Vso, Uitstroom::Havo)),
            Err(OppError::VsoProfielNodig)
        );
        assert_eq!(
            toets(&p(Schoolsoort::Bao, Uitstroom::Dagbesteding)),
            Err(OppError::OnderwijssoortNodig)
        );
        let mut geen_overleg = p(Schoolsoort::Bao, Uitstroom::VmboKader);
        geen_overleg.overleg_ouders = None;
        assert_eq!(toets(&geen_overleg), Err(OppError::OverlegNodig));
        let mut leeg = p(Schoolsoort::Bao, Uitstroom::VmboKader);
        leeg.bevorderend = " ";
        assert_eq!(toets(&leeg), Err(OppError::OnderbouwingNodig));
    }

    #[test]
    fn yearly_evaluation_with_the_parents() {
        let set = date(2024, 10, 1);
        let nu = date(2026, 11, 22);
        let met = |datum| Evaluatiemoment {
            datum,
            met_ouders: true,
        };
        let zonder = |datum| Evaluatiemoment {
            datum,
            met_ouders: false,
        };
        let dit_jaar = Evaluatie::DitSchooljaar(date(2027, 7, 31));
        // (set, evaluations, today, want): set in 2024-25, 2025-26 needs one; today in 2026-27.
        let cases = [
            (
                set,
                vec![],
                nu,
                Evaluatie::TeLaat(Schooljaar::starting_in(2025)),
            ),
            (set, vec![met(date(2026, 3, 1))], nu, dit_jaar),
            (
                set,
                vec![met(date(2026, 3, 1)), met(date(2026, 10, 1))],
                nu,
                Evaluatie::OpOrde,
            ),
            // Without the parents it is no evaluation in the sense of the law.
            (
                set,
                vec![zonder(date(2026, 3, 1))],
                nu,
                Evaluatie::TeLaat(Schooljaar::starting_in(2025)),
            ),
            (
                set,
                vec![met(date(2026, 3, 1)), zonder(date(2026, 10, 1))],
                nu,
                dit_jaar,
            ),
            // The first schooljaar needs none besides the vaststelling.
            (date(2026, 9, 1), vec![], nu, Evaluatie::OpOrde),
            // 31 July is still in the old schooljaar.
            (
                date(2025, 9, 1),
                vec![met(date(2026, 7, 31))],
                date(2026, 8, 1),
                dit_jaar,
            ),
        ];
        for (vastgesteld, evaluaties, today, want) in cases {
            assert_eq!(
                evaluatie(vastgesteld, &evaluaties, today),
                want,
                "{vastgesteld} {evaluaties:?} {today}"
            );
        }
    }
}

//! The clocks of an aanmelding, in calendar weeks from the day the written registration was
//! received; holidays do not pause them (RULES §1.2). Decision within 6 weeks (WPO 40 lid 6,
//! WVO 27 lid 2e, WEC 40 lid 7), once extended by at most 4 weeks with notice to the
//! parents; from the day after 10 weeks without a decision, temporary placement if the
//! child is not enrolled elsewhere and not before the admissible age (WPO 40 lid 7, WVO 27
//! lid 2f, WEC 40 lid 8/9). For VO the request to complete an incomplete registration
//! suspends the clock until it is completed (WVO 27 lid 2g).

use jiff::ToSpan;
use jiff::civil::Date;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TermijnError {
    #[error("een verlenging is ten hoogste 4 weken, niet {0}")]
    VerlengingTeLang(i64),
    #[error("een verlenging van 0 weken is geen verlenging")]
    VerlengingNul,
    #[error(
        "de ouders moeten vóór het einde van de 6 weken ({uiterlijk}) over de verlenging zijn geïnformeerd, niet op {kennisgeving}"
    )]
    KennisgevingTeLaat { kennisgeving: Date, uiterlijk: Date },
    #[error("de kennisgeving van {0} ligt vóór de ontvangst van de aanmelding")]
    KennisgevingVoorOntvangst(Date),
    #[error(
        "opschorting wegens een onvolledige aanmelding geldt alleen in het voortgezet onderwijs (WVO art. 27 lid 2g)"
    )]
    OpschortingAlleenVo,
    #[error("de opschorting eindigt ({tot}) vóór ze begint ({van})")]
    OpschortingOmgekeerd { van: Date, tot: Date },
}

/// The one extension of the decision term: its length and the day the parents were told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verlenging {
    pub weken: i64,
    pub kennisgeving: Date,
}

/// A request to complete an incomplete VO registration: from the request to the day it was
/// completed (or the term lapsed); `tot` is `None` while the request is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opschorting {
    pub van: Date,
    pub tot: Option<Date>,
}

/// The deadlines of one aanmelding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Termijnen {
    /// The last day for the decision: 6 weeks, or the extended term.
    pub beslissen_uiterlijk: Date,
    /// Whether `beslissen_uiterlijk` includes an extension.
    pub verlengd: bool,
    /// The first day of temporary placement, if it will be due (not enrolled elsewhere).
    pub tijdelijke_plaatsing_vanaf: Option<Date>,
    /// The clock stands still: a request to complete the registration is open.
    pub opgeschort: bool,
}

/// Computes the deadlines. `toelaatbaar_vanaf` is the day the child reaches the age to be
/// admitted (4 years for basisonderwijs, WPO art. 39), if that matters.
pub fn termijnen(
    ontvangen: Date,
    verlenging: Option<Verlenging>,
    opschortingen: &[Opschorting],
    vo: bool,
    elders_ingeschreven: bool,
    toelaatbaar_vanaf: Option<Date>,
) -> Result<Termijnen, TermijnError> {
    if !vo && !opschortingen.is_empty() {
        return Err(TermijnError::OpschortingAlleenVo);
    }
    let mut stil = 0i64;
    let mut opgeschort = false;
    for o in opschortingen {
        match o.tot {
            Some(tot) if tot < o.van => {
                return Err(TermijnError::OpschortingOmgekeerd { van: o.van, tot });
            }
            Some(tot) => {
                stil += o
                    .van
                    .until(tot)
                    .map(|s| i64::from(s.get_days()))
                    .unwrap_or(0)
            }
            None => opgeschort = true,
        }
    }
    let zes_weken = ontvangen.saturating_add((42 + stil).days());
    let (beslissen_uiterlijk, verlengd) = match verlenging {
        None => (zes_weken, false),
        Some(v) => {
            if v.weken <= 0 {
                return Err(TermijnError::VerlengingNul);
            }
            if v.weken > 4 {
                return Err(TermijnError::VerlengingTeLang(v.weken));
            }
            if v.kennisgeving < ontvangen {
                return Err(TermijnError::KennisgevingVoorOntvangst(v.kennisgeving));
            }
            if v.kennisgeving > zes_weken {
                return Err(TermijnError::KennisgevingTeLaat {
                    kennisgeving: v.kennisgeving,
                    uiterlijk: zes_weken,
                });
            }
            (zes_weken.saturating_add((v.weken * 7).days()), true)
        }
    };
    // "met ingang van de dag volgend op bedoelde 10 weken, doch niet eerder dan" the age.
    let na_tien_weken = ontvangen.saturating_add((70 + stil + 1).days());
    let tijdelijke_plaatsing_vanaf = (!elders_ingeschreven)
        .then(|| toelaatbaar_vanaf.map_or(na_tien_weken, |leeftijd| na_tien_weken.max(leeftijd)));
    Ok(Termijnen {
        beslissen_uiterlijk,
        verlengd,
        tijdelijke_plaatsing_vanaf,
        opgeschort,
    })
}

/// A signal of possible avoidance of the zorgplicht: the registration of a child whose
/// support need the school noted was withdrawn within the six weeks of the decision term.
pub fn mogelijk_ontweken(
    ontvangen: Date,
    extra_ondersteuning: bool,
    ingetrokken_op: Option<Date>,
) -> bool {
    extra_ondersteuning && ingetrokken_op.is_some_and(|d| d <= ontvangen.saturating_add(42.days()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    struct Geval {
        naam: &'static str,
        ontvangen: Date,
        verlenging: Option<(i64, Date)>,
        beslissen: Date,
        plaatsing: Date,
    }

    #[test]
    fn deadlines_to_the_day() {
        let cases = [
            // 6 weeks = 42 days; placement the day after 70 days.
            Geval {
                naam: "plain",
                ontvangen: date(2026, 1, 5),
                verlenging: None,
                beslissen: date(2026, 2, 16),
                plaatsing: date(2026, 3, 17),
            },
            // Received in the autumn holiday: holidays do not pause the clock.
            Geval {
                naam: "holiday",
                ontvangen: date(2025, 10, 20),
                verlenging: None,
                beslissen: date(2025, 12, 1),
                plaatsing: date(2025, 12, 30),
            },
            // Across February of a leap year.
            Geval {
                naam: "leap",
                ontvangen: date(2028, 1, 20),
                verlenging: None,
                beslissen: date(2028, 3, 2),
                plaatsing: date(2028, 3, 31),
            },
            Geval {
                naam: "no leap",
                ontvangen: date(2027, 1, 20),
                verlenging: None,
                beslissen: date(2027, 3, 3),
                plaatsing: date(2027, 4, 1),
            },
            // The full extension of 4 weeks, noticed on the last day of the 6 weeks.
            Geval {
                naam: "extended",
                ontvangen: date(2026, 1, 5),
                verlenging: Some((4, date(2026, 2, 16))),
                beslissen: date(2026, 3, 16),
                plaatsing: date(2026, 3, 17),
            },
        ];
        for c in cases {
            let v = c.verlenging.map(|(weken, kennisgeving)| Verlenging {
                weken,
                kennisgeving,
            });
            let t = termijnen(c.ontvangen, v, &[], false, false, None).unwrap();
            assert_eq!(t.beslissen_uiterlijk, c.beslissen, "{}", c.naam);
            assert_eq!(
                t.tijdelijke_plaatsing_vanaf,
                Some(c.plaatsing),
                "{}",
                c.naam
            );
        }
    }

    #[test]
    fn extension_rules() {
        let d = date(2026, 1, 5);
        let v = |weken, kennisgeving| {
            Some(Verlenging {
                weken,
                kennisgeving,
            })
        };
        assert_eq!(
            termijnen(d, v(5, d), &[], false, false, None),
            Err(TermijnError::VerlengingTeLang(5))
        );
        assert!(matches!(
            termijnen(d, v(2, date(2026, 2, 17)), &[], false, false, None),
            Err(TermijnError::KennisgevingTeLaat { .. })
        ));
        assert!(termijnen(d, v(2, date(2026, 2, 16)), &[], false, false, None).is_ok());
    }

    #[test]
    fn placement_only_when_not_enrolled_and_not_before_the_age() {
        let d = date(2026, 1, 5);
        assert_eq!(
            termijnen(d, None, &[], false, true, None)
                .unwrap()
                .tijdelijke_plaatsing_vanaf,
            None
        );
        let jong = termijnen(d, None, &[], false, false, Some(date(2026, 5, 1))).unwrap();
        assert_eq!(jong.tijdelijke_plaatsing_vanaf, Some(date(2026, 5, 1)));
    }

    #[test]
    fn vo_suspension_pauses_the_clock() {
        let d = date(2026, 1, 5);
        let o = Opschorting {
            van: date(2026, 1, 12),
            tot: Some(date(2026, 1, 26)),
        };
        let t = termijnen(d, None, &[o], true, false, None).unwrap();
        assert_eq!(t.beslissen_uiterlijk, date(2026, 3, 2), "two weeks later");
        assert_eq!(t.tijdelijke_plaatsing_vanaf, Some(date(2026, 3, 31)));
        let open = termijnen(
            d,
            None,
            &[Opschorting {
                van: date(2026, 1, 12),
                tot: None,
            }],
            true,
            false,
            None,
        )
        .unwrap();
        assert!(open.opgeschort);
        // The notice of an extension is in time until the end of the suspended six weeks.
        let v = |kennisgeving| {
            Some(Verlenging {
                weken: 4,
                kennisgeving,
            })
        };
        let verlengd = termijnen(d, v(date(2026, 3, 2)), &[o], true, false, None).unwrap();
        assert_eq!(verlengd.beslissen_uiterlijk, date(2026, 3, 30));
        assert!(matches!(
            termijnen(d, v(date(2026, 3, 3)), &[o], true, false, None),
            Err(TermijnError::KennisgevingTeLaat { .. })
        ));
        assert_eq!(
            termijnen(d, None, &[o], false, false, None),
            Err(TermijnError::OpschortingAlleenVo)
        );
    }

    #[test]
    fn withdrawal_within_six_weeks_after_a_support_need_is_a_signal() {
        let d = date(2026, 1, 5);
        assert!(mogelijk_ontweken(d, true, Some(date(2026, 2, 16))));
        assert!(!mogelijk_ontweken(d, true, Some(date(2026, 2, 17))));
        assert!(!mogelijk_ontweken(d, false, Some(date(2026, 1, 10))));
        assert!(!mogelijk_ontweken(d, true, None));
    }
}

//! The school calendar of the verzuim rules: school days and lesweken of one vakantieregio.
//!
//! Leerplichtwet 1969 art. 21 counts verzuim "gedurende een periode van vier opeenvolgende
//! lesweken". A school day is Monday–Friday outside the holidays of the regio, within the
//! schooljaren (1 augustus – 31 juli, WPO art. 1) the holiday file covers for that regio; a
//! **lesweek** is an ISO week with at least one school day, so a holiday week is no lesweek.

use super::epoch_dag;
use super::vakanties::{Vakantie, lees_csv};
use crate::schooljaar::Schooljaar;
use jiff::civil::{Date, Weekday};
use std::fmt;

/// The holiday file shipped with passend (see `data/PROVENANCE.md`).
pub const KALENDER_2024_2026_CSV: &str = include_str!("../../data/schoolvakanties_2024_2026.csv");

/// The three regions of the OCW holiday advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Vakantieregio {
    Noord,
    Midden,
    Zuid,
}

impl Vakantieregio {
    pub const ALL: [Vakantieregio; 3] = [Self::Noord, Self::Midden, Self::Zuid];

    pub fn parse(text: &str) -> Option<Self> {
        match text.trim().to_ascii_lowercase().as_str() {
            "noord" => Some(Self::Noord),
            "midden" => Some(Self::Midden),
            "zuid" => Some(Self::Zuid),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Noord => "noord",
            Self::Midden => "midden",
            Self::Zuid => "zuid",
        }
    }
}

impl fmt::Display for Vakantieregio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KalenderError {
    /// `regel` is the line in the file (the header is line 1).
    #[error("regel {regel}: {probleem}")]
    Regel { regel: u64, probleem: String },
    #[error("de kalender bevat geen vakanties voor regio {0}")]
    GeenVakanties(Vakantieregio),
    /// A problem with a holiday, named by schooljaar, holiday and regio.
    #[error("{0}")]
    Bestand(String),
}

/// What a date is in the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dag {
    /// Outside the schooljaren the calendar covers.
    Buiten,
    /// A weekend day or a holiday of the regio.
    Vrij,
    /// A school day, with its index in [`Kalender::schooldagen`].
    School(u32),
}

/// The school days and lesweken of one regio over the schooljaren of a holiday file.
#[derive(Debug, Clone)]
pub struct Kalender {
    regio: Vakantieregio,
    schooljaren: Vec<Schooljaar>,
    /// Days since 1970-01-01 of the first day of the first schooljaar.
    eerste: i32,
    /// One entry per day from the first day of the first schooljaar to the last day of the last.
    dagen: Vec<Dag>,
    schooldagen: Vec<Date>,
    /// The lesweek index (0, 1, 2, …) of each school day.
    lesweken: Vec<u32>,
}

pub(super) const KOLOMMEN: [&str; 5] = ["schooljaar", "vakantie", "regio", "start", "eind"];

impl Kalender {
    /// The shipped holiday file for 2024-2025 and 2025-2026.
    pub fn schoolvakanties_2024_2026(regio: Vakantieregio) -> Self {
        Self::parse(KALENDER_2024_2026_CSV, regio).expect("shipped holiday file is valid")
    }

    /// Parses `schooljaar,vakantie,regio,start,eind[,…]` (start and eind inclusive) and builds
    /// the calendar of `regio`. Rows of the other regions are checked too.
    pub fn parse(csv_text: &str, regio: Vakantieregio) -> Result<Self, KalenderError> {
        Self::uit_vakanties(regio, &lees_csv(csv_text)?)
    }

    /// The calendar of `regio` from holiday rows of any regio's (the others are skipped).
    pub fn uit_vakanties(regio: Vakantieregio, rijen: &[Vakantie]) -> Result<Self, KalenderError> {
        let eigen: Vec<&Vakantie> = rijen.iter().filter(|v| v.regio == regio).collect();
        let mut schooljaren: Vec<Schooljaar> = eigen.iter().map(|v| v.schooljaar).collect();
        schooljaren.sort();
        schooljaren.dedup();
        let vakanties: Vec<(Date, Date)> = eigen.iter().map(|v| (v.start, v.eind)).collect();
        let (Some(first), Some(last)) = (schooljaren.first(), schooljaren.last()) else {
            return Err(KalenderError::GeenVakanties(regio));
        };
        Ok(Self::build(
            regio,
            first.start(),
            last.end(),
            schooljaren,
            &vakanties,
        ))
    }

    fn build(
        regio: Vakantieregio,
        van: Date,
        tot: Date,
        schooljaren: Vec<Schooljaar>,
        vakanties: &[(Date, Date)],
    ) -> Self {
        let mut dagen = Vec::new();
        let mut schooldagen = Vec::new();
        let mut lesweken = Vec::new();
        let mut vorige_week = None;
        let mut day = van;
        while day <= tot {
            let dag = if !schooljaren.contains(&Schooljaar::of(day)) {
                Dag::Buiten
            } else if matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday)
                || vakanties.iter().any(|&(s, e)| s <= day && day <= e)
            {
                Dag::Vrij
            } else {
                let iso = day.iso_week_date();
                let week = (iso.year(), iso.week());
                let index = lesweken.last().copied().unwrap_or(0);
                lesweken.push(match vorige_week {
                    Some(w) if w != week => index + 1,
                    _ => index,
                });
                vorige_week = Some(week);
                schooldagen.push(day);
                Dag::School(u32::try_from(schooldagen.len() - 1).expect("few school days"))
            };
            dagen.push(dag);
            day = day.tomorrow().expect("dates of a schooljaar");
        }
        Self {
            regio,
            schooljaren,
            eerste: epoch_dag(van),
            dagen,
            schooldagen,
            lesweken,
        }
    }

    pub fn regio(&self) -> Vakantieregio {
        self.regio
    }

    /// The schooljaren covered, in order.
    pub fn schooljaren(&self) -> &[Schooljaar] {
        &self.schooljaren
    }

    /// The number of days from the first day of the first schooljaar, for dates up to the
    /// last day of the last schooljaar (`None` otherwise): a compact key for a date.
    pub fn dagnummer(&self, day: Date) -> Option<u32> {
        let n = u32::try_from(epoch_dag(day) - self.eerste).ok()?;
        (n < self.aantal_dagen()).then_some(n)
    }

    /// The number of days between the first and the last day the calendar covers.
    pub fn aantal_dagen(&self) -> u32 {
        u32::try_from(self.dagen.len()).expect("calendar is short")
    }

    /// What the day with this [`Kalender::dagnummer`] is.
    pub fn dag_op(&self, dagnummer: u32) -> Dag {
        self.dagen
            .get(dagnummer as usize)
            .copied()
            .unwrap_or(Dag::Buiten)
    }

    pub fn dag(&self, day: Date) -> Dag {
        self.dagnummer(day).map_or(Dag::Buiten, |n| self.dag_op(n))
    }

    pub fn is_schooldag(&self, day: Date) -> bool {
        matches!(self.dag(day), Dag::School(_))
    }

    /// The index of a school day in [`Kalender::schooldagen`].
    pub fn schooldag(&self, day: Date) -> Option<u32> {
        match self.dag(day) {
            Dag::School(index) => Some(index),
            _ => None,
        }
    }

    /// All school days in order; a school day's index is its position here.
    pub fn schooldagen(&self) -> &[Date] {
        &self.schooldagen
    }

    /// The date of the school day with this index.
    pub fn datum(&self, schooldag: u32) -> Date {
        self.schooldagen[schooldag as usize]
    }

    /// The lesweek index of a school day: consecutive lesweken have consecutive indices.
    pub fn lesweek(&self, schooldag: u32) -> u32 {
        self.lesweken[schooldag as usize]
    }
}

pub(super) fn regel(regel: u64, probleem: String) -> KalenderError {
    KalenderError::Regel { regel, probleem }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const HEADER: &str = "schooljaar,vakantie,regio,start,eind,bron\n";

    #[test]
    fn school_days_follow_the_regio() {
        let midden = Kalender::schoolvakanties_2024_2026(Vakantieregio::Midden);
        let zuid = Kalender::schoolvakanties_2024_2026(Vakantieregio::Zuid);
        // (date, school day in midden, school day in zuid)
        for (day, in_midden, in_zuid) in [
            (date(2025, 10, 17), true, false), // Friday; zuid herfstvakantie 11–19 Oct
            (date(2025, 10, 20), false, true), // Monday; midden herfstvakantie 18–26 Oct
            (date(2025, 10, 27), true, true),
            (date(2025, 10, 25), false, false), // Saturday
            (date(2026, 7, 17), true, false),   // zuid zomervakantie from 11 Jul
            (date(2026, 7, 20), false, false),
        ] {
            assert_eq!(midden.is_schooldag(day), in_midden, "midden {day}");
            assert_eq!(zuid.is_schooldag(day), in_zuid, "zuid {day}");
        }
        assert_eq!(midden.dag(date(2024, 7, 31)), Dag::Buiten);
        assert_eq!(midden.dag(date(2026, 8, 3)), Dag::Buiten);
        assert_eq!(midden.dag(date(2025, 12, 24)), Dag::Vrij);
        // 2025-2026 in midden: 261 weekdays from Fri 1 Aug 2025 to Fri 31 Jul 2026, minus the
        // holiday weekdays: zomer 2025 (1–29 Aug) 21, herfst 5, kerst 10, voorjaar 5, mei 5,
        // zomer 2026 (20–31 Jul) 10.
        let in_2025_2026 = |k: &Kalender| {
            let sj = Schooljaar::starting_in(2025);
            k.schooldagen().iter().filter(|d| sj.contains(**d)).count()
        };
        assert_eq!(in_2025_2026(&midden), 261 - 21 - 5 - 10 - 5 - 5 - 10);
    }

    #[test]
    fn school_days_are_indexed_in_order() {
        let k = Kalender::schoolvakanties_2024_2026(Vakantieregio::Noord);
        for (index, day) in k.schooldagen().iter().enumerate() {
            assert_eq!(k.schooldag(*day), Some(index as u32));
            assert_eq!(k.datum(index as u32), *day);
            assert_eq!(
                k.dag_op(k.dagnummer(*day).unwrap()),
                Dag::School(index as u32)
            );
        }
        assert!(k.schooldagen().windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_holiday_week_is_no_lesweek() {
        let midden = Kalender::schoolvakanties_2024_2026(Vakantieregio::Midden);
        let week = |day| midden.lesweek(midden.schooldag(day).unwrap());
        assert_eq!(week(date(2025, 10, 13)), week(date(2025, 10, 17)));
        assert_eq!(week(date(2025, 10, 17)) + 1, week(date(2025, 10, 27)));
        assert_eq!(week(date(2025, 10, 6)) + 1, week(date(2025, 10, 13)));
        // Over the summer: Fri 17 Jul 2026 is the last school day, Mon 31 Aug 2026 is outside.
        assert_eq!(week(date(2025, 7, 18)) + 1, week(date(2025, 9, 1)));
    }

    #[test]
    fn errors_name_the_line() {
        let cases = [
            ("schooljaar,regio\n", 1, "kolommen"),
            (
                "2025-2026,herfst,oost,2025-10-18,2025-10-26,x\n",
                2,
                "onbekende regio 'oost'",
            ),
            (
                "2025-2026,herfst,noord,2025-10-18,2025-10-26,x\n2025-2026,kerst,noord,2025-12-32,2026-01-04,x\n",
                3,
                "start '2025-12-32'",
            ),
            (
                "2025-2026,herfst,noord,2025-10-26,2025-10-18,x\n",
                2,
                "ligt na eind",
            ),
            (
                "2025-2026,herfst,noord,2026-10-18,2026-10-26,x\n",
                2,
                "niet in schooljaar 2025-2026",
            ),
            (
                "2025,herfst,noord,2025-10-18,2025-10-26,x\n",
                2,
                "geen schooljaar",
            ),
        ];
        for (body, line, text) in cases {
            let csv = if body.starts_with("schooljaar") {
                body.to_string()
            } else {
                format!("{HEADER}{body}")
            };
            match Kalender::parse(&csv, Vakantieregio::Noord) {
                Err(KalenderError::Regel { regel, probleem }) => {
                    assert_eq!(regel, line, "{body}");
                    assert!(probleem.contains(text), "{probleem}");
                }
                other => panic!("{body}: {other:?}"),
            }
        }
        let only_zuid = format!("{HEADER}2025-2026,herfst,zuid,2025-10-11,2025-10-19,x\n");
        assert_eq!(
            Kalender::parse(&only_zuid, Vakantieregio::Noord).unwrap_err(),
            KalenderError::GeenVakanties(Vakantieregio::Noord)
        );
    }
}

//! `verzuim.csv` of `passend synth`: one school year (2025-2026, holiday regio midden) of
//! absence for every pupil, written in date order as a national file would arrive.
//!
//! Every pupil has a profile, drawn once: 72 % are rarely absent (2 % of the school days,
//! nearly always excused: ill), 26 % sometimes (5 %), 1.5 % are chronic absentees (10–40 %
//! of the days, mostly unexcused, whole days and loose hours: most 16-hour reports) and
//! 0.5 % have one run of school days missed entirely and unexcused (35 %: 5–20 days; 40 %:
//! 21–59, langdurig relatief verzuim; 25 %: 60–186, most of them thuiszitters of more than
//! three months) and are sometimes absent otherwise. Nationally that gives about as many
//! runs over three months as the 4 194 thuiszitters of 2015/16. Planned hours: PO 5.5 a
//! day and 3.75 on Wednesday, VO 6.5 and 5.

use super::Ids;
use super::scholen::soort_van;
use super::toeval::{Toeval, mix};
use jiff::civil::{Date, Weekday};
use passend_domain::verzuim::{Kalender, Uren, Vakantieregio};
use passend_domain::{Schooljaar, Sector};
use std::io::{self, Write};

/// The holiday regio and the schooljaar of the absence file.
pub(super) const REGIO: Vakantieregio = Vakantieregio::Midden;
pub(super) const SCHOOLJAAR: i16 = 2025;

const STROOM_PROFIEL: u64 = 2;
const STROOM_DAG: u64 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Klasse {
    Zelden,
    Soms,
    Chronisch,
    Langdurig,
}

/// A pupil's absence profile: 8 bytes, the only per-pupil state while the file is written.
#[derive(Debug, Clone, Copy)]
struct Profiel {
    klasse: Klasse,
    vo: bool,
    /// Chance of absence on a school day outside the run, in ten-thousandths.
    kans: u16,
    /// The run of whole days missed: school days `start..eind` of the year.
    start: u16,
    eind: u16,
}

impl Profiel {
    fn van(seed: u64, p: u64, dagen: u64) -> Self {
        let vo = soort_van(seed, p).sector() == Sector::Vo;
        let mut t = Toeval::new(seed, STROOM_PROFIEL, p);
        let (klasse, kans) = match t.onder(1000) {
            0..720 => (Klasse::Zelden, 200),
            720..980 => (Klasse::Soms, 500),
            980..995 => (Klasse::Chronisch, 1000 + t.onder(3000)),
            _ => (Klasse::Langdurig, 500),
        };
        let (mut start, mut eind) = (0, 0);
        if klasse == Klasse::Langdurig {
            let lengte = match t.onder(100) {
                0..35 => 5 + t.onder(16),
                35..75 => 21 + t.onder(39),
                _ => 60 + t.onder(127),
            };
            start = t.onder(dagen);
            eind = (start + lengte).min(dagen);
        }
        let u16 = |n: u64| u16::try_from(n).expect("fewer than 65 536 school days");
        Self {
            klasse,
            vo,
            kans: u16(kans),
            start: u16(start),
            eind: u16(eind),
        }
    }

    /// (unexcused, excused) hundredths on a day with `gepland` hours, from the day's draw
    /// `r` for this pupil; `None` when the pupil attended everything.
    fn dag(&self, d: u16, gepland: u32, r: u64) -> Option<(u32, u32)> {
        if (self.start..self.eind).contains(&d) {
            return Some((gepland, 0));
        }
        if ((r & 0xffff_ffff) * 10_000) >> 32 >= u64::from(self.kans) {
            return None;
        }
        let soort = (r >> 32) % 100;
        let deel = 50 * (1 + ((r >> 48) % 6) as u32).min(gepland / 50 - 1);
        Some(match self.klasse {
            Klasse::Zelden => match soort {
                0..85 => (0, gepland),
                85..95 => (0, deel),
                _ => (deel.min(100), 0),
            },
            Klasse::Soms | Klasse::Langdurig => match soort {
                0..55 => (0, gepland),
                55..80 => (deel, 0),
                _ => (gepland, 0),
            },
            Klasse::Chronisch => match soort {
                0..20 => (0, gepland),
                20..55 => (deel, 0),
                _ => (gepland, 0),
            },
        })
    }
}

/// The school days of the year, in order.
pub(super) fn schooldagen() -> Vec<Date> {
    let jaar = Schooljaar::starting_in(SCHOOLJAAR);
    Kalender::schoolvakanties_2024_2026(REGIO)
        .schooldagen()
        .iter()
        .copied()
        .filter(|d| jaar.contains(*d))
        .collect()
}

/// Writes `verzuim.csv` for pupils `0..n`; returns the number of rows.
pub(super) fn schrijf_verzuim(w: &mut impl Write, seed: u64, n: u64, ids: &Ids) -> io::Result<u64> {
    let dagen = schooldagen();
    let profielen: Vec<Profiel> = (0..n)
        .map(|p| Profiel::van(seed, p, dagen.len() as u64))
        .collect();
    writeln!(
        w,
        "leerling_id,datum,lesuren_gepland,lesuren_ongeoorloofd,lesuren_geoorloofd"
    )?;
    let mut rijen = 0;
    for (d, datum) in dagen.iter().enumerate() {
        let woensdag = datum.weekday() == Weekday::Wednesday;
        let uren = if woensdag { [375, 500] } else { [550, 650] };
        let dagsleutel = Toeval::new(seed, STROOM_DAG, d as u64).volgende();
        for (p, profiel) in profielen.iter().enumerate() {
            let gepland = uren[usize::from(profiel.vo)];
            let r = mix(dagsleutel ^ (p as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
            let Some((ongeoorloofd, geoorloofd)) = profiel.dag(d as u16, gepland, r) else {
                continue;
            };
            writeln!(
                w,
                "{},{datum},{},{},{}",
                ids.id(p as u64),
                Uren::from_honderdsten(gepland),
                Uren::from_honderdsten(ongeoorloofd),
                Uren::from_honderdsten(geoorloofd)
            )?;
            rijen += 1;
        }
    }
    Ok(rijen)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_of_school_days_in_midden() {
        let dagen = schooldagen();
        assert_eq!(dagen.len(), 261 - 21 - 5 - 10 - 5 - 5 - 10);
        assert_eq!(dagen[0].to_string(), "2025-09-01");
    }

    #[test]
    fn profiles_follow_their_shares_and_rows_stay_within_the_plan() {
        let mut klassen = [0u32; 4];
        let mut lang = 0;
        for p in 0..20_000 {
            let profiel = Profiel::van(9, p, 185);
            klassen[profiel.klasse as usize] += 1;
            lang += u32::from(profiel.eind - profiel.start >= 60);
            for (d, r) in [(0, 0), (5, u64::MAX), (9, p.wrapping_mul(0x1234_5678_9abc))] {
                for gepland in [375, 500, 550, 650] {
                    if let Some((o, g)) = profiel.dag(d, gepland, r) {
                        assert!(o + g <= gepland && o + g > 0, "{profiel:?} {o} {g}");
                    }
                }
            }
        }
        let [zelden, soms, chronisch, langdurig] = klassen;
        assert!((14_000..14_800).contains(&zelden), "{klassen:?}");
        assert!((4_800..5_600).contains(&soms), "{klassen:?}");
        assert!((220..380).contains(&chronisch), "{klassen:?}");
        assert!((60..140).contains(&langdurig), "{klassen:?}");
        assert!(lang >= 5, "{lang} runs of 60 school days or more");
    }
}

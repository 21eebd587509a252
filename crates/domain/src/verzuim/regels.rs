//! The reporting rules, applied to one pupil's absence sorted by school day: the types, all
//! rules at once ([`meldingen`]) and the 16-hour rule; the rules on runs of whole days are in
//! `langdurig.rs`.
//!
//! Only unexcused hours count (Leerplichtwet 1969 art. 21: verzuim "zonder geldige reden");
//! excused hours (art. 11: ziekte, verlof, …) never do. A school day without a row is a day
//! the pupil attended everything.

use super::kalender::Kalender;
use super::langdurig::{langdurig_relatief_verzuim, thuiszitter_3_maanden};
use super::uren::{Uren, UrenError};

/// Sixteen hours, the limit of art. 21.
const ZESTIEN_UUR: u32 = 16 * 100;

/// One pupil's absence on one school day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verzuimdag {
    /// The index of the school day in [`Kalender::schooldagen`].
    pub schooldag: u32,
    pub ongeoorloofd: Uren,
    /// All planned lesson time was missed unexcused: `ongeoorloofd == gepland > 0`.
    pub geheel_ongeoorloofd: bool,
}

impl Verzuimdag {
    /// A row of `verzuim.csv` on a school day, checked with [`Uren::check_dag`].
    pub fn new(
        schooldag: u32,
        gepland: Uren,
        ongeoorloofd: Uren,
        geoorloofd: Uren,
    ) -> Result<Self, UrenError> {
        Uren::check_dag(gepland, ongeoorloofd, geoorloofd)?;
        Ok(Self {
            schooldag,
            ongeoorloofd,
            geheel_ongeoorloofd: ongeoorloofd == gepland && gepland > Uren::NUL,
        })
    }
}

/// The kinds of report, in the order of their names (the output's sort order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Soort {
    LangdurigRelatiefVerzuim,
    Thuiszitter3Maanden,
    Verzuim16Uur,
}

impl Soort {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::LangdurigRelatiefVerzuim => "langdurig_relatief_verzuim",
            Self::Thuiszitter3Maanden => "thuiszitter_3_maanden",
            Self::Verzuim16Uur => "verzuim_16_uur",
        }
    }
}

/// A report that is due, dated on a school day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Melding {
    pub soort: Soort,
    pub schooldag: u32,
    /// The unexcused hours counted for this report.
    pub uren: Uren,
}

/// All reports of one pupil, sorted by school day and soort. `dagen` must be sorted by
/// school day, one row per day.
pub fn meldingen(kalender: &Kalender, dagen: &[Verzuimdag], uit: &mut Vec<Melding>) {
    debug_assert!(dagen.windows(2).all(|w| w[0].schooldag < w[1].schooldag));
    let from = uit.len();
    verzuim_16_uur(kalender, dagen, uit);
    langdurig_relatief_verzuim(dagen, uit);
    thuiszitter_3_maanden(kalender, dagen, uit);
    uit[from..].sort_by_key(|m| (m.schooldag, m.soort));
}

/// Leerplichtwet 1969 art. 21 / 21a: the head of the school reports "onverwijld" when the
/// unexcused verzuim "gedurende een periode van vier opeenvolgende lesweken in totaal
/// zestien uren" amounts to. On a school day the window is the lesweek of that day and the
/// three lesweken before it, counting hours up to and including that day; the report is
/// dated on the school day the sum first reaches 16. Hours on or before a report's date do
/// not count towards the next report.
pub fn verzuim_16_uur(kalender: &Kalender, dagen: &[Verzuimdag], uit: &mut Vec<Melding>) {
    let mut start = 0; // the first row that still counts
    let mut som: u32 = 0; // hundredths in dagen[start..=i]
    for (i, dag) in dagen.iter().enumerate() {
        som += dag.ongeoorloofd.honderdsten();
        let week = kalender.lesweek(dag.schooldag);
        while kalender.lesweek(dagen[start].schooldag) + 3 < week {
            som -= dagen[start].ongeoorloofd.honderdsten();
            start += 1;
        }
        if som >= ZESTIEN_UUR {
            uit.push(Melding {
                soort: Soort::Verzuim16Uur,
                schooldag: dag.schooldag,
                uren: Uren::from_honderdsten(som),
            });
            start = i + 1;
            som = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verzuim::testhulp::*;

    #[test]
    fn zestien_uur_in_vier_lesweken() {
        let k = midden();
        let vijftien_half: &[Rij] = &[
            ("2025-09-08", "5.5", "5.5", "0"),
            ("2025-09-15", "6", "5", "1"),
            ("2025-09-22", "5", "5", "0"),
        ];
        let cases: &[(&str, Vec<Rij>, &[Verwacht])] = &[
            ("15.5 uur: nog geen melding", vijftien_half.to_vec(), &[]),
            (
                "16 uur: gemeld op de dag dat 16 bereikt wordt",
                [vijftien_half, &[("2025-09-29", "6", "0.5", "0")]].concat(),
                &[(Z, "2025-09-29", "16")],
            ),
            (
                "geoorloofde uren tellen niet",
                [vijftien_half, &[("2025-09-29", "6", "0", "6")]].concat(),
                &[],
            ),
            (
                "week 37 valt buiten het venster van week 41 (38–41)",
                [vijftien_half, &[("2025-10-06", "6", "1", "0")]].concat(),
                &[],
            ),
            (
                "zonder vakantie: weken 36, 37 en 40 zijn geen vier opeenvolgende lesweken",
                vec![
                    ("2025-09-01", "6", "6", "0"),
                    ("2025-09-08", "5", "5", "0"),
                    ("2025-09-29", "5", "5", "0"),
                ],
                &[],
            ),
            (
                "herfstvakantie (week 43) is geen lesweek: 40, 41, 42, 44 zijn vier opeenvolgende",
                vec![
                    ("2025-09-29", "6", "6", "0"),
                    ("2025-10-06", "5", "5", "0"),
                    ("2025-10-27", "5", "5", "0"),
                ],
                &[(Z, "2025-10-27", "16")],
            ),
            (
                "herhaalde meldingen: uren tot en met een melding tellen niet opnieuw",
                vec![
                    ("2025-09-01", "8", "8", "0"),
                    ("2025-09-02", "8", "8", "0"),
                    ("2025-09-03", "8", "8", "0"),
                    ("2025-09-04", "8", "8", "0"),
                    ("2025-09-05", "6", "4.5", "0"),
                    ("2025-09-08", "8", "7", "0"),
                    ("2025-09-09", "6", "5", "1"),
                ],
                &[
                    (Z, "2025-09-02", "16"),
                    (Z, "2025-09-04", "16"),
                    (Z, "2025-09-09", "16.5"),
                ],
            ),
            (
                "na een melding begint het venster opnieuw, ook als het verschuift",
                vec![
                    ("2025-09-01", "8", "8", "0"),
                    ("2025-09-02", "8", "8", "0"),
                    ("2025-09-29", "8", "8", "0"),
                    ("2025-10-06", "8", "8", "0"),
                ],
                &[(Z, "2025-09-02", "16"), (Z, "2025-10-06", "16")],
            ),
        ];
        for (naam, rijen, verwacht) in cases {
            let dagen: Vec<_> = rijen.iter().map(|r| rij(&k, *r)).collect();
            let mut uit = Vec::new();
            verzuim_16_uur(&k, &dagen, &mut uit);
            check(&k, naam, &uit, verwacht);
        }
    }

    #[test]
    fn meldingen_per_dag_gesorteerd_op_soort() {
        let k = midden();
        let dagen = run(&k, "2025-09-01", "2025-09-29", "16", &[]);
        let mut uit = Vec::new();
        meldingen(&k, &dagen, &mut uit);
        assert_eq!(
            uit.len(),
            22,
            "21 times 16 hours and one langdurig relatief verzuim"
        );
        check(
            &k,
            "laatste dag",
            &uit[20..],
            &[(L, "2025-09-29", "336"), (Z, "2025-09-29", "16")],
        );
    }
}

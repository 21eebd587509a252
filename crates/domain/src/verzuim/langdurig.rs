//! The rules on runs of school days missed entirely and unexcused: langdurig relatief
//! verzuim and the thuiszitter of more than three months.

use super::kalender::Kalender;
use super::regels::{Melding, Soort, Verzuimdag};
use super::uren::Uren;
use jiff::civil::Date;

/// The 21st school day of a run: "meer dan vier weken" (Kamerbrief 26 695 nr. 108).
const LANGDURIG_DAG: usize = 21;

/// Langdurig relatief verzuim (Kamerbrief 26 695 nr. 108, 2016: enrolled, and "voor een
/// langere periode (vier weken of langer) helemaal niet naar school"): a run of consecutive
/// school days each missed entirely and unexcused. Holidays neither break nor extend a run.
/// One report per run, dated on its 21st school day, with the run's hours up to that day.
pub fn langdurig_relatief_verzuim(dagen: &[Verzuimdag], uit: &mut Vec<Melding>) {
    for run in runs(dagen) {
        if let Some(dag) = run.get(LANGDURIG_DAG - 1) {
            uit.push(Melding {
                soort: Soort::LangdurigRelatiefVerzuim,
                schooldag: dag.schooldag,
                uren: run[..LANGDURIG_DAG].iter().map(|d| d.ongeoorloofd).sum(),
            });
        }
    }
}

/// Thuiszitter (Thuiszitterspact 2016: no child "langer dan drie maanden" at home): a run as
/// in [`langdurig_relatief_verzuim`] that still goes on on a school day on or after its first
/// day plus three calendar months ([`drie_maanden_later`]). One report per run, dated on the
/// first such school day, with the run's hours up to that day.
pub fn thuiszitter_3_maanden(kalender: &Kalender, dagen: &[Verzuimdag], uit: &mut Vec<Melding>) {
    for run in runs(dagen) {
        let grens = drie_maanden_later(kalender.datum(run[0].schooldag));
        let mut som = Uren::NUL;
        for dag in run {
            som += dag.ongeoorloofd;
            if kalender.datum(dag.schooldag) >= grens {
                uit.push(Melding {
                    soort: Soort::Thuiszitter3Maanden,
                    schooldag: dag.schooldag,
                    uren: som,
                });
                break;
            }
        }
    }
}

/// A date plus three calendar months; a day that does not exist in that month becomes the
/// month's last day (30 November → 28 or 29 February).
pub fn drie_maanden_later(day: Date) -> Date {
    let months = i32::from(day.year()) * 12 + i32::from(day.month()) - 1 + 3;
    let year = i16::try_from(months.div_euclid(12)).expect("year in range");
    let month = i8::try_from(months.rem_euclid(12) + 1).expect("month in range");
    let first = Date::new(year, month, 1).expect("first of a month");
    Date::new(year, month, day.day().min(first.days_in_month())).expect("clamped day exists")
}

/// The runs of consecutive school days each missed entirely and unexcused.
fn runs(dagen: &[Verzuimdag]) -> impl Iterator<Item = &[Verzuimdag]> {
    dagen
        .chunk_by(|a, b| {
            a.geheel_ongeoorloofd && b.geheel_ongeoorloofd && b.schooldag == a.schooldag + 1
        })
        .filter(|run| run[0].geheel_ongeoorloofd)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verzuim::testhulp::*;
    use jiff::civil::date;

    #[test]
    fn langdurig_relatief_verzuim_op_de_21e_schooldag() {
        let k = midden();
        let cases: &[(&str, Vec<Verzuimdag>, &[Verwacht])] = &[
            (
                "20 schooldagen",
                run(&k, "2025-09-01", "2025-09-26", "5.5", &[]),
                &[],
            ),
            (
                "21 schooldagen",
                run(&k, "2025-09-01", "2025-09-29", "5.5", &[]),
                &[(L, "2025-09-29", "115.5")],
            ),
            (
                "één melding per run",
                run(&k, "2025-09-01", "2025-10-10", "5.5", &[]),
                &[(L, "2025-09-29", "115.5")],
            ),
            (
                "een dag aanwezig breekt de run",
                run(
                    &k,
                    "2025-09-01",
                    "2025-10-10",
                    "5",
                    &[("2025-09-17", "", "", "")],
                ),
                &[],
            ),
            (
                "gedeeltelijk aanwezig breekt de run",
                run(
                    &k,
                    "2025-09-01",
                    "2025-10-10",
                    "5",
                    &[("2025-09-17", "5", "4", "0")],
                ),
                &[],
            ),
            (
                "geoorloofd afwezig breekt de run",
                run(
                    &k,
                    "2025-09-01",
                    "2025-10-10",
                    "5",
                    &[("2025-09-17", "5", "0", "5")],
                ),
                &[],
            ),
            (
                "de herfstvakantie breekt en verlengt de run niet",
                run(&k, "2025-10-06", "2025-11-14", "5", &[]),
                &[(L, "2025-11-10", "105")],
            ),
            (
                "twee runs, twee meldingen",
                run(
                    &k,
                    "2025-09-01",
                    "2025-11-07",
                    "5",
                    &[("2025-09-30", "", "", "")],
                ),
                &[(L, "2025-09-29", "105"), (L, "2025-11-05", "105")],
            ),
        ];
        for (naam, dagen, verwacht) in cases {
            let mut uit = Vec::new();
            langdurig_relatief_verzuim(dagen, &mut uit);
            check(&k, naam, &uit, verwacht);
        }
    }

    #[test]
    fn thuiszitter_na_drie_kalendermaanden() {
        let (k, k2) = (midden(), kalender_2026_2028());
        let cases: &[(&str, &Kalender, Vec<Verzuimdag>, &[Verwacht])] = &[
            (
                "1 sep + 3 maanden = maandag 1 dec",
                &k,
                run(&k, "2025-09-01", "2025-12-12", "5.5", &[]),
                &[(T, "2025-12-01", "335.5")],
            ),
            (
                "run stopt op vrijdag 28 nov",
                &k,
                run(&k, "2025-09-01", "2025-11-28", "5", &[]),
                &[],
            ),
            (
                "22 dec valt in de kerstvakantie: maandag 5 jan",
                &k,
                run(&k, "2025-09-22", "2026-01-09", "5", &[]),
                &[(T, "2026-01-05", "305")],
            ),
            (
                "30 nov 2026 + 3 maanden = zondag 28 feb 2027: maandag 1 maart",
                &k2,
                run(&k2, "2026-11-30", "2027-03-12", "5", &[]),
                &[(T, "2027-03-01", "280")],
            ),
            (
                "30 nov 2027 + 3 maanden = dinsdag 29 feb 2028 (schrikkeljaar)",
                &k2,
                run(&k2, "2027-11-30", "2028-03-10", "5", &[]),
                &[(T, "2028-02-29", "280")],
            ),
        ];
        for (naam, kal, dagen, verwacht) in cases {
            let mut uit = Vec::new();
            thuiszitter_3_maanden(kal, dagen, &mut uit);
            check(kal, naam, &uit, verwacht);
        }
    }

    #[test]
    fn drie_kalendermaanden_met_einde_van_de_maand() {
        for (van, tot) in [
            (date(2025, 11, 30), date(2026, 2, 28)),
            (date(2027, 11, 30), date(2028, 2, 29)),
            (date(2027, 11, 29), date(2028, 2, 29)),
            (date(2025, 11, 28), date(2026, 2, 28)),
            (date(2025, 10, 31), date(2026, 1, 31)),
            (date(2025, 12, 31), date(2026, 3, 31)),
            (date(2026, 3, 31), date(2026, 6, 30)),
            (date(2025, 9, 8), date(2025, 12, 8)),
        ] {
            assert_eq!(drie_maanden_later(van), tot, "{van}");
        }
    }
}

//! `passend verzuim meldingen` as a user runs it, on small files with the real holiday
//! calendar (regio midden: herfstvakantie 18–26 October 2025).

use jiff::ToSpan;
use jiff::civil::date;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const HEADER: &str = "leerling_id,datum,lesuren_gepland,lesuren_ongeoorloofd,lesuren_geoorloofd\n";

struct Files {
    dir: tempfile::TempDir,
}

impl Files {
    fn new(verzuim: &str) -> Files {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("verzuim.csv"), verzuim).unwrap();
        std::fs::write(
            dir.path().join("kalender.csv"),
            passend_domain::verzuim::KALENDER_2024_2026_CSV,
        )
        .unwrap();
        Files { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn run(&self, extra: &[&str]) -> Output {
        let arg = |p: PathBuf| p.to_str().unwrap().to_string();
        Command::new(env!("CARGO_BIN_EXE_passend"))
            .args(["verzuim", "meldingen", "--regio", "midden"])
            .args(["--verzuim", &arg(self.path("verzuim.csv"))])
            .args(["--kalender", &arg(self.path("kalender.csv"))])
            .args(extra)
            .output()
            .expect("run passend")
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// L000123: the example of FORMATS.md, 5.5 hours in each of three lesweken (16.5 on
/// Wednesday 24 September). L000045: every school day from 1 September to 3 October 2025
/// missed entirely, 2 planned hours a day: 16 hours on every 8th school day and langdurig
/// relatief verzuim on the 21st (29 September, 42 hours). L000777: excused hours only, and
/// a Saturday row that is checked but not counted.
fn known_case() -> String {
    let mut csv = String::from(HEADER);
    csv += "L000123,2025-09-24,5.5,5.5,0\nL000123,2025-09-08,5.5,5.5,0\n";
    csv += "L000777,2025-09-08,6,0,6\nL000777,2025-09-13,6,6,0\n";
    let mut day = date(2025, 9, 1);
    while day <= date(2025, 10, 3) {
        if day.weekday().to_monday_one_offset() <= 5 {
            csv += &format!("L000045,{day},2,2,0\n");
        }
        day = day.checked_add(1.day()).unwrap();
    }
    csv + "L000123,2025-09-15,6,5.5,0.5\n"
}

const KNOWN_OUTPUT: &str = "leerling_id,soort,datum,uren
L000045,verzuim_16_uur,2025-09-10,16
L000045,verzuim_16_uur,2025-09-22,16
L000045,langdurig_relatief_verzuim,2025-09-29,42
L000045,verzuim_16_uur,2025-10-02,16
L000123,verzuim_16_uur,2025-09-24,16.5
";

#[test]
fn meldingen_of_a_known_case_on_stdout() {
    let files = Files::new(&known_case());
    let out = files.run(&[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), KNOWN_OUTPUT);
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("30 regels, 3 leerlingen, 5 meldingen"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "1 regel op een weekend- of vakantiedag niet meegeteld (de eerste op regel 5)"
        ),
        "{stderr}"
    );
}

#[test]
fn output_writes_the_file() {
    let files = Files::new(&known_case());
    let target = files.path("meldingen.csv");
    let out = files.run(&["--output", target.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), KNOWN_OUTPUT);
}

fn assert_refused(files: &Files, out: &Output, line: u32, problem: &str) {
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "", "nothing written");
    let expected = format!("{}:{line}: ", files.path("verzuim.csv").display());
    let stderr = text(&out.stderr);
    assert!(stderr.starts_with(&expected), "{stderr}");
    assert!(stderr.contains(problem), "{stderr}");
}

#[test]
fn a_bad_line_is_refused_naming_file_and_line() {
    let good = "L1,2025-09-08,5,5,0\n";
    for (row, problem) in [
        (
            "L2,2025-09-09,5,5,5\n",
            "ongeoorloofd (5) plus geoorloofd (5) is meer dan gepland (5)",
        ),
        (
            "L2,2025-09-09,5,5.5.5,0\n",
            "lesuren_ongeoorloofd: '5.5.5' is geen aantal uren",
        ),
        (
            "L2,2025-09-09,5,\"5,5\",0\n",
            "lesuren_ongeoorloofd: '5,5' is geen aantal uren",
        ),
        (
            "L2,9-9-2025,5,5,0\n",
            "datum '9-9-2025' is geen datum JJJJ-MM-DD",
        ),
        (
            "L2,2026-08-03,5,5,0\n",
            "datum 2026-08-03 ligt buiten de schooljaren van de kalender (2024-2025, 2025-2026)",
        ),
        ("L2,2025-09-09,5,5\n", "verwacht 5 kolommen, gevonden 4"),
        (",2025-09-09,5,5,0\n", "leerling_id is leeg"),
    ] {
        let files = Files::new(&format!("{HEADER}{good}{row}{good}"));
        let target = files.path("meldingen.csv");
        let out = files.run(&["--output", target.to_str().unwrap()]);
        assert_refused(&files, &out, 3, problem);
        assert!(!target.exists(), "no output file for {row}");
    }
}

#[test]
fn a_duplicate_row_is_refused() {
    let files = Files::new(&format!(
        "{HEADER}L1,2025-09-08,5,5,0\nL2,2025-09-08,5,5,0\nL1,2025-09-09,5,1,0\nL1,2025-09-08,5,2,0\nL2,2025-09-08,5,5,0\n"
    ));
    let out = files.run(&[]);
    assert_refused(
        &files,
        &out,
        5,
        "leerling L1 staat op 2025-09-08 al op regel 2: één regel per leerling per dag",
    );
}

#[test]
fn a_bad_calendar_line_is_named() {
    let files = Files::new(HEADER);
    let kalender = files.path("kalender.csv");
    std::fs::write(
        &kalender,
        "schooljaar,vakantie,regio,start,eind,bron\n2025-2026,herfstvakantie,midden,2025-10-18,2025-10-32,x\n",
    )
    .unwrap();
    let out = files.run(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr).trim_end(),
        format!(
            "{}:2: eind '2025-10-32' is geen datum JJJJ-MM-DD",
            Path::new(&kalender).display()
        )
    );
}

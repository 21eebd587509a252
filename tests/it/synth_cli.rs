//! `passend synth` as a user runs it, and its output fed to the two batch commands.

use std::path::Path;
use std::process::{Command, Output};

fn passend(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_passend"))
        .args(args)
        .output()
        .expect("run passend")
}

fn ok(out: &Output) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    stderr
}

fn arg(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn synth_writes_a_data_set_that_bekostiging_and_verzuim_accept() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let stderr = ok(&passend(&[
        "synth",
        "--leerlingen",
        "2000",
        "--out",
        arg(&data),
    ]));
    assert!(stderr.contains("2000 leerlingen"), "{stderr}");
    assert!(stderr.contains("150 samenwerkingsverbanden"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one summary line: {stderr}");

    let meldingen = dir.path().join("meldingen.csv");
    ok(&passend(&[
        "verzuim",
        "meldingen",
        "--regio",
        "midden",
        "--verzuim",
        arg(&data.join("verzuim.csv")),
        "--kalender",
        arg(&data.join("kalender.csv")),
        "--output",
        arg(&meldingen),
    ]));
    let meldingen = std::fs::read_to_string(meldingen).unwrap();
    for soort in [
        "verzuim_16_uur",
        "langdurig_relatief_verzuim",
        "thuiszitter_3_maanden",
    ] {
        assert!(meldingen.contains(soort), "{soort}");
    }

    let out = passend(&[
        "bekostiging",
        "--schooljaar",
        "2015-2016",
        "--leerlingen",
        arg(&data.join("leerlingen.csv")),
        "--tlv",
        arg(&data.join("tlv.csv")),
    ]);
    ok(&out);
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.starts_with("swv,leerlingen,lichte_ondersteuning,"));
    assert_eq!(csv.lines().count(), 1 + 150, "one row per real SWV");
}

#[test]
fn synth_is_deterministic_for_a_seed_and_refuses_zero_pupils() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    for out in [&a, &b] {
        ok(&passend(&[
            "synth",
            "--leerlingen",
            "200",
            "--seed",
            "42",
            "--out",
            arg(out),
        ]));
    }
    for naam in ["leerlingen.csv", "tlv.csv", "verzuim.csv", "kalender.csv"] {
        assert_eq!(
            std::fs::read(a.join(naam)).unwrap(),
            std::fs::read(b.join(naam)).unwrap(),
            "{naam}"
        );
    }
    let out = passend(&["synth", "--leerlingen", "0", "--out", arg(&a)]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--leerlingen"));
}

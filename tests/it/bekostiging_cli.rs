//! `passend bekostiging` as a user runs it, on small input files with hand-computed output.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const LEERLINGEN: &str = "\
teldatum,vestiging,swv,schoolsoort,aantal
2014-10-01,10AA00,PO2707,bao,400
2014-10-01,10AA01,PO2707,sbo,20
2014-10-01,10ZZ00,PO2707,so,3
2014-10-01,11AA00,PO2708,bao,300
2014-10-01,20AA00,VO2707,vo,1000
2014-10-01,20ZZ00,VO2707,vso,1
2015-02-01,10ZZ00,PO2707,so,4
2013-10-01,10AA00,PO2707,bao,390
";

/// All so pupils at vestiging 10ZZ00 of PO2707. L2 has a TLV of PO2708 and lives there;
/// L3 has a TLV of PO2707 but lives in PO2708 and turns 8 on the teldatum itself.
const TLV: &str = "\
teldatum,leerling_id,vestiging,schoolsoort,tlv_swv,woon_swv,categorie,geboortedatum
2014-10-01,L1,10ZZ00,so,PO2707,PO2707,L,2008-03-14
2014-10-01,L2,10ZZ00,so,PO2708,PO2708,M,2005-06-01
2014-10-01,L3,10ZZ00,so,PO2707,PO2708,H,2006-10-01
2014-10-01,L4,20ZZ00,vso,VO2707,VO2707,L,2001-01-01
2015-02-01,L1,10ZZ00,so,PO2707,PO2707,L,2008-03-14
2015-02-01,L2,10ZZ00,so,PO2708,PO2708,M,2005-06-01
2015-02-01,L3,10ZZ00,so,PO2707,PO2708,H,2006-10-01
2015-02-01,L5,10ZZ00,so,PO2707,PO2707,L,2007-12-01
2015-02-01,L4,20ZZ00,vso,VO2707,VO2707,L,2001-01-01
";

const VEREVENING: &str = "swv,basisbedrag\nPO2707,-1000.00\nVO2707,250.50\n";

/// Schooljaar 2015-2016 (R1516), afdracht to the SWV of the TLV:
/// PO2707: leerlingen 400 bao + 20 sbo = 420 (so not counted); lichte 400 × 156.61 = 62 644.00;
///   zware 420 × 318.83 = 133 908.60; afdracht L1 so <8 laag 9 059.77 + L3 so ≥8 hoog
///   21 328.60 = 30 388.37; groei so <8 laag 2 on 1-2 − 1 on 1-10 = 1 × 9 059.77;
///   verevening −1 000.00 × 100 %; netto 62 644.00 + 133 908.60 − 30 388.37 − 1 000.00
///   − 9 059.77 = 156 104.46.
/// PO2708: 300 bao; lichte 46 983.00; zware 95 649.00; afdracht L2 so ≥8 midden 14 381.55;
///   no verevening row: 0.00; netto 128 250.45.
/// VO2707: 1 000 vo; lichte VO not in the rule set (ontbrekend); zware 512 950.00; afdracht
///   vso laag 9 144.59; verevening 250.50; netto 512 950.00 − 9 144.59 + 250.50 = 504 055.91;
///   the output is FORMATS.md's: the sbo transfers, lwoo/pro and uitputting the engine
///   also computes are not among its columns.
const EXPECTED: &str = "\
swv,leerlingen,lichte_ondersteuning,zware_ondersteuning,afdracht_so,afdracht_vso,verevening,groei,netto,ontbrekend
PO2707,420,62644.00,133908.60,30388.37,0.00,-1000.00,9059.77,156104.46,
PO2708,300,46983.00,95649.00,14381.55,0.00,0.00,0.00,128250.45,
VO2707,1000,,512950.00,0.00,9144.59,250.50,0.00,504055.91,lichte_ondersteuning
";

struct Files {
    dir: tempfile::TempDir,
}

impl Files {
    fn new() -> Self {
        let files = Files {
            dir: tempfile::tempdir().unwrap(),
        };
        files.write("leerlingen.csv", LEERLINGEN);
        files.write("tlv.csv", TLV);
        files.write("verevening.csv", VEREVENING);
        files
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        std::fs::write(self.path(name), text).unwrap();
        self.path(name)
    }

    /// `passend bekostiging` on these files, plus `extra` arguments.
    fn run(&self, schooljaar: &str, extra: &[&str]) -> Output {
        let p = |n: &str| self.path(n).to_str().unwrap().to_string();
        Command::new(env!("CARGO_BIN_EXE_passend"))
            .args(["bekostiging", "--schooljaar", schooljaar])
            .args(["--leerlingen", &p("leerlingen.csv"), "--tlv", &p("tlv.csv")])
            .args(extra)
            .output()
            .expect("run passend")
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn known_output_to_the_cent() {
    let files = Files::new();
    let verevening = files.path("verevening.csv");
    let out = files.run("2015-2016", &["--verevening", verevening.to_str().unwrap()]);
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(text(&out.stdout), EXPECTED);
    assert!(
        stderr.contains("leerlingen.csv: 1 regel(s) met een andere teldatum genegeerd (2013-10-01; de eerste op regel 9)"),
        "{stderr}"
    );

    // --output writes the same to a file; --swv keeps one SWV.
    let output = files.path("uit.csv");
    let out = files.run(
        "2015-2016",
        &[
            "--verevening",
            verevening.to_str().unwrap(),
            "--output",
            output.to_str().unwrap(),
            "--swv",
            "PO 27-08",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
    let lines: Vec<&str> = EXPECTED.lines().collect();
    assert_eq!(
        std::fs::read_to_string(&output).unwrap(),
        format!("{}\n{}\n", lines[0], lines[2])
    );
}

#[test]
fn a_bad_line_is_refused_naming_file_and_line() {
    let files = Files::new();
    let tlv = files.write(
        "tlv.csv",
        &TLV.replace("PO2708,PO2708,M,2005-06-01", "PO2708,PO2708,X,2005-06-01"),
    );
    let out = files.run("2015-2016", &[]);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty(), "nothing computed on bad input");
    let stderr = text(&out.stderr);
    let expected = format!("{}:3: 'X' is geen bekostigingscategorie", tlv.display());
    assert!(stderr.contains(&expected), "{stderr}");

    let files = Files::new();
    let leerlingen = files.write(
        "leerlingen.csv",
        &LEERLINGEN.replace("PO2708,bao,300", "VO2708,bao,300"),
    );
    let stderr = text(&files.run("2015-2016", &[]).stderr);
    let expected = format!(
        "{}:5: swv VO2708 is een VO-samenwerkingsverband",
        leerlingen.display()
    );
    assert!(stderr.contains(&expected), "{stderr}");
}

#[test]
fn an_unknown_schooljaar_is_refused() {
    let files = Files::new();
    let out = files.run("2017-2018", &[]);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("geen regelset voor schooljaar 2017-2018"),
        "{stderr}"
    );
    assert!(stderr.contains("2014-2015, 2015-2016"), "{stderr}");
}

#[test]
fn a_users_rule_set_adds_a_schooljaar() {
    let files = Files::new();
    let shipped =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/domain/data/bekostiging/2015-2016.json");
    let own = std::fs::read_to_string(shipped)
        .unwrap()
        .replace("\"2015-2016\"", "\"2016-2017\"")
        .replace("2014-10-01", "2015-10-01")
        .replace("2015-02-01", "2016-02-01")
        .replace("\"318.83\"", "\"320.00\"");
    let regelset = files.write("2016-2017.json", &own);
    for (name, text) in [("leerlingen.csv", LEERLINGEN), ("tlv.csv", TLV)] {
        files.write(
            name,
            &text
                .replace("2015-02-01", "2016-02-01")
                .replace("2014-10-01", "2015-10-01"),
        );
    }
    let out = files.run(
        "2016-2017",
        &["--regelset", regelset.to_str().unwrap(), "--swv", "PO2708"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    // 300 × 320.00 = 96 000.00; netto 46 983.00 + 96 000.00 − 14 381.55 = 128 601.45.
    assert!(
        text(&out.stdout)
            .ends_with("PO2708,300,46983.00,96000.00,14381.55,0.00,0.00,0.00,128601.45,\n")
    );

    // A corrupted amount: a Dutch decimal comma, and a JSON number (which would pass
    // through a float). Each replacement must hit, or the test proves nothing.
    for (kapot, probleem) in [
        ("\"320,00\"", "'320,00' is geen bedrag"),
        ("320.00", "als tekst"),
    ] {
        assert!(own.contains("\"320.00\""));
        let corrupt = own.replace("\"320.00\"", kapot);
        assert_ne!(corrupt, own);
        files.write("2016-2017.json", &corrupt);
        let out = files.run("2016-2017", &["--regelset", regelset.to_str().unwrap()]);
        assert!(!out.status.success());
        let stderr = text(&out.stderr);
        assert!(
            stderr.contains("'bedragen.zware_ondersteuning_po.bedrag' is ongeldig"),
            "{stderr}"
        );
        assert!(stderr.contains(probleem), "{stderr}");
        assert!(stderr.contains("2016-2017.json"), "{stderr}");
    }
}

/// The payer rule moves the afdracht of the pupils who cross a border (L2: TLV and home in
/// PO2708, school in PO2707; L3: TLV in PO2707, home in PO2708) and keeps the total.
#[test]
fn afdracht_naar_scenarios() {
    let files = Files::new();
    let afdracht = |naar: &str| -> Vec<(String, String, String)> {
        let out = files.run("2015-2016", &["--afdracht-naar", naar]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let mut reader = csv::Reader::from_reader(&out.stdout[..]);
        reader
            .records()
            .map(|r| {
                let r = r.unwrap();
                (r[0].to_string(), r[3].to_string(), r[4].to_string())
            })
            .filter(|(swv, ..)| swv.starts_with("PO"))
            .collect()
    };
    let tlv = afdracht("tlv");
    let woon = afdracht("woon");
    let school = afdracht("school");
    fn so(rows: &[(String, String, String)]) -> Vec<&str> {
        rows.iter().map(|r| r.2.as_str()).collect()
    }
    assert_eq!(so(&tlv), ["30388.37", "14381.55"]);
    // woon: L1 9 059.77 stays; L2 14 381.55 + L3 21 328.60 = 35 710.15 go to PO2708.
    assert_eq!(so(&woon), ["9059.77", "35710.15"]);
    // school: all three at a vestiging of PO2707.
    assert_eq!(so(&school), ["44769.92", "0.00"]);
    for rows in [&tlv, &woon, &school] {
        let total: u64 = rows
            .iter()
            .map(|r| r.2.replace('.', "").parse::<u64>().unwrap())
            .sum();
        assert_eq!(total, 4_476_992, "national total in cents");
        // zware ondersteuning does not depend on the payer rule.
        assert_eq!(
            rows.iter().map(|r| r.1.as_str()).collect::<Vec<_>>(),
            ["133908.60", "95649.00"]
        );
    }
    // The three side by side, with the differences per SWV: what one SWV gains another
    // loses, and the law's column is the normal run's netto.
    let pad = files.path("verschillen.csv");
    let out = files.run("2015-2016", &["--verschillen", pad.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let normaal: Vec<(String, String)> = csv::Reader::from_reader(&out.stdout[..])
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[8].to_string())
        })
        .collect();
    let mut reader = csv::Reader::from_path(&pad).unwrap();
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "swv",
            "netto_tlv",
            "netto_woon",
            "netto_school",
            "verschil_woon",
            "verschil_school"
        ]
    );
    let rijen: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let cent = |s: &str| -> i64 { s.replace('.', "").parse().unwrap() };
    for kolom in [4, 5] {
        assert_eq!(
            rijen.iter().map(|r| cent(&r[kolom])).sum::<i64>(),
            0,
            "column {kolom}"
        );
    }
    for (r, (swv, netto)) in rijen.iter().zip(&normaal) {
        assert_eq!((&r[0], &r[1]), (swv.as_str(), netto.as_str()));
    }
    let po2707 = rijen.iter().find(|r| &r[0] == "PO2707").unwrap();
    assert!(
        cent(&po2707[5]) < 0,
        "all three so pupils at its school: {po2707:?}"
    );
}

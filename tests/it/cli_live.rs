//! Going live from the command line (issue 19): `passend init`, then the region's
//! organisations and the current year's holidays, with bad input named by file and line.

use std::process::{Command, Output};

fn passend(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_passend"))
        .args(args)
        .output()
        .expect("run passend")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const ORGANISATIES: &str = "bestuur,bestuur_naam,brin,vestiging,naam,soort,straat,huisnummer,postcode,plaats,gemeentecode,swv\n\
41000,Stichting Lek,90AA,00,De Boog,bao,Dorpsstraat,12a,3431 AB,Nieuwegein,0356,\n\
41000,Stichting Lek,90AA,01,De Boog Zuid,bao,Kerkweg,3,3431AC,Nieuwegein,0356,\n";

/// Test input in the open-data layout; the dates are made up for the test.
const KALENDER: &str = r#"{"content": [{"schoolyear": "2026-2027", "vacations": [
  {"type": "Kerstvakantie", "regions": [
    {"region": "heel Nederland", "startdate": "2026-12-19T00:00:00.000Z", "enddate": "2027-01-03T00:00:00.000Z"}]}]}]}"#;

#[test]
fn init_then_organisations_and_holidays() {
    let dir = crate::support::tempdir();
    let db = dir.path().join("live.db");
    let db = db.to_str().unwrap();
    let eerst = passend(&["init", "--database", db]);
    assert!(eerst.status.success(), "{}", text(&eerst.stderr));
    let uit = text(&eerst.stdout);
    let mut regels = uit.lines();
    assert_eq!(regels.next(), Some("beheerder: beheerder"));
    let wachtwoord = regels
        .next()
        .and_then(|r| r.strip_prefix("eenmalig wachtwoord: "))
        .expect("the one-time password");
    assert_eq!(wachtwoord.len(), 20);
    let weer = passend(&["init", "--database", db]);
    assert!(weer.status.success());
    assert_eq!(
        text(&weer.stdout).trim(),
        "database bijgewerkt; er is al een beheerder"
    );
    assert!(!text(&weer.stdout).contains(wachtwoord));

    let bestand = dir.path().join("organisaties.csv");
    std::fs::write(&bestand, ORGANISATIES).unwrap();
    let pad = bestand.to_str().unwrap();
    let import = passend(&["import", "organisaties", pad, "--database", db]);
    assert!(import.status.success(), "{}", text(&import.stderr));
    assert!(
        text(&import.stdout).starts_with("nieuw: 2\ngewijzigd: 0\nongewijzigd: 0\ngesloten: 0\n")
    );
    let weer = passend(&["import", "organisaties", pad, "--database", db]);
    assert!(text(&weer.stdout).contains("ongewijzigd: 2"));

    let fout = dir.path().join("fout.csv");
    std::fs::write(&fout, ORGANISATIES.replace("3431AC", "34")).unwrap();
    let uit = passend(&[
        "import",
        "organisaties",
        fout.to_str().unwrap(),
        "--database",
        db,
    ]);
    assert!(!uit.status.success());
    let melding = text(&uit.stderr);
    assert!(
        melding.contains("fout.csv: regel 3, kolom postcode:"),
        "{melding}"
    );

    let kalender = dir.path().join("vakanties.json");
    std::fs::write(&kalender, KALENDER).unwrap();
    let geladen = passend(&[
        "import",
        "kalender",
        kalender.to_str().unwrap(),
        "--database",
        db,
    ]);
    assert!(geladen.status.success(), "{}", text(&geladen.stderr));
    assert_eq!(
        text(&geladen.stdout).trim(),
        "schooljaar 2026-2027: regio's noord, midden, zuid"
    );
    std::fs::write(&kalender, KALENDER.replace("heel Nederland", "oost")).unwrap();
    let fout = passend(&[
        "import",
        "kalender",
        kalender.to_str().unwrap(),
        "--database",
        db,
    ]);
    assert!(!fout.status.success());
    assert!(text(&fout.stderr).contains("vakanties.json: 2026-2027, Kerstvakantie, regio 'oost'"));

    // Accounts by invitation: a link for the person, and the account's end.
    let maak = passend(&[
        "account",
        "maak",
        "--gebruikersnaam",
        "ib-boog",
        "--rol",
        "school",
        "--werkgebied",
        "90AA00",
        "--adres",
        "https://passend.example.nl/",
        "--database",
        db,
    ]);
    assert!(maak.status.success(), "{}", text(&maak.stderr));
    let link = text(&maak.stdout);
    assert!(
        link.starts_with("https://passend.example.nl/uitnodiging/"),
        "{link}"
    );
    assert_eq!(
        link.trim().len(),
        "https://passend.example.nl/uitnodiging/".len() + 64
    );
    let fout = passend(&[
        "account",
        "maak",
        "--gebruikersnaam",
        "x",
        "--rol",
        "directeur",
        "--database",
        db,
    ]);
    assert!(!fout.status.success());
    assert!(
        text(&fout.stderr).starts_with("--rol:"),
        "{}",
        text(&fout.stderr)
    );
    let uit = passend(&[
        "account",
        "uit",
        "--gebruikersnaam",
        "ib-boog",
        "--database",
        db,
    ]);
    assert!(uit.status.success(), "{}", text(&uit.stderr));
    assert_eq!(text(&uit.stdout).trim(), "account ib-boog staat uit");
}

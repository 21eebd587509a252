//! The `passend` binary as a user runs it.

use std::process::Command;

fn passend(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_passend"))
        .args(args)
        .output()
        .expect("run passend")
}

#[test]
fn help_lists_the_commands_of_formats_md() {
    let out = passend(&["--help"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for cmd in ["serve", "demo", "import", "verzuim", "bekostiging", "synth"] {
        assert!(text.contains(cmd), "{cmd} missing from --help");
    }
    let serve = String::from_utf8(passend(&["serve", "--help"]).stdout).unwrap();
    for flag in ["--database", "--bind", "--demo"] {
        assert!(serve.contains(flag), "{flag}");
    }
}

/// Every command has landed (`import edexml` was the last); a missing input is named.
#[test]
fn an_import_of_a_missing_file_names_it() {
    let out = passend(&["import", "edexml", "bestaat-niet.xml"]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("bestaat-niet.xml")
    );
}

#[test]
fn demo_prints_accounts_and_refuses_a_second_run() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let db = db.to_str().unwrap();
    let out = passend(&["demo", "--database", db]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("15000 leerlingen"));
    for user in [
        "ib",
        "bestuur",
        "swv-po",
        "deskundige",
        "leerplicht",
        "ouder",
        "opr",
        "inspectie",
        "ministerie",
        "beheerder",
    ] {
        assert!(text.contains(&format!("demo-{user}-2026")), "{user}");
    }
    let again = passend(&["demo", "--database", db]);
    assert!(!again.status.success());
    assert!(
        String::from_utf8(again.stderr)
            .unwrap()
            .contains("de database is niet leeg")
    );
    crate::privacy::assert_no_bsn_in(db, &[&text, &String::from_utf8_lossy(&out.stderr)]);
}

#[test]
fn bad_database_address_is_named() {
    let out = passend(&["demo", "--database", "mysql://localhost/x"]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("onbekend soort database-adres 'mysql://localhost/x'")
    );
}

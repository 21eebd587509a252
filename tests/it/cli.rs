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

/// The bekostiging rule sets are read and checked when the server starts: a stored one with
/// a malformed amount stops the start and names its file and key, before anything is served.
#[tokio::test]
async fn a_malformed_rule_set_stops_the_start_naming_file_and_key() {
    use sqlx::Connection;
    let db = crate::support::TestDb::sqlite().await;
    let kapot = passend_domain::bekostiging::INGEBOUWDE_REGELSETS[1]
        .1
        .replace("\"318.83\"", "\"318,83\"");
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    sqlx::query(
        "INSERT INTO geld_regelset (schooljaar, bestand, inhoud, account_id, aangemaakt) \
         VALUES ('2015-2016', 'eigen-2015-2016.json', $1, 1, '2026-11-22T00:00:00Z')",
    )
    .bind(kapot)
    .execute(&mut raw)
    .await
    .unwrap();
    raw.close().await.unwrap();
    let out = passend(&["serve", "--database", &db.url, "--bind", "127.0.0.1:0"]);
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("eigen-2015-2016.json"), "{stderr}");
    assert!(stderr.contains("zware_ondersteuning_po"), "{stderr}");
    db.finish().await;
}

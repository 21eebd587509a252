//! `passend account maak --email` (issue 19 parts 3 and 7): the invitation is queued with
//! the account and delivered at once, to a real SMTP server on loopback or, without one,
//! as a file in the mail folder; the command says which, and still prints the link.

use crate::smtp::{SmtpServer, lees_map, link};
use std::process::{Command, Output};

fn passend(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_passend"))
        .args(args)
        .env_remove("PASSEND_SMTP_HOST")
        .env_remove("PASSEND_MAIL_MAP")
        .output()
        .expect("run passend")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn maak<'a>(db: &'a str, naam: &'a str, email: &'a str, extra: &[&'a str]) -> Output {
    let mut args = vec![
        "account",
        "maak",
        "--gebruikersnaam",
        naam,
        "--rol",
        "inspectie",
        "--email",
        email,
        "--adres",
        "https://passend.example.nl",
        "--database",
        db,
    ];
    args.extend_from_slice(extra);
    passend(&args)
}

#[test]
fn without_a_mail_server_the_invitation_is_a_file_beside_the_database() {
    let dir = crate::support::tempdir();
    let db = dir.path().join("passend.db");
    let db = db.to_str().unwrap();
    assert!(passend(&["init", "--database", db]).status.success());
    let uit = maak(db, "inspecteur", "inspecteur@inspectie.nl", &[]);
    assert!(uit.status.success(), "{}", text(&uit.stderr));
    let map = dir.path().join("mail");
    assert!(
        text(&uit.stderr).contains(&format!(
            "Er is geen mailserver ingesteld: de mail staat in map {}.",
            map.display()
        )),
        "{}",
        text(&uit.stderr)
    );
    let mails = lees_map(&map, ".eml");
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("To: inspecteur@inspectie.nl"));
    assert_eq!(
        link(&mails[0], "https://passend.example.nl/uitnodiging/"),
        text(&uit.stdout).trim(),
        "the mailed link is the printed one"
    );
    let fout = maak(db, "ander", "geen-adres", &[]);
    assert!(!fout.status.success());
    assert!(text(&fout.stderr).contains("--email: 'geen-adres' is geen e-mailadres"));
}

#[test]
fn with_a_mail_server_the_invitation_is_sent() {
    let Some(smtp) = SmtpServer::start("with_a_mail_server_the_invitation_is_sent") else {
        return;
    };
    let dir = crate::support::tempdir();
    let db = dir.path().join("passend.db");
    let db = db.to_str().unwrap();
    assert!(passend(&["init", "--database", db]).status.success());
    let poort = smtp.poort.to_string();
    let server = [
        "--smtp-host",
        "127.0.0.1",
        "--smtp-poort",
        &poort,
        "--smtp-starttls",
        "false",
    ];
    let uit = maak(db, "inspecteur", "inspecteur@inspectie.nl", &server);
    assert!(uit.status.success(), "{}", text(&uit.stderr));
    assert!(
        text(&uit.stderr).contains("De uitnodiging is gemaild."),
        "{}",
        text(&uit.stderr)
    );
    let mails = smtp.berichten();
    assert_eq!(mails.len(), 1);
    assert_eq!(
        link(&mails[0], "https://passend.example.nl/uitnodiging/"),
        text(&uit.stdout).trim()
    );
    assert!(
        !dir.path().join("mail").exists(),
        "no folder when there is a server"
    );

    // The server is down: the account and its link stand, the mail waits for `serve`.
    drop(smtp);
    let uit = maak(db, "tweede", "tweede@inspectie.nl", &server);
    assert!(uit.status.success(), "{}", text(&uit.stderr));
    assert!(
        text(&uit.stderr).contains("De mail is nog niet verstuurd"),
        "{}",
        text(&uit.stderr)
    );
    assert!(text(&uit.stdout).starts_with("https://passend.example.nl/uitnodiging/"));
}

#[test]
fn over_starttls_the_server_certificate_is_checked() {
    let test = "over_starttls_the_server_certificate_is_checked";
    let Some((smtp, cert)) = SmtpServer::start_tls(test) else {
        return;
    };
    let dir = crate::support::tempdir();
    let db = dir.path().join("passend.db");
    let db = db.to_str().unwrap();
    assert!(passend(&["init", "--database", db]).status.success());
    let poort = smtp.poort.to_string();
    let server = ["--smtp-host", "127.0.0.1", "--smtp-poort", &poort];
    // A certificate nobody vouches for: not sent (STARTTLS is on by default).
    let uit = maak(db, "eerste", "eerste@inspectie.nl", &server);
    assert!(uit.status.success(), "{}", text(&uit.stderr));
    assert!(
        text(&uit.stderr).contains("De mail is nog niet verstuurd"),
        "{}",
        text(&uit.stderr)
    );
    assert!(smtp.berichten().is_empty());
    // With its CA trusted: sent, encrypted (this server refuses mail without STARTTLS).
    let ca = ["--smtp-ca", cert.to_str().unwrap()];
    let uit = maak(
        db,
        "tweede",
        "tweede@inspectie.nl",
        &[&server[..], &ca[..]].concat(),
    );
    assert!(
        text(&uit.stderr).contains("De uitnodiging is gemaild."),
        "{}",
        text(&uit.stderr)
    );
    let mails = smtp.berichten();
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("To: tweede@inspectie.nl"));
}

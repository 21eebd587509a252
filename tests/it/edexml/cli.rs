//! The command line imports, reimports and refuses with file and line.

use super::*;

/// The `i`-th valid BSN of a series (elfproef), away from the numbers the tests use.
pub fn bsn(i: usize) -> String {
    let mut n = 20_000_000 + i * 7;
    loop {
        let cijfers: Vec<u32> = format!("{n:08}")
            .bytes()
            .map(|b| u32::from(b - b'0'))
            .collect();
        let som: u32 = cijfers.iter().zip((2..=9).rev()).map(|(c, w)| c * w).sum();
        let laatste = som % 11;
        if laatste < 10 {
            return format!("{n:08}{laatste}");
        }
        n += 1;
    }
}

/// A schema-valid roster of `n` pupils for vestiging `{brin}00`: classes of 25 with a
/// teacher each, pupils living in Nieuwegein.
pub fn rooster(brin: &str, n: usize) -> String {
    use std::fmt::Write;
    let klassen = n.div_ceil(25);
    let mut x = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EDEX>\n<school><schooljaar>2026-2027</schooljaar>\
         <peildatum>2026-10-01</peildatum><brincode>{brin}</brincode><dependancecode>00</dependancecode>\
         <xsdversie>2.1</xsdversie></school>\n<groepen>\n"
    );
    for k in 0..klassen {
        writeln!(
            x,
            "<groep key=\"K{k}\"><naam>Klas {k}</naam><jaargroep>{}</jaargroep></groep>",
            11 + k % 6
        )
        .unwrap();
    }
    x.push_str("</groepen>\n<leerlingen>\n");
    for i in 0..n {
        writeln!(
            x,
            "<leerling key=\"L{i}\"><achternaam>Jansen</achternaam><roepnaam>Kind{i}</roepnaam>\
             <geboortedatum>2013-0{}-1{}</geboortedatum><jaargroep>{}</jaargroep><groep key=\"K{}\"/>\
             <bsn>{}</bsn><postcodenl>3431AB</postcodenl><instroomdatum>2025-08-18</instroomdatum></leerling>",
            1 + i % 9,
            i % 10,
            11 + (i / 25) % 6,
            i / 25,
            bsn(i)
        )
        .unwrap();
    }
    x.push_str("</leerlingen>\n<leerkrachten>\n");
    for k in 0..klassen {
        writeln!(
            x,
            "<leerkracht key=\"M{k}\"><achternaam>Docent</achternaam><roepnaam>Mentor{k}</roepnaam>\
             <groepen><groep key=\"K{k}\"><rol>KLA</rol></groep></groepen></leerkracht>"
        )
        .unwrap();
    }
    x.push_str("</leerkrachten>\n</EDEX>\n");
    x
}

#[test]
fn the_cli_imports_reimports_and_refuses_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.db");
    let db = db.to_str().unwrap();
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        let store = Store::connect(db).await.unwrap();
        voorbeeldschool(&store).await;
        store.close().await;
    });
    let bin = env!("CARGO_BIN_EXE_passend");
    let run = |bestand: &std::path::Path| {
        std::process::Command::new(bin)
            .args(["import", "edexml"])
            .arg(bestand)
            .args(["--database", db])
            .output()
            .unwrap()
    };
    let goed = dir.path().join("rooster.xml");
    std::fs::write(&goed, aangepast()).unwrap();
    let out = run(&goed);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains(
            "vestiging 99ZZ00: leerlingen 2 nieuw, 0 gewijzigd, 0 ongewijzigd; groepen 8 nieuw"
        ),
        "{stdout}"
    );
    let out = run(&goed);
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("leerlingen 0 nieuw, 0 gewijzigd, 2 ongewijzigd"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // Not a terminal: no progress bar in the output.
    assert!(!String::from_utf8_lossy(&out.stderr).contains('\r'));
    let voor = leerlingen_in(db);
    // Schema-invalid: file and line, nothing stored.
    let kapot = dir.path().join("kapot.xml");
    std::fs::write(
        &kapot,
        aangepast().replace(
            "<jaargroep>4</jaargroep>\n\t\t\t<groep",
            "<jaargroep>44</jaargroep>\n\t\t\t<groep",
        ),
    )
    .unwrap();
    let out = run(&kapot);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("kapot.xml:85: schema:"), "{stderr}");
    assert!(stderr.contains("niets opgeslagen"), "{stderr}");
    assert_eq!(leerlingen_in(db), voor);
    // The official example: imported, its pupils known by key by now; the BSN that fails
    // the elfproef is reported and not stored, never printed.
    let origineel = dir.path().join("voorbeeld.xml");
    std::fs::write(&origineel, VOORBEELD).unwrap();
    let out = run(&origineel);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("voorbeeld.xml: let op: leerling 00002 (regel 94): het BSN voldoet niet aan de elfproef; het nummer is niet overgenomen"),
        "{stdout}"
    );
    assert!(!stdout.contains("133456785"));
    // A broken pupil record: refused whole, naming file, pupil and line.
    let gebroken = dir.path().join("gebroken.xml");
    std::fs::write(
        &gebroken,
        aangepast().replace("<geboortedatum>2006-11-02", "<geboortedatum>2036-11-02"),
    )
    .unwrap();
    let voor = leerlingen_in(db);
    let out = run(&gebroken);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("gebroken.xml: leerling 00002 (regel 96): "),
        "{stderr}"
    );
    assert!(stderr.contains("niets opgeslagen"));
    assert_eq!(leerlingen_in(db), voor);
}

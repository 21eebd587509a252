//! The EDEXML 2.1 roster import, on both databases: the official example (Edustandaard, see
//! tests/fixtures/README.md) imports as it stands — its two current pupils lack what
//! passend needs of a pupil, so they go into the roster only, with what is missing — and a
//! re-import changes nothing; once a file completes them they become pupils. Pupils are
//! found again by number, then by key; an invalid file or a broken pupil record is refused
//! with every problem, named by key and line, and nothing is stored. Also the command line
//! and the upload page.
//!
//! Invalid BSN: a number in `<bsn>` that fails the BSN elfproef is never stored and never
//! reinterpreted. The example's pupil 00002 carries 133456785, which fails the BSN check
//! (but passes the onderwijsnummer check); the pupil stays in the roster only. The adapted
//! copy sends that number as `<onderwijsnummer>`, as a system that knows it to be one would.

use crate::support::{TestDb, contract_db, demo_sqlite};
use crate::web::{csrf_of, get, send};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use passend_domain::{Rol, Schoolsoort};
use passend_store::{EdexmlUitkomst, Store, StoreError, Telling};
use sqlx::{Connection, Row};

/// The official example, unchanged.
const VOORBEELD: &str = include_str!("../fixtures/EDEXML.Voorbeeld.2.1.xml");
const TODAY: jiff::civil::Date = jiff::civil::date(2026, 11, 22);
const TABELLEN: [&str; 10] = [
    "leerling",
    "inschrijving",
    "leerling_sleutel",
    "groep",
    "groep_leerling",
    "medewerker",
    "groep_medewerker",
    "roosterleerling",
    "groep_roosterleerling",
    "audit_log",
];
/// The roster tables: all but the audit log.
const ROOSTER: usize = TABELLEN.len() - 1;

/// The example with what passend needs of its two current pupils, and nothing else:
/// 00001 gets a BSN and a postcode (it has neither), 00002 a birth date (it has none) and
/// its number as the onderwijsnummer it is. Pupil 12345 left before the peildatum.
fn aangepast() -> String {
    let mut x = VOORBEELD.to_string();
    for (oud, nieuw) in [
        (
            "<vestiging key=\"VH\"/>\n\t\t\t<mutatiedatum>",
            "<vestiging key=\"VH\"/>\n\t\t\t<bsn>123456782</bsn>\n\t\t\t<postcodenl>6851AB</postcodenl>\n\t\t\t<mutatiedatum>",
        ),
        (
            "<voorletters-1>IH</voorletters-1>",
            "<voorletters-1>IH</voorletters-1>\n\t\t\t<geboortedatum>2006-11-02</geboortedatum>",
        ),
        (
            "<bsn>133456785</bsn>",
            "<onderwijsnummer>133456785</onderwijsnummer>",
        ),
    ] {
        assert_eq!(x.matches(oud).count(), 1, "{oud}");
        x = x.replace(oud, nieuw);
    }
    x
}

async fn tel(db: &TestDb) -> Vec<i64> {
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let mut uit = Vec::new();
    for t in TABELLEN {
        let sql = format!("SELECT COUNT(*) FROM {t}");
        uit.push(
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .fetch_one(&mut raw)
                .await
                .unwrap()
                .get::<i64, _>(0),
        );
    }
    raw.close().await.unwrap();
    uit
}

async fn een(db: &TestDb, sql: &str) -> Option<String> {
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let v = sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_optional(&mut raw)
        .await
        .unwrap()
        .map(|r| r.get::<Option<String>, _>(0))
        .unwrap_or_default();
    raw.close().await.unwrap();
    v
}

async fn importeer(store: &Store, xml: &str) -> Result<EdexmlUitkomst, StoreError> {
    let bestand = passend_uitwisseling::edexml::lees(xml.as_bytes()).expect("schema-valid");
    let vestiging = passend_store::vestiging_van_edexml(&bestand)?;
    let wie = store
        .systeem_verzoeker(Rol::School, vestiging.as_str())
        .await
        .unwrap();
    let mut stappen = Vec::new();
    let uit = store
        .importeer_edexml(&wie, &bestand, TODAY, "test", &mut |d, t| {
            stappen.push((d, t))
        })
        .await;
    // Progress only goes up and, on success, ends at the total.
    assert!(
        stappen
            .windows(2)
            .all(|w| w[0].0 <= w[1].0 && w[0].1 == w[1].1)
    );
    if uit.is_ok() {
        let &(d, t) = stappen.last().unwrap();
        assert_eq!(d, t);
    }
    uit
}

fn geweigerd(uit: Result<EdexmlUitkomst, StoreError>) -> Vec<String> {
    match uit {
        Err(StoreError::Geweigerd(p)) => p,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

async fn voorbeeldschool(store: &Store) {
    crate::store::school_with_vestiging(store, "99ZZ00", "6851AB", Schoolsoort::Bao).await;
}

async fn het_officiele_voorbeeld_gaat_erin_en_opnieuw_verandert_niets(db: &TestDb) {
    let store = &db.store;
    // Its vestiging does not exist yet: refused, naming it.
    let voor = tel(db).await;
    let p = geweigerd(importeer(store, VOORBEELD).await);
    assert!(p[0].contains("vestiging 99ZZ00"), "{p:?}");
    assert_eq!(tel(db).await, voor);
    voorbeeldschool(store).await;
    let u = importeer(store, VOORBEELD).await.unwrap();
    assert_eq!(
        u.leerlingen,
        Telling::default(),
        "no pupil passend can hold"
    );
    assert_eq!(
        u.roosterleerlingen,
        Telling {
            nieuw: 2,
            ..Telling::default()
        }
    );
    assert_eq!(u.uitgestroomd, 1, "12345 left on 2014-07-18");
    assert_eq!((u.groepen.nieuw, u.medewerkers.nieuw), (8, 3));
    assert_eq!(u.inschrijvingen, 0);
    // 00001 in GRP4B, sg1, sg2; LK1 in one group, LK2 in five, LK3 in one.
    assert_eq!(u.indelingen, 3 + 7);
    assert_eq!(
        u.waarschuwingen,
        vec![
            "leerling 00001 (regel 77) staat alleen in het rooster: passend mist nog een BSN of onderwijsnummer, een postcode".to_string(),
            "leerling 00002 (regel 94) staat alleen in het rooster: passend mist nog een BSN of onderwijsnummer dat de controle doorstaat (het BSN voldoet niet aan de elfproef), een geboortedatum".into(),
        ]
    );
    let na = tel(db).await;
    assert_eq!(&na[..ROOSTER], &[0, 0, 0, 8, 0, 3, 7, 2, 3]);
    let sql = "SELECT voornaam || ' ' || tussenvoegsel || ' ' || achternaam || ' ' || geboortedatum || ' ' || jaargroep \
               FROM roosterleerling WHERE sleutel = '00001'";
    assert_eq!(
        een(db, sql).await.as_deref(),
        Some("Wimpie imp ie 2006-06-21 4")
    );
    let sql = "SELECT voornaam || ' ' || achternaam || ' ' || COALESCE(geboortedatum, '-') || ' ' || ontbreekt \
               FROM roosterleerling WHERE sleutel = '00002'";
    assert_eq!(
        een(db, sql).await.as_deref(),
        Some(
            "Ismaël Assati - een BSN of onderwijsnummer dat de controle doorstaat (het BSN voldoet niet aan de elfproef)\neen geboortedatum"
        )
    );
    let sql = "SELECT eckid FROM roosterleerling WHERE sleutel = '00001'";
    assert!(
        een(db, sql)
            .await
            .unwrap()
            .starts_with("https://id.school/LL_")
    );
    // The number that failed its check is stored nowhere, nor written to the audit log.
    let sql = "SELECT wijzigingen FROM audit_log WHERE route = 'test' ORDER BY id DESC";
    let audit = een(db, sql).await.unwrap();
    assert!(audit.contains("roosterleerling nieuw: 2"), "{audit}");
    for waarde in ["133456785", "Wimpie", "Assati", "id.school"] {
        assert!(!audit.contains(waarde), "{waarde} in {audit}");
    }
    assert!(u.waarschuwingen.iter().all(|w| !w.contains("133456785")));

    // The same file again: nothing changes, nothing is duplicated.
    let again = importeer(store, VOORBEELD).await.unwrap();
    assert!(again.niets_gewijzigd(), "{again:?}");
    assert_eq!(again.roosterleerlingen.ongewijzigd, 2);
    assert_eq!(
        (again.groepen.ongewijzigd, again.medewerkers.ongewijzigd),
        (8, 3)
    );
    let opnieuw = tel(db).await;
    assert_eq!(&opnieuw[..ROOSTER], &na[..ROOSTER]);
    assert_eq!(
        opnieuw[ROOSTER],
        na[ROOSTER] + 1,
        "the import itself is audited"
    );

    // A later file completes both: they become pupils, enrolled, in their groups.
    let u = importeer(store, &aangepast()).await.unwrap();
    assert_eq!(u.leerlingen.nieuw, 2);
    assert_eq!(u.roosterleerlingen.verwijderd, 2);
    assert!(u.waarschuwingen.is_empty(), "{:?}", u.waarschuwingen);
    assert_eq!(&tel(db).await[..ROOSTER], &[2, 2, 2, 8, 3, 3, 7, 0, 0]);

    // A school user of another vestiging may not read this school's roster.
    let voor = tel(db).await;
    let ander = store
        .systeem_verzoeker(Rol::School, "12AB00")
        .await
        .unwrap();
    let bestand = passend_uitwisseling::edexml::lees(aangepast().as_bytes()).unwrap();
    let p = geweigerd(
        store
            .importeer_edexml(&ander, &bestand, TODAY, "test", &mut |_, _| {})
            .await,
    );
    assert!(p[0].contains("99ZZ00"), "{p:?}");
    assert_eq!(tel(db).await, voor);
}

async fn het_aangepaste_voorbeeld_gaat_erin_en_opnieuw_verandert_niets(db: &TestDb) {
    let store = &db.store;
    voorbeeldschool(store).await;
    let u = importeer(store, &aangepast()).await.unwrap();
    assert_eq!(u.vestiging, "99ZZ00");
    assert_eq!(
        u.leerlingen,
        Telling {
            nieuw: 2,
            ..Telling::default()
        }
    );
    assert_eq!(u.uitgestroomd, 1, "12345 left on 2014-07-18");
    assert_eq!(u.groepen.nieuw, 8);
    assert_eq!(u.medewerkers.nieuw, 3);
    assert_eq!(u.inschrijvingen, 2);
    // 00001 in GRP4B, sg1, sg2; LK1 in one group, LK2 in five, LK3 in one.
    assert_eq!(u.indelingen, 3 + 7);
    let na = tel(db).await;
    assert_eq!(&na[..ROOSTER], &[2, 2, 2, 8, 3, 3, 7, 0, 0]);
    // The number went into the column its check says; the BSN only into leerling.
    let sql = "SELECT CAST(COUNT(*) AS TEXT) FROM leerling WHERE onderwijsnummer = '133456785' AND bsn IS NULL \
               AND voornaam = 'Ismaël' AND achternaam = 'Assati' AND postcode = '6971 VB'";
    assert_eq!(een(db, sql).await.as_deref(), Some("1"));
    let sql = "SELECT l.voornaam || ' ' || l.tussenvoegsel || ' ' || l.achternaam || ' ' || i.van \
               FROM leerling l JOIN inschrijving i ON i.leerling_id = l.id WHERE l.bsn = '123456782'";
    assert_eq!(
        een(db, sql).await.as_deref(),
        Some("Wimpie imp ie 2014-10-01"),
        "roepnaam shown; enrolled from the peildatum"
    );
    let sql = "SELECT van FROM inschrijving i JOIN leerling l ON l.id = i.leerling_id WHERE l.onderwijsnummer = '133456785'";
    assert_eq!(
        een(db, sql).await.as_deref(),
        Some("2013-08-25"),
        "instroomdatum"
    );
    let sql = "SELECT eckid FROM leerling_sleutel WHERE sleutel = '00001'";
    assert!(
        een(db, sql)
            .await
            .unwrap()
            .starts_with("https://id.school/LL_")
    );
    let sql = "SELECT gm.rollen FROM groep_medewerker gm JOIN medewerker m ON m.id = gm.medewerker_id WHERE m.sleutel = 'LK3'";
    assert_eq!(een(db, sql).await.as_deref(), Some("STA\nOWA"));
    let sql = "SELECT rollen FROM medewerker WHERE sleutel = 'LK2'";
    assert_eq!(een(db, sql).await.as_deref(), Some("Manusje van alles"));
    let sql = "SELECT CAST(samengesteld AS TEXT) || jaargroep FROM groep WHERE sleutel = 'GRP4A'";
    assert_eq!(een(db, sql).await.as_deref(), Some("04"));
    // One audit entry: counts and field names, never a value.
    let sql = "SELECT wijzigingen FROM audit_log WHERE route = 'test' ORDER BY id DESC";
    let audit = een(db, sql).await.unwrap();
    assert!(audit.contains("leerling nieuw: 2"), "{audit}");
    for waarde in ["123456782", "133456785", "Wimpie", "6851AB", "id.school"] {
        assert!(!audit.contains(waarde), "{waarde} in {audit}");
    }

    // The same file again: nothing changes, nothing is duplicated.
    let again = importeer(store, &aangepast()).await.unwrap();
    assert!(again.niets_gewijzigd(), "{again:?}");
    assert_eq!(
        again.leerlingen,
        Telling {
            ongewijzigd: 2,
            ..Telling::default()
        }
    );
    assert_eq!(again.groepen.ongewijzigd, 8);
    assert_eq!(again.medewerkers.ongewijzigd, 3);
    let opnieuw = tel(db).await;
    assert_eq!(&opnieuw[..ROOSTER], &na[..ROOSTER]);
    assert_eq!(
        opnieuw[ROOSTER],
        na[ROOSTER] + 1,
        "the import itself is audited"
    );

    // A later export: 00001 without a BSN (found by key), 00002 under a new key (found by
    // number), a pupil moved to another group, a renamed group, a group and a teacher gone.
    let mut later = aangepast()
        .replace("<bsn>123456782</bsn>", "<bsn_ondwnr-4>6782</bsn_ondwnr-4>")
        .replace("<leerling key=\"00002\">", "<leerling key=\"00002-b\">")
        .replace("<groep key=\"GRP4B\"/>", "<groep key=\"GRP4A\"/>")
        .replace("<naam>Muizen</naam>", "<naam>Muizen (2026)</naam>")
        .replace(
            "<postcodenl>6851AB</postcodenl>",
            "<postcodenl>6851AC</postcodenl>",
        );
    let lk3 = later.find("<leerkracht key=\"LK3\">").unwrap();
    let eind = later[lk3..].find("</leerkracht>").unwrap() + lk3 + "</leerkracht>".len();
    later.replace_range(lk3..eind, "");
    let g3 = later.find("<groep key=\"003\">").unwrap();
    let eind = later[g3..].find("</groep>").unwrap() + g3 + "</groep>".len();
    later.replace_range(g3..eind, "");
    let u = importeer(store, &later).await.unwrap();
    assert_eq!(
        u.leerlingen,
        Telling {
            gewijzigd: 2,
            ..Telling::default()
        },
        "no new pupils: both were found again"
    );
    assert_eq!((u.groepen.gewijzigd, u.groepen.verwijderd), (1, 1));
    assert_eq!(
        (u.medewerkers.verwijderd, u.medewerkers.ongewijzigd),
        (1, 2)
    );
    assert_eq!(u.inschrijvingen, 0);
    let nu = tel(db).await;
    assert_eq!(&nu[..ROOSTER], &[2, 2, 2, 7, 3, 2, 6, 0, 0]);
    let sql = "SELECT l.postcode FROM leerling l JOIN leerling_sleutel s ON s.leerling_id = l.id WHERE s.sleutel = '00001'";
    assert_eq!(een(db, sql).await.as_deref(), Some("6851 AC"));
    let sql = "SELECT s.sleutel FROM leerling_sleutel s JOIN leerling l ON l.id = s.leerling_id WHERE l.onderwijsnummer = '133456785'";
    assert_eq!(een(db, sql).await.as_deref(), Some("00002-b"));
    let sql = "SELECT g.sleutel FROM groep g JOIN groep_leerling gl ON gl.groep_id = g.id \
               JOIN leerling l ON l.id = gl.leerling_id WHERE l.bsn = '123456782' AND g.samengesteld = 0";
    assert_eq!(een(db, sql).await.as_deref(), Some("GRP4A"));
    assert_eq!(
        een(db, "SELECT sleutel FROM medewerker WHERE sleutel = 'LK3'").await,
        None,
        "a teacher the school no longer lists is not kept"
    );
}

/// A pupil who is new but enrolled elsewhere today, or whose BSN differs from the one
/// stored for their key, refuses the whole file; the problem names the key only.
async fn een_fout_bij_een_leerling_weigert_het_hele_bestand(db: &TestDb) {
    let store = &db.store;
    voorbeeldschool(store).await;
    crate::store::school_with_vestiging(store, "12AB00", "3431AB", Schoolsoort::Bao).await;
    let elders = store
        .create_leerling(&crate::store::pupil("111222333", "3431AB"))
        .await
        .unwrap();
    store
        .add_inschrijving(
            elders,
            passend_domain::Inschrijving::new(
                passend_domain::VestigingCode::parse("12AB00").unwrap(),
                jiff::civil::date(2012, 8, 20),
                None,
            )
            .unwrap(),
        )
        .await
        .unwrap();
    let voor = tel(db).await;
    let xml = aangepast().replace("<bsn>123456782</bsn>", "<bsn>111222333</bsn>");
    let p = geweigerd(importeer(store, &xml).await);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].starts_with(
            "leerling 00001 (regel 77): staat vanaf 2014-10-01 nog ingeschreven bij een andere school"
        ),
        "{p:?}"
    );
    assert!(
        !p[0].contains("12AB00"),
        "another school's enrolment is not this school's business"
    );
    assert_eq!(tel(db).await, voor);
    // A system that uses the BSN as its key: the pupil is named by line, not by key.
    let xml = xml.replace("key=\"00001\"", "key=\"111222333\"");
    let p = geweigerd(importeer(store, &xml).await);
    assert!(p[0].starts_with("de leerling op regel 77:"), "{p:?}");
    assert!(p.iter().all(|m| !m.contains("111222333")));
    // Two pupils with one number.
    let xml = aangepast().replace(
        "<onderwijsnummer>133456785</onderwijsnummer>",
        "<bsn>123456782</bsn>",
    );
    let p = geweigerd(importeer(store, &xml).await);
    assert!(
        p.contains(
            &"leerling 00001 (regel 77) en leerling 00002 (regel 96) hebben hetzelfde BSN"
                .to_string()
        ),
        "{p:?}"
    );
    // A broken record: a birth date in the future refuses the file, naming key and line.
    let xml = aangepast().replace(
        "<geboortedatum>2006-11-02</geboortedatum>",
        "<geboortedatum>2030-11-02</geboortedatum>",
    );
    let p = geweigerd(importeer(store, &xml).await);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("leerling 00002 (regel 96): "), "{p:?}");
    assert!(p[0].contains("2030-11-02"), "{p:?}");
    // A file wrong throughout: the first 50 problems and a count of the rest.
    let xml = rooster("99ZZ", 60).replace("<geboortedatum>2013-", "<geboortedatum>2033-");
    let p = geweigerd(importeer(store, &xml).await);
    assert_eq!(p.len(), 51);
    assert!(p[0].starts_with("leerling L0 (regel 10): "), "{p:?}");
    assert!(p[50].contains("nog 10 andere problemen"), "{}", p[50]);
    assert_eq!(tel(db).await, voor);
}

/// A generated roster larger than one look-up block and one insert chunk.
async fn een_grote_school_in_blokken(db: &TestDb) {
    let store = &db.store;
    crate::store::school_with_vestiging(store, "98ZZ00", "3431AB", Schoolsoort::Vo).await;
    let xml = rooster("98ZZ", 2_600);
    let u = importeer(store, &xml).await.unwrap();
    assert_eq!(u.leerlingen.nieuw, 2_600);
    assert_eq!(u.inschrijvingen, 2_600);
    assert_eq!(u.groepen.nieuw, 104);
    let na = tel(db).await;
    let again = importeer(store, &xml).await.unwrap();
    assert!(again.niets_gewijzigd(), "{again:?}");
    assert_eq!(again.leerlingen.ongewijzigd, 2_600);
    assert_eq!(&tel(db).await[..ROOSTER], &na[..ROOSTER]);
}

contract_db!(
    het_officiele_voorbeeld_gaat_erin_en_opnieuw_verandert_niets,
    het_aangepaste_voorbeeld_gaat_erin_en_opnieuw_verandert_niets,
    een_fout_bij_een_leerling_weigert_het_hele_bestand,
    een_grote_school_in_blokken,
);

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

fn leerlingen_in(db: &str) -> i64 {
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        let mut raw = sqlx::AnyConnection::connect(&format!("sqlite://{db}"))
            .await
            .unwrap();
        let n = sqlx::query("SELECT COUNT(*) + (SELECT COUNT(*) FROM inschrijving) FROM leerling")
            .fetch_one(&mut raw)
            .await
            .unwrap()
            .get::<i64, _>(0);
        raw.close().await.unwrap();
        n
    })
}

/// A multipart upload of a roster to `/edexml`.
pub async fn upload(store: &Store, cookie: &str, csrf: &str, xml: &[u8]) -> crate::web::Reply {
    let boundary = "----passendgrens";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"rooster.xml\"\r\nContent-Type: application/xml\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(xml);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let req = Request::post("/edexml")
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header(header::COOKIE, cookie)
        .body(Body::from(body))
        .unwrap();
    send(store, req).await
}

#[tokio::test]
async fn the_upload_page_imports_the_schools_roster_or_lists_the_problems() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let ib = crate::web::sign_in(store, "ib").await;
    let page = get(store, "/", Some(&ib)).await;
    assert!(
        page.body.contains("href=\"/edexml\""),
        "nav link for the school"
    );
    let form = get(store, "/edexml", Some(&ib)).await;
    assert_eq!(form.status, StatusCode::OK);
    let csrf = csrf_of(&form.body);
    let voor = tel(&db).await;
    // Schema-invalid: 422 with lines, nothing stored.
    let reply = upload(store, &ib, &csrf, b"<EDEX><school/></EDEX>").await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.body.contains("niet ingelezen"), "{}", reply.body);
    assert!(reply.body.contains("regel 1"), "{}", reply.body);
    // Another school's file: 422, naming the vestiging.
    let reply = upload(store, &ib, &csrf, rooster("99ZZ", 3).as_bytes()).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.body.contains("vestiging 99ZZ00"), "{}", reply.body);
    // Nothing stored; the page's roster list read is audited.
    assert_eq!(&tel(&db).await[..ROOSTER], &voor[..ROOSTER]);
    // The school's own roster: stored, counts shown; again: nothing changes.
    let eigen = rooster("90AA", 30).replace("<dependancecode>00</dependancecode>", "");
    let reply = upload(store, &ib, &csrf, eigen.as_bytes()).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(reply.body.contains("Ingelezen"));
    assert!(reply.body.contains("<td>30</td>"), "{}", reply.body);
    let reply = upload(store, &ib, &csrf, eigen.as_bytes()).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(
        reply.body.contains("er is niets gewijzigd"),
        "{}",
        reply.body
    );
    // The pupils are the school's now: on its list.
    let school = get(store, "/scholen/90AA00", Some(&ib)).await;
    assert!(
        school.body.contains("Kind7 Jansen"),
        "enrolled at the school"
    );
    // The official example as this school's file: its pupils are listed as roster-only,
    // with what is missing, on the page and in its downloads.
    let voorbeeld = VOORBEELD.replace("<brincode>99ZZ</brincode>", "<brincode>90AA</brincode>");
    let reply = upload(store, &ib, &csrf, voorbeeld.as_bytes()).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(
        reply
            .body
            .contains("Aan te vullen in de leerlingadministratie"),
        "{}",
        reply.body
    );
    let pagina = get(store, "/edexml", Some(&ib)).await;
    assert!(
        pagina
            .body
            .contains("<td>00001</td><td>Wimpie imp ie</td><td>2006-06-21</td><td>4</td><td>4B, Samgroep 1, Samgroep 2</td><td>een BSN of onderwijsnummer; een postcode</td>"),
        "{}",
        pagina.body
    );
    let csv = get(store, "/edexml?formaat=csv", Some(&ib)).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.body.contains("00002,Ismaël Assati,,4,,"),
        "{}",
        csv.body
    );
    assert!(!csv.body.contains("133456785"));
    // Nobody else sees the school's roster.
    let swv = crate::web::sign_in(store, "swv-po").await;
    assert_eq!(
        get(store, "/edexml?formaat=csv", Some(&swv)).await.status,
        StatusCode::NOT_FOUND
    );
}

/// The must-show on the running program: the demo has the example's school (BRIN 99ZZ), so
/// `passend import edexml` takes the official file as it stands; twice changes nothing.
#[tokio::test]
async fn the_official_example_imports_into_the_demo_as_it_stands() {
    let db = demo_sqlite().await;
    let voorbeeld = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/EDEXML.Voorbeeld.2.1.xml"
    );
    let run = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_passend"))
            .args(["import", "edexml", voorbeeld, "--database", db.path()])
            .output()
            .unwrap()
    };
    let out = run();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("ingelezen voor vestiging 99ZZ00: leerlingen 0 nieuw, 0 gewijzigd, 0 ongewijzigd; alleen in het rooster 2 nieuw, 0 gewijzigd, 0 ongewijzigd; groepen 8 nieuw"),
        "{stdout}"
    );
    assert!(stdout.contains("let op: leerling 00002 (regel 94) staat alleen in het rooster"));
    let voor = tel(&db).await;
    let out = run();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(
        stdout.contains("alleen in het rooster 0 nieuw, 0 gewijzigd, 2 ongewijzigd; groepen 0 nieuw, 0 gewijzigd, 8 ongewijzigd"),
        "{stdout}"
    );
    let na = tel(&db).await;
    assert_eq!(&na[..ROOSTER], &voor[..ROOSTER], "nothing changed");
}

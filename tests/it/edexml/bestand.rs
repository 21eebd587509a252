//! Importing EDEXML files: the official and adapted examples, errors, large schools.

use super::*;

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
            .rooster()
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

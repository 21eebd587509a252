use super::*;

fn sj(s: &str) -> Schooljaar {
    Schooljaar::parse(s).unwrap()
}

#[test]
fn a_plan_covers_one_to_four_schooljaren() {
    for (van, tot, ok) in [
        ("2026-2027", "2026-2027", true),
        ("2026-2027", "2029-2030", true),
        ("2026-2027", "2030-2031", false),
        ("2026-2027", "2025-2026", false),
        ("2022-2023", "2025-2026", true),
    ] {
        assert_eq!(toets_periode(sj(van), sj(tot)).is_ok(), ok, "{van} – {tot}");
    }
    assert_eq!(aantal_schooljaren(sj("2026-2027"), sj("2029-2030")), 4);
}

#[test]
fn the_plan_goes_to_the_inspectie_before_1_may_before_its_first_schooljaar() {
    for (eerste, ingediend, tijdig) in [
        ("2026-2027", date(2026, 4, 30), true),
        ("2026-2027", date(2026, 5, 1), false),
        ("2026-2027", date(2025, 12, 1), true),
        ("2026-2027", date(2026, 8, 1), false),
        ("2030-2031", date(2030, 3, 15), true),
    ] {
        assert_eq!(
            tijdig_ingediend(sj(eerste), ingediend),
            tijdig,
            "{ingediend}"
        );
    }
    assert_eq!(indienen_uiterlijk(sj("2026-2027")), date(2026, 4, 30));
}

fn volledig() -> Inhoud<'static> {
    Inhoud {
        basisondersteuning: "x",
        extra_ondersteuning: "x",
        middelen: "x",
        tlv_procedure: "x",
        ouders: "x",
        doelen: "x",
        terugplaatsing: "x",
        overdrachten: "x",
        streefwaarden: 1,
    }
}

#[test]
fn final_only_with_contents_oogo_with_every_gemeente_and_opr_consent() {
    let regio = vec![
        ("0321".to_string(), "Houten".to_string()),
        ("0356".to_string(), "Nieuwegein".to_string()),
    ];
    let beide = vec!["0321".to_string(), "0356".to_string()];
    let een = vec!["0356".to_string()];
    let ja = Some(Stemming {
        voor: 7,
        tegen: 1,
        onthouding: 0,
    });
    let nee = Some(Stemming {
        voor: 3,
        tegen: 4,
        onthouding: 1,
    });
    let leeg = Inhoud {
        middelen: "",
        ..volledig()
    };
    let zonder_doel = Inhoud {
        streefwaarden: 0,
        ..volledig()
    };
    let zonder_terugplaatsing = Inhoud {
        terugplaatsing: " ",
        ..volledig()
    };
    let vo = vec!["VO2605".to_string()];
    let geen: Vec<String> = Vec::new();
    for (inhoud, oogo, overleg, opr, ontbreekt) in [
        (volledig(), &beide, &vo, ja, 0),
        (volledig(), &een, &vo, ja, 1),
        (volledig(), &beide, &vo, None, 1),
        (volledig(), &beide, &vo, nee, 1),
        (volledig(), &een, &vo, None, 2),
        (volledig(), &beide, &geen, ja, 1),
        (leeg, &beide, &vo, ja, 1),
        (zonder_doel, &beide, &vo, ja, 1),
        (zonder_terugplaatsing, &beide, &vo, ja, 1),
    ] {
        let r = ontbreekt_voor_vaststelling(&inhoud, &regio, oogo, &vo, overleg, opr);
        assert_eq!(r.len(), ontbreekt, "{r:?}");
    }
    let r = ontbreekt_voor_vaststelling(&volledig(), &regio, &een, &vo, &vo, ja);
    assert!(r[0].contains("Houten"));
    let r = ontbreekt_voor_vaststelling(&volledig(), &regio, &beide, &vo, &geen, ja);
    assert_eq!(r, ["nog geen overleg met samenwerkingsverband VO2605"]);
}

#[test]
fn a_tie_is_no_consent() {
    let s = |voor, tegen| Stemming {
        voor,
        tegen,
        onthouding: 2,
    };
    assert!(s(5, 4).ingestemd());
    assert!(!s(4, 4).ingestemd());
    assert!(!s(0, 0).geldig());
    assert!(!s(-1, 3).geldig());
    // Counts at the edge of the type do not overflow (Schemathesis sent i64::MAX).
    assert!(s(i64::MAX, 1).geldig() && s(i64::MAX, 1).ingestemd());
}

#[test]
fn the_commission_gives_its_oordeel_within_ten_weeks() {
    for (ontvangen, weken, uiterlijk) in [
        (date(2026, 9, 1), 10, date(2026, 11, 10)),
        (date(2026, 12, 20), 10, date(2027, 2, 28)),
        (date(2027, 2, 1), 10, date(2027, 4, 12)),
    ] {
        assert_eq!(oordeel_uiterlijk(ontvangen, weken), uiterlijk);
    }
}

#[test]
fn a_deviation_from_the_oordeel_is_motivated() {
    assert!(toets_reactie_bestuur(true, "").is_ok());
    assert!(toets_reactie_bestuur(false, " ").is_err());
    assert!(toets_reactie_bestuur(false, "plaats ontbreekt").is_ok());
}

#[test]
fn vervolgonderwijs_names_its_kind_and_nothing_else_does() {
    for (b, s, ok) in [
        (Bestemming::Vervolgonderwijs, Some("mbo niveau 2"), true),
        (Bestemming::Vervolgonderwijs, None, false),
        (Bestemming::Vervolgonderwijs, Some("hogeschool"), false),
        (Bestemming::Arbeidsmarkt, None, true),
        (Bestemming::Arbeidsmarkt, Some("mbo niveau 2"), false),
        (Bestemming::Onbekend, Some(""), true),
    ] {
        assert_eq!(toets_uitstroom(b, s).is_ok(), ok, "{b:?} {s:?}");
    }
}

#[test]
fn outflow_is_compared_with_the_expected_profile() {
    use Bestemming as B;
    use Uitstroom as U;
    for (v, b, c) in [
        (Some(U::Vervolgonderwijs), B::Vervolgonderwijs, Some(true)),
        (Some(U::Arbeidsmarkt), B::Dagbesteding, Some(false)),
        (Some(U::Dagbesteding), B::Onbekend, None),
        (None, B::Arbeidsmarkt, None),
        (Some(U::Havo), B::Vervolgonderwijs, None),
    ] {
        assert_eq!(conform(v, b), c, "{v:?} {b:?}");
    }
    let rijen = vergelijk(&[
        (Some(U::Vervolgonderwijs), B::Vervolgonderwijs),
        (Some(U::Vervolgonderwijs), B::Arbeidsmarkt),
        (Some(U::Arbeidsmarkt), B::Arbeidsmarkt),
        (Some(U::Dagbesteding), B::Onbekend),
        (None, B::Dagbesteding),
        (Some(U::Mbo), B::Vervolgonderwijs),
    ]);
    assert_eq!(rijen.len(), 4);
    assert_eq!(rijen[0].feitelijk, [1, 1, 0, 0]);
    assert_eq!((rijen[0].conform, rijen[0].totaal), (1, 2));
    assert_eq!((rijen[1].conform, rijen[1].totaal), (1, 1));
    assert_eq!(rijen[2].feitelijk, [0, 0, 0, 1]);
    // No OPP profile, or a non-vso one: counted under "geen profiel".
    assert_eq!(rijen[3].feitelijk, [1, 0, 1, 0]);
    assert_eq!(rijen[3].conform, 0);
}

#[test]
fn a_target_answers_for_a_hidden_count_only_when_no_count_is_pinned_down() {
    // Threshold 10: hidden counts are 1..=9.
    let cases: [(&[(&str, u64)], &[bool]); 8] = [
        // "at most 2": met means 1 or 2, not met 3..9.
        (&[("hoogstens", 2)], &[true]),
        // "at most 1": met would mean exactly 1.
        (&[("hoogstens", 1)], &[false]),
        // "at least 9": met would mean exactly 9; "at least 8": 8 or 9.
        (&[("minstens", 9)], &[false]),
        (&[("minstens", 8)], &[true]),
        // Outside the hidden range the answer is the same for every hidden count.
        (
            &[("hoogstens", 0), ("hoogstens", 12), ("minstens", 1)],
            &[true, true, true],
        ),
        // Together: "at most 3" and "at least 3" would pin down 3; the second may not answer.
        (&[("hoogstens", 3), ("minstens", 3)], &[true, false]),
        (&[("hoogstens", 3), ("minstens", 4)], &[true, true]),
        (
            &[("hoogstens", 2), ("hoogstens", 5), ("hoogstens", 6)],
            &[true, true, false],
        ),
    ];
    for (doelen, want) in cases {
        assert_eq!(mag_antwoorden(doelen, 10), want, "{doelen:?}");
    }
    assert!(behaald(3, "hoogstens", 3) && !behaald(4, "hoogstens", 3));
    assert!(behaald(3, "minstens", 3) && !behaald(2, "minstens", 3));
}

use super::*;
use jiff::civil::date;

fn vraag(antwoord: Option<Antwoord>) -> Bereidheidsvraag {
    Bereidheidsvraag {
        vestiging: "90AB00".into(),
        gevraagd_op: date(2026, 11, 2),
        uiterlijk: date(2026, 11, 30),
        antwoord,
    }
}

fn ja(d: Date) -> Option<Antwoord> {
    Some(Antwoord {
        bereid: true,
        datum: d,
    })
}

#[test]
fn only_a_yes_of_a_real_school_in_time_unlocks_the_refusal() {
    let d = date(2026, 11, 20);
    let ok = vraag(ja(date(2026, 11, 10)));
    assert_eq!(
        bereid_op("90AA00", "90AB00", true, Some(&ok), true, d),
        Ok(Some(date(2026, 11, 10)))
    );
    assert_eq!(
        bereid_op("90AA00", "De Linde", false, Some(&ok), true, d),
        Err(BesluitError::OnbekendeSchool("De Linde".into()))
    );
    assert_eq!(
        bereid_op("90AA00", "90AB00", true, None, true, d),
        Err(BesluitError::NietGevraagd)
    );
    let nee = vraag(Some(Antwoord {
        bereid: false,
        datum: date(2026, 11, 10),
    }));
    assert_eq!(
        bereid_op("90AA00", "90AB00", true, Some(&nee), true, d),
        Err(BesluitError::NietBereid)
    );
    let open = vraag(None);
    assert_eq!(
        bereid_op("90AA00", "90AB00", true, Some(&open), true, d),
        Err(BesluitError::GeenAntwoord)
    );
    assert_eq!(
        bereid_op(
            "90AA00",
            "90AB00",
            true,
            Some(&open),
            true,
            date(2026, 12, 1)
        ),
        Err(BesluitError::TermijnVerstreken(date(2026, 11, 30)))
    );
    let laat = vraag(ja(date(2026, 12, 1)));
    assert_eq!(
        bereid_op(
            "90AA00",
            "90AB00",
            true,
            Some(&laat),
            true,
            date(2026, 12, 2)
        ),
        Err(BesluitError::TermijnVerstreken(date(2026, 11, 30)))
    );
    // Without a support need no willingness is required, but the school must be real.
    assert_eq!(
        bereid_op("90AA00", "90AB00", true, None, false, d),
        Ok(None)
    );
    assert!(bereid_op("90AA00", "x", false, None, false, d).is_err());
    assert_eq!(
        bereid_op("90AA00", "90AA00", true, Some(&ok), true, d),
        Err(BesluitError::ZelfdeSchool)
    );
}

#[test]
fn an_answer_comes_once_dated_and_before_the_deadline() {
    let open = vraag(None);
    let d = date(2026, 11, 20);
    assert_eq!(toets_antwoord(&open, d, d), Ok(()));
    assert_eq!(
        toets_antwoord(&open, date(2026, 11, 21), d),
        Err(BesluitError::AntwoordDatum)
    );
    assert_eq!(
        toets_antwoord(&open, date(2026, 11, 1), d),
        Err(BesluitError::AntwoordDatum)
    );
    assert_eq!(
        toets_antwoord(&open, date(2026, 12, 1), date(2026, 12, 1)),
        Err(BesluitError::TermijnVerstreken(date(2026, 11, 30)))
    );
    assert_eq!(
        toets_antwoord(&vraag(ja(d)), d, d),
        Err(BesluitError::AlBeantwoord)
    );
}

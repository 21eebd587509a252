use super::*;
use jiff::civil::date;

/// A registration at `school` received on day `d` of 2026 (January), first preference or
/// not, decided and withdrawn on those days of January if given.
fn r(
    school: &'static str,
    d: i8,
    voorkeur: bool,
    besloten: Option<i8>,
    ingetrokken: Option<i8>,
) -> Registratie<&'static str> {
    Registratie {
        school,
        ontvangen: date(2026, 1, d),
        eerste_voorkeur: voorkeur,
        besloten: besloten.map(|b| date(2026, 1, b)),
        ingetrokken: ingetrokken.map(|i| date(2026, 1, i)),
    }
}

#[test]
fn zorgplicht_goes_to_the_first_preference_of_the_round_else_the_latest() {
    // (case, the child's registrations, the one looked at, the holder)
    let cases = [
        (
            "open: the first preference, not the latest",
            vec![
                r("A", 5, false, None, None),
                r("B", 20, false, None, None),
                r("C", 10, true, None, None),
            ],
            0,
            Some("C"),
        ),
        (
            "open without a first preference: the latest",
            vec![r("A", 5, false, None, None), r("B", 20, false, None, None)],
            0,
            Some("B"),
        ),
        (
            "admitted at the first preference: still there",
            vec![r("A", 5, true, Some(19), None)],
            0,
            Some("A"),
        ),
        (
            "admitted at the first preference, another still open: the first preference",
            vec![
                r("A", 5, true, Some(19), None),
                r("B", 8, false, None, None),
            ],
            0,
            Some("A"),
        ),
        (
            "the other school looks: the first preference",
            vec![
                r("A", 5, true, Some(19), None),
                r("B", 8, false, None, None),
            ],
            1,
            Some("A"),
        ),
        (
            "the first preference withdrawn: the latest other",
            vec![
                r("A", 5, true, None, Some(12)),
                r("B", 8, false, None, None),
            ],
            1,
            Some("B"),
        ),
        (
            "a new round after an earlier decision: the new registration",
            vec![
                r("A", 2, true, Some(9), None),
                r("B", 20, false, None, None),
            ],
            1,
            Some("B"),
        ),
        (
            "the earlier round keeps its own holder",
            vec![
                r("A", 2, true, Some(9), None),
                r("B", 20, false, None, None),
            ],
            0,
            Some("A"),
        ),
        (
            "only a withdrawn registration: nobody",
            vec![r("A", 5, true, None, Some(12))],
            0,
            None,
        ),
    ];
    for (naam, alle, deze, want) in cases {
        assert_eq!(zorgplicht_bij(&alle[deze], &alle), want, "{naam}");
    }
}

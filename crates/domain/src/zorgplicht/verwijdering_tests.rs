use super::*;
use Plicht::{Kwalificatieplicht as K, Leerplicht as L};

/// Everything done except the one fact named (`""`: nothing missing).
fn zonder(wet: Wet, plicht: Option<Plicht>, minderjarig: bool, mist: &str) -> Verwijdering {
    Verwijdering {
        wet,
        plicht,
        minderjarig,
        leraar_gehoord: mist != "leraar",
        ouders_gehoord: mist != "ouders",
        andere_school_bereid: mist != "andere",
        overleg_inspectie: mist != "inspectie",
        reden_gegeven: mist != "reden",
    }
}

/// The refusal's kind, or "ok".
fn uitkomst(v: &Verwijdering) -> &'static str {
    match toets_verwijdering(v) {
        Ok(()) => "ok",
        Err(VerwijderingError::LeraarNietGehoord(_)) => "leraar",
        Err(VerwijderingError::GeenReden(_)) => "reden",
        Err(VerwijderingError::OudersNietGehoord(_)) => "ouders",
        Err(VerwijderingError::GeenAndereSchool(_)) => "andere",
        Err(VerwijderingError::GeenOverlegInspectie) => "inspectie",
    }
}

#[test]
fn per_law_and_age_who_is_heard_and_whose_willingness_is_needed() {
    use Wet::*;
    // (law, duty on the day, under 18, the fact left out, the outcome)
    let tabel: &[(Wet, Option<Plicht>, bool, &str, &str)] = &[
        (Wpo, Some(L), true, "", "ok"),
        (Wpo, Some(L), true, "leraar", "leraar"),
        (Wpo, Some(L), true, "reden", "reden"),
        (Wpo, Some(L), true, "ouders", "ouders"),
        (Wpo, Some(L), true, "andere", "andere"),
        // WPO art. 40 lid 11: another school for every pupil, also one not (yet) leerplichtig.
        (Wpo, None, true, "andere", "andere"),
        (Wpo, Some(L), true, "inspectie", "ok"),
        (Wec, Some(L), true, "leraar", "leraar"),
        (Wec, Some(L), true, "ouders", "ouders"),
        (Wec, Some(L), true, "andere", "andere"),
        (Wec, Some(K), false, "andere", "andere"),
        // WEC art. 40 lid 18: only for a pupil the Leerplichtwet applies to (vso to 20).
        (Wec, None, false, "andere", "ok"),
        (Wec, None, true, "andere", "ok"),
        (Wec, Some(L), true, "inspectie", "ok"),
        // WVO: no teacher in the law; the parents while under 18 (IbWVO art. 14 lid 1).
        (Wvo, Some(L), true, "leraar", "ok"),
        (Wvo, Some(L), true, "reden", "reden"),
        (Wvo, Some(L), true, "ouders", "ouders"),
        (Wvo, Some(K), false, "ouders", "ok"),
        (Wvo, None, false, "ouders", "ok"),
        (Wvo, Some(L), true, "andere", "andere"),
        (Wvo, Some(K), true, "andere", "andere"),
        (Wvo, None, false, "andere", "ok"),
        // IbWVO art. 14 lid 2: the inspectie for the leerplichtige only.
        (Wvo, Some(L), true, "inspectie", "inspectie"),
        (Wvo, Some(K), true, "inspectie", "ok"),
        (Wvo, None, false, "inspectie", "ok"),
        (Wvo, None, false, "", "ok"),
    ];
    for &(wet, plicht, minderjarig, mist, verwacht) in tabel {
        let v = zonder(wet, plicht, minderjarig, mist);
        assert_eq!(
            uitkomst(&v),
            verwacht,
            "{wet:?} {plicht:?} <18={minderjarig} zonder {mist}"
        );
    }
}

#[test]
fn the_school_soorts_map_to_their_law() {
    for (soort, wet) in [
        ("bao", Wet::Wpo),
        ("po", Wet::Wpo),
        ("sbo", Wet::Wpo),
        ("so", Wet::Wec),
        ("vso", Wet::Wec),
        ("vo", Wet::Wvo),
        ("pro", Wet::Wvo),
    ] {
        assert_eq!(Wet::van(soort), wet, "{soort}");
    }
}

#[test]
fn the_refusal_names_the_article() {
    let wec = zonder(Wet::Wec, Some(L), true, "andere");
    let tekst = toets_verwijdering(&wec).unwrap_err().to_string();
    assert!(tekst.contains("WEC art. 40 lid 18"), "{tekst}");
    assert!(tekst.contains("cluster 1 en 2"), "{tekst}");
    let vo = zonder(Wet::Wvo, Some(L), true, "ouders");
    let tekst = toets_verwijdering(&vo).unwrap_err().to_string();
    assert!(tekst.contains("IbWVO art. 14 lid 1"), "{tekst}");
}

//! The texts of the notification mails: what kind of thing is new and a link to passend,
//! nothing else — no name, no BSN, no birth date, no school.

use passend_domain::taken::TaakSoort;

/// What a remembered key stands for, in words: a task's kind, or a decision.
pub(crate) fn wat(sleutel: &str) -> &'static str {
    let code = sleutel.split(':').next().unwrap_or_default();
    if let Some(s) = TaakSoort::parse(code) {
        return s.omschrijving();
    }
    match code {
        BESLUIT_AANMELDING => "Een besluit over de aanmelding van uw kind",
        BESLUIT_TLV => "Een besluit over een toelaatbaarheidsverklaring voor uw kind",
        BESLUIT_ARRANGEMENT => "Een besluit over een arrangement voor uw kind",
        _ => "Een nieuw bericht",
    }
}

pub(crate) const BESLUIT_AANMELDING: &str = "besluit-aanmelding";
pub(crate) const BESLUIT_TLV: &str = "besluit-tlv";
pub(crate) const BESLUIT_ARRANGEMENT: &str = "besluit-arrangement";

const SLOT: &str = "Deze e-mail bevat met opzet geen namen of andere gegevens van leerlingen; \
     u vindt ze na het aanmelden in passend.\n";

/// Subject and text of the mail about one new task or decision.
pub(crate) fn direct(sleutel: &str, adres: &str) -> (&'static str, String) {
    let besluit = sleutel.starts_with("besluit-");
    let onderwerp = if besluit {
        "Nieuw besluit in passend"
    } else {
        "Nieuwe taak in passend"
    };
    let tekst = format!(
        "Er staat iets nieuws voor u klaar in passend:\n\n  {}\n\nBekijk het na het aanmelden: {}/\n\n{SLOT}",
        wat(sleutel),
        adres.trim_end_matches('/')
    );
    (onderwerp, tekst)
}

/// Subject and text of the daily digest: per kind how many are new.
pub(crate) fn digest(sleutels: &[String], adres: &str) -> (&'static str, String) {
    let mut per_soort: Vec<(&str, usize)> = Vec::new();
    for s in sleutels {
        let w = wat(s);
        match per_soort.iter_mut().find(|(x, _)| *x == w) {
            Some((_, n)) => *n += 1,
            None => per_soort.push((w, 1)),
        }
    }
    let regels: String = per_soort
        .iter()
        .map(|(w, n)| format!("  {n} × {w}\n"))
        .collect();
    let tekst = format!(
        "Uw dagelijkse overzicht van passend. Nieuw sinds het vorige overzicht:\n\n{regels}\n\
         Bekijk het na het aanmelden: {}/\n\n{SLOT}",
        adres.trim_end_matches('/')
    );
    ("Dagelijks overzicht van passend", tekst)
}

//! The other school's willingness to admit a child that a school wants to refuse: asked of a
//! real vestiging from the register, answered by that school itself, yes or no with a date,
//! before the deadline (WPO art. 40 lid 4, WVO art. 27 lid 2c, WEC art. 40 lid 5).

use super::BesluitError;
use jiff::civil::Date;

/// A request to another school and its answer, as the refusal reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bereidheidsvraag {
    /// The school asked (a vestiging code).
    pub vestiging: String,
    pub gevraagd_op: Date,
    /// The last day an answer counts: the decision term of the registration, since the
    /// refusal must be decided within it (WPO art. 40 lid 6).
    pub uiterlijk: Date,
    pub antwoord: Option<Antwoord>,
}

/// The asked school's own answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Antwoord {
    pub bereid: bool,
    pub datum: Date,
}

/// Checks a new request from `eigen` (the school of aanmelding) to `school` on `vandaag`:
/// a real vestiging other than its own, within the decision term `uiterlijk`, with the
/// support need the parents agreed to share, and only that (need-to-know).
pub fn toets_vraag(
    eigen: &str,
    school: &str,
    in_register: bool,
    ondersteuningsbehoefte: &str,
    ouders_akkoord: bool,
    uiterlijk: Date,
    vandaag: Date,
) -> Result<(), BesluitError> {
    if !in_register {
        return Err(BesluitError::OnbekendeSchool(school.trim().to_string()));
    }
    if school == eigen {
        return Err(BesluitError::ZelfdeSchool);
    }
    if vandaag > uiterlijk {
        return Err(BesluitError::TermijnVerstreken(uiterlijk));
    }
    if ondersteuningsbehoefte.trim().is_empty() {
        return Err(BesluitError::GeenOndersteuningsbehoefte);
    }
    if !ouders_akkoord {
        return Err(BesluitError::GeenInstemmingOuders);
    }
    Ok(())
}

/// Checks an answer given on `vandaag`: once, dated between the request and today, and
/// before the deadline has passed.
pub fn toets_antwoord(
    v: &Bereidheidsvraag,
    datum: Date,
    vandaag: Date,
) -> Result<(), BesluitError> {
    if v.antwoord.is_some() {
        return Err(BesluitError::AlBeantwoord);
    }
    if vandaag > v.uiterlijk {
        return Err(BesluitError::TermijnVerstreken(v.uiterlijk));
    }
    if datum > vandaag || datum < v.gevraagd_op {
        return Err(BesluitError::AntwoordDatum);
    }
    Ok(())
}

/// WPO art. 40 lid 4, WVO art. 27 lid 2c, WEC art. 40 lid 5: the date of the willingness
/// that unlocks a refusal by `eigen` naming `school` (a vestiging code; `in_register` whether it exists).
/// A school that is not in the register, was not asked, said no or did not answer by its
/// deadline unlocks nothing. Without a support need the willingness is not required, but a
/// named school must still be real.
pub fn bereid_op(
    eigen: &str,
    school: &str,
    in_register: bool,
    vraag: Option<&Bereidheidsvraag>,
    extra_ondersteuning_nodig: bool,
    vandaag: Date,
) -> Result<Option<Date>, BesluitError> {
    if !in_register {
        return Err(BesluitError::OnbekendeSchool(school.trim().to_string()));
    }
    if school.trim() == eigen {
        return Err(BesluitError::ZelfdeSchool);
    }
    let ja = vraag
        .and_then(|v| v.antwoord.filter(|a| a.bereid && a.datum <= v.uiterlijk))
        .map(|a| a.datum);
    if ja.is_some() || !extra_ondersteuning_nodig {
        return Ok(ja);
    }
    Err(match vraag.map(|v| (v.antwoord, v.uiterlijk)) {
        None => BesluitError::NietGevraagd,
        Some((Some(a), _)) if !a.bereid => BesluitError::NietBereid,
        Some((None, uiterlijk)) if vandaag <= uiterlijk => BesluitError::GeenAntwoord,
        Some((_, uiterlijk)) => BesluitError::TermijnVerstreken(uiterlijk),
    })
}

/// A date as the UI writes it in a table: `30-11-2026`.
pub(crate) fn nl(d: &Date) -> String {
    format!("{:02}-{:02}-{}", d.day(), d.month(), d.year())
}

#[cfg(test)]
#[path = "bereidheid_tests.rs"]
mod tests;

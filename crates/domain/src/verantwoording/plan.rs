//! The ondersteuningsplan's period and its submission deadline to the inspectie.

use super::*;

/// An ondersteuningsplan covers at most four schooljaren: the SWV sets one "ten minste eens in
/// de vier jaar" (WPO art. 18a, WVO art. 17a; RULES §6.1).
pub const MAX_SCHOOLJAREN: i16 = 4;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("het laatste schooljaar ({tot}) ligt voor het eerste ({van})")]
    Omgekeerd { van: Schooljaar, tot: Schooljaar },
    #[error(
        "een ondersteuningsplan geldt voor ten hoogste vier schooljaren (WPO art. 18a, WVO art. 17a); {van} tot en met {tot} zijn er {aantal}"
    )]
    TeLang {
        van: Schooljaar,
        tot: Schooljaar,
        aantal: i16,
    },
}

/// The number of schooljaren from `van` up to and including `tot`.
pub fn aantal_schooljaren(van: Schooljaar, tot: Schooljaar) -> i16 {
    tot.start().year() - van.start().year() + 1
}

/// Checks the period a version of the plan covers.
pub fn toets_periode(van: Schooljaar, tot: Schooljaar) -> Result<(), PlanError> {
    let aantal = aantal_schooljaren(van, tot);
    if aantal < 1 {
        return Err(PlanError::Omgekeerd { van, tot });
    }
    if aantal > MAX_SCHOOLJAREN {
        return Err(PlanError::TeLang { van, tot, aantal });
    }
    Ok(())
}

/// The last day to send the plan to the inspectie: it goes "voor 1 mei voorafgaand aan het
/// eerste schooljaar" it covers (WPO art. 18a, WVO art. 17a; RULES §6.1), so 30 April of the
/// calendar year in which that schooljaar starts.
pub fn indienen_uiterlijk(eerste: Schooljaar) -> Date {
    date(eerste.start().year(), 4, 30)
}

/// Whether a submission on `ingediend` is on time for a plan starting in `eerste`.
pub fn tijdig_ingediend(eerste: Schooljaar, ingediend: Date) -> bool {
    ingediend <= indienen_uiterlijk(eerste)
}

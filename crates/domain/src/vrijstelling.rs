//! Vrijstellingen of the Leerplichtwet 1969 and the checks before one is granted.
//! Art. 5 (vrijstelling van inschrijving) a: lichamelijke of psychische gronden,
//! b: richting, c: onderwijs buiten Nederland; art. 5a: trekkend bestaan; art. 11:
//! vrijstelling van geregeld schoolbezoek; art. 15: kwalificatieplicht, ander onderwijs.

mod advies;
mod besluit;
pub mod brief;
pub use advies::{advies_nodig, toets_advies, toets_adviesvraag};
pub use besluit::{Verzoek, beslis};

use jiff::ToSpan;
use jiff::civil::{Date, date};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VrijstellingError {
    #[error("'{0}' is geen grond voor vrijstelling")]
    OnbekendeGrond(String),
    #[error(
        "voor art. 5 onder a is een verklaring van een arts, pedagoog of psycholoog nodig (Leerplichtwet art. 7)"
    )]
    GeenVerklaring,
    #[error(
        "de verklaring van {verklaring} is ouder dan drie maanden op {besluit} (Leerplichtwet art. 7)"
    )]
    VerklaringTeOud { verklaring: Date, besluit: Date },
    #[error(
        "de verklaring mag niet van de behandelende arts of behandelaar zijn (Leerplichtwet art. 7)"
    )]
    VanBehandelaar,
    #[error(
        "wacht op het advies van het samenwerkingsverband over de onderwijsmogelijkheden: het samenwerkingsverband geeft het zelf in passend"
    )]
    GeenSwvAdvies,
    #[error("het advies van het samenwerkingsverband ({advies}) komt na het besluit ({besluit})")]
    AdviesNaBesluit { advies: Date, besluit: Date },
    #[error("de einddatum {tot} ligt vóór de begindatum {van}")]
    TotVoorVan { van: Date, tot: Date },
    #[error("over deze vrijstelling is al beslist")]
    AlBeslist,
    #[error("geef de datum waarvoor het samenwerkingsverband moet adviseren")]
    GeenAdviesTermijn,
    #[error("de datum voor het advies ({0}) ligt in het verleden")]
    AdviesTermijnVoorbij(Date),
    #[error("het samenwerkingsverband heeft al geadviseerd")]
    AlGeadviseerd,
    #[error("schrijf het advies over de onderwijsmogelijkheden van het kind")]
    GeenAdviestekst,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Grond {
    Art5a,
    Art5b,
    Art5c,
    Art5aTrekkend,
    Art11,
    Art15,
}

impl Grond {
    pub const ALL: [Grond; 6] = [
        Grond::Art5a,
        Grond::Art5b,
        Grond::Art5c,
        Grond::Art5aTrekkend,
        Grond::Art11,
        Grond::Art15,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Grond::Art5a => "5a",
            Grond::Art5b => "5b",
            Grond::Art5c => "5c",
            Grond::Art5aTrekkend => "5a-trekkend",
            Grond::Art11 => "11",
            Grond::Art15 => "15",
        }
    }

    pub fn parse(s: &str) -> Result<Self, VrijstellingError> {
        Self::ALL
            .into_iter()
            .find(|g| g.as_str() == s.trim())
            .ok_or_else(|| VrijstellingError::OnbekendeGrond(s.to_string()))
    }

    pub fn omschrijving(self) -> &'static str {
        match self {
            Grond::Art5a => "art. 5 onder a: lichamelijke of psychische gronden",
            Grond::Art5b => "art. 5 onder b: bedenkingen tegen de richting van de scholen",
            Grond::Art5c => "art. 5 onder c: ingeschreven bij een school buiten Nederland",
            Grond::Art5aTrekkend => "art. 5a: trekkend bestaan (kermis, circus)",
            Grond::Art11 => "art. 11: vrijstelling van geregeld schoolbezoek",
            Grond::Art15 => "art. 15: vrijstelling van de kwalificatieplicht, ander onderwijs",
        }
    }

    /// Art. 6: for a vrijstelling of art. 5 the parents give notice every year before
    /// 1 juli, as long as they rely on it.
    pub fn jaarlijkse_kennisgeving(self) -> bool {
        matches!(self, Grond::Art5a | Grond::Art5b | Grond::Art5c)
    }
}

/// What is known when a vrijstelling on ground 5 onder a is to be granted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verklaring {
    pub datum: Date,
    /// Whether the statement comes from the child's own doctor or practitioner.
    pub van_behandelaar: bool,
}

/// Checks a decision to grant, on `besluit`. For 5 onder a: a statement not older than
/// three months and not by the child's own practitioner (art. 7), and the SWV's advice on
/// the child's education possibilities written by the SWV before the decision (the issue's
/// rule; the later amendment of art. 7 on an onderwijsdeskundige is unverified, RULES §4.2).
pub fn toets_verlening(
    grond: Grond,
    van: Date,
    tot: Option<Date>,
    verklaring: Option<&Verklaring>,
    swv_advies: Option<Date>,
    besluit: Date,
) -> Result<(), VrijstellingError> {
    if let Some(tot) = tot
        && tot < van
    {
        return Err(VrijstellingError::TotVoorVan { van, tot });
    }
    if grond != Grond::Art5a {
        return Ok(());
    }
    let verklaring = verklaring.ok_or(VrijstellingError::GeenVerklaring)?;
    if verklaring.van_behandelaar {
        return Err(VrijstellingError::VanBehandelaar);
    }
    if verklaring.datum.saturating_add(3.months()) < besluit {
        return Err(VrijstellingError::VerklaringTeOud {
            verklaring: verklaring.datum,
            besluit,
        });
    }
    match swv_advies {
        None => Err(VrijstellingError::GeenSwvAdvies),
        Some(advies) if advies > besluit => {
            Err(VrijstellingError::AdviesNaBesluit { advies, besluit })
        }
        Some(_) => Ok(()),
    }
}

/// The next notice is due before 1 juli of the year after the last one (art. 6 lid 2b).
pub fn kennisgeving_voor(laatste: Date) -> Date {
    date(laatste.year() + 1, 7, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verklaring(d: Date, behandelaar: bool) -> Verklaring {
        Verklaring {
            datum: d,
            van_behandelaar: behandelaar,
        }
    }

    #[test]
    fn ground_5a_needs_a_fresh_independent_statement_and_the_swv_advice() {
        let besluit = date(2026, 11, 20);
        let v = verklaring(date(2026, 8, 20), false);
        let ok = toets_verlening(
            Grond::Art5a,
            besluit,
            None,
            Some(&v),
            Some(date(2026, 11, 1)),
            besluit,
        );
        assert_eq!(ok, Ok(()));
        let exactly = verklaring(date(2026, 8, 20), false);
        assert!(
            toets_verlening(
                Grond::Art5a,
                besluit,
                None,
                Some(&exactly),
                Some(besluit),
                date(2026, 11, 20)
            )
            .is_ok()
        );
        let old = verklaring(date(2026, 8, 19), false);
        assert!(matches!(
            toets_verlening(
                Grond::Art5a,
                besluit,
                None,
                Some(&old),
                Some(besluit),
                besluit
            ),
            Err(VrijstellingError::VerklaringTeOud { .. })
        ));
        let own = verklaring(date(2026, 11, 1), true);
        assert_eq!(
            toets_verlening(
                Grond::Art5a,
                besluit,
                None,
                Some(&own),
                Some(besluit),
                besluit
            ),
            Err(VrijstellingError::VanBehandelaar)
        );
        assert_eq!(
            toets_verlening(Grond::Art5a, besluit, None, None, Some(besluit), besluit),
            Err(VrijstellingError::GeenVerklaring)
        );
        assert_eq!(
            toets_verlening(Grond::Art5a, besluit, None, Some(&v), None, besluit),
            Err(VrijstellingError::GeenSwvAdvies)
        );
        assert!(matches!(
            toets_verlening(
                Grond::Art5a,
                besluit,
                None,
                Some(&v),
                Some(date(2026, 11, 21)),
                besluit
            ),
            Err(VrijstellingError::AdviesNaBesluit { .. })
        ));
        // Other grounds need none of that here.
        assert!(toets_verlening(Grond::Art5c, besluit, None, None, None, besluit).is_ok());
        assert!(
            toets_verlening(
                Grond::Art11,
                besluit,
                Some(date(2026, 11, 1)),
                None,
                None,
                besluit
            )
            .is_err()
        );
    }

    #[test]
    fn yearly_notice_before_1_july() {
        assert_eq!(kennisgeving_voor(date(2026, 3, 10)), date(2027, 7, 1));
        assert_eq!(kennisgeving_voor(date(2026, 8, 20)), date(2027, 7, 1));
        assert!(Grond::Art5b.jaarlijkse_kennisgeving() && !Grond::Art15.jaarlijkse_kennisgeving());
        for g in Grond::ALL {
            assert_eq!(Grond::parse(g.as_str()), Ok(g));
        }
    }
}

//! A decision checked and not yet recorded (issue 20, part 8: decisions ask for
//! confirmation before they are final). Each decision's `controleer_…` runs the checks its
//! recording function runs — the policy, the law, the state of the record — and says in
//! words what would be recorded and who hears of it; only the confirmed post records it.

use crate::LeerlingId;
use jiff::civil::Date;
use passend_domain::brief::datum_voluit;

/// What a decision would record, checked against the policy and the law.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voornemen {
    pub leerling: LeerlingId,
    /// The child's name.
    pub naam: String,
    /// What will be recorded, in words: names, not codes; dates written out (nl-NL).
    pub wat: Vec<(&'static str, String)>,
    /// Who hears of it besides the parents (who get a letter), in words.
    pub ook_naar: Vec<String>,
}

impl Voornemen {
    pub(crate) fn new(leerling: LeerlingId, naam: impl Into<String>) -> Self {
        Self {
            leerling,
            naam: naam.into(),
            wat: Vec::new(),
            ook_naar: Vec::new(),
        }
    }

    /// One line of what will be recorded.
    pub(crate) fn met(mut self, label: &'static str, waarde: impl Into<String>) -> Self {
        self.wat.push((label, waarde.into()));
        self
    }

    /// A line only when there is something to say.
    pub(crate) fn met_tekst(self, label: &'static str, waarde: Option<&str>) -> Self {
        match waarde.map(str::trim).filter(|w| !w.is_empty()) {
            Some(w) => self.met(label, w),
            None => self,
        }
    }

    pub(crate) fn naar(mut self, wie: impl Into<String>) -> Self {
        self.ook_naar.push(wie.into());
        self
    }
}

/// A day written out: `7 december 2026`.
pub(crate) fn dag(d: Date) -> String {
    datum_voluit(d)
}

/// Both days included: `1 augustus 2026 tot en met 31 juli 2027`.
pub(crate) fn periode(van: Date, tot: Date) -> String {
    format!("{} tot en met {}", dag(van), dag(tot))
}

/// An amount in euro as nl-NL writes it: `€ 4.500,00`.
pub(crate) fn euro(bedrag: rust_decimal::Decimal) -> String {
    let b = bedrag.round_dp(2);
    let teken = if b.is_sign_negative() { "−" } else { "" };
    let tekst = format!("{:.2}", b.abs());
    let (heel, cent) = tekst.split_once('.').unwrap_or((&tekst, "00"));
    let mut groep = String::new();
    for (i, c) in heel.chars().enumerate() {
        if i > 0 && (heel.len() - i) % 3 == 0 {
            groep.push('.');
        }
        groep.push(c);
    }
    format!("{teken}€ {groep},{cent}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_and_days_are_written_as_in_dutch() {
        let d = |s: &str| s.parse::<rust_decimal::Decimal>().unwrap();
        assert_eq!(euro(d("4500")), "€ 4.500,00");
        assert_eq!(euro(d("1234567.891")), "€ 1.234.567,89");
        assert_eq!(euro(d("12.5")), "€ 12,50");
        assert_eq!(
            periode(
                jiff::civil::date(2026, 8, 1),
                jiff::civil::date(2027, 7, 31)
            ),
            "1 augustus 2026 tot en met 31 juli 2027"
        );
    }
}

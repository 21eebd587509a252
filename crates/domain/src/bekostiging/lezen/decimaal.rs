//! Decimals as a rule-set file writes them: digits and a point, never through floats.

use super::*;

/// A non-negative decimal written with digits and an optional `.`, at most `max_scale`
/// decimals: `"156.61"`. No exponent, no sign, no thousands separator, no comma, and the
/// integer part at most 9 digits, so that no sum of `aantal × bedrag` can overflow.
pub(super) fn parse_decimal(s: &str, max_scale: u32) -> Result<Decimal, String> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !digits(int) || !digits(frac) || (s.contains('.') && frac.is_empty()) {
        return Err(format!(
            "'{s}' is geen bedrag: verwacht cijfers met een punt, zoals 156.61"
        ));
    }
    if frac.len() > max_scale as usize {
        return Err(format!("'{s}' heeft meer dan {max_scale} decimalen"));
    }
    if int.trim_start_matches('0').len() > 9 {
        return Err(format!(
            "'{s}' is te groot (meer dan 9 cijfers voor de punt)"
        ));
    }
    s.parse::<Decimal>().map_err(|e| format!("'{s}': {e}"))
}

/// An amount in euros as in the input CSV files: optional `-`, digits, optional `.` and at
/// most two decimals (`-1234.50`). Parsed straight into a [`Decimal`], never via a float.
pub fn parse_bedrag(s: &str) -> Result<Decimal, String> {
    match s.strip_prefix('-') {
        Some(rest) => parse_decimal(rest, 2).map(|d| -d),
        None => parse_decimal(s, 2),
    }
}

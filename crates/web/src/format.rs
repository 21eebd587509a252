//! nl-NL presentation: dates as `22-11-2026`, money as `€ 1.234,56`.

use jiff::civil::Date;

pub fn datum(d: Date) -> String {
    format!("{:02}-{:02}-{}", d.day(), d.month(), d.year())
}

/// Formats whole cents; thousands with a dot, decimals with a comma, minus before the sign.
pub fn euro(cents: i64) -> String {
    let sign = if cents < 0 { "−" } else { "" };
    let abs = cents.unsigned_abs();
    format!("{sign}€ {},{:02}", grouped(abs / 100), abs % 100)
}

/// `1234567` → `1.234.567`.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// A count with a thousands dot: `15.000`.
pub fn aantal(n: i64) -> String {
    let sign = if n < 0 { "-" } else { "" };
    format!("{sign}{}", grouped(n.unsigned_abs()))
}

/// A protected count: the count with a thousands dot, or its "<10" / "×".
pub fn aantal_cel(c: passend_domain::monitor::Cel) -> String {
    match c.waarde() {
        Some(n) => aantal(i64::try_from(n).unwrap_or(i64::MAX)),
        None => c.label(passend_store::monitor::drempel()),
    }
}

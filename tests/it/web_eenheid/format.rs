//! nl-NL presentation of dates, money and counts.

use jiff::civil::date;
use passend_web::format::{aantal, datum, euro};

#[test]
fn dutch_forms() {
    assert_eq!(datum(date(2026, 11, 2)), "02-11-2026");
    assert_eq!(euro(123_456), "€ 1.234,56");
    assert_eq!(euro(5), "€ 0,05");
    assert_eq!(euro(-2_022_881), "−€ 20.228,81");
    assert_eq!(euro(100_000_000), "€ 1.000.000,00");
    assert_eq!(aantal(15_000), "15.000");
    assert_eq!(aantal(999), "999");
}

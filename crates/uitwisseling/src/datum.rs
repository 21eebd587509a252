//! Dates as the XSDs type them (`xs:date`, `xs:dateTime`), to jiff's civil types.

/// An `xs:date` (`2016-01-02`, optionally with a zone such as `Z` or `+01:00`, which a
/// calendar date does not need).
pub(crate) fn datum(tekst: &str) -> Option<jiff::civil::Date> {
    let kaal = zonder_zone(tekst.trim());
    // jiff accepts more than xs:date (e.g. `20160102`); insist on the xs:date shape.
    let b = kaal.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    kaal.parse().ok()
}

/// An `xs:dateTime` as a civil date-time; a zone, if any, is dropped.
pub(crate) fn datumtijd(tekst: &str) -> Option<jiff::civil::DateTime> {
    let kaal = zonder_zone(tekst.trim());
    datum(kaal.get(..10)?)?;
    kaal.parse().ok()
}

fn zonder_zone(tekst: &str) -> &str {
    if let Some(kaal) = tekst.strip_suffix('Z') {
        return kaal;
    }
    let b = tekst.as_bytes();
    if b.len() > 16 && matches!(b[b.len() - 6], b'+' | b'-') && b[b.len() - 3] == b':' {
        return &tekst[..tekst.len() - 6];
    }
    if b.len() == 16 && matches!(b[10], b'+' | b'-') && b[13] == b':' {
        return &tekst[..10];
    }
    tekst
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn dates_take_the_xs_date_shapes() {
        assert_eq!(datum("2016-01-02"), Some(date(2016, 1, 2)));
        assert_eq!(datum(" 2016-01-02Z"), Some(date(2016, 1, 2)));
        assert_eq!(datum("2016-01-02+01:00"), Some(date(2016, 1, 2)));
        assert_eq!(datum("2016-02-30"), None);
        assert_eq!(datum("20160102"), None);
        assert_eq!(datum("-0001-01-01"), None);
        assert_eq!(datum(""), None);
    }

    #[test]
    fn date_times_drop_the_zone() {
        let dt = datumtijd("2014-11-25T14:33:33").unwrap();
        assert_eq!(dt.to_string(), "2014-11-25T14:33:33");
        assert!(datumtijd("2014-11-25T14:33:33+02:00").is_some());
        assert!(datumtijd("2014-11-25T14:33:33.5Z").is_some());
        assert!(datumtijd("gisteren").is_none());
    }
}

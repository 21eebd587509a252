//! The hostile values a mutation puts in.

use super::*;

/// The characters that make CSV what it is, and a few that break text.
pub(super) const TEKENS: &[&[u8]] = &[
    b",",
    b"\"",
    b"\"\"",
    b"\n",
    b"\r",
    b"\r\n",
    b"\n\n",
    b",\"\n",
    b";",
    b"\t",
    b" ",
    b"\0",
    b"\xef\xbb\xbf",
    b"\\",
];

/// Values the checks of a field care about, right and wrong: numbers, hours, dates, BSNs
/// and onderwijsnummers, postcodes, codes, ja/nee, names and text that is hard to show.
const WAARDEN: &[&str] = &[
    "",
    " ",
    "0",
    "-1",
    "+1",
    "00",
    "1e3",
    "NaN",
    "inf",
    "5.5",
    "5,5",
    "5.25",
    "5.255",
    "5.500",
    ".5",
    "5.",
    "24",
    "24.01",
    "999999",
    "9999999",
    "99999999999999999999",
    "٣",
    "１",
    "2025-09-08",
    "2025-02-30",
    "2024-02-29",
    "2014-10-01",
    "2015-02-01",
    "0000-01-01",
    "9999-12-31",
    "-2025-01-01",
    "2025-9-8",
    "08-09-2025",
    "2025-09-08T00:00",
    "ja",
    "nee",
    "JA",
    "misschien",
    "123456782",
    "111222333",
    "123456789",
    "000000000",
    "1000002",
    "3431AB",
    "3431 ab",
    "1000 AA",
    "0999AA",
    "3431SA",
    "34",
    "90AA00",
    "10ZZ00",
    "PO2605",
    "PO2707",
    "VO2605",
    "po2707",
    "so",
    "vso",
    "bao",
    "L",
    "M",
    "H",
    "Q",
    "L1",
    "2015-2016",
    "Ünal",
    "O'Neil-Öztürk",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "\u{202e}evil",
    "a\u{0}b",
    "\"",
    "=cmd|' /C calc'!A0",
];

/// Bytes that are not UTF-8: a lone continuation, a cut sequence, a surrogate, an overlong
/// slash, Latin-1.
const GEEN_UTF8: &[&[u8]] = &[
    b"\xff",
    b"\x80",
    b"\xc3",
    b"\xed\xa0\x80",
    b"\xc0\xaf",
    b"caf\xe9",
];

pub(super) fn waarde() -> BoxedStrategy<Waarde> {
    prop_oneof![
        6 => prop::sample::select(WAARDEN).prop_map(|w| Waarde::Tekst(w.as_bytes().to_vec())),
        2 => "[ -~]{0,24}".prop_map(|w| Waarde::Tekst(w.into_bytes())),
        1 => prop::sample::select(GEEN_UTF8).prop_map(|w| Waarde::Tekst(w.to_vec())),
        1 => (prop::sample::select(&b"x9 \".,\n"[..]), 1_000..(1usize << 20))
            .prop_map(|(byte, lengte)| Waarde::Groot(byte, lengte)),
    ]
    .boxed()
}

//! Helpers for the table-driven tests of the rules: rows written as in `verzuim.csv`,
//! expected reports written as in `meldingen.csv`, both with hand-computed dates.

use super::kalender::{Kalender, Vakantieregio};
use super::parse_datum;
use super::regels::{Melding, Verzuimdag};
use super::uren::Uren;

/// (datum, gepland, ongeoorloofd, geoorloofd)
pub type Rij<'a> = (&'a str, &'a str, &'a str, &'a str);
/// (soort, datum, uren)
pub type Verwacht = (&'static str, &'static str, &'static str);

pub const Z: &str = "verzuim_16_uur";
pub const L: &str = "langdurig_relatief_verzuim";
pub const T: &str = "thuiszitter_3_maanden";

/// The shipped calendar, regio midden (herfstvakantie 2025: 18–26 October).
pub fn midden() -> Kalender {
    Kalender::schoolvakanties_2024_2026(Vakantieregio::Midden)
}

/// Christmas holidays only, for runs over the end of February 2027 and 2028.
pub fn kalender_2026_2028() -> Kalender {
    let csv = "schooljaar,vakantie,regio,start,eind,bron\n\
               2026-2027,kerstvakantie,midden,2026-12-19,2027-01-03,test\n\
               2027-2028,kerstvakantie,midden,2027-12-25,2028-01-09,test\n";
    Kalender::parse(csv, Vakantieregio::Midden).unwrap()
}

fn schooldag(k: &Kalender, datum: &str) -> u32 {
    k.schooldag(parse_datum(datum.as_bytes()).unwrap())
        .expect(datum)
}

pub fn rij(k: &Kalender, (datum, gepland, ong, geo): Rij) -> Verzuimdag {
    let u = |s| Uren::parse(s).unwrap();
    Verzuimdag::new(schooldag(k, datum), u(gepland), u(ong), u(geo)).unwrap()
}

/// Every school day from `van` to `tot` missed entirely (`uren` unexcused), except the
/// days in `anders`: a row of its own, or attended (no row) when its hours are empty.
pub fn run(k: &Kalender, van: &str, tot: &str, uren: &str, anders: &[Rij]) -> Vec<Verzuimdag> {
    (schooldag(k, van)..=schooldag(k, tot))
        .filter_map(|d| {
            let datum = k.datum(d).to_string();
            match anders.iter().find(|r| r.0 == datum) {
                Some(&(_, "", _, _)) => None,
                Some(&(_, g, o, e)) => Some(rij(k, (&datum, g, o, e))),
                None => Some(rij(k, (&datum, uren, uren, "0"))),
            }
        })
        .collect()
}

pub fn check(k: &Kalender, naam: &str, meldingen: &[Melding], verwacht: &[Verwacht]) {
    let got: Vec<_> = meldingen
        .iter()
        .map(|m| {
            let datum = k.datum(m.schooldag).to_string();
            (m.soort.as_str(), datum, m.uren.to_string())
        })
        .collect();
    let want: Vec<_> = verwacht
        .iter()
        .map(|&(s, d, u)| (s, d.to_string(), u.to_string()))
        .collect();
    assert_eq!(got, want, "{naam}");
}

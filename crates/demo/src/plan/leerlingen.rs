//! About 15 000 pupils in families, each enrolled in basisonderwijs from the fourth
//! birthday and, by age and a seeded draw, moved on to sbo, so, vo, vso or pro.

use super::{DemoVestiging, pick_gemeente};
use crate::names::*;
use crate::{ONDERSTEUNINGSDOMEINEN, PEILDATUM};
use jiff::ToSpan;
use jiff::civil::{Date, date};
use passend_domain::ondersteuning::Domein;
use passend_domain::{Bsn, Schoolsoort, Sector};
use passend_store::{LeerlingId, StoreError};
use std::collections::{BTreeSet, HashMap};

const TARGET_PUPILS: usize = 15_000;

pub(crate) struct DemoPupil {
    /// Given when the beginstand is loaded.
    pub id: LeerlingId,
    pub voornaam: &'static str,
    pub tussenvoegsel: &'static str,
    pub achternaam: &'static str,
    pub geboortedatum: Date,
    pub postcode: String,
    pub bsn: String,
    pub behoefte: Option<Domein>,
    /// (vestiging index, van, tot).
    pub inschrijvingen: Vec<(usize, Date, Option<Date>)>,
    pub gezin: usize,
}

fn letters(rng: &mut fastrand::Rng) -> String {
    loop {
        let a = char::from(b'A' + rng.u8(0..26));
        let b = char::from(b'A' + rng.u8(0..26));
        let pair = format!("{a}{b}");
        if !matches!(pair.as_str(), "SA" | "SD" | "SS") {
            return pair;
        }
    }
}

fn valid_bsn(rng: &mut fastrand::Rng, used: &mut BTreeSet<String>) -> String {
    loop {
        let candidate = format!("{:09}", rng.u32(100_000_000..999_999_999));
        if Bsn::parse(&candidate).is_ok() && used.insert(candidate.clone()) {
            return candidate;
        }
    }
}

/// The first school day in August of a year: the Monday on or after 15 August (the
/// summer holiday ends mid-August in all three regio's).
fn schooljaar_start(year: i16) -> Date {
    let mut d = date(year, 8, 15);
    while d.weekday() != jiff::civil::Weekday::Monday {
        d = d.tomorrow().expect("valid date");
    }
    d
}

/// The school sort a pupil of this age attends, by a draw out of 1000.
fn soort_voor(age: i16, roll: u32) -> Schoolsoort {
    if age <= 11 {
        match roll {
            0..=12 => Schoolsoort::Sbo,
            13..=24 => Schoolsoort::So,
            _ => Schoolsoort::Bao,
        }
    } else {
        match roll {
            0..=39 => Schoolsoort::Pro,
            40..=79 => Schoolsoort::Vso,
            _ => Schoolsoort::Vo,
        }
    }
}

pub(super) fn plan(
    rng: &mut fastrand::Rng,
    vestigingen: &[DemoVestiging],
    pc4s: &HashMap<&str, Vec<u16>>,
    outside: &[u16],
) -> Result<Vec<DemoPupil>, StoreError> {
    let by_sort = |s: Schoolsoort| -> Vec<usize> {
        vestigingen
            .iter()
            .enumerate()
            .filter(|(_, v)| v.soort == s)
            .map(|(i, _)| i)
            .collect()
    };
    let bao = by_sort(Schoolsoort::Bao);
    let mut used_bsn = BTreeSet::new();
    let mut out = Vec::with_capacity(TARGET_PUPILS);
    let mut gezin = 0;
    while out.len() < TARGET_PUPILS {
        gezin += 1;
        let (tussenvoegsel, achternaam) = ACHTERNAMEN[rng.usize(0..ACHTERNAMEN.len())];
        let from_outside = rng.u32(0..100) < 3;
        let gemeente = pick_gemeente(rng);
        let pc4 = if from_outside {
            outside[rng.usize(0..outside.len())]
        } else {
            pc4s[gemeente][rng.usize(0..pc4s[gemeente].len())]
        };
        let postcode = format!("{pc4} {}", letters(rng));
        let children = match rng.u32(0..10) {
            0..=3 => 1,
            4..=7 => 2,
            _ => 3,
        };
        let local = |list: &[usize], rng: &mut fastrand::Rng| -> usize {
            let near: Vec<usize> = list
                .iter()
                .copied()
                .filter(|&i| vestigingen[i].gemeente == gemeente)
                .collect();
            if !near.is_empty() && rng.u32(0..10) < 8 {
                near[rng.usize(0..near.len())]
            } else {
                list[rng.usize(0..list.len())]
            }
        };
        for _ in 0..children {
            let age = rng.i16(4..=17);
            let geboortedatum = date(PEILDATUM.year() - age, 1, 1)
                .checked_add((rng.i64(0..365) - 92).days())
                .expect("valid date");
            let age = passend_domain::leeftijd_op(geboortedatum, PEILDATUM);
            if !(4..=17).contains(&age) {
                continue;
            }
            let soort = soort_voor(age, rng.u32(0..1000));
            let current = local(&by_sort(soort), rng);
            // Enrolled in basisonderwijs from the fourth birthday (WPO art. 39 lid 1).
            let vierde = geboortedatum.checked_add(4.years()).expect("valid date");
            let mut inschrijvingen = Vec::new();
            if soort.sector() == Sector::Po && soort == Schoolsoort::Bao {
                inschrijvingen.push((current, vierde, None));
            } else if soort.sector() == Sector::Po {
                // Moved from a bao to sbo/so at the start of a schooljaar after age 6.
                let switch_year = (geboortedatum.year() + 7).min(PEILDATUM.year());
                let start = schooljaar_start(switch_year);
                let start = if start <= vierde {
                    vierde.tomorrow().expect("valid")
                } else {
                    start
                };
                inschrijvingen.push((
                    local(&bao, rng),
                    vierde,
                    Some(start.yesterday().expect("valid")),
                ));
                inschrijvingen.push((current, start, None));
            } else {
                // Primary school from age 4, then the transition to VO at about 12.
                let vo_year = geboortedatum.year() + 12 + i16::from(geboortedatum.month() >= 10);
                let vo_year = vo_year.min(PEILDATUM.year());
                let vo_start = schooljaar_start(vo_year);
                inschrijvingen.push((local(&bao, rng), vierde, Some(date(vo_year, 7, 31))));
                inschrijvingen.push((current, vo_start, None));
            }
            let behoefte =
                if soort.vraagt_tlv() || soort == Schoolsoort::Pro || rng.u32(0..100) < 18 {
                    Some(ONDERSTEUNINGSDOMEINEN[rng.usize(0..ONDERSTEUNINGSDOMEINEN.len())])
                } else {
                    None
                };
            out.push(DemoPupil {
                id: LeerlingId(0),
                voornaam: VOORNAMEN[rng.usize(0..VOORNAMEN.len())],
                tussenvoegsel,
                achternaam,
                geboortedatum,
                postcode: postcode.clone(),
                bsn: valid_bsn(rng, &mut used_bsn),
                behoefte,
                inschrijvingen,
                gezin,
            });
        }
    }
    out.truncate(TARGET_PUPILS);
    Ok(out)
}

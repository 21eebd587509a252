//! Sixty vestigingen of the seven besturen, each its own school, placed in a gemeente.

use super::pick_gemeente;
use crate::names::*;
use passend_domain::{Pc4, RegioIndeling, Schoolsoort, SwvCode};
use passend_store::StoreError;
use std::collections::HashMap;

pub(crate) struct DemoVestiging {
    pub code: String,
    pub naam: String,
    pub soort: Schoolsoort,
    pub pc4: u16,
    pub gemeente: String,
    pub brin: String,
    /// Index in [`super::BESTUREN`].
    pub bestuur: usize,
    /// As the regio-indeling gives it for the postcode and the sector.
    pub swv: SwvCode,
}

pub(super) fn plan(
    rng: &mut fastrand::Rng,
    pc4s: &HashMap<&str, Vec<u16>>,
) -> Result<Vec<DemoVestiging>, StoreError> {
    // (sort, how many, bestuur indexes to spread them over).
    let plan: [(Schoolsoort, usize, &[usize]); 6] = [
        (Schoolsoort::Bao, 43, &[0, 1, 2, 3]),
        (Schoolsoort::Sbo, 2, &[0, 1]),
        (Schoolsoort::So, 2, &[4]),
        (Schoolsoort::Vso, 2, &[4]),
        (Schoolsoort::Vo, 9, &[5, 6]),
        (Schoolsoort::Pro, 2, &[5, 6]),
    ];
    let regio = RegioIndeling::officieel();
    let mut out = Vec::new();
    let mut bao_names = BAO_NAMEN.iter();
    let mut vo_names = VO_NAMEN.iter();
    for (soort, count, besturen) in plan {
        for i in 0..count {
            let gemeente = match soort {
                Schoolsoort::Bao | Schoolsoort::Vo => pick_gemeente(rng),
                _ => ["Nieuwegein", "Houten"][i % 2],
            };
            let list = &pc4s[gemeente];
            let naam = match soort {
                Schoolsoort::Bao => {
                    format!("Basisschool {}", bao_names.next().expect("enough names"))
                }
                Schoolsoort::Vo => vo_names.next().expect("enough names").to_string(),
                Schoolsoort::Sbo => format!("SBO {}", ["De Brug", "Het Startpunt"][i]),
                Schoolsoort::So => format!("SO {}", ["De Lekstroom", "Het Zonnehuis"][i]),
                Schoolsoort::Vso => format!("VSO {}", ["De Lekstroom", "Het Zonnehuis"][i]),
                Schoolsoort::Pro => format!("Praktijkschool {}", ["Nieuwegein", "Houten"][i]),
            };
            let n = out.len();
            // Fictitious BRIN-style codes: 9 + digit, then two letters.
            let brin = format!(
                "9{}{}{}",
                n / 26 / 26 % 10,
                char::from(b'A' + (n / 26 % 26) as u8),
                char::from(b'A' + (n % 26) as u8)
            );
            let pc4 = list[rng.usize(0..list.len())];
            let swv = regio.swv_van(Pc4::parse(&pc4.to_string())?, soort.sector())?;
            out.push(DemoVestiging {
                code: format!("{brin}00"),
                naam,
                soort,
                pc4,
                gemeente: gemeente.to_string(),
                brin,
                bestuur: besturen[i % besturen.len()],
                swv,
            });
        }
    }
    Ok(out)
}

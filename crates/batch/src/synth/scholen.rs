//! The synthetic country of `passend synth`: pupils spread evenly over the real postcodes,
//! synthetic vestigingen in every real samenwerkingsverband, and the funding inputs
//! `leerlingen.csv` and `tlv.csv` (FORMATS.md "Funding inputs") on the teldata of
//! schooljaar 2015-2016.
//!
//! Shares (approximately the national figures of 2014/15): 60 % of the pupils in PO
//! (bao 57.3 %, sbo 1.5 %, so 1.2 %) and 40 % in VO (vo 38.4 %, vso 1.6 %). A pupil lives
//! at a postcode drawn evenly from the 4 043 PC4s that have an SWV, so an SWV's size follows
//! its number of postcodes. 97 % of the bao/sbo/vo pupils and 80 % of the (v)so pupils go to
//! school in their woon-SWV, the others in a random SWV of the sector. TLV categorie: 80 %
//! laag, 7 % midden, 13 % hoog; the TLV comes from the woon-SWV for 88 %, otherwise from
//! another SWV (cross-border). Between 1 oktober and 1 februari 1 % of the regular pupils
//! leave and 1 % arrive; in (v)so 1.5 % leave and 4 % arrive, so most SWVs have groei.

use super::toeval::Toeval;
use jiff::ToSpan;
use jiff::civil::{Date, date};
use passend_domain::{RegioIndeling, Schoolsoort, Sector, SwvCode};
use std::io::{self, Write};

/// The teldata of schooljaar 2015-2016: 1 oktober 2014 and 1 februari 2015.
pub(super) const TELDATA: [Date; 2] = [date(2014, 10, 1), date(2015, 2, 1)];

/// The stream of a pupil's school data in [`Toeval`].
const STROOM_LEERLING: u64 = 1;

/// Per schoolsoort: the cumulative share in ten-thousandths and the pupils of a vestiging.
const SOORTEN: [(Schoolsoort, u64, u64); 5] = [
    (Schoolsoort::Bao, 5_730, 220),
    (Schoolsoort::Sbo, 5_880, 130),
    (Schoolsoort::So, 6_000, 110),
    (Schoolsoort::Vo, 9_840, 800),
    (Schoolsoort::Vso, 10_000, 140),
];

fn trek_soort(t: &mut Toeval) -> usize {
    let u = t.onder(10_000);
    SOORTEN.iter().position(|s| u < s.1).unwrap_or(0)
}

/// The schoolsoort of pupil `p` (also used for its planned hours in `verzuim.csv`).
pub(super) fn soort_van(seed: u64, p: u64) -> Schoolsoort {
    SOORTEN[trek_soort(&mut Toeval::new(seed, STROOM_LEERLING, p))].0
}

fn aandeel(soort: usize) -> u64 {
    SOORTEN[soort].1 - soort.checked_sub(1).map_or(0, |s| SOORTEN[s].1)
}

/// A synthetic vestiging: code, index of its SWV in [`Land::swvs`], index in [`SOORTEN`].
pub(super) struct Vestiging {
    pub(super) code: String,
    pub(super) swv: usize,
    pub(super) soort: usize,
}

/// The postcodes with their SWVs, and the vestigingen per SWV and schoolsoort.
pub(super) struct Land {
    /// Every PC4 with an SWV: (PO-SWV, VO-SWV) as indexes in `swvs`.
    pc4: Vec<[usize; 2]>,
    pub(super) swvs: Vec<SwvCode>,
    /// The SWVs of each sector (PO, VO), as indexes in `swvs`.
    per_sector: [Vec<usize>; 2],
    pub(super) vestigingen: Vec<Vestiging>,
    /// Per SWV and schoolsoort: the first vestiging and how many.
    bereik: Vec<[(usize, usize); 5]>,
}

fn sector_index(s: Sector) -> usize {
    match s {
        Sector::Po => 0,
        Sector::Vo => 1,
    }
}

/// The code of the `i`-th synthetic vestiging in BRIN style: 2 digits, 2 letters, 2 digits
/// (`00AA00`, `01AA00`, … `99ZZ00`, then `00AA01`, …).
pub(super) fn vestigingcode(i: usize) -> String {
    let letter = |n: usize| char::from(b'A' + (n % 26) as u8);
    let brin = i % 67_600;
    format!(
        "{:02}{}{}{:02}",
        brin % 100,
        letter(brin / 100 / 26),
        letter(brin / 100),
        i / 67_600 % 100
    )
}

impl Land {
    /// The country for `n` pupils: per SWV and schoolsoort as many vestigingen as its
    /// expected pupils need at the usual size, at least one.
    pub(super) fn new(n: u64) -> Self {
        let regio = RegioIndeling::officieel();
        let swvs: Vec<SwvCode> = regio.swv_codes().into_iter().collect();
        let index = |c: &SwvCode| swvs.binary_search(c).expect("code of the table");
        let pc4: Vec<[usize; 2]> = regio
            .rows()
            .filter_map(|r| Some([index(r.po_swv.as_ref()?), index(r.vo_swv.as_ref()?)]))
            .collect();
        let mut postcodes = vec![0u64; swvs.len()];
        for p in &pc4 {
            postcodes[p[0]] += 1;
            postcodes[p[1]] += 1;
        }
        let mut per_sector = [Vec::new(), Vec::new()];
        let mut vestigingen = Vec::new();
        let mut bereik = vec![[(0, 0); 5]; swvs.len()];
        for (swv, code) in swvs.iter().enumerate() {
            per_sector[sector_index(code.sector())].push(swv);
            for (soort, (s, _, grootte)) in SOORTEN.iter().enumerate() {
                if s.sector() != code.sector() {
                    continue;
                }
                let verwacht = n as f64 * aandeel(soort) as f64 / 10_000.0 * postcodes[swv] as f64
                    / pc4.len() as f64;
                let aantal = ((verwacht / *grootte as f64).round() as usize).max(1);
                bereik[swv][soort] = (vestigingen.len(), aantal);
                for _ in 0..aantal {
                    let code = vestigingcode(vestigingen.len());
                    vestigingen.push(Vestiging { code, swv, soort });
                }
            }
        }
        Self {
            pc4,
            swvs,
            per_sector,
            vestigingen,
            bereik,
        }
    }

    fn ander_swv(&self, sector: usize, t: &mut Toeval) -> usize {
        let swvs = &self.per_sector[sector];
        swvs[t.onder(swvs.len() as u64) as usize]
    }
}

/// Writes `tlv.csv` while it counts the pupils per vestiging, then `leerlingen.csv`.
/// Returns the rows of `tlv.csv`.
pub(super) fn schrijf_bekostiging(
    land: &Land,
    seed: u64,
    n: u64,
    ids: &super::Ids,
    tlv: &mut impl Write,
    leerlingen: &mut impl Write,
) -> io::Result<u64> {
    let teldata = TELDATA.map(|d| d.to_string());
    writeln!(
        tlv,
        "teldatum,leerling_id,vestiging,schoolsoort,tlv_swv,woon_swv,categorie,geboortedatum"
    )?;
    let mut tellingen = vec![[0u32; 2]; land.vestigingen.len()];
    let mut tlv_rijen = 0;
    for p in 0..n {
        let mut t = Toeval::new(seed, STROOM_LEERLING, p);
        let soort = trek_soort(&mut t);
        let schoolsoort = SOORTEN[soort].0;
        let is_tlv = matches!(schoolsoort, Schoolsoort::So | Schoolsoort::Vso);
        let sector = sector_index(schoolsoort.sector());
        let woon = land.pc4[t.onder(land.pc4.len() as u64) as usize][sector];
        let school = if t.kans(if is_tlv { 200 } else { 30 }) {
            land.ander_swv(sector, &mut t)
        } else {
            woon
        };
        let (eerste, aantal) = land.bereik[school][soort];
        let vestiging = eerste + t.onder(aantal as u64) as usize;
        let (weg, nieuw) = if is_tlv { (15, 55) } else { (10, 20) };
        let u = t.onder(1000);
        let aanwezig = [u >= weg, u < weg || u >= nieuw];
        for (telling, er) in tellingen[vestiging].iter_mut().zip(aanwezig) {
            *telling += u32::from(er);
        }
        if !is_tlv {
            continue;
        }
        let categorie = match t.onder(100) {
            0..80 => "L",
            80..87 => "M",
            _ => "H",
        };
        let tlv_swv = match (t.kans(120), school != woon) {
            (false, _) => woon,
            (true, true) => school,
            (true, false) => land.ander_swv(sector, &mut t),
        };
        let (jongst, oudst) = if schoolsoort == Schoolsoort::So {
            (4, 12)
        } else {
            (12, 19)
        };
        let leeftijd = (jongst + t.onder(oudst - jongst + 1)) as i64;
        let geboren = TELDATA[0]
            .checked_sub(leeftijd.years().days(t.onder(365) as i64))
            .expect("a date in range");
        for (datum, er) in teldata.iter().zip(aanwezig) {
            if er {
                writeln!(
                    tlv,
                    "{datum},{},{},{schoolsoort},{},{},{categorie},{geboren}",
                    ids.id(p),
                    land.vestigingen[vestiging].code,
                    land.swvs[tlv_swv],
                    land.swvs[woon]
                )?;
                tlv_rijen += 1;
            }
        }
    }
    writeln!(leerlingen, "teldatum,vestiging,swv,schoolsoort,aantal")?;
    for (d, datum) in teldata.iter().enumerate() {
        for (v, telling) in land.vestigingen.iter().zip(&tellingen) {
            writeln!(
                leerlingen,
                "{datum},{},{},{},{}",
                v.code, land.swvs[v.swv], SOORTEN[v.soort].0, telling[d]
            )?;
        }
    }
    Ok(tlv_rijen)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vestiging_codes_are_brin_style_and_distinct() {
        assert_eq!(vestigingcode(0), "00AA00");
        assert_eq!(vestigingcode(101), "01AB00");
        assert_eq!(vestigingcode(67_599), "99ZZ00");
        assert_eq!(vestigingcode(67_600), "00AA01");
        let codes: std::collections::HashSet<String> = (0..200_000).map(vestigingcode).collect();
        assert_eq!(codes.len(), 200_000);
        for i in [0, 5_000, 199_999] {
            assert!(passend_domain::VestigingCode::parse(&vestigingcode(i)).is_ok());
        }
    }

    #[test]
    fn every_real_swv_gets_a_vestiging_of_each_of_its_schoolsoorten() {
        let land = Land::new(1_000);
        assert_eq!(land.swvs.len(), 150);
        assert_eq!(land.pc4.len(), 4_043, "4 046 rows less 3 of Europoort");
        assert_eq!(land.vestigingen.len(), 76 * 3 + 74 * 2);
        let national = Land::new(2_500_000);
        let of = |soort: Schoolsoort| {
            national
                .vestigingen
                .iter()
                .filter(|v| SOORTEN[v.soort].0 == soort)
                .count()
        };
        // about 1.43 M bao pupils at 220 a vestiging; 960 000 vo pupils at 800.
        assert!(
            (6_000..7_000).contains(&of(Schoolsoort::Bao)),
            "{}",
            of(Schoolsoort::Bao)
        );
        assert!(
            (1_100..1_300).contains(&of(Schoolsoort::Vo)),
            "{}",
            of(Schoolsoort::Vo)
        );
    }
}

//! `passend synth --leerlingen N --out DIR [--seed S]`: a synthetic national data set in the
//! formats of FORMATS.md, for benchmarks and demos. All people and schools are fictitious;
//! the postcodes and samenwerkingsverbanden are the real ones of the regio-indeling.
//!
//! Writes into DIR:
//! - `leerlingen.csv`: the pupils per synthetic vestiging on 1 oktober 2014 and 1 februari
//!   2015, the teldata of schooljaar 2015-2016 (a schooljaar with a shipped rule set);
//! - `tlv.csv`: every so/vso pupil on those teldata with categorie, TLV-SWV and birth date;
//! - `verzuim.csv`: schooljaar 2025-2026 of absence in holiday regio midden (the shipped
//!   calendar covers 2024-2026 only), in date order;
//! - `kalender.csv`: the shipped holiday calendar.
//!
//! The model and its shares are described in `synth/scholen.rs` and `synth/afwezig.rs`.
//! Deterministic: the same N and seed give the same bytes. Rows are written as they are
//! generated; what stays in memory is a count per vestiging and 8 bytes per pupil.

mod afwezig;
mod scholen;
mod toeval;

use crate::Fout;
use std::fmt;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The seed without `--seed`.
pub const STANDAARD_SEED: u64 = 1;
/// The most pupils a data set can have (ids stay within 11 bytes, profiles within 800 MB).
pub const MAX_LEERLINGEN: u64 = 100_000_000;

/// What `passend synth` makes.
#[derive(Debug, Clone)]
pub struct Opdracht<'a> {
    pub leerlingen: u64,
    pub out: &'a Path,
    pub seed: u64,
}

/// What was written.
#[derive(Debug, Clone)]
pub struct Samenvatting {
    pub out: PathBuf,
    pub seed: u64,
    pub leerlingen: u64,
    pub vestigingen: usize,
    pub swvs: usize,
    pub leerlingen_rijen: u64,
    pub tlv_rijen: u64,
    pub verzuim_rijen: u64,
    pub seconden: f64,
}

/// Pupil numbers `L0000001`, `L0000002`, …: at least 7 digits, as many as N needs.
pub(crate) struct Ids {
    breedte: usize,
}

impl Ids {
    fn new(n: u64) -> Self {
        Self {
            breedte: n.to_string().len().max(7),
        }
    }

    /// The id of pupil `p` (from 0).
    pub(crate) fn id(&self, p: u64) -> impl fmt::Display {
        struct Id(u64, usize);
        impl fmt::Display for Id {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "L{:0w$}", self.0, w = self.1)
            }
        }
        Id(p + 1, self.breedte)
    }
}

/// Writes the four files into `o.out` (created if needed).
pub fn run(o: &Opdracht) -> Result<Samenvatting, Fout> {
    let begin = Instant::now();
    let n = o.leerlingen;
    if !(1..=MAX_LEERLINGEN).contains(&n) {
        let probleem = format!("{n} leerlingen: kies 1 tot en met {MAX_LEERLINGEN}");
        return Err(Fout::new(Path::new("--leerlingen"), None, probleem));
    }
    std::fs::create_dir_all(o.out)
        .map_err(|e| Fout::new(o.out, None, format!("kan de map niet maken: {e}")))?;
    let ids = Ids::new(n);
    let land = scholen::Land::new(n);

    let (tlv_pad, leerlingen_pad) = (o.out.join("tlv.csv"), o.out.join("leerlingen.csv"));
    let mut tlv = maak(&tlv_pad)?;
    let mut leerlingen = maak(&leerlingen_pad)?;
    let tlv_rijen = scholen::schrijf_bekostiging(&land, o.seed, n, &ids, &mut tlv, &mut leerlingen)
        .and_then(|rijen| tlv.flush().map(|()| rijen))
        .map_err(|e| schrijffout(&tlv_pad, &e))?;
    leerlingen
        .flush()
        .map_err(|e| schrijffout(&leerlingen_pad, &e))?;

    let verzuim_pad = o.out.join("verzuim.csv");
    let mut verzuim = maak(&verzuim_pad)?;
    let verzuim_rijen = afwezig::schrijf_verzuim(&mut verzuim, o.seed, n, &ids)
        .and_then(|rijen| verzuim.flush().map(|()| rijen))
        .map_err(|e| schrijffout(&verzuim_pad, &e))?;

    let kalender_pad = o.out.join("kalender.csv");
    std::fs::write(
        &kalender_pad,
        passend_domain::verzuim::KALENDER_2024_2026_CSV,
    )
    .map_err(|e| schrijffout(&kalender_pad, &e))?;

    Ok(Samenvatting {
        out: o.out.to_path_buf(),
        seed: o.seed,
        leerlingen: n,
        vestigingen: land.vestigingen.len(),
        swvs: land.swvs.len(),
        leerlingen_rijen: 2 * land.vestigingen.len() as u64,
        tlv_rijen,
        verzuim_rijen,
        seconden: begin.elapsed().as_secs_f64(),
    })
}

fn maak(pad: &Path) -> Result<BufWriter<File>, Fout> {
    File::create(pad)
        .map(|file| BufWriter::with_capacity(1 << 20, file))
        .map_err(|e| schrijffout(pad, &e))
}

fn schrijffout(pad: &Path, e: &std::io::Error) -> Fout {
    Fout::new(pad, None, format!("kan niet schrijven: {e}"))
}

impl fmt::Display for Samenvatting {
    /// One line for stderr.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [okt, feb] = scholen::TELDATA;
        write!(
            f,
            "synth (seed {}): {} leerlingen, {} vestigingen in {} samenwerkingsverbanden → {}: \
             leerlingen.csv {} regels en tlv.csv {} regels ({okt} en {feb}, bekostiging 2015-2016), \
             verzuim.csv {} regels (schooljaar {}-{}, regio {}), kalender.csv; {:.1} s",
            self.seed,
            self.leerlingen,
            self.vestigingen,
            self.swvs,
            self.out.display(),
            self.leerlingen_rijen,
            self.tlv_rijen,
            self.verzuim_rijen,
            afwezig::SCHOOLJAAR,
            afwezig::SCHOOLJAAR + 1,
            afwezig::REGIO,
            self.seconden
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use passend_domain::Schooljaar;
    use passend_domain::bekostiging::AfdrachtNaar;
    use std::collections::HashMap;

    fn synth(n: u64, seed: u64) -> (tempfile::TempDir, Samenvatting) {
        let dir = tempfile::tempdir().unwrap();
        let s = run(&Opdracht {
            leerlingen: n,
            out: dir.path(),
            seed,
        })
        .unwrap();
        (dir, s)
    }

    fn lees(dir: &tempfile::TempDir, naam: &str) -> String {
        std::fs::read_to_string(dir.path().join(naam)).unwrap()
    }

    #[test]
    fn the_same_seed_gives_the_same_bytes() {
        let (a, sa) = synth(300, 5);
        let (b, _) = synth(300, 5);
        let (c, _) = synth(300, 6);
        for naam in ["leerlingen.csv", "tlv.csv", "verzuim.csv", "kalender.csv"] {
            assert_eq!(lees(&a, naam), lees(&b, naam), "{naam}");
        }
        assert_ne!(lees(&a, "verzuim.csv"), lees(&c, "verzuim.csv"));
        assert_ne!(lees(&a, "tlv.csv"), lees(&c, "tlv.csv"));
        let regels = |naam| lees(&a, naam).lines().count() as u64 - 1;
        assert_eq!(regels("verzuim.csv"), sa.verzuim_rijen);
        assert_eq!(regels("tlv.csv"), sa.tlv_rijen);
        assert_eq!(regels("leerlingen.csv"), sa.leerlingen_rijen);
    }

    #[test]
    fn ids_are_padded_to_seven_digits_or_more() {
        assert_eq!(Ids::new(2_000).id(0).to_string(), "L0000001");
        assert_eq!(Ids::new(12_345_678).id(12_345_677).to_string(), "L12345678");
        let dir = tempfile::tempdir().unwrap();
        let fout = run(&Opdracht {
            leerlingen: 0,
            out: dir.path(),
            seed: 1,
        })
        .unwrap_err();
        assert!(fout.to_string().starts_with("--leerlingen: 0 leerlingen"));
    }

    /// The files pass passend's own readers, the counts agree with the TLV rows, and every
    /// report type occurs.
    #[test]
    fn the_data_set_is_valid_input_for_bekostiging_and_verzuim() {
        let (dir, s) = synth(2_000, STANDAARD_SEED);
        let p = |naam: &str| dir.path().join(naam);
        let leerlingen = lees(&dir, "leerlingen.csv");
        let mut so_vso: HashMap<(String, String), u64> = HashMap::new();
        for rij in leerlingen.lines().skip(1) {
            let v: Vec<&str> = rij.split(',').collect();
            if v[3] == "so" || v[3] == "vso" {
                so_vso.insert((v[0].into(), v[1].into()), v[4].parse().unwrap());
            }
        }
        for rij in lees(&dir, "tlv.csv").lines().skip(1) {
            let v: Vec<&str> = rij.split(',').collect();
            *so_vso.get_mut(&(v[0].into(), v[2].into())).unwrap() -= 1;
        }
        assert!(so_vso.values().all(|n| *n == 0), "so/vso counts = TLV rows");

        let bekostiging = crate::bekostiging::bereken_bestanden(&crate::bekostiging::Opdracht {
            schooljaar: Schooljaar::parse("2015-2016").unwrap(),
            leerlingen: &p("leerlingen.csv"),
            tlv: &p("tlv.csv"),
            verevening: None,
            afdracht_naar: AfdrachtNaar::Tlv,
            swv: None,
            regelset: None,
        })
        .unwrap();
        assert_eq!(bekostiging.rijen.len(), s.swvs);
        assert!(bekostiging.genegeerd.is_empty());

        let meldingen =
            crate::verzuim::bereken(&p("verzuim.csv"), &p("kalender.csv"), afwezig::REGIO).unwrap();
        assert_eq!(meldingen.niet_op_schooldag, 0);
        let mut tekst = Vec::new();
        meldingen.schrijf(&mut tekst).unwrap();
        let tekst = String::from_utf8(tekst).unwrap();
        for soort in [
            "verzuim_16_uur",
            "langdurig_relatief_verzuim",
            "thuiszitter_3_maanden",
        ] {
            assert!(tekst.contains(soort), "{soort}");
        }
    }
}

//! `passend bekostiging`: the ondersteuningsbekostiging of every SWV from `leerlingen.csv`,
//! `tlv.csv` and an optional `verevening.csv` (FORMATS.md "Funding inputs").
//!
//! Every row is parsed from a csv `ByteRecord` and checked (a bad row stops the run before
//! anything is computed, naming file, line and problem); codes are interned to dense ids
//! and the rows are summed into integer counts per (SWV, schoolsoort) and per (peildatum,
//! group, TLV-SWV, woon-SWV, school-SWV). Only those groups become [`Decimal`]s, in the
//! pure engine of `passend_domain::bekostiging`. Rows on another teldatum than the rule
//! set's 1 oktober and 1 februari are checked, left out and reported; `leerlingen.csv` rows
//! on 1 februari only tell which SWV a vestiging belongs to.

mod lezen;
mod regels;

use crate::Fout;
use jiff::civil::Date;
use lezen::Lezer;
use passend_domain::bekostiging::{
    AfdrachtNaar, BekostigingError, Component, Decimal, Regelset, RegelsetError, Regelsets,
    SwvBekostiging, bereken,
};
use passend_domain::{Schooljaar, SwvCode};
use regels::lees_verevening;
use std::collections::BTreeSet;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// The columns of FORMATS.md, exactly. The sbo transfers, lwoo/pro and the uitputting that
/// the engine also computes are not in that format; the application shows them.
const UITVOER: [&str; 10] = [
    "swv",
    "leerlingen",
    "lichte_ondersteuning",
    "zware_ondersteuning",
    "afdracht_so",
    "afdracht_vso",
    "verevening",
    "groei",
    "netto",
    "ontbrekend",
];

/// The components FORMATS.md's `netto` adds up, with their sign.
const FORMATS_NETTO: [(Component, i8); 6] = [
    (Component::LichteOndersteuning, 1),
    (Component::ZwareOndersteuning, 1),
    (Component::AfdrachtSo, -1),
    (Component::AfdrachtVso, -1),
    (Component::Verevening, 1),
    (Component::Groei, -1),
];
/// Why a run stopped: bad input, a rule set that is missing or bad, or counts that do not fit.
#[derive(Debug, thiserror::Error)]
pub enum BekostigingFout {
    #[error(transparent)]
    Invoer(#[from] Fout),
    #[error(transparent)]
    Regelset(#[from] RegelsetError),
    #[error(transparent)]
    Berekening(#[from] BekostigingError),
}

/// What a run reads.
#[derive(Debug, Clone)]
pub struct Opdracht<'a> {
    pub schooljaar: Schooljaar,
    pub leerlingen: &'a Path,
    pub tlv: &'a Path,
    pub verevening: Option<&'a Path>,
    pub afdracht_naar: AfdrachtNaar,
    /// Only this SWV in the output.
    pub swv: Option<SwvCode>,
    /// A rule-set file of the user's, added to (or replacing) the shipped ones.
    pub regelset: Option<&'a Path>,
}

/// The rows of the output, and what was left out of the input.
#[derive(Debug)]
pub struct Uitkomst {
    pub regelset: Regelset,
    pub rijen: Vec<SwvBekostiging>,
    /// Per file: rows on another teldatum (count, first line, the dates).
    pub genegeerd: Vec<(PathBuf, u64, u64, BTreeSet<Date>)>,
}

/// Reads and checks every file, then computes; nothing is written.
pub fn bereken_bestanden(o: &Opdracht) -> Result<Uitkomst, BekostigingFout> {
    let mut sets = Regelsets::ingebouwd().clone();
    if let Some(path) = o.regelset {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Fout::new(path, None, format!("kan niet lezen: {e}")))?;
        sets.voeg_toe(Regelset::parse(&text, &path.display().to_string())?);
    }
    let regelset = sets.voor(o.schooljaar)?.clone();
    let mut lezer = Lezer::new(&regelset);
    lezer.leerlingen(o.leerlingen)?;
    let tlv = lezer.tlv(o.tlv, o.afdracht_naar == AfdrachtNaar::School)?;
    let verevening = match o.verevening {
        Some(path) => lees_verevening(path)?,
        None => Vec::new(),
    };
    let invoer = lezer.invoer(tlv, verevening);
    let genegeerd = std::mem::take(&mut lezer.genegeerd);
    let mut rijen = bereken(&regelset, &invoer, o.afdracht_naar)?;
    if let Some(swv) = &o.swv {
        rijen.retain(|r| r.swv == *swv);
        if rijen.is_empty() {
            let probleem = format!("{swv} komt in de invoerbestanden niet voor");
            return Err(Fout::new(Path::new("--swv"), None, probleem).into());
        }
    }
    Ok(Uitkomst {
        regelset,
        rijen,
        genegeerd,
    })
}

/// [`bereken_bestanden`], then writes the CSV to `output` or, without it, to stdout.
pub fn run(o: &Opdracht, output: Option<&Path>) -> Result<Uitkomst, BekostigingFout> {
    let uitkomst = bereken_bestanden(o)?;
    let written = match output {
        Some(path) => File::create(path)
            .and_then(|file| uitkomst.schrijf(BufWriter::new(file)))
            .map_err(|e| Fout::new(path, None, format!("kan niet schrijven: {e}"))),
        None => uitkomst.schrijf(io::stdout().lock()).map_err(|e| {
            Fout::new(
                Path::new("<stdout>"),
                None,
                format!("kan niet schrijven: {e}"),
            )
        }),
    };
    written?;
    Ok(uitkomst)
}

/// FORMATS.md's `netto` of one row: its six components, the missing ones left out.
fn formats_netto(r: &SwvBekostiging) -> Decimal {
    FORMATS_NETTO
        .iter()
        .filter_map(|(c, teken)| r.bedrag(*c).map(|b| b * Decimal::from(*teken)))
        .sum()
}

/// The payer-rule scenarios side by side: every SWV's `netto` under `tlv` (the law), `woon`
/// and `school`, and the differences with the law, written as CSV to `pad`
/// (`swv,netto_tlv,netto_woon,netto_school,verschil_woon,verschil_school`). The national
/// afdracht is the same under each rule; only who pays moves.
pub fn schrijf_verschillen(o: &Opdracht, pad: &Path) -> Result<(), BekostigingFout> {
    let mut per_swv: std::collections::BTreeMap<String, [Decimal; 3]> = Default::default();
    for (i, naar) in [AfdrachtNaar::Tlv, AfdrachtNaar::Woon, AfdrachtNaar::School]
        .into_iter()
        .enumerate()
    {
        let u = bereken_bestanden(&Opdracht {
            afdracht_naar: naar,
            ..o.clone()
        })?;
        for r in &u.rijen {
            per_swv.entry(r.swv.to_string()).or_default()[i] = formats_netto(r);
        }
    }
    let schrijf = || -> io::Result<()> {
        let mut w = csv::Writer::from_writer(BufWriter::new(File::create(pad)?));
        w.write_record([
            "swv",
            "netto_tlv",
            "netto_woon",
            "netto_school",
            "verschil_woon",
            "verschil_school",
        ])?;
        for (swv, [tlv, woon, school]) in &per_swv {
            w.write_record([
                swv.clone(),
                euro(Some(*tlv)),
                euro(Some(*woon)),
                euro(Some(*school)),
                euro(Some(*woon - *tlv)),
                euro(Some(*school - *tlv)),
            ])?;
        }
        w.flush()
    };
    schrijf().map_err(|e| Fout::new(pad, None, format!("kan niet schrijven: {e}")).into())
}

/// Two decimals, from an amount that has at most two already (the engine rounds).
fn euro(d: Option<Decimal>) -> String {
    d.map(|mut d| {
        d.rescale(2);
        d.to_string()
    })
    .unwrap_or_default()
}

impl Uitkomst {
    /// Writes `swv,leerlingen,…,netto,ontbrekend` as FORMATS.md gives it (`netto` over its
    /// six components, `ontbrekend` among them), one row per SWV sorted by code.
    pub fn schrijf(&self, out: impl Write) -> io::Result<()> {
        let mut w = csv::Writer::from_writer(out);
        w.write_record(UITVOER)?;
        for r in &self.rijen {
            let ontbrekend: Vec<&str> = r
                .ontbrekend
                .iter()
                .filter(|c| FORMATS_NETTO.iter().any(|(f, _)| f == *c))
                .map(|c| c.as_str())
                .collect();
            let netto = formats_netto(r);
            w.write_record([
                r.swv.to_string(),
                r.leerlingen.to_string(),
                euro(r.lichte_ondersteuning),
                euro(r.zware_ondersteuning),
                euro(r.afdracht_so),
                euro(r.afdracht_vso),
                euro(r.verevening),
                euro(r.groei),
                euro(Some(netto)),
                ontbrekend.join(";"),
            ])?;
        }
        w.flush()
    }

    /// Lines for stderr: the rule set used and the rows left out.
    pub fn meldingen(&self) -> Vec<String> {
        let r = &self.regelset;
        let mut lines = vec![format!(
            "bekostiging {}: regelset {}, teldatum {}, groei {}; {} samenwerkingsverbanden",
            r.schooljaar,
            r.bestand,
            r.teldatum,
            r.groei_teldatum,
            self.rijen.len()
        )];
        for (path, n, eerste, data) in &self.genegeerd {
            let data: Vec<String> = data.iter().map(Date::to_string).collect();
            lines.push(format!(
                "{}: {n} regel(s) met een andere teldatum genegeerd ({}; de eerste op regel {eerste})",
                path.display(),
                data.join(", ")
            ));
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEERLINGEN: &str = "teldatum,vestiging,swv,schoolsoort,aantal\n\
        2014-10-01,10AA00,PO2707,bao,10\n\
        2014-10-01,10ZZ00,PO2707,so,2\n\
        2014-10-01,11AA00,PO2708,bao,0\n";
    const TLV: &str = "teldatum,leerling_id,vestiging,schoolsoort,tlv_swv,woon_swv,categorie,geboortedatum\n\
        2014-10-01,L1,10ZZ00,so,PO2707,PO2708,L,2008-03-14\n";

    /// Runs on the given file texts (`None`: the defaults above); the error as text.
    fn run(
        leerlingen: Option<&str>,
        tlv: Option<&str>,
        naar: AfdrachtNaar,
    ) -> Result<Uitkomst, String> {
        let dir = tempfile::tempdir().unwrap();
        let l = dir.path().join("leerlingen.csv");
        let t = dir.path().join("tlv.csv");
        std::fs::write(&l, leerlingen.unwrap_or(LEERLINGEN)).unwrap();
        std::fs::write(&t, tlv.unwrap_or(TLV)).unwrap();
        let o = Opdracht {
            schooljaar: Schooljaar::parse("2015-2016").unwrap(),
            leerlingen: &l,
            tlv: &t,
            verevening: None,
            afdracht_naar: naar,
            swv: None,
            regelset: None,
        };
        bereken_bestanden(&o).map_err(|e| {
            let text = e.to_string();
            text.strip_prefix(&format!("{}/", dir.path().display()))
                .unwrap_or(&text)
                .to_string()
        })
    }

    #[test]
    fn an_swv_with_zero_pupils_still_gets_its_row() {
        // PO2708 is named only by its leerlingen row with aantal 0.
        let local = TLV.replace("PO2707,PO2708", "PO2707,PO2707");
        let u = run(None, Some(&local), AfdrachtNaar::Tlv).unwrap();
        let codes: Vec<String> = u.rijen.iter().map(|r| r.swv.to_string()).collect();
        assert_eq!(codes, ["PO2707", "PO2708"]);
        assert_eq!(u.rijen[1].leerlingen, 0);
    }

    #[test]
    fn inconsistent_rows_are_refused_with_their_line() {
        let twice = format!("{LEERLINGEN}2014-10-01,10AA00,PO2707,bao,3\n");
        assert_eq!(
            run(Some(&twice), None, AfdrachtNaar::Tlv).unwrap_err(),
            "leerlingen.csv:5: vestiging 10AA00 staat met bao al op regel 2 voor deze teldatum"
        );
        let moved = format!("{LEERLINGEN}2015-02-01,10ZZ00,PO2708,so,3\n");
        assert_eq!(
            run(Some(&moved), None, AfdrachtNaar::Tlv).unwrap_err(),
            "leerlingen.csv:5: vestiging 10ZZ00 hoort op regel 3 bij PO2707, hier bij PO2708"
        );
        let pupil_twice = format!("{TLV}2014-10-01,L1,10ZZ00,so,PO2707,PO2707,M,2008-03-14\n");
        assert!(
            run(None, Some(&pupil_twice), AfdrachtNaar::Tlv)
                .unwrap_err()
                .starts_with("tlv.csv:3: leerling L1 staat al eerder in het bestand")
        );
        let unborn = TLV.replace("2008-03-14", "2014-10-01");
        assert!(
            run(None, Some(&unborn), AfdrachtNaar::Tlv)
                .unwrap_err()
                .contains("tlv.csv:2: geboortedatum 2014-10-01 ligt niet vóór de teldatum")
        );
        let sbo = TLV.replace(",so,", ",sbo,");
        assert_eq!(
            run(None, Some(&sbo), AfdrachtNaar::Tlv).unwrap_err(),
            "tlv.csv:2: schoolsoort 'sbo' is geen van so, vso"
        );
        let date = TLV.replace("2014-10-01,L1", "1-10-2014,L1");
        assert_eq!(
            run(None, Some(&date), AfdrachtNaar::Tlv).unwrap_err(),
            "tlv.csv:2: teldatum '1-10-2014' is geen datum JJJJ-MM-DD"
        );
    }

    #[test]
    fn school_needs_the_vestiging_in_the_leerlingen_file() {
        let elsewhere = TLV.replace("10ZZ00", "99ZZ00");
        assert!(run(None, Some(&elsewhere), AfdrachtNaar::Tlv).is_ok());
        let err = run(None, Some(&elsewhere), AfdrachtNaar::School).unwrap_err();
        assert!(
            err.starts_with("tlv.csv:2: vestiging 99ZZ00 (so) staat niet in het leerlingenbestand"),
            "{err}"
        );
    }

    #[test]
    fn rows_on_other_teldata_are_checked_counted_and_reported() {
        let other = format!("{TLV}2013-10-01,L1,10ZZ00,so,PO2707,PO2708,L,2008-03-14\n");
        let u = run(None, Some(&other), AfdrachtNaar::Tlv).unwrap();
        let meldingen = u.meldingen();
        assert!(meldingen[1].ends_with("tlv.csv: 1 regel(s) met een andere teldatum genegeerd (2013-10-01; de eerste op regel 3)"), "{meldingen:?}");
        let bad = format!("{TLV}2013-10-01,L1,10ZZ00,so,PO2707,PO2708,Q,2008-03-14\n");
        assert!(
            run(None, Some(&bad), AfdrachtNaar::Tlv)
                .unwrap_err()
                .starts_with("tlv.csv:3: 'Q'")
        );
    }

    #[test]
    fn output_has_two_decimals_and_empty_missing_amounts() {
        let mut out = Vec::new();
        run(None, None, AfdrachtNaar::Tlv)
            .unwrap()
            .schrijf(&mut out)
            .unwrap();
        let text = String::from_utf8(out).unwrap();
        // 10 × 156.61; 10 × 318.83; so <8 laag 9 059.77. FORMATS.md's netto: 1 566.10 +
        // 3 188.30 − 9 059.77 = −4 305.37; the sbo transfers (no 1 februari row here) and
        // the uitputting are not in that format.
        assert_eq!(
            text.lines().next(),
            Some(
                "swv,leerlingen,lichte_ondersteuning,zware_ondersteuning,afdracht_so,afdracht_vso,verevening,groei,netto,ontbrekend"
            )
        );
        assert_eq!(
            text.lines().nth(1),
            Some("PO2707,10,1566.10,3188.30,9059.77,0.00,0.00,0.00,-4305.37,")
        );
        // The engine itself adds the uitputting back, which the schools bear (WPO art.
        // 125a): 9 059.77 − 3 188.30 = 5 871.47.
        let u = run(None, None, AfdrachtNaar::Tlv).unwrap();
        assert_eq!(u.rijen[0].uitputting.unwrap().to_string(), "5871.47");
        assert_eq!(euro(None), "");
        // Per school (BRIN 10AA: 10 bao, 10ZZ: 2 so): 5 871.47 × 10/12 = 4 892.891…,
        // × 2/12 = 978.578…; floors 4 892.89 + 978.57 leave one cent, for the larger
        // remainder (10ZZ).
        let per_school: Vec<String> = u.rijen[0]
            .uitputting_per_school
            .iter()
            .map(|(s, d)| format!("{s} {d}"))
            .collect();
        assert_eq!(per_school, ["10AA 4892.89", "10ZZ 978.58"]);
        assert_eq!(euro(Some(Decimal::from(5))), "5.00");
    }
}

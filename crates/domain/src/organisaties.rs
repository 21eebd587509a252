//! The organisations file (`organisaties.csv`, FORMATS.md): one row per vestiging with its
//! school (BRIN) and bestuur (bevoegd gezag). Read whole or refused whole: every problem is
//! named with its line and column. The SWV of a vestiging follows from its postcode and
//! sector (the regio-indeling) unless the row names one.

use crate::{
    Brin, Gemeentecode, Postcode, RegioIndeling, Schoolsoort, Sector, SwvCode, VestigingCode,
};
use std::collections::BTreeMap;

const KOLOMMEN: [&str; 12] = [
    "bestuur",
    "bestuur_naam",
    "brin",
    "vestiging",
    "naam",
    "soort",
    "straat",
    "huisnummer",
    "postcode",
    "plaats",
    "gemeentecode",
    "swv",
];

/// The sort of a vestiging in the file: a school of passend onderwijs, or mbo (which only
/// counts for the leerplicht: a pupil enrolled there is enrolled).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Soort {
    School(Schoolsoort),
    Mbo,
}

/// One vestiging, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vestigingsrij {
    pub regel: u64,
    pub bestuur: String,
    pub bestuur_naam: String,
    pub brin: Brin,
    pub code: VestigingCode,
    pub naam: String,
    pub soort: Soort,
    pub straat: String,
    pub huisnummer: String,
    pub postcode: Postcode,
    pub plaats: String,
    pub gemeentecode: Gemeentecode,
    /// The SWV (none for mbo), and whether the file named it.
    pub swv: Option<SwvCode>,
    pub swv_uit_bestand: bool,
}

/// The schools of one family share a BRIN: a BRIN is one school under one law.
fn familie(s: Soort) -> &'static str {
    match s {
        Soort::School(Schoolsoort::Bao | Schoolsoort::Sbo) => "po",
        Soort::School(Schoolsoort::So | Schoolsoort::Vso) => "(v)so",
        Soort::School(Schoolsoort::Vo | Schoolsoort::Pro) => "vo",
        Soort::Mbo => "mbo",
    }
}

/// Reads the file; `Err` holds every problem, each as `regel N, kolom K: …`.
pub fn lees(csv_text: &str, regio: &RegioIndeling) -> Result<Vec<Vestigingsrij>, Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(csv_text.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(str::to_string).collect(),
        Err(e) => return Err(vec![format!("regel 1: {e}")]),
    };
    let kolom: Vec<Option<usize>> = KOLOMMEN
        .iter()
        .map(|k| header.iter().position(|h| h == k))
        .collect();
    let ontbreekt: Vec<&str> = KOLOMMEN
        .iter()
        .zip(&kolom)
        .filter(|(k, i)| i.is_none() && **k != "swv")
        .map(|(k, _)| *k)
        .collect();
    if !ontbreekt.is_empty() {
        return Err(vec![format!(
            "regel 1: de kolommen {} ontbreken",
            ontbreekt.join(", ")
        )]);
    }
    let mut rijen = Vec::new();
    let mut fouten = Vec::new();
    for record in reader.records() {
        match record {
            Ok(r) => {
                let regel = r.position().map_or(0, |p| p.line());
                let veld = |k: usize| kolom[k].and_then(|i| r.get(i)).unwrap_or("").to_string();
                match rij(regel, &veld, regio) {
                    Ok(v) => rijen.push(v),
                    Err(e) => fouten.extend(e),
                }
            }
            Err(e) => fouten.push(format!(
                "regel {}: {e}",
                e.position().map_or(0, |p| p.line())
            )),
        }
    }
    samenhang(&rijen, &mut fouten);
    if fouten.is_empty() {
        Ok(rijen)
    } else {
        Err(fouten)
    }
}

fn rij(
    regel: u64,
    veld: &dyn Fn(usize) -> String,
    regio: &RegioIndeling,
) -> Result<Vestigingsrij, Vec<String>> {
    let mut fouten = Vec::new();
    let mut fout =
        |k: usize, p: String| fouten.push(format!("regel {regel}, kolom {}: {p}", KOLOMMEN[k]));
    let verplicht = |k: usize, fout: &mut dyn FnMut(usize, String)| {
        let v = veld(k);
        if v.is_empty() {
            fout(k, "is leeg".into());
        }
        v
    };
    let bestuur = verplicht(0, &mut fout);
    if !bestuur.is_empty() && (bestuur.len() != 5 || !bestuur.bytes().all(|b| b.is_ascii_digit())) {
        fout(
            0,
            format!("'{bestuur}' is geen bevoegd-gezagnummer van vijf cijfers"),
        );
    }
    let bestuur_naam = verplicht(1, &mut fout);
    let brin = Brin::parse(&veld(2))
        .map_err(|e| fout(2, e.to_string()))
        .ok();
    // Only a valid BRIN says anything about the vestiging number beside it.
    let code = match &brin {
        Some(b) => VestigingCode::parse(&format!("{b}{}", veld(3)))
            .map_err(|_| {
                fout(
                    3,
                    format!("'{}' is geen vestigingsnummer van twee cijfers", veld(3)),
                )
            })
            .ok(),
        None => None,
    };
    let naam = verplicht(4, &mut fout);
    let soort = match veld(5).to_ascii_lowercase().as_str() {
        "mbo" => Some(Soort::Mbo),
        s => Schoolsoort::parse(s)
            .map(Soort::School)
            .map_err(|_| {
                fout(
                    5,
                    format!("'{s}' is geen soort: bao, sbo, so, vso, vo, pro of mbo"),
                )
            })
            .ok(),
    };
    let (straat, huisnummer) = (verplicht(6, &mut fout), verplicht(7, &mut fout));
    let postcode = Postcode::parse(&veld(8))
        .map_err(|e| fout(8, e.to_string()))
        .ok();
    let plaats = verplicht(9, &mut fout);
    let gemeentecode = Gemeentecode::parse(&veld(10))
        .map_err(|e| fout(10, e.to_string()))
        .ok();
    let genoemd = veld(11);
    let genoemd = (!genoemd.is_empty())
        .then(|| {
            SwvCode::parse(&genoemd)
                .map_err(|e| fout(11, e.to_string()))
                .ok()
        })
        .flatten();
    let swv = match (soort, postcode.as_ref(), &genoemd) {
        (Some(Soort::Mbo), ..) => None,
        (Some(Soort::School(s)), _, Some(c)) if c.sector() != s.sector() => {
            fout(
                11,
                format!("{c} is geen {}-samenwerkingsverband", s.sector().as_str()),
            );
            None
        }
        (_, _, Some(c)) => Some(c.clone()),
        (Some(Soort::School(s)), Some(p), None) => regio
            .swv_van(p.pc4(), s.sector())
            .map_err(|e| {
                fout(
                    8,
                    format!("{e}; noem het samenwerkingsverband in de kolom swv"),
                )
            })
            .ok(),
        _ => None,
    };
    let (Some(brin), Some(code), Some(soort), Some(postcode), Some(gemeentecode)) =
        (brin, code, soort, postcode, gemeentecode)
    else {
        return Err(fouten);
    };
    if !fouten.is_empty() {
        return Err(fouten);
    }
    Ok(Vestigingsrij {
        regel,
        bestuur,
        bestuur_naam,
        brin,
        code,
        naam,
        soort,
        straat,
        huisnummer,
        postcode,
        plaats,
        gemeentecode,
        swv_uit_bestand: genoemd.is_some(),
        swv,
    })
}

/// All rows of one BRIN share one bestuur and one family; a vestiging appears once.
fn samenhang(rijen: &[Vestigingsrij], fouten: &mut Vec<String>) {
    let mut eerste: BTreeMap<&str, &Vestigingsrij> = BTreeMap::new();
    let mut codes: BTreeMap<&str, u64> = BTreeMap::new();
    for r in rijen {
        if let Some(eerder) = codes.insert(r.code.as_str(), r.regel) {
            fouten.push(format!(
                "regel {}, kolom vestiging: {} staat ook op regel {eerder}",
                r.regel, r.code
            ));
        }
        let e = *eerste.entry(r.brin.as_str()).or_insert(r);
        if e.bestuur != r.bestuur {
            fouten.push(format!(
                "regel {}, kolom bestuur: BRIN {} hoort op regel {} bij bestuur {}",
                r.regel, r.brin, e.regel, e.bestuur
            ));
        }
        if familie(e.soort) != familie(r.soort) {
            fouten.push(format!(
                "regel {}, kolom soort: BRIN {} is op regel {} een {}-school",
                r.regel,
                r.brin,
                e.regel,
                familie(e.soort)
            ));
        }
    }
}

impl Vestigingsrij {
    /// The sector of the SWV this vestiging belongs to, for a school of passend onderwijs.
    pub fn sector(&self) -> Option<Sector> {
        match self.soort {
            Soort::School(s) => Some(s.sector()),
            Soort::Mbo => None,
        }
    }
}

#[cfg(test)]
#[path = "organisaties_tests.rs"]
mod tests;

//! Reading `leerlingen.csv` and `tlv.csv` into integer counts per SWV and group.

use super::regels::{Codes, Fx, Leerlingen, datum, lees_csv, schoolsoort};
use crate::Fout;
use jiff::civil::Date;
use passend_domain::bekostiging::{
    Categorie, Decimal, Invoer, LeerlingenTelling, Peildatum, Regelset, SchoolTelling, TlvGroep,
    TlvTelling,
};
use passend_domain::{Schoolsoort, Sector, SwvCode, VestigingCode};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

pub(super) struct Lezer<'r> {
    regelset: &'r Regelset,
    teldata: [String; 2],
    swvs: Codes<SwvCode>,
    vestigingen: Codes<VestigingCode>,
    /// Pupils per SWV id and schoolsoort on 1 oktober; `None`: no row on that date.
    leerlingen: Vec<Option<[u64; 6]>>,
    /// Pupils per SWV id and schoolsoort on 1 februari (sbo transfers, WPO art. 124).
    februari: Vec<[u64; 6]>,
    /// Whether the file has any row on 1 februari: without one, 1 februari is not counted.
    februari_geteld: bool,
    /// Pupils per (SWV id, school BRIN, schoolsoort) on 1 oktober, to charge an uitputting.
    scholen: BTreeMap<(u32, String, Schoolsoort), u64>,
    /// The SWV of a vestiging per sector, and the line that said so.
    vestiging_swv: HashMap<(u32, Sector), (u32, u64), Fx>,
    pub(super) genegeerd: Vec<(PathBuf, u64, u64, BTreeSet<Date>)>,
}

/// Key of a TLV count: (peildatum, group, TLV-SWV, woon-SWV, school-SWV or `u32::MAX`).
type TlvSleutel = (u8, u8, u32, u32, u32);

impl<'r> Lezer<'r> {
    pub(super) fn new(regelset: &'r Regelset) -> Self {
        Self {
            regelset,
            teldata: [
                regelset.teldatum.to_string(),
                regelset.groei_teldatum.to_string(),
            ],
            swvs: Codes::new(),
            vestigingen: Codes::new(),
            leerlingen: Vec::new(),
            februari: Vec::new(),
            februari_geteld: false,
            scholen: BTreeMap::new(),
            vestiging_swv: HashMap::default(),
            genegeerd: Vec::new(),
        }
    }

    /// 0 for 1 oktober, 1 for 1 februari, `None` for another (valid) date.
    fn peil(
        &self,
        raw: &[u8],
        ignored: &mut (u64, u64, BTreeSet<Date>),
        regel: u64,
    ) -> Result<Option<u8>, String> {
        if let Some(i) = self.teldata.iter().position(|t| t.as_bytes() == raw) {
            return Ok(Some(i as u8));
        }
        let d = datum(raw, "teldatum")?;
        ignored.0 += 1;
        if ignored.1 == 0 {
            ignored.1 = regel;
        }
        ignored.2.insert(d);
        Ok(None)
    }

    /// An SWV code that must be of the sector of `soort` (so with PO, vso with VO).
    fn swv(&mut self, raw: &[u8], kolom: &str, soort: Schoolsoort) -> Result<u32, String> {
        let id = self
            .swvs
            .id(raw, |s| SwvCode::parse(s).map_err(|e| e.to_string()))
            .map_err(|e| format!("{kolom}: {e}"))?;
        let code = &self.swvs.values[id as usize];
        if code.sector() != soort.sector() {
            return Err(format!(
                "{kolom} {code} is een {}-samenwerkingsverband, maar {soort} hoort bij een {}-samenwerkingsverband",
                code.sector().as_str(),
                soort.sector().as_str()
            ));
        }
        Ok(id)
    }

    fn vestiging(&mut self, raw: &[u8]) -> Result<u32, String> {
        self.vestigingen
            .id(raw, |s| VestigingCode::parse(s).map_err(|e| e.to_string()))
    }

    fn ignored(&mut self, path: &Path, ignored: (u64, u64, BTreeSet<Date>)) {
        if ignored.0 > 0 {
            self.genegeerd
                .push((path.to_path_buf(), ignored.0, ignored.1, ignored.2));
        }
    }

    /// `teldatum,vestiging,swv,schoolsoort,aantal`.
    pub(super) fn leerlingen(&mut self, path: &Path) -> Result<(), Fout> {
        let soorten = [
            Schoolsoort::Bao,
            Schoolsoort::Sbo,
            Schoolsoort::So,
            Schoolsoort::Vso,
            Schoolsoort::Vo,
        ];
        let mut ignored = (0, 0, BTreeSet::new());
        let mut gezien: HashMap<(u8, u32, Schoolsoort), u64, Fx> = HashMap::default();
        lees_csv(
            path,
            &["teldatum", "vestiging", "swv", "schoolsoort", "aantal"],
            |regel, rij| {
                let veld = |i: usize| rij.veld(i);
                let peil = self.peil(veld(0), &mut ignored, regel)?;
                let vestiging = self
                    .vestiging(veld(1))
                    .map_err(|e| format!("vestiging: {e}"))?;
                let soort = schoolsoort(veld(3), &soorten)?;
                let swv = self.swv(veld(2), "swv", soort)?;
                let aantal: u32 = std::str::from_utf8(veld(4))
                    .ok()
                    .and_then(|s| s.parse().ok())
                    .ok_or_else(|| {
                        format!(
                            "aantal '{}' is geen geheel getal ≥ 0",
                            String::from_utf8_lossy(veld(4))
                        )
                    })?;
                let Some(peil) = peil else { return Ok(()) };
                if let Some(eerder) = gezien.insert((peil, vestiging, soort), regel) {
                    return Err(format!(
                        "vestiging {} staat met {soort} al op regel {eerder} voor deze teldatum",
                        self.vestigingen.values[vestiging as usize]
                    ));
                }
                let (eerder_swv, eerder) = *self
                    .vestiging_swv
                    .entry((vestiging, soort.sector()))
                    .or_insert((swv, regel));
                if eerder_swv != swv {
                    return Err(format!(
                        "vestiging {} hoort op regel {eerder} bij {}, hier bij {}",
                        self.vestigingen.values[vestiging as usize],
                        self.swvs.values[eerder_swv as usize],
                        self.swvs.values[swv as usize]
                    ));
                }
                if peil == 0 {
                    if self.leerlingen.len() <= swv as usize {
                        self.leerlingen.resize(swv as usize + 1, None);
                    }
                    let i = Schoolsoort::ALL
                        .iter()
                        .position(|s| *s == soort)
                        .unwrap_or(0);
                    self.leerlingen[swv as usize].get_or_insert([0; 6])[i] += u64::from(aantal);
                    let brin = self.vestigingen.values[vestiging as usize]
                        .brin()
                        .to_string();
                    *self.scholen.entry((swv, brin, soort)).or_default() += u64::from(aantal);
                } else {
                    // Regime teldatum_1_februari has one teldatum, so this is the growth date.
                    self.februari_geteld = true;
                    if self.februari.len() <= swv as usize {
                        self.februari.resize(swv as usize + 1, [0; 6]);
                    }
                    let i = Schoolsoort::ALL
                        .iter()
                        .position(|s| *s == soort)
                        .unwrap_or(0);
                    self.februari[swv as usize][i] += u64::from(aantal);
                }
                Ok(())
            },
        )?;
        self.ignored(path, ignored);
        Ok(())
    }

    /// `teldatum,leerling_id,vestiging,schoolsoort,tlv_swv,woon_swv,categorie,geboortedatum`.
    pub(super) fn tlv(
        &mut self,
        path: &Path,
        school_nodig: bool,
    ) -> Result<HashMap<TlvSleutel, u64, Fx>, Fout> {
        let kolommen = [
            "teldatum",
            "leerling_id",
            "vestiging",
            "schoolsoort",
            "tlv_swv",
            "woon_swv",
            "categorie",
            "geboortedatum",
        ];
        let mut ignored = (0, 0, BTreeSet::new());
        let mut leerlingen: [Leerlingen; 2] = Default::default();
        let mut tellingen: HashMap<TlvSleutel, u64, Fx> = HashMap::default();
        let peildata = [self.regelset.teldatum, self.regelset.groei_teldatum];
        lees_csv(path, &kolommen, |regel, rij| {
            let veld = |i: usize| rij.veld(i);
            let peil = self.peil(veld(0), &mut ignored, regel)?;
            if veld(1).trim_ascii().is_empty() {
                return Err("leerling_id is leeg".into());
            }
            let vestiging = self
                .vestiging(veld(2))
                .map_err(|e| format!("vestiging: {e}"))?;
            let soort = schoolsoort(veld(3), &[Schoolsoort::So, Schoolsoort::Vso])?;
            let tlv_swv = self.swv(veld(4), "tlv_swv", soort)?;
            let woon_swv = self.swv(veld(5), "woon_swv", soort)?;
            let categorie = std::str::from_utf8(veld(6))
                .map_err(|_| "categorie is geen UTF-8".to_string())
                .and_then(|s| Categorie::parse(s).map_err(|e| e.to_string()))?;
            let geboren = datum(veld(7), "geboortedatum")?;
            let Some(peil) = peil else { return Ok(()) };
            let teldatum = peildata[peil as usize];
            if geboren >= teldatum {
                return Err(format!(
                    "geboortedatum {geboren} ligt niet vóór de teldatum {teldatum}"
                ));
            }
            if !leerlingen[peil as usize].nieuw(veld(1)) {
                return Err(format!(
                    "leerling {} staat al eerder in het bestand op teldatum {teldatum}",
                    String::from_utf8_lossy(veld(1))
                ));
            }
            let school = self
                .vestiging_swv
                .get(&(vestiging, soort.sector()))
                .map(|(swv, _)| *swv);
            if school.is_none() && school_nodig {
                return Err(format!(
                    "vestiging {} ({soort}) staat niet in het leerlingenbestand; --afdracht-naar school heeft haar SWV nodig",
                    self.vestigingen.values[vestiging as usize]
                ));
            }
            let groep =
                TlvGroep::van(soort, categorie, geboren, teldatum).map_err(|e| e.to_string())?;
            let key = (
                peil,
                groep.index() as u8,
                tlv_swv,
                woon_swv,
                school.unwrap_or(u32::MAX),
            );
            *tellingen.entry(key).or_default() += 1;
            Ok(())
        })?;
        self.ignored(path, ignored);
        Ok(tellingen)
    }

    /// The engine's input: one Decimal-free count per group.
    pub(super) fn invoer(
        &self,
        tlv: HashMap<TlvSleutel, u64, Fx>,
        verevening: Vec<(SwvCode, Decimal)>,
    ) -> Invoer {
        let swv = |id: u32| self.swvs.values[id as usize].clone();
        let mut leerlingen = Vec::new();
        for (id, soorten) in self.leerlingen.iter().enumerate() {
            let Some(soorten) = soorten else { continue };
            let code = swv(id as u32);
            // An SWV whose rows all say 0 still gets its row in the output.
            let leeg = match code.sector() {
                Sector::Po => Schoolsoort::Bao,
                Sector::Vo => Schoolsoort::Vo,
            };
            for (soort, &aantal) in Schoolsoort::ALL.iter().zip(soorten) {
                if aantal > 0 || (*soort == leeg && soorten.iter().all(|n| *n == 0)) {
                    leerlingen.push(LeerlingenTelling {
                        swv: code.clone(),
                        schoolsoort: *soort,
                        aantal,
                    });
                }
            }
        }
        let mut tlv: Vec<_> = tlv.into_iter().collect();
        tlv.sort_unstable();
        let tlv = tlv
            .into_iter()
            .map(|((peil, groep, t, w, s), aantal)| TlvTelling {
                peildatum: if peil == 0 {
                    Peildatum::Oktober
                } else {
                    Peildatum::Februari
                },
                groep: TlvGroep::ALL[groep as usize],
                tlv_swv: swv(t),
                woon_swv: swv(w),
                school_swv: (s != u32::MAX).then(|| swv(s)),
                aantal,
            });
        let februari = self.februari_geteld.then(|| {
            let mut rijen = Vec::new();
            for (id, soorten) in self.februari.iter().enumerate() {
                for (soort, &aantal) in Schoolsoort::ALL.iter().zip(soorten) {
                    if aantal > 0 {
                        rijen.push(LeerlingenTelling {
                            swv: swv(id as u32),
                            schoolsoort: *soort,
                            aantal,
                        });
                    }
                }
            }
            rijen
        });
        let scholen = self
            .scholen
            .iter()
            .map(|((id, school, soort), aantal)| SchoolTelling {
                swv: swv(*id),
                school: school.clone(),
                schoolsoort: *soort,
                aantal: *aantal,
            })
            .collect();
        Invoer {
            leerlingen,
            leerlingen_februari: februari,
            tlv: tlv.collect(),
            verevening,
            // FORMATS.md: an SWV without a row in verevening.csv has none (0).
            verevening_onbekend: false,
            scholen,
            // FORMATS.md has no lwoo/pro count: reported as missing where it applies.
            lwoo_pro: None,
            // FORMATS.md has no sbo-TLV count: missing where the 1 februari regime needs it.
            sbo_tlv: None,
        }
    }
}

//! Which SWV decides on a TLV: the school the pupil came from, where it lives, or the school
//! that receives it (WEC art. 40 lid 11 and 13, WPO art. 40 lid 8).

use super::{TlvError, TlvSoort};
use crate::codes::{Sector, SwvCode};
use crate::regio::WoonSwv;
use crate::schoolsoort::Schoolsoort;

/// The school where the pupil was enrolled immediately before (or is enrolled now).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VorigeSchool {
    pub soort: Schoolsoort,
    pub swv: SwvCode,
}

/// What the deciding SWV depends on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Herkomst {
    pub soort: TlvSoort,
    /// The pupil's previous (or current) school, if any.
    pub vorige_school: Option<VorigeSchool>,
    /// The SWVs of the pupil's address; `None` when the pupil lives abroad.
    pub woon_swv: Option<WoonSwv>,
    /// The SWV of the school the TLV is for: the sbo school, or the (v)so school where the
    /// pupil is registered (needed for sbo, and for a pupil living abroad).
    pub ontvangende_school_swv: Option<SwvCode>,
}

/// Why this SWV decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grond {
    /// sbo: the SWV the sbo school belongs to (WPO art. 40 lid 8).
    SboSchool,
    /// The SWV of the school the pupil came from (WEC art. 40 lid 11a / 13a).
    VorigeSchool,
    /// No such school: the SWV where the pupil lives (lid 11b-1° / 13b-1°).
    Woonplaats,
    /// Living abroad: the SWV of the school where admission is asked (lid 11b-2° / 13b-2°).
    SchoolBijWonenInBuitenland,
}

impl Grond {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::SboSchool => "sbo-school",
            Self::VorigeSchool => "vorige-school",
            Self::Woonplaats => "woonplaats",
            Self::SchoolBijWonenInBuitenland => "school-buitenland",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            Self::SboSchool,
            Self::VorigeSchool,
            Self::Woonplaats,
            Self::SchoolBijWonenInBuitenland,
        ]
        .into_iter()
        .find(|g| g.as_str() == s)
    }

    /// The rule in plain Dutch, with its article.
    pub fn uitleg(self) -> &'static str {
        match self {
            Self::SboSchool => {
                "het samenwerkingsverband waartoe de sbo-school behoort (WPO art. 40 lid 8)"
            }
            Self::VorigeSchool => {
                "het samenwerkingsverband van de school waar het kind direct hiervoor stond ingeschreven (WEC art. 40 lid 11a/13a)"
            }
            Self::Woonplaats => {
                "het kind kwam niet van zo'n school: het samenwerkingsverband waar het woont (WEC art. 40 lid 11b/13b)"
            }
            Self::SchoolBijWonenInBuitenland => {
                "het kind woont in het buitenland: het samenwerkingsverband van de school van aanmelding (WEC art. 40 lid 11b/13b)"
            }
        }
    }
}

/// Which SWV decides on the TLV (WEC art. 40 lid 11 for so, lid 13 for vso; WPO art. 40
/// lid 8 for sbo). A previous school counts when it is a school of the TLV's own sector
/// (PO school for so, VO school for vso) or a (v)so school of that sector; a pupil moving from
/// primary to vso is therefore decided by the VO SWV where the pupil lives. Landelijke SWVs
/// (lid 11c/13c) are not in the regio-indeling this system ships and are not handled.
pub fn beslissend_swv(h: &Herkomst) -> Result<(SwvCode, Grond), TlvError> {
    let sector = h.soort.sector();
    if h.soort == TlvSoort::Sbo {
        let swv = h
            .ontvangende_school_swv
            .clone()
            .ok_or(TlvError::SboSchoolNodig)?;
        return in_sector(swv, sector).map(|s| (s, Grond::SboSchool));
    }
    if let Some(vorige) = &h.vorige_school {
        let telt = match h.soort {
            TlvSoort::So => matches!(
                vorige.soort,
                Schoolsoort::Bao | Schoolsoort::Sbo | Schoolsoort::So
            ),
            _ => matches!(
                vorige.soort,
                Schoolsoort::Vo | Schoolsoort::Pro | Schoolsoort::Vso
            ),
        };
        if telt {
            return in_sector(vorige.swv.clone(), sector).map(|s| (s, Grond::VorigeSchool));
        }
    }
    match &h.woon_swv {
        Some(woon) => Ok((woon.for_sector(sector).clone(), Grond::Woonplaats)),
        None => {
            let swv = h
                .ontvangende_school_swv
                .clone()
                .ok_or(TlvError::SboSchoolNodig)?;
            in_sector(swv, sector).map(|s| (s, Grond::SchoolBijWonenInBuitenland))
        }
    }
}

fn in_sector(swv: SwvCode, sector: Sector) -> Result<SwvCode, TlvError> {
    if swv.sector() == sector {
        Ok(swv)
    } else {
        Err(TlvError::SwvSector(swv.as_str().to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::postcode::Pc4;
    use crate::regio::RegioIndeling;

    fn swv(s: &str) -> SwvCode {
        SwvCode::parse(s).unwrap()
    }

    fn woon(pc4: u16) -> WoonSwv {
        RegioIndeling::officieel()
            .woon_swv(Pc4::parse(&pc4.to_string()).unwrap())
            .unwrap()
    }

    #[test]
    fn the_law_names_the_deciding_swv() {
        // Utrecht (3511) lies in PO2601 / VO2601; the other SWVs are elsewhere.
        let w = woon(3511);
        let cases = [
            // Came from a PO school in another SWV: that SWV decides on so.
            (
                Herkomst {
                    soort: TlvSoort::So,
                    vorige_school: Some(VorigeSchool {
                        soort: Schoolsoort::Bao,
                        swv: swv("PO2707"),
                    }),
                    woon_swv: Some(w.clone()),
                    ontvangende_school_swv: Some(swv("PO2605")),
                },
                ("PO2707", Grond::VorigeSchool),
            ),
            // Came from no school, lives elsewhere: the SWV of residence.
            (
                Herkomst {
                    soort: TlvSoort::So,
                    vorige_school: None,
                    woon_swv: Some(w.clone()),
                    ontvangende_school_swv: Some(swv("PO2707")),
                },
                (w.po.as_str(), Grond::Woonplaats),
            ),
            // sbo: the SWV of the sbo school, whatever the previous school.
            (
                Herkomst {
                    soort: TlvSoort::Sbo,
                    vorige_school: Some(VorigeSchool {
                        soort: Schoolsoort::Bao,
                        swv: swv("PO2707"),
                    }),
                    woon_swv: Some(w.clone()),
                    ontvangende_school_swv: Some(swv("PO2502")),
                },
                ("PO2502", Grond::SboSchool),
            ),
            // vso after a bao school: no VO school before, so the VO SWV of residence.
            (
                Herkomst {
                    soort: TlvSoort::Vso,
                    vorige_school: Some(VorigeSchool {
                        soort: Schoolsoort::Bao,
                        swv: swv("PO2707"),
                    }),
                    woon_swv: Some(w.clone()),
                    ontvangende_school_swv: Some(swv("VO2707")),
                },
                (w.vo.as_str(), Grond::Woonplaats),
            ),
            // vso from a VO school: that school's SWV.
            (
                Herkomst {
                    soort: TlvSoort::Vso,
                    vorige_school: Some(VorigeSchool {
                        soort: Schoolsoort::Vo,
                        swv: swv("VO2707"),
                    }),
                    woon_swv: Some(w.clone()),
                    ontvangende_school_swv: Some(swv("VO2605")),
                },
                ("VO2707", Grond::VorigeSchool),
            ),
            // Living abroad, no school before: the SWV of the receiving school.
            (
                Herkomst {
                    soort: TlvSoort::So,
                    vorige_school: None,
                    woon_swv: None,
                    ontvangende_school_swv: Some(swv("PO2707")),
                },
                ("PO2707", Grond::SchoolBijWonenInBuitenland),
            ),
        ];
        for (h, (code, grond)) in cases {
            assert_eq!(beslissend_swv(&h).unwrap(), (swv(code), grond), "{h:?}");
        }
        let geen_sbo = Herkomst {
            soort: TlvSoort::Sbo,
            vorige_school: None,
            woon_swv: Some(w),
            ontvangende_school_swv: None,
        };
        assert_eq!(beslissend_swv(&geen_sbo), Err(TlvError::SboSchoolNodig));
    }
}

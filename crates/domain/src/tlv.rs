//! The toelaatbaarheidsverklaring (TLV) for sbo, so and vso: which SWV decides, the two
//! deskundigen, the period, the beschikkingsnummer and the bezwaar terms. RULES §2.

use crate::codes::{Sector, SwvCode};
use crate::regio::WoonSwv;
use crate::richtlijnen::BezwaarTermijnen;
use crate::schooljaar::Schooljaar;
use crate::schoolsoort::Schoolsoort;
use jiff::ToSpan;
use jiff::civil::{Date, date};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TlvError {
    #[error("'{0}' is geen soort toelaatbaarheidsverklaring: kies uit sbo, so, vso")]
    Soort(String),
    #[error("'{0}' is geen bekostigingscategorie: kies uit laag, midden, hoog (L, M, H)")]
    Categorie(String),
    #[error(
        "een toelaatbaarheidsverklaring voor het {0} heeft een bekostigingscategorie (laag, midden of hoog)"
    )]
    CategorieNodig(&'static str),
    #[error("een toelaatbaarheidsverklaring voor het sbo heeft geen bekostigingscategorie")]
    GeenCategorieBijSbo,
    #[error(
        "de aanvraag voor het sbo noemt de sbo-school: die bepaalt het samenwerkingsverband (WPO art. 40 lid 8)"
    )]
    SboSchoolNodig,
    #[error(
        "de aanvragende school is geen school voor {0}: alleen het bevoegd gezag van een school waar de leerling is aangemeld of ingeschreven vraagt aan (WPO art. 18a lid 6c, WVO art. 17a lid 6c)"
    )]
    AanvragerSector(&'static str),
    #[error(
        "het samenwerkingsverband {0} hoort niet bij de sector van deze toelaatbaarheidsverklaring"
    )]
    SwvSector(String),
    #[error("de ingangsdatum ligt vóór de start van passend onderwijs (1 augustus 2014)")]
    VoorPassendOnderwijs,
    #[error("de ingangsdatum ligt niet na de geboortedatum")]
    VoorGeboorte,
    #[error("de einddatum van een toelaatbaarheidsverklaring is altijd 31 juli (BRON-veld 95)")]
    EindeNiet31Juli,
    #[error(
        "de toelaatbaarheidsverklaring moet minimaal 1 geheel schooljaar geldig zijn: bij ingang {ingang} eindigt ze op zijn vroegst op {minimaal} (WEC art. 40 lid 15, BRON-controle 424)"
    )]
    TeKort { ingang: Date, minimaal: Date },
    #[error(
        "het eerste advies komt van een orthopedagoog of een psycholoog (Besluit bekostiging WPO art. 34.8)"
    )]
    EersteDeskundige,
    #[error(
        "de tweede deskundige is een kinder- of jeugdpsycholoog, pedagoog, kinderpsychiater, maatschappelijk werker of arts (Besluit bekostiging WPO art. 34.8)"
    )]
    TweedeDeskundige,
    #[error(
        "twee adviezen zijn nodig, elk van een eigen deskundige: een gezamenlijk advies telt niet (LBT 18-2-2019)"
    )]
    ZelfdeDeskundige,
    #[error(
        "deskundige {0} is verbonden aan de aanvragende of de ontvangende school en is daardoor niet onafhankelijk"
    )]
    NietOnafhankelijk(String),
    #[error(
        "'{0}' is geen beschikkingsnummer: verwacht SWVCODE-JJJJ-NNNNN, zoals PO2707-2015-00042"
    )]
    Beschikkingsnummer(String),
    #[error("het volgnummer {0} past niet in vijf cijfers")]
    VolgnummerVol(u32),
    #[error("een afwijzing noemt de redenen")]
    GeenReden,
}

/// Sbo, so or vso: the three kinds of school that need a TLV from an SWV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TlvSoort {
    Sbo,
    So,
    Vso,
}

impl TlvSoort {
    pub fn parse(s: &str) -> Result<Self, TlvError> {
        match s.trim().to_ascii_lowercase().as_str() {
            "sbo" => Ok(Self::Sbo),
            "so" => Ok(Self::So),
            "vso" => Ok(Self::Vso),
            _ => Err(TlvError::Soort(s.to_string())),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sbo => "sbo",
            Self::So => "so",
            Self::Vso => "vso",
        }
    }

    /// The sector whose SWV decides: sbo and so are primair, vso voortgezet onderwijs.
    pub fn sector(self) -> Sector {
        match self {
            Self::Sbo | Self::So => Sector::Po,
            Self::Vso => Sector::Vo,
        }
    }

    pub fn schoolsoort(self) -> Schoolsoort {
        match self {
            Self::Sbo => Schoolsoort::Sbo,
            Self::So => Schoolsoort::So,
            Self::Vso => Schoolsoort::Vso,
        }
    }
}

/// The bekostigingscategorie of a (v)so TLV (R1516 art. 15, 28; BRON field 93).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Categorie {
    Laag,
    Midden,
    Hoog,
}

impl Categorie {
    pub fn parse(s: &str) -> Result<Self, TlvError> {
        match s.trim().to_ascii_lowercase().as_str() {
            "l" | "laag" | "1" => Ok(Self::Laag),
            "m" | "midden" | "2" => Ok(Self::Midden),
            "h" | "hoog" | "3" => Ok(Self::Hoog),
            _ => Err(TlvError::Categorie(s.to_string())),
        }
    }

    /// BRON code.
    pub fn code(self) -> &'static str {
        match self {
            Self::Laag => "L",
            Self::Midden => "M",
            Self::Hoog => "H",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Laag => "laag",
            Self::Midden => "midden",
            Self::Hoog => "hoog",
        }
    }
}

/// A (v)so TLV has a category; an sbo TLV has none.
pub fn toets_categorie(soort: TlvSoort, categorie: Option<Categorie>) -> Result<(), TlvError> {
    match (soort, categorie) {
        (TlvSoort::Sbo, Some(_)) => Err(TlvError::GeenCategorieBijSbo),
        (TlvSoort::So, None) => Err(TlvError::CategorieNodig("so")),
        (TlvSoort::Vso, None) => Err(TlvError::CategorieNodig("vso")),
        _ => Ok(()),
    }
}

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

/// The earliest end date: always a 31 July, covering at least one whole schooljaar
/// (WEC art. 40 lid 15). BRON controle 424: start on or before 1 August of its year →
/// end year ≥ start year + 1; after 1 August → ≥ start year + 2.
pub fn minimale_einddatum(ingang: Date) -> Date {
    let jaar = if ingang <= date(ingang.year(), 8, 1) {
        ingang.year() + 1
    } else {
        ingang.year() + 2
    };
    date(jaar, 7, 31)
}

/// Checks a TLV's period against the rules; `einde` `None` takes the earliest end date.
pub fn periode(ingang: Date, einde: Option<Date>, geboren: Date) -> Result<Date, TlvError> {
    if ingang < date(2014, 8, 1) {
        return Err(TlvError::VoorPassendOnderwijs);
    }
    if ingang <= geboren {
        return Err(TlvError::VoorGeboorte);
    }
    let minimaal = minimale_einddatum(ingang);
    let einde = einde.unwrap_or(minimaal);
    if (einde.month(), einde.day()) != (7, 31) {
        return Err(TlvError::EindeNiet31Juli);
    }
    if einde < minimaal {
        return Err(TlvError::TeKort { ingang, minimaal });
    }
    Ok(einde)
}

/// A TLV that ends within the next schooljaar: time to plan a herbeoordeling.
pub fn herbeoordeling_nodig(einde: Date, today: Date) -> bool {
    einde >= today && einde <= Schooljaar::of(today).next().end()
}

/// `PO2707-2015-00042`: SWV, year of issue, sequence number (BRON field 94).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Beschikkingsnummer {
    pub swv: SwvCode,
    pub jaar: i16,
    pub volgnummer: u32,
}

impl Beschikkingsnummer {
    pub fn new(swv: SwvCode, jaar: i16, volgnummer: u32) -> Result<Self, TlvError> {
        if volgnummer > 99_999 {
            return Err(TlvError::VolgnummerVol(volgnummer));
        }
        Ok(Self {
            swv,
            jaar,
            volgnummer,
        })
    }

    pub fn parse(s: &str) -> Result<Self, TlvError> {
        let err = || TlvError::Beschikkingsnummer(s.to_string());
        let b = s.trim().as_bytes();
        if b.len() != 17 || b[6] != b'-' || b[11] != b'-' {
            return Err(err());
        }
        let swv = SwvCode::parse(&s[0..6]).map_err(|_| err())?;
        let digits = |r: std::ops::Range<usize>| {
            s[r.clone()]
                .bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| s[r].parse::<u32>().ok())
                .flatten()
        };
        let jaar = digits(7..11).ok_or_else(err)?;
        let volgnummer = digits(12..17).ok_or_else(err)?;
        if jaar < 2014 {
            return Err(err());
        }
        Ok(Self {
            swv,
            jaar: jaar as i16,
            volgnummer,
        })
    }
}

impl fmt::Display for Beschikkingsnummer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:04}-{:05}", self.swv, self.jaar, self.volgnummer)
    }
}

/// The professions of the deskundigen (Besluit bekostiging WPO art. 34.8 and its VO twin).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Discipline {
    Orthopedagoog,
    Psycholoog,
    KinderJeugdpsycholoog,
    Pedagoog,
    Kinderpsychiater,
    MaatschappelijkWerker,
    Arts,
}

impl Discipline {
    pub const ALL: [Discipline; 7] = [
        Self::Orthopedagoog,
        Self::Psycholoog,
        Self::KinderJeugdpsycholoog,
        Self::Pedagoog,
        Self::Kinderpsychiater,
        Self::MaatschappelijkWerker,
        Self::Arts,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Orthopedagoog => "orthopedagoog",
            Self::Psycholoog => "psycholoog",
            Self::KinderJeugdpsycholoog => "kinder- of jeugdpsycholoog",
            Self::Pedagoog => "pedagoog",
            Self::Kinderpsychiater => "kinderpsychiater",
            Self::MaatschappelijkWerker => "maatschappelijk werker",
            Self::Arts => "arts",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|d| d.as_str().eq_ignore_ascii_case(s.trim()))
    }

    fn eerste(self) -> bool {
        matches!(self, Self::Orthopedagoog | Self::Psycholoog)
    }

    fn tweede(self) -> bool {
        !self.eerste()
    }
}

/// One deskundige's advice, as far as the rules look at it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advies {
    pub deskundige: String,
    pub discipline: Discipline,
    /// BRINs of the schools the deskundige works for or at.
    pub verbonden_aan: Vec<String>,
}

/// Two separate advices are needed: the first from an orthopedagoog or psycholoog, the second
/// from the list of the Besluit, each by a different, named person not attached to the
/// requesting or receiving school (`scholen`: their BRINs).
pub fn toets_adviezen(eerste: &Advies, tweede: &Advies, scholen: &[&str]) -> Result<(), TlvError> {
    if !eerste.discipline.eerste() {
        return Err(TlvError::EersteDeskundige);
    }
    if !tweede.discipline.tweede() {
        return Err(TlvError::TweedeDeskundige);
    }
    if eerste
        .deskundige
        .trim()
        .eq_ignore_ascii_case(tweede.deskundige.trim())
    {
        return Err(TlvError::ZelfdeDeskundige);
    }
    for a in [eerste, tweede] {
        if a.verbonden_aan
            .iter()
            .any(|b| scholen.contains(&b.as_str()))
        {
            return Err(TlvError::NietOnafhankelijk(a.deskundige.clone()));
        }
    }
    Ok(())
}

/// The terms of a bezwaar against a TLV decision (an Awb besluit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BezwaarKlok {
    /// Last day to lodge the objection.
    pub indienen_uiterlijk: Date,
    /// Last day for the decision on the objection (with the adviescommissie), and with the
    /// one postponement if it was used.
    pub beslissen_uiterlijk: Date,
}

pub fn bezwaar_klok(bekendgemaakt: Date, verdaagd: bool, t: &BezwaarTermijnen) -> BezwaarKlok {
    let indienen_uiterlijk = bekendgemaakt
        .checked_add((7 * i64::from(t.indienen_weken)).days())
        .unwrap_or(bekendgemaakt);
    let weken = t.beslissen_met_commissie_weken + if verdaagd { t.verdagen_weken } else { 0 };
    let beslissen_uiterlijk = indienen_uiterlijk
        .checked_add((7 * i64::from(weken)).days())
        .unwrap_or(indienen_uiterlijk);
    BezwaarKlok {
        indienen_uiterlijk,
        beslissen_uiterlijk,
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

    #[test]
    fn end_dates_cover_one_whole_schooljaar() {
        let cases = [
            (date(2026, 8, 1), date(2027, 7, 31)),
            (date(2026, 8, 2), date(2028, 7, 31)),
            (date(2026, 9, 15), date(2028, 7, 31)),
            (date(2026, 7, 31), date(2027, 7, 31)),
            (date(2027, 1, 10), date(2028, 7, 31)),
            (date(2026, 3, 1), date(2027, 7, 31)),
            (date(2028, 2, 29), date(2029, 7, 31)),
        ];
        for (ingang, einde) in cases {
            assert_eq!(minimale_einddatum(ingang), einde, "{ingang}");
        }
        let geboren = date(2015, 5, 5);
        assert_eq!(
            periode(date(2026, 9, 15), Some(date(2027, 7, 31)), geboren),
            Err(TlvError::TeKort {
                ingang: date(2026, 9, 15),
                minimaal: date(2028, 7, 31)
            })
        );
        assert_eq!(
            periode(date(2026, 9, 15), Some(date(2029, 7, 31)), geboren),
            Ok(date(2029, 7, 31))
        );
        assert_eq!(
            periode(date(2026, 9, 15), Some(date(2029, 6, 30)), geboren),
            Err(TlvError::EindeNiet31Juli)
        );
        assert_eq!(
            periode(date(2014, 7, 31), None, geboren),
            Err(TlvError::VoorPassendOnderwijs)
        );
        assert_eq!(
            periode(date(2015, 5, 5), None, geboren),
            Err(TlvError::VoorGeboorte)
        );
    }

    #[test]
    fn beschikkingsnummer_round_trips_and_rejects_bad_shapes() {
        let n = Beschikkingsnummer::new(swv("PO2707"), 2015, 42).unwrap();
        assert_eq!(n.to_string(), "PO2707-2015-00042");
        assert_eq!(Beschikkingsnummer::parse("PO2707-2015-00042").unwrap(), n);
        for bad in [
            "PO2707-2015-0042",
            "PO2707_2015-00042",
            "PO2707-2013-00042",
            "XX2707-2015-00042",
            "PO2707-20a5-00042",
            "PO2707-2015-0004Z",
            "",
        ] {
            assert!(Beschikkingsnummer::parse(bad).is_err(), "{bad}");
        }
        assert!(Beschikkingsnummer::new(swv("PO2707"), 2015, 100_000).is_err());
    }

    #[test]
    fn two_independent_advices_from_the_right_professions() {
        let a = |naam: &str, d: Discipline, brin: &[&str]| Advies {
            deskundige: naam.into(),
            discipline: d,
            verbonden_aan: brin.iter().map(|s| s.to_string()).collect(),
        };
        let scholen = ["90AA", "91XY"];
        let ok1 = a("J. de Vries", Discipline::Orthopedagoog, &[]);
        let ok2 = a("M. Bakker", Discipline::Arts, &["12AB"]);
        assert_eq!(toets_adviezen(&ok1, &ok2, &scholen), Ok(()));
        assert_eq!(
            toets_adviezen(&a("X", Discipline::Arts, &[]), &ok2, &scholen),
            Err(TlvError::EersteDeskundige)
        );
        assert_eq!(
            toets_adviezen(&ok1, &a("Y", Discipline::Psycholoog, &[]), &scholen),
            Err(TlvError::TweedeDeskundige)
        );
        assert_eq!(
            toets_adviezen(&ok1, &a("j. de vries", Discipline::Arts, &[]), &scholen),
            Err(TlvError::ZelfdeDeskundige)
        );
        assert_eq!(
            toets_adviezen(&ok1, &a("Z", Discipline::Pedagoog, &["91XY"]), &scholen),
            Err(TlvError::NietOnafhankelijk("Z".into()))
        );
    }

    #[test]
    fn categories_belong_to_so_and_vso_only() {
        assert!(toets_categorie(TlvSoort::Sbo, None).is_ok());
        assert!(toets_categorie(TlvSoort::Sbo, Some(Categorie::Laag)).is_err());
        assert!(toets_categorie(TlvSoort::Vso, None).is_err());
        assert!(toets_categorie(TlvSoort::So, Some(Categorie::Hoog)).is_ok());
        assert_eq!(Categorie::parse("M"), Ok(Categorie::Midden));
        assert!(Categorie::parse("x").is_err());
    }

    #[test]
    fn herbeoordeling_when_ending_within_the_next_schooljaar() {
        let today = date(2026, 11, 22);
        assert!(herbeoordeling_nodig(date(2027, 7, 31), today));
        assert!(herbeoordeling_nodig(date(2028, 7, 31), today));
        assert!(!herbeoordeling_nodig(date(2029, 7, 31), today));
        assert!(!herbeoordeling_nodig(date(2026, 7, 31), today));
    }

    #[test]
    fn bezwaar_terms_run_from_the_announcement() {
        let t = BezwaarTermijnen::ingebouwd();
        let k = bezwaar_klok(date(2026, 9, 1), false, t);
        assert_eq!(k.indienen_uiterlijk, date(2026, 10, 13));
        assert_eq!(k.beslissen_uiterlijk, date(2027, 1, 5));
        let v = bezwaar_klok(date(2026, 9, 1), true, t);
        assert_eq!(v.beslissen_uiterlijk, date(2027, 2, 16));
    }
}

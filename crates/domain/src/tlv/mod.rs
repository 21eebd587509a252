//! The toelaatbaarheidsverklaring (TLV) for sbo, so and vso: which SWV decides, the two
//! deskundigen, the period, the beschikkingsnummer and the bezwaar terms. RULES §2.

mod adviezen;
mod besluit;
mod bezwaar;
mod herkomst;
mod nummer;
mod periode;

pub use adviezen::{Advies, Discipline, toets_adviezen};
pub use besluit::{
    GegevenAdvies, TlvBesluit, TlvFeiten, TlvStatus, TlvUitkomst, TlvWeigering, beslis,
    uitgiftejaar,
};
pub use bezwaar::{BezwaarKlok, bezwaar_klok};
pub use herkomst::{Grond, Herkomst, VorigeSchool, beslissend_swv};
pub use nummer::Beschikkingsnummer;
pub use periode::{herbeoordeling_nodig, minimale_einddatum, periode};

use crate::codes::Sector;
use crate::schoolsoort::Schoolsoort;
use jiff::civil::Date;

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

    /// The TLV a school of this sort needs to admit a pupil: sbo (WPO art. 40 lid 8), so
    /// (WEC art. 40 lid 10), vso (WEC art. 40 lid 12); none for the other sorts.
    pub fn voor_school(school: Schoolsoort) -> Option<Self> {
        [Self::Sbo, Self::So, Self::Vso]
            .into_iter()
            .find(|s| s.schoolsoort() == school)
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_school_needs_the_tlv_of_its_own_sort() {
        assert_eq!(TlvSoort::voor_school(Schoolsoort::Vso), Some(TlvSoort::Vso));
        assert_eq!(TlvSoort::voor_school(Schoolsoort::Sbo), Some(TlvSoort::Sbo));
        assert_eq!(TlvSoort::voor_school(Schoolsoort::Bao), None);
    }
}

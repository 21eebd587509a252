//! Vso outflow: destinations, and the expected uitstroomprofiel against where pupils went.

use super::*;

/// Where a vso leaver went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bestemming {
    Vervolgonderwijs,
    Arbeidsmarkt,
    Dagbesteding,
    Onbekend,
}

impl Bestemming {
    pub const ALL: [Bestemming; 4] = [
        Self::Vervolgonderwijs,
        Self::Arbeidsmarkt,
        Self::Dagbesteding,
        Self::Onbekend,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Vervolgonderwijs => "vervolgonderwijs",
            Self::Arbeidsmarkt => "arbeidsmarkt",
            Self::Dagbesteding => "dagbesteding",
            Self::Onbekend => "onbekend",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|b| b.as_str().eq_ignore_ascii_case(s.trim()))
    }

    /// The uitstroomprofiel (WEC art. 14a) this destination belongs to.
    pub fn profiel(self) -> Option<Uitstroom> {
        match self {
            Self::Vervolgonderwijs => Some(Uitstroom::Vervolgonderwijs),
            Self::Arbeidsmarkt => Some(Uitstroom::Arbeidsmarkt),
            Self::Dagbesteding => Some(Uitstroom::Dagbesteding),
            Self::Onbekend => None,
        }
    }
}

/// The kind of vervolgonderwijs.
pub const VERVOLG_SOORTEN: [&str; 7] = [
    "entreeopleiding",
    "mbo niveau 2",
    "mbo niveau 3",
    "mbo niveau 4",
    "hbo of wo",
    "voortgezet onderwijs",
    "anders",
];

pub fn toets_uitstroom(bestemming: Bestemming, vervolg_soort: Option<&str>) -> Result<(), String> {
    match (
        bestemming,
        vervolg_soort.map(str::trim).filter(|s| !s.is_empty()),
    ) {
        (Bestemming::Vervolgonderwijs, None) => Err(format!(
            "bij vervolgonderwijs hoort de soort opleiding: {}",
            VERVOLG_SOORTEN.join(", ")
        )),
        (Bestemming::Vervolgonderwijs, Some(s)) if !VERVOLG_SOORTEN.contains(&s) => Err(format!(
            "'{s}' is geen soort vervolgonderwijs: kies uit {}",
            VERVOLG_SOORTEN.join(", ")
        )),
        (Bestemming::Vervolgonderwijs, Some(_)) | (_, None) => Ok(()),
        (_, Some(_)) => Err("alleen bij vervolgonderwijs hoort een soort opleiding".into()),
    }
}

/// Only the three vso uitstroomprofielen count as an expectation for a vso leaver.
pub fn vso_profiel(u: Option<Uitstroom>) -> Option<Uitstroom> {
    u.filter(|u| {
        matches!(
            u,
            Uitstroom::Vervolgonderwijs | Uitstroom::Arbeidsmarkt | Uitstroom::Dagbesteding
        )
    })
}

/// Does the actual destination match the profile the OPP expected? `None`: nothing to compare
/// (no vso profile expected, or destination unknown).
pub fn conform(verwacht: Option<Uitstroom>, feitelijk: Bestemming) -> Option<bool> {
    let verwacht = vso_profiel(verwacht)?;
    let feitelijk = feitelijk.profiel()?;
    Some(verwacht == feitelijk)
}

/// One row of the comparison: leavers with this expected profile, by actual destination.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vergelijking {
    /// The expected uitstroomprofiel; `None`: no OPP profile known.
    pub verwacht: Option<Uitstroom>,
    /// Counts per [`Bestemming::ALL`], in that order.
    pub feitelijk: [i64; 4],
    pub conform: i64,
    pub totaal: i64,
}

/// Compares expected and actual outflow: one row per expected profile (vervolgonderwijs,
/// arbeidsmarkt, dagbesteding, then "geen profiel"), each counted by actual destination.
pub fn vergelijk(leerlingen: &[(Option<Uitstroom>, Bestemming)]) -> Vec<Vergelijking> {
    let rijen = [
        Some(Uitstroom::Vervolgonderwijs),
        Some(Uitstroom::Arbeidsmarkt),
        Some(Uitstroom::Dagbesteding),
        None,
    ];
    rijen
        .into_iter()
        .map(|verwacht| {
            let mut rij = Vergelijking {
                verwacht,
                feitelijk: [0; 4],
                conform: 0,
                totaal: 0,
            };
            for (v, b) in leerlingen {
                let v = vso_profiel(*v);
                if v != verwacht {
                    continue;
                }
                let i = Bestemming::ALL
                    .iter()
                    .position(|x| x == b)
                    .expect("all destinations listed");
                rij.feitelijk[i] += 1;
                rij.totaal += 1;
                if conform(v, *b) == Some(true) {
                    rij.conform += 1;
                }
            }
            rij
        })
        .collect()
}

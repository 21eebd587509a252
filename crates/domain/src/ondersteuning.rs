//! Support needs and a school's offer in the terms of the Landelijk Doelgroepenmodel: five
//! domains, each with a level of ondersteuningsbehoefte from 1 (light) to 7 (heaviest).
//! The schoolondersteuningsprofiel (SOP, WPO art. 1 and art. 8 lid 5) says, per domain, up
//! to which level the school supports pupils and how many places it has for them.

use jiff::ToSpan;
use jiff::civil::Date;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OndersteuningError {
    #[error("'{0}' is geen domein van het doelgroepenmodel")]
    Domein(String),
    #[error("niveau {0} bestaat niet: het doelgroepenmodel kent niveau 1 tot en met 7")]
    Niveau(i64),
    #[error("het aantal plaatsen kan niet negatief zijn")]
    Plaatsen,
    #[error("de datum van vaststelling ligt in de toekomst")]
    Toekomst,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Domein {
    SociaalEmotioneel,
    LerenEnOntwikkelen,
    Communicatie,
    FysiekeSituatie,
    MedischeSituatie,
}

impl Domein {
    pub const ALL: [Domein; 5] = [
        Domein::SociaalEmotioneel,
        Domein::LerenEnOntwikkelen,
        Domein::Communicatie,
        Domein::FysiekeSituatie,
        Domein::MedischeSituatie,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Domein::SociaalEmotioneel => "sociaal-emotioneel",
            Domein::LerenEnOntwikkelen => "leren en ontwikkelen",
            Domein::Communicatie => "communicatie",
            Domein::FysiekeSituatie => "fysieke situatie",
            Domein::MedischeSituatie => "medische situatie",
        }
    }

    pub fn parse(s: &str) -> Result<Self, OndersteuningError> {
        Self::ALL
            .into_iter()
            .find(|d| d.as_str() == s.trim())
            .ok_or_else(|| OndersteuningError::Domein(s.to_string()))
    }
}

/// A level of ondersteuningsbehoefte, 1 to 7.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Niveau(u8);

impl Niveau {
    pub fn new(n: i64) -> Result<Self, OndersteuningError> {
        u8::try_from(n)
            .ok()
            .filter(|n| (1..=7).contains(n))
            .map(Self)
            .ok_or(OndersteuningError::Niveau(n))
    }

    pub fn value(self) -> u8 {
        self.0
    }
}

/// What a school offers in one domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Aanbod {
    pub domein: Domein,
    pub tot_niveau: Niveau,
    pub plaatsen: u32,
}

/// WPO art. 8 lid 5: the bestuur sets the SOP at least once every four years.
pub fn verouderd(vastgesteld: Date, today: Date) -> bool {
    vastgesteld.saturating_add(4.years()) < today
}

/// Whether an offer covers a child's needs: every domain in which the child needs support
/// is offered up to at least that level, with a place free.
pub fn dekt(aanbod: &[Aanbod], behoeften: &[(Domein, Niveau)]) -> bool {
    behoeften.iter().all(|(domein, niveau)| {
        aanbod
            .iter()
            .any(|a| a.domein == *domein && a.tot_niveau >= *niveau && a.plaatsen > 0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn levels_and_domains() {
        assert!(Niveau::new(0).is_err() && Niveau::new(8).is_err());
        assert_eq!(Niveau::new(7).unwrap().value(), 7);
        for d in Domein::ALL {
            assert_eq!(Domein::parse(d.as_str()), Ok(d));
        }
        assert!(Domein::parse("motoriek").is_err());
    }

    #[test]
    fn an_sop_older_than_four_years_is_out_of_date() {
        assert!(!verouderd(date(2022, 11, 22), date(2026, 11, 22)));
        assert!(verouderd(date(2022, 11, 21), date(2026, 11, 22)));
    }

    #[test]
    fn coverage_needs_every_domain_at_level_and_a_place() {
        let n = |x| Niveau::new(x).unwrap();
        let aanbod = [
            Aanbod {
                domein: Domein::LerenEnOntwikkelen,
                tot_niveau: n(4),
                plaatsen: 2,
            },
            Aanbod {
                domein: Domein::Communicatie,
                tot_niveau: n(6),
                plaatsen: 0,
            },
        ];
        assert!(dekt(&aanbod, &[(Domein::LerenEnOntwikkelen, n(3))]));
        assert!(
            !dekt(&aanbod, &[(Domein::LerenEnOntwikkelen, n(5))]),
            "level too high"
        );
        assert!(!dekt(&aanbod, &[(Domein::Communicatie, n(2))]), "no place");
        assert!(!dekt(
            &aanbod,
            &[
                (Domein::LerenEnOntwikkelen, n(3)),
                (Domein::MedischeSituatie, n(1))
            ]
        ));
        assert!(dekt(&aanbod, &[]));
    }
}

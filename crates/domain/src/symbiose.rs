//! Symbiose: a (v)so pupil follows part of the programme at a regular school, under a written
//! agreement between the boards (Besluit bekostiging WEC / ObWEC art. 1, 11, 12; RULES §5.4).

use crate::richtlijnen::SymbioseRichtlijn;
use crate::schooljaar::Schooljaar;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SymbioseError {
    #[error(
        "symbiose is ten minste 180 minuten per week onderwijs op de andere school; {0} minuten is te weinig (ObWEC art. 11)"
    )]
    TeWeinigMinuten(u32),
    #[error(
        "een symbiose-overeenkomst wordt aangegaan voor ten minste 2 aaneengesloten schooljaren (ObWEC art. 12)"
    )]
    TeKort,
    #[error("de overeenkomst noemt de vakken met hun lesuren per week (ObWEC art. 12)")]
    GeenVakken,
    #[error(
        "het weekrooster ({totaal} minuten) is kleiner dan de minuten op de andere school ({regulier})"
    )]
    RoosterTeKlein { regulier: u32, totaal: u32 },
    #[error(
        "de andere school geeft {procent}% van de lesuren, meer dan de richtlijn van {max}%: leg uit waarom (pas toe of leg uit, inspectie)"
    )]
    UitlegNodig { procent: u32, max: u32 },
    #[error(
        "de overeenkomst legt vast hoe de (v)so-school aanwezig is of begeleidt (ObWEC art. 12)"
    )]
    BegeleidingNodig,
}

pub struct Overeenkomst<'a> {
    pub van: Schooljaar,
    pub tot: Schooljaar,
    /// (vak, minutes per week) at the regular school.
    pub vakken: &'a [(String, u32)],
    /// The pupil's whole weekly programme, in minutes.
    pub rooster_minuten: u32,
    pub begeleiding: &'a str,
    pub uitleg: Option<&'a str>,
}

impl Overeenkomst<'_> {
    pub fn minuten_regulier(&self) -> u32 {
        self.vakken.iter().map(|(_, m)| m).sum()
    }

    /// The regular school's share of the weekly hours, rounded up to whole percents.
    pub fn procent_regulier(&self) -> u32 {
        if self.rooster_minuten == 0 {
            return 100;
        }
        (self.minuten_regulier() * 100).div_ceil(self.rooster_minuten)
    }
}

pub fn toets(o: &Overeenkomst, richtlijn: &SymbioseRichtlijn) -> Result<(), SymbioseError> {
    if o.vakken.is_empty() {
        return Err(SymbioseError::GeenVakken);
    }
    let regulier = o.minuten_regulier();
    if regulier < 180 {
        return Err(SymbioseError::TeWeinigMinuten(regulier));
    }
    if o.tot < o.van.next() {
        return Err(SymbioseError::TeKort);
    }
    if o.rooster_minuten < regulier {
        return Err(SymbioseError::RoosterTeKlein {
            regulier,
            totaal: o.rooster_minuten,
        });
    }
    if o.begeleiding.trim().is_empty() {
        return Err(SymbioseError::BegeleidingNodig);
    }
    let procent = o.procent_regulier();
    let max = richtlijn.max_regulier_procent;
    if procent > max && o.uitleg.is_none_or(|u| u.trim().is_empty()) {
        return Err(SymbioseError::UitlegNodig { procent, max });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::richtlijnen::Richtlijnen;

    fn check(
        minuten: &[u32],
        jaren: i16,
        rooster: u32,
        uitleg: Option<&str>,
    ) -> Result<(), SymbioseError> {
        let vakken: Vec<(String, u32)> = minuten
            .iter()
            .map(|m| ("rekenen".to_string(), *m))
            .collect();
        let van = Schooljaar::starting_in(2026);
        let o = Overeenkomst {
            van,
            tot: Schooljaar::starting_in(2026 + jaren - 1),
            vakken: &vakken,
            rooster_minuten: rooster,
            begeleiding: "ambulant begeleider 1 uur per week",
            uitleg,
        };
        toets(&o, &Richtlijnen::ingebouwd().symbiose)
    }

    #[test]
    fn minutes_years_and_the_sixty_percent_guideline() {
        assert_eq!(check(&[180], 2, 1500, None), Ok(()));
        assert_eq!(
            check(&[90, 89], 2, 1500, None),
            Err(SymbioseError::TeWeinigMinuten(179))
        );
        assert_eq!(check(&[180], 1, 1500, None), Err(SymbioseError::TeKort));
        assert_eq!(check(&[600], 3, 1000, None), Ok(()));
        assert_eq!(
            check(&[700], 2, 1000, None),
            Err(SymbioseError::UitlegNodig {
                procent: 70,
                max: 60
            })
        );
        assert_eq!(
            check(&[700], 2, 1000, Some("terugplaatsing voorbereiden")),
            Ok(())
        );
        assert_eq!(
            check(&[601], 2, 1000, None),
            Err(SymbioseError::UitlegNodig {
                procent: 61,
                max: 60
            })
        );
        assert_eq!(check(&[], 2, 1000, None), Err(SymbioseError::GeenVakken));
    }
}

//! Definitive verwijdering, per law: who is heard, for whom another school must be willing,
//! and when the inspectie is consulted (RULES.md §1.1 lid 11, §5.2; the statutes in
//! ../shared/data/law/). The pupil's own voice is checked in [`super::maatregel`].

use crate::leerplicht::Plicht;

/// The law the school falls under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wet {
    Wpo,
    Wec,
    Wvo,
}

impl Wet {
    /// `vo` and `pro` under the WVO, `so` and `vso` under the WEC, the rest (`bao`, `po`,
    /// `sbo`) under the WPO.
    pub fn van(schoolsoort: &str) -> Wet {
        match schoolsoort {
            "vo" | "pro" => Wet::Wvo,
            "so" | "vso" => Wet::Wec,
            _ => Wet::Wpo,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerwijderingError {
    #[error("vóór een besluit tot verwijdering hoort het bevoegd gezag de betrokken leraar ({0})")]
    LeraarNietGehoord(&'static str),
    #[error("een besluit tot verwijdering wordt genomen met opgave van redenen ({0})")]
    GeenReden(&'static str),
    #[error("vóór een besluit tot verwijdering worden de ouders gehoord ({0})")]
    OudersNietGehoord(&'static str),
    #[error(
        "definitieve verwijdering pas als een andere school bereid is de leerling toe te laten ({0})"
    )]
    GeenAndereSchool(&'static str),
    #[error(
        "een leerplichtige leerling in het voortgezet onderwijs wordt pas verwijderd na overleg met de inspectie (IbWVO art. 14 lid 2)"
    )]
    GeenOverlegInspectie,
}

/// What is known when a verwijdering is to be made definitive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verwijdering {
    pub wet: Wet,
    /// The duty under the Leerplichtwet 1969 on the day of the verwijdering, if any.
    pub plicht: Option<Plicht>,
    /// Younger than 18 on that day.
    pub minderjarig: bool,
    pub leraar_gehoord: bool,
    pub ouders_gehoord: bool,
    pub andere_school_bereid: bool,
    pub overleg_inspectie: bool,
    pub reden_gegeven: bool,
}

/// WPO art. 40 lid 11 and art. 63 lid 2; WEC art. 40 lid 18 and art. 61 lid 2; WVO art. 27
/// lid 1 with IbWVO art. 14 and 15. Art. 63/61 (reasons, the parents heard) bind the
/// bijzondere school; passend does not know a school's denominatie, and an openbare school's
/// verwijdering is a besluit under the Awb (art. 3:46 reasons, art. 4:8 hearing; the Awb is
/// not in ../shared/data/law), so both are asked of every PO and (v)so school.
pub fn toets_verwijdering(v: &Verwijdering) -> Result<(), VerwijderingError> {
    use VerwijderingError::*;
    // "Leerling waarop de Leerplichtwet 1969 van toepassing is" (WVO 27 lid 1, WEC 40 lid
    // 18): leerplicht and kwalificatieplicht; IbWVO 14 lid 2 names only the leerplichtige.
    let lpw = v.plicht.is_some();
    let (leraar, reden, ouders, andere) = match v.wet {
        Wet::Wpo => (
            Some("WPO art. 40 lid 11"),
            "WPO art. 63 lid 2",
            Some("WPO art. 63 lid 2"),
            Some("WPO art. 40 lid 11, voor elke leerling"),
        ),
        Wet::Wec => (
            Some("WEC art. 40 lid 18"),
            "WEC art. 61 lid 2",
            Some("WEC art. 61 lid 2"),
            // The cluster 1/2 exception (8 weeks of demonstrable unsuccessful search) is
            // not recorded in passend: refused, with the reason named.
            lpw.then_some("WEC art. 40 lid 18, voor een leerling op wie de Leerplichtwet 1969 van toepassing is; de uitzondering voor cluster 1 en 2 na 8 weken aantoonbaar zoeken kan passend niet vastleggen"),
        ),
        Wet::Wvo => (
            None,
            "IbWVO art. 14 lid 3 en art. 15 lid 1",
            v.minderjarig
                .then_some("IbWVO art. 14 lid 1, leerling jonger dan 18 jaar"),
            lpw.then_some(
                "WVO art. 27 lid 1, voor een leerling op wie de Leerplichtwet 1969 van toepassing is",
            ),
        ),
    };
    match leraar {
        Some(a) if !v.leraar_gehoord => return Err(LeraarNietGehoord(a)),
        _ => {}
    }
    if !v.reden_gegeven {
        return Err(GeenReden(reden));
    }
    match ouders {
        Some(a) if !v.ouders_gehoord => return Err(OudersNietGehoord(a)),
        _ => {}
    }
    match andere {
        Some(a) if !v.andere_school_bereid => return Err(GeenAndereSchool(a)),
        _ => {}
    }
    if v.wet == Wet::Wvo && v.plicht == Some(Plicht::Leerplicht) && !v.overleg_inspectie {
        return Err(GeenOverlegInspectie);
    }
    Ok(())
}

#[cfg(test)]
#[path = "verwijdering_tests.rs"]
mod tests;

//! The binding decision at the last step of the SWV's escalation ladder (doorzettingsmacht,
//! a regional agreement, not a statute: RULES §5.6) as one procedure: the case's facts go
//! in, the decision's text (or why it may not be taken) comes out. The decision is a step of
//! the case, not its end: the case is resolved only when the child attends again
//! ([`super::opgelost_door`]).

/// What the decision depends on.
#[derive(Debug, Clone)]
pub struct Zaakfeiten<'a> {
    /// The SWV that holds the case.
    pub swv: &'a str,
    /// The SWV the requester may decide for (its own, as staff).
    pub beslist_voor: Option<&'a str>,
    /// The step the case is at (0-based) and its name.
    pub stap: usize,
    pub stap_naam: &'a str,
    pub laatste_stap: bool,
    pub opgelost: bool,
    /// The case already has its binding decision.
    pub beslist: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BesluitError {
    #[error("het bindende besluit wordt vastgelegd door het samenwerkingsverband {0}")]
    AnderSwv(String),
    #[error(
        "een bindend besluit hoort bij de laatste stap van de ladder; deze zaak is bij stap {stap} ({naam})"
    )]
    NietLaatsteStap { stap: usize, naam: String },
    #[error("deze zaak is al afgesloten")]
    Opgelost,
    #[error("beschrijf het besluit: welke school of welk aanbod, vanaf wanneer")]
    Leeg,
    #[error(
        "over deze zaak is al bindend besloten; zij blijft open tot het kind weer naar school gaat"
    )]
    AlBeslist,
}

/// The decision's text, trimmed, when it may be taken.
pub fn beslis<'b>(z: &Zaakfeiten, besluit: &'b str) -> Result<&'b str, BesluitError> {
    if z.beslist_voor != Some(z.swv) {
        return Err(BesluitError::AnderSwv(z.swv.to_string()));
    }
    if z.opgelost {
        return Err(BesluitError::Opgelost);
    }
    if z.beslist {
        return Err(BesluitError::AlBeslist);
    }
    if !z.laatste_stap {
        return Err(BesluitError::NietLaatsteStap {
            stap: z.stap + 1,
            naam: z.stap_naam.to_string(),
        });
    }
    let besluit = besluit.trim();
    if besluit.is_empty() {
        return Err(BesluitError::Leeg);
    }
    Ok(besluit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_holding_swv_at_the_last_step() {
        let z = Zaakfeiten {
            swv: "PO2001",
            beslist_voor: Some("PO2001"),
            stap: 3,
            stap_naam: "doorzettingsmacht",
            laatste_stap: true,
            opgelost: false,
            beslist: false,
        };
        assert_eq!(
            beslis(&z, " plaatsing op De Boog ").unwrap(),
            "plaatsing op De Boog"
        );
        assert_eq!(beslis(&z, " "), Err(BesluitError::Leeg));
        let ander = Zaakfeiten {
            beslist_voor: Some("PO2002"),
            ..z.clone()
        };
        assert_eq!(
            beslis(&ander, "x"),
            Err(BesluitError::AnderSwv("PO2001".into()))
        );
        let vroeg = Zaakfeiten {
            laatste_stap: false,
            stap: 1,
            stap_naam: "overleg",
            ..z.clone()
        };
        assert_eq!(
            beslis(&vroeg, "x").unwrap_err().to_string(),
            "een bindend besluit hoort bij de laatste stap van de ladder; deze zaak is bij stap 2 (overleg)"
        );
        let klaar = Zaakfeiten {
            opgelost: true,
            ..z.clone()
        };
        assert_eq!(beslis(&klaar, "x"), Err(BesluitError::Opgelost));
        let beslist = Zaakfeiten { beslist: true, ..z };
        assert_eq!(beslis(&beslist, "x"), Err(BesluitError::AlBeslist));
    }
}

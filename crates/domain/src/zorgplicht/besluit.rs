//! The decision on an aanmelding and the conditions the law sets on it.

use super::brief::brief;
use jiff::civil::Date;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BesluitError {
    #[error(
        "een leerling die extra ondersteuning nodig heeft, mag pas worden geweigerd als een andere school schriftelijk bereid is hem toe te laten (WPO art. 40 lid 4, WVO art. 27 lid 2c, WEC art. 40 lid 5): leg die school en de datum vast"
    )]
    GeenAndereSchool,
    #[error(
        "de school die bereid is toe te laten moet een andere school zijn dan de school van aanmelding"
    )]
    ZelfdeSchool,
    #[error("de bereidverklaring van {bereid} ligt na het besluit ({besluit})")]
    BereidNaBesluit { bereid: Date, besluit: Date },
    #[error("{0} geldt alleen in het voortgezet onderwijs (WVO art. 27 lid 2d en 2g)")]
    AlleenVo(&'static str),
    #[error("geef de reden van de uitzondering")]
    GeenReden,
    /// The child's voice is part of the decision (the product's rule, DESIGN.md "the child's
    /// own voice"): what it said, or why it was not heard.
    #[error("leg vast wat het kind heeft gezegd, of waarom het niet is gehoord")]
    GeenStemKind,
    /// The willingness must come from a real vestiging of the register (WPO art. 40 lid 4).
    #[error("{0} is geen vestiging in het register: kies de school die bereid is")]
    OnbekendeSchool(String),
    #[error(
        "vraag eerst deze school of zij bereid is de leerling toe te laten (WPO art. 40 lid 4, WVO art. 27 lid 2c, WEC art. 40 lid 5)"
    )]
    NietGevraagd,
    #[error("de gevraagde school heeft nog niet geantwoord; weigeren kan pas na haar ja")]
    GeenAntwoord,
    #[error("de gevraagde school is niet bereid de leerling toe te laten; weigeren kan zo niet")]
    NietBereid,
    #[error("de termijn voor het antwoord is verstreken op {}", super::bereidheid::nl(.0))]
    TermijnVerstreken(Date),
    #[error("deze vraag is al beantwoord")]
    AlBeantwoord,
    #[error("de datum van het antwoord ligt niet tussen de vraag en vandaag")]
    AntwoordDatum,
    #[error("beschrijf de ondersteuningsbehoefte die de ouders laten delen")]
    GeenOndersteuningsbehoefte,
    #[error("de ouders moeten hebben ingestemd met het delen van de ondersteuningsbehoefte")]
    GeenInstemmingOuders,
}

/// A statutory exception: the zorgplicht does not apply (WPO 40 lid 5, WVO 27 lid 2d).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Uitzondering {
    /// Geen plaatsruimte.
    GeenPlaatsruimte,
    /// The parents refuse to respect the grondslag of the school.
    Grondslag,
    /// VO: the pupil does not meet the admission requirements (niveau, advies).
    Toelatingsvoorwaarden,
}

/// What the school decides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Besluit {
    /// Admitted at this school, with or without extra support.
    Toegelaten { extra_ondersteuning: bool },
    /// Refused: another school is willing to admit (named, with the date of its willingness).
    ElderToegelaten {
        andere_school: String,
        bereid_op: Option<Date>,
    },
    /// The child goes towards special education: the school requests a TLV.
    TlvRoute,
    /// VO: an incomplete registration is not handled (WVO 27 lid 2g).
    NietBehandeld,
    /// One of the statutory exceptions, with its reason.
    Uitzondering { soort: Uitzondering, reden: String },
}

/// Checks a decision for a child whose support need the school assessed.
pub fn toets_besluit(
    besluit: &Besluit,
    school_van_aanmelding: &str,
    extra_ondersteuning_nodig: bool,
    vo: bool,
    besluit_datum: Date,
) -> Result<(), BesluitError> {
    match besluit {
        Besluit::Toegelaten { .. } | Besluit::TlvRoute => Ok(()),
        Besluit::ElderToegelaten {
            andere_school,
            bereid_op,
        } => {
            if andere_school.trim() == school_van_aanmelding {
                return Err(BesluitError::ZelfdeSchool);
            }
            match bereid_op {
                _ if andere_school.trim().is_empty() && extra_ondersteuning_nodig => {
                    Err(BesluitError::GeenAndereSchool)
                }
                None if extra_ondersteuning_nodig => Err(BesluitError::GeenAndereSchool),
                Some(bereid) if *bereid > besluit_datum => Err(BesluitError::BereidNaBesluit {
                    bereid: *bereid,
                    besluit: besluit_datum,
                }),
                _ => Ok(()),
            }
        }
        Besluit::NietBehandeld if !vo => Err(BesluitError::AlleenVo(
            "niet behandelen van een onvolledige aanmelding",
        )),
        Besluit::NietBehandeld => Ok(()),
        Besluit::Uitzondering { soort, reden } => {
            if *soort == Uitzondering::Toelatingsvoorwaarden && !vo {
                return Err(BesluitError::AlleenVo("weigeren op toelatingsvoorwaarden"));
            }
            if reden.trim().is_empty() {
                return Err(BesluitError::GeenReden);
            }
            Ok(())
        }
    }
}

/// Everything the decision reads about a registration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AanmeldingFeiten<'a> {
    /// The vestiging code of the school of aanmelding.
    pub school: &'a str,
    /// Its name, for the letter.
    pub school_naam: &'a str,
    /// The school assessed that the child needs extra support.
    pub extra_ondersteuning_nodig: bool,
    /// The school is voortgezet onderwijs (vo, pro, vso).
    pub vo: bool,
}

/// A checked decision and what to store: its code, its fields, the letter and the child's
/// voice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AanmeldingUitkomst {
    pub code: &'static str,
    pub andere_school: Option<String>,
    pub bereid_op: Option<Date>,
    pub reden: Option<String>,
    pub brief: String,
    pub stem_kind: String,
}

/// Decides on a registration on `vandaag`: the child's voice is on record, the decision
/// passes [`toets_besluit`] (WPO art. 40 lid 4–5, WVO art. 27 lid 2c–2g, WEC art. 40 lid 5),
/// and the parents get a letter naming their rights ([`brief`]).
pub fn beslis(
    feiten: &AanmeldingFeiten<'_>,
    besluit: &Besluit,
    stem_kind: &str,
    vandaag: Date,
) -> Result<AanmeldingUitkomst, BesluitError> {
    if stem_kind.trim().is_empty() {
        return Err(BesluitError::GeenStemKind);
    }
    toets_besluit(
        besluit,
        feiten.school,
        feiten.extra_ondersteuning_nodig,
        feiten.vo,
        vandaag,
    )?;
    let (andere_school, bereid_op, reden) = match besluit {
        Besluit::ElderToegelaten {
            andere_school,
            bereid_op,
        } => (Some(andere_school.clone()), *bereid_op, None),
        Besluit::Uitzondering { reden, .. } => (None, None, Some(reden.clone())),
        _ => (None, None, None),
    };
    Ok(AanmeldingUitkomst {
        code: besluit.code(),
        andere_school,
        bereid_op,
        reden,
        brief: brief(besluit, feiten.school_naam, vandaag),
        stem_kind: stem_kind.trim().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn refusal_of_a_child_needing_support_needs_another_school() {
        let d = date(2026, 2, 10);
        let zonder = Besluit::ElderToegelaten {
            andere_school: "90AB00".into(),
            bereid_op: None,
        };
        assert_eq!(
            toets_besluit(&zonder, "90AA00", true, false, d),
            Err(BesluitError::GeenAndereSchool)
        );
        let met = Besluit::ElderToegelaten {
            andere_school: "90AB00".into(),
            bereid_op: Some(date(2026, 2, 3)),
        };
        assert_eq!(toets_besluit(&met, "90AA00", true, false, d), Ok(()));
        let later = Besluit::ElderToegelaten {
            andere_school: "90AB00".into(),
            bereid_op: Some(date(2026, 2, 11)),
        };
        assert!(matches!(
            toets_besluit(&later, "90AA00", true, false, d),
            Err(BesluitError::BereidNaBesluit { .. })
        ));
        let zelf = Besluit::ElderToegelaten {
            andere_school: "90AA00".into(),
            bereid_op: Some(d),
        };
        assert_eq!(
            toets_besluit(&zelf, "90AA00", true, false, d),
            Err(BesluitError::ZelfdeSchool)
        );
        // Without a support need the willingness is not required by art. 40 lid 4.
        assert_eq!(toets_besluit(&zonder, "90AA00", false, false, d), Ok(()));
    }

    #[test]
    fn exceptions_and_vo_only_outcomes() {
        let d = date(2026, 2, 10);
        let vol = Besluit::Uitzondering {
            soort: Uitzondering::GeenPlaatsruimte,
            reden: "groep 3 vol (28)".into(),
        };
        assert_eq!(toets_besluit(&vol, "x", true, false, d), Ok(()));
        let leeg = Besluit::Uitzondering {
            soort: Uitzondering::Grondslag,
            reden: " ".into(),
        };
        assert_eq!(
            toets_besluit(&leeg, "x", true, false, d),
            Err(BesluitError::GeenReden)
        );
        let niveau = Besluit::Uitzondering {
            soort: Uitzondering::Toelatingsvoorwaarden,
            reden: "advies vmbo-b".into(),
        };
        assert!(matches!(
            toets_besluit(&niveau, "x", true, false, d),
            Err(BesluitError::AlleenVo(_))
        ));
        assert_eq!(toets_besluit(&niveau, "x", true, true, d), Ok(()));
        assert!(toets_besluit(&Besluit::NietBehandeld, "x", false, false, d).is_err());
        assert!(toets_besluit(&Besluit::NietBehandeld, "x", false, true, d).is_ok());
    }

    #[test]
    fn beslis_checks_the_voice_and_the_law_and_returns_what_to_store() {
        let d = date(2026, 2, 10);
        let feiten = AanmeldingFeiten {
            school: "90AA00",
            school_naam: "De Regenboog",
            extra_ondersteuning_nodig: true,
            vo: false,
        };
        let elders = Besluit::ElderToegelaten {
            andere_school: "90AB00".into(),
            bereid_op: Some(date(2026, 2, 3)),
        };
        let refusals = [
            (elders.clone(), " ", BesluitError::GeenStemKind),
            (
                Besluit::ElderToegelaten {
                    andere_school: "90AB00".into(),
                    bereid_op: None,
                },
                "wil graag",
                BesluitError::GeenAndereSchool,
            ),
            (
                Besluit::NietBehandeld,
                "wil graag",
                BesluitError::AlleenVo("niet behandelen van een onvolledige aanmelding"),
            ),
        ];
        for (besluit, stem, fout) in refusals {
            assert_eq!(beslis(&feiten, &besluit, stem, d), Err(fout), "{besluit:?}");
        }
        let u = beslis(&feiten, &elders, "  wil graag naar 90AB00 ", d).unwrap();
        assert_eq!(
            (u.code, u.andere_school.as_deref(), u.bereid_op, u.reden),
            (
                "elders toegelaten",
                Some("90AB00"),
                Some(date(2026, 2, 3)),
                None
            )
        );
        assert_eq!(u.stem_kind, "wil graag naar 90AB00");
        assert_eq!(u.brief, brief(&elders, "De Regenboog", d));
        let vol = Besluit::Uitzondering {
            soort: Uitzondering::GeenPlaatsruimte,
            reden: "groep 3 vol".into(),
        };
        let u = beslis(&feiten, &vol, "gehoord", d).unwrap();
        assert_eq!(
            (u.code, u.reden.as_deref()),
            ("geen plaatsruimte", Some("groep 3 vol"))
        );
    }
}

//! Governance: the ondersteuningsplan, OOGO, OPR consent, disputes and vso outflow (RULES §1.4, §2.5, §6.1).
//!
//! Pure rules: the plan's period, the conditions for marking it final (vaststellen), the
//! submission deadline to the inspectie, the geschillencommissie's term, and the comparison of
//! the vso uitstroomprofiel an OPP expected with where the pupil went.

use crate::opp::Uitstroom;
use crate::schooljaar::Schooljaar;
use jiff::ToSpan;
use jiff::civil::{Date, date};

/// An ondersteuningsplan covers at most four schooljaren: the SWV sets one "ten minste eens in
/// de vier jaar" (WPO art. 18a, WVO art. 17a; RULES §6.1).
pub const MAX_SCHOOLJAREN: i16 = 4;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("het laatste schooljaar ({tot}) ligt voor het eerste ({van})")]
    Omgekeerd { van: Schooljaar, tot: Schooljaar },
    #[error(
        "een ondersteuningsplan geldt voor ten hoogste vier schooljaren (WPO art. 18a, WVO art. 17a); {van} tot en met {tot} zijn er {aantal}"
    )]
    TeLang {
        van: Schooljaar,
        tot: Schooljaar,
        aantal: i16,
    },
}

/// The number of schooljaren from `van` up to and including `tot`.
pub fn aantal_schooljaren(van: Schooljaar, tot: Schooljaar) -> i16 {
    tot.start().year() - van.start().year() + 1
}

/// Checks the period a version of the plan covers.
pub fn toets_periode(van: Schooljaar, tot: Schooljaar) -> Result<(), PlanError> {
    let aantal = aantal_schooljaren(van, tot);
    if aantal < 1 {
        return Err(PlanError::Omgekeerd { van, tot });
    }
    if aantal > MAX_SCHOOLJAREN {
        return Err(PlanError::TeLang { van, tot, aantal });
    }
    Ok(())
}

/// The last day to send the plan to the inspectie: it goes "voor 1 mei voorafgaand aan het
/// eerste schooljaar" it covers (WPO art. 18a, WVO art. 17a; RULES §6.1), so 30 April of the
/// calendar year in which that schooljaar starts.
pub fn indienen_uiterlijk(eerste: Schooljaar) -> Date {
    date(eerste.start().year(), 4, 30)
}

/// Whether a submission on `ingediend` is on time for a plan starting in `eerste`.
pub fn tijdig_ingediend(eerste: Schooljaar, ingediend: Date) -> bool {
    ingediend <= indienen_uiterlijk(eerste)
}

/// The contents the plan must describe (WPO art. 18a lid 8 a–j, WVO art. 17a lid 8 a–h; the
/// lwoo parts i–j of WVO apply only when used and are not asked). Each is free text; empty
/// means missing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inhoud<'a> {
    pub basisondersteuning: &'a str,
    pub extra_ondersteuning: &'a str,
    pub middelen: &'a str,
    pub tlv_procedure: &'a str,
    pub ouders: &'a str,
    /// How the plan's goals are measured.
    pub doelen: &'a str,
    /// Lid 8 d: return or transfer of pupils from (v)so to regular education.
    pub terugplaatsing: &'a str,
    /// Lid 8 g-j (PO) / g-h (VO): how growth situations are established and each school's
    /// share in the transfers.
    pub overdrachten: &'a str,
    /// The number of the plan's own targets (each linked to a figure).
    pub streefwaarden: usize,
}

/// The outcome of op overeenstemming gericht overleg (OOGO) with one gemeente. Agreement is
/// not required: the law requires that the overleg has been held, so "geen overeenstemming"
/// also counts, with the disagreements recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OogoUitkomst {
    Overeenstemming,
    GeenOvereenstemming,
}

impl OogoUitkomst {
    pub const ALL: [OogoUitkomst; 2] = [Self::Overeenstemming, Self::GeenOvereenstemming];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Overeenstemming => "overeenstemming",
            Self::GeenOvereenstemming => "geen overeenstemming",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|u| u.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// The OPR's vote on a version of the plan (instemmingsrecht of the ondersteuningsplanraad).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stemming {
    pub voor: i64,
    pub tegen: i64,
    pub onthouding: i64,
}

impl Stemming {
    /// Consent: more votes for than against. Abstentions do not count either way.
    pub fn ingestemd(self) -> bool {
        self.voor > self.tegen
    }

    pub fn geldig(self) -> bool {
        self.voor >= 0 && self.tegen >= 0 && self.onthouding >= 0 && self.voor + self.tegen > 0
    }
}

/// What still stands in the way of marking a version final, in Dutch, one line each.
/// Empty: the plan can be vastgesteld.
pub fn ontbreekt_voor_vaststelling(
    inhoud: &Inhoud<'_>,
    gemeenten_regio: &[(String, String)],
    oogo_gehouden: &[String],
    overlappend: &[String],
    overleg_gehouden: &[String],
    opr: Option<Stemming>,
) -> Vec<String> {
    let mut out = Vec::new();
    for (tekst, wat) in [
        (
            inhoud.basisondersteuning,
            "hoe de basisondersteuning is georganiseerd",
        ),
        (
            inhoud.extra_ondersteuning,
            "hoe de extra ondersteuning is georganiseerd",
        ),
        (inhoud.middelen, "de verdeling van de middelen"),
        (
            inhoud.tlv_procedure,
            "de procedure en criteria voor toelaatbaarheidsverklaringen",
        ),
        (inhoud.ouders, "hoe ouders worden geïnformeerd"),
        (inhoud.doelen, "de doelen en hoe die worden gemeten"),
        (
            inhoud.terugplaatsing,
            "de terugplaatsing of overplaatsing vanuit het (voortgezet) speciaal onderwijs",
        ),
        (
            inhoud.overdrachten,
            "hoe groei wordt vastgesteld en wat het aandeel van de scholen in de overdrachten is",
        ),
    ] {
        if tekst.trim().is_empty() {
            out.push(format!("het plan beschrijft nog niet {wat}"));
        }
    }
    if inhoud.streefwaarden == 0 {
        out.push("het plan noemt nog geen eigen streefwaarde bij een kengetal".into());
    }
    for (code, naam) in gemeenten_regio {
        if !oogo_gehouden.iter().any(|g| g == code) {
            out.push(format!(
                "nog geen op overeenstemming gericht overleg met de gemeente {naam}"
            ));
        }
    }
    // Lid 9: also overleg with each SWV of the other sector whose area overlaps.
    for swv in overlappend {
        if !overleg_gehouden.iter().any(|g| g == swv) {
            out.push(format!("nog geen overleg met samenwerkingsverband {swv}"));
        }
    }
    match opr {
        None => out.push("de ondersteuningsplanraad heeft nog niet ingestemd".into()),
        Some(s) if !s.ingestemd() => {
            out.push("de ondersteuningsplanraad heeft niet ingestemd".into())
        }
        Some(_) => {}
    }
    out
}

/// The geschillencommissie gives its oordeel within a number of weeks of receiving the
/// dispute (10 in WPO art. 43 / WEC art. 45 / WVO art. 27c as of 2015; the term is kept as
/// data in `richtlijnen.json` because the commission's later form is not verified).
pub fn oordeel_uiterlijk(ontvangen: Date, weken: u32) -> Date {
    ontvangen
        .checked_add(i64::from(weken).weeks())
        .unwrap_or(ontvangen)
}

/// What a dispute or referral is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GeschilSoort {
    /// Toelating after an aanmelding (WPO art. 40, geschillencommissie).
    Toelating,
    Verwijdering,
    /// The ontwikkelingsperspectief (WPO art. 40a).
    Opp,
    /// A referral to an onderwijsconsulent (mediation; no term in the law).
    Onderwijsconsulent,
}

impl GeschilSoort {
    pub const ALL: [GeschilSoort; 4] = [
        Self::Toelating,
        Self::Verwijdering,
        Self::Opp,
        Self::Onderwijsconsulent,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Toelating => "toelating",
            Self::Verwijdering => "verwijdering",
            Self::Opp => "opp",
            Self::Onderwijsconsulent => "onderwijsconsulent",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|g| g.as_str().eq_ignore_ascii_case(s.trim()))
    }

    pub fn omschrijving(self) -> &'static str {
        match self {
            Self::Toelating => "geschil over toelating (geschillencommissie)",
            Self::Verwijdering => "geschil over verwijdering (geschillencommissie)",
            Self::Opp => "geschil over het ontwikkelingsperspectief (geschillencommissie)",
            Self::Onderwijsconsulent => "verwijzing naar een onderwijsconsulent",
        }
    }

    /// Goes to the geschillencommissie (with its term for an oordeel).
    pub fn geschillencommissie(self) -> bool {
        self != Self::Onderwijsconsulent
    }
}

/// The board tells parents and the commission what it does with the oordeel and motivates a
/// deviation (BbWPO art. 34.9 lid 8; RULES §1.4).
pub fn toets_reactie_bestuur(volgt_oordeel: bool, motivering: &str) -> Result<(), String> {
    if !volgt_oordeel && motivering.trim().is_empty() {
        return Err(
            "het bestuur motiveert waarom het van het oordeel afwijkt (Besluit bekostiging WPO art. 34.9 lid 8)"
                .into(),
        );
    }
    Ok(())
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn sj(s: &str) -> Schooljaar {
        Schooljaar::parse(s).unwrap()
    }

    #[test]
    fn a_plan_covers_one_to_four_schooljaren() {
        for (van, tot, ok) in [
            ("2026-2027", "2026-2027", true),
            ("2026-2027", "2029-2030", true),
            ("2026-2027", "2030-2031", false),
            ("2026-2027", "2025-2026", false),
            ("2022-2023", "2025-2026", true),
        ] {
            assert_eq!(toets_periode(sj(van), sj(tot)).is_ok(), ok, "{van} – {tot}");
        }
        assert_eq!(aantal_schooljaren(sj("2026-2027"), sj("2029-2030")), 4);
    }

    #[test]
    fn the_plan_goes_to_the_inspectie_before_1_may_before_its_first_schooljaar() {
        for (eerste, ingediend, tijdig) in [
            ("2026-2027", date(2026, 4, 30), true),
            ("2026-2027", date(2026, 5, 1), false),
            ("2026-2027", date(2025, 12, 1), true),
            ("2026-2027", date(2026, 8, 1), false),
            ("2030-2031", date(2030, 3, 15), true),
        ] {
            assert_eq!(
                tijdig_ingediend(sj(eerste), ingediend),
                tijdig,
                "{ingediend}"
            );
        }
        assert_eq!(indienen_uiterlijk(sj("2026-2027")), date(2026, 4, 30));
    }

    fn volledig() -> Inhoud<'static> {
        Inhoud {
            basisondersteuning: "x",
            extra_ondersteuning: "x",
            middelen: "x",
            tlv_procedure: "x",
            ouders: "x",
            doelen: "x",
            terugplaatsing: "x",
            overdrachten: "x",
            streefwaarden: 1,
        }
    }

    #[test]
    fn final_only_with_contents_oogo_with_every_gemeente_and_opr_consent() {
        let regio = vec![
            ("0321".to_string(), "Houten".to_string()),
            ("0356".to_string(), "Nieuwegein".to_string()),
        ];
        let beide = vec!["0321".to_string(), "0356".to_string()];
        let een = vec!["0356".to_string()];
        let ja = Some(Stemming {
            voor: 7,
            tegen: 1,
            onthouding: 0,
        });
        let nee = Some(Stemming {
            voor: 3,
            tegen: 4,
            onthouding: 1,
        });
        let leeg = Inhoud {
            middelen: "",
            ..volledig()
        };
        let zonder_doel = Inhoud {
            streefwaarden: 0,
            ..volledig()
        };
        let zonder_terugplaatsing = Inhoud {
            terugplaatsing: " ",
            ..volledig()
        };
        let vo = vec!["VO2605".to_string()];
        let geen: Vec<String> = Vec::new();
        for (inhoud, oogo, overleg, opr, ontbreekt) in [
            (volledig(), &beide, &vo, ja, 0),
            (volledig(), &een, &vo, ja, 1),
            (volledig(), &beide, &vo, None, 1),
            (volledig(), &beide, &vo, nee, 1),
            (volledig(), &een, &vo, None, 2),
            (volledig(), &beide, &geen, ja, 1),
            (leeg, &beide, &vo, ja, 1),
            (zonder_doel, &beide, &vo, ja, 1),
            (zonder_terugplaatsing, &beide, &vo, ja, 1),
        ] {
            let r = ontbreekt_voor_vaststelling(&inhoud, &regio, oogo, &vo, overleg, opr);
            assert_eq!(r.len(), ontbreekt, "{r:?}");
        }
        let r = ontbreekt_voor_vaststelling(&volledig(), &regio, &een, &vo, &vo, ja);
        assert!(r[0].contains("Houten"));
        let r = ontbreekt_voor_vaststelling(&volledig(), &regio, &beide, &vo, &geen, ja);
        assert_eq!(r, ["nog geen overleg met samenwerkingsverband VO2605"]);
    }

    #[test]
    fn a_tie_is_no_consent() {
        let s = |voor, tegen| Stemming {
            voor,
            tegen,
            onthouding: 2,
        };
        assert!(s(5, 4).ingestemd());
        assert!(!s(4, 4).ingestemd());
        assert!(!s(0, 0).geldig());
        assert!(!s(-1, 3).geldig());
    }

    #[test]
    fn the_commission_gives_its_oordeel_within_ten_weeks() {
        for (ontvangen, weken, uiterlijk) in [
            (date(2026, 9, 1), 10, date(2026, 11, 10)),
            (date(2026, 12, 20), 10, date(2027, 2, 28)),
            (date(2027, 2, 1), 10, date(2027, 4, 12)),
        ] {
            assert_eq!(oordeel_uiterlijk(ontvangen, weken), uiterlijk);
        }
    }

    #[test]
    fn a_deviation_from_the_oordeel_is_motivated() {
        assert!(toets_reactie_bestuur(true, "").is_ok());
        assert!(toets_reactie_bestuur(false, " ").is_err());
        assert!(toets_reactie_bestuur(false, "plaats ontbreekt").is_ok());
    }

    #[test]
    fn vervolgonderwijs_names_its_kind_and_nothing_else_does() {
        for (b, s, ok) in [
            (Bestemming::Vervolgonderwijs, Some("mbo niveau 2"), true),
            (Bestemming::Vervolgonderwijs, None, false),
            (Bestemming::Vervolgonderwijs, Some("hogeschool"), false),
            (Bestemming::Arbeidsmarkt, None, true),
            (Bestemming::Arbeidsmarkt, Some("mbo niveau 2"), false),
            (Bestemming::Onbekend, Some(""), true),
        ] {
            assert_eq!(toets_uitstroom(b, s).is_ok(), ok, "{b:?} {s:?}");
        }
    }

    #[test]
    fn outflow_is_compared_with_the_expected_profile() {
        use Bestemming as B;
        use Uitstroom as U;
        for (v, b, c) in [
            (Some(U::Vervolgonderwijs), B::Vervolgonderwijs, Some(true)),
            (Some(U::Arbeidsmarkt), B::Dagbesteding, Some(false)),
            (Some(U::Dagbesteding), B::Onbekend, None),
            (None, B::Arbeidsmarkt, None),
            (Some(U::Havo), B::Vervolgonderwijs, None),
        ] {
            assert_eq!(conform(v, b), c, "{v:?} {b:?}");
        }
        let rijen = vergelijk(&[
            (Some(U::Vervolgonderwijs), B::Vervolgonderwijs),
            (Some(U::Vervolgonderwijs), B::Arbeidsmarkt),
            (Some(U::Arbeidsmarkt), B::Arbeidsmarkt),
            (Some(U::Dagbesteding), B::Onbekend),
            (None, B::Dagbesteding),
            (Some(U::Mbo), B::Vervolgonderwijs),
        ]);
        assert_eq!(rijen.len(), 4);
        assert_eq!(rijen[0].feitelijk, [1, 1, 0, 0]);
        assert_eq!((rijen[0].conform, rijen[0].totaal), (1, 2));
        assert_eq!((rijen[1].conform, rijen[1].totaal), (1, 1));
        assert_eq!(rijen[2].feitelijk, [0, 0, 0, 1]);
        // No OPP profile, or a non-vso one: counted under "geen profiel".
        assert_eq!(rijen[3].feitelijk, [1, 0, 1, 0]);
        assert_eq!(rijen[3].conform, 0);
    }
}

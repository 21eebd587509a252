//! What an ondersteuningsplan needs before it is marked final: contents, OOGO, OPR consent.

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
        // At least one vote for or against; no sum, so no overflow on absurd counts.
        self.voor >= 0
            && self.tegen >= 0
            && self.onthouding >= 0
            && (self.voor > 0 || self.tegen > 0)
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

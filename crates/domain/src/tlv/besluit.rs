//! The deciding SWV's decision on a TLV request: the checks, the beschikkingsnummer and the
//! letter to the parents, from the facts the store loads. Nothing here reads or writes; the
//! store writes the outcome once, guarded against a concurrent decision. RULES §2.

use super::{Beschikkingsnummer, Categorie, TlvError, TlvSoort, periode, toets_categorie};
use crate::codes::SwvCode;
use jiff::civil::Date;

/// What the SWV decides, as its staff enter it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TlvBesluit {
    /// Toelaatbaar: the category ((v)so only), the ingang, and the end (`None`: the earliest
    /// end the law allows).
    Toegekend {
        categorie: Option<Categorie>,
        ingang: Date,
        einde: Option<Date>,
    },
    /// Niet toelaatbaar, with the reasons.
    Afgewezen { reden: String },
}

/// One advice on the request, as far as the decision and the letter look at it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GegevenAdvies {
    pub deskundige: String,
    /// The profession as the register holds it.
    pub discipline: String,
    pub datum: Option<Date>,
    /// The deskundige wrote it (a slot assigned but not yet written is `false`).
    pub uitgebracht: bool,
}

/// Everything the decision reads about a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlvFeiten {
    /// The pupil's full name, for the letter.
    pub naam: String,
    pub geboren: Date,
    pub soort: TlvSoort,
    /// The deciding SWV (the request went to it).
    pub swv: SwvCode,
    /// A decision is already on record.
    pub al_beslist: bool,
    pub adviezen: Vec<GegevenAdvies>,
    /// For a grant: the SWV's next sequence number in the year of issue ([`uitgiftejaar`]),
    /// taken by the store in the transaction that writes the decision, so that a refusal or
    /// a lost race gives it back.
    pub volgnummer: Option<u32>,
}

/// The outcome on record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlvStatus {
    Toegekend,
    Afgewezen,
}

impl TlvStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Toegekend => "toegekend",
            Self::Afgewezen => "afgewezen",
        }
    }
}

/// What to store: the decision's fields and the letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlvUitkomst {
    pub status: TlvStatus,
    pub categorie: Option<Categorie>,
    pub ingang: Option<Date>,
    pub einde: Option<Date>,
    pub nummer: Option<Beschikkingsnummer>,
    pub reden: Option<String>,
    /// The letter to the parents (also on the decision's PDF).
    pub brief: String,
}

/// Why the SWV cannot decide (yet), or not like this.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TlvWeigering {
    /// A decision stands; a change goes through bezwaar (Awb art. 7:11).
    #[error("over deze aanvraag is al beslist")]
    AlBeslist,
    /// WPO art. 18a lid 11, WVO art. 17a lid 12: the SWV decides after the deskundigen advised.
    #[error(
        "eerst brengen twee deskundigen elk hun eigen advies uit (WPO art. 18a lid 11, WVO art. 17a lid 12)"
    )]
    AdviezenOntbreken,
    /// WPO art. 18a lid 14: every TLV gets a sequence number; the caller did not take one.
    #[error("een toekenning krijgt een beschikkingsnummer: het volgnummer ontbreekt")]
    GeenVolgnummer,
    /// Category, period, number or reasons (see [`TlvError`]).
    #[error(transparent)]
    Regel(#[from] TlvError),
}

/// The year in the beschikkingsnummer: the year of issue, i.e. of the decision (BRON field 94).
pub fn uitgiftejaar(besluitdatum: Date) -> i16 {
    besluitdatum.year()
}

/// Decides on a request on `vandaag`, after both advices.
/// - WPO art. 18a lid 11 / WVO art. 17a lid 12: two deskundigen each gave their advice;
/// - WEC art. 117 lid 4, R1516 art. 15: a (v)so TLV has a category, an sbo TLV none;
/// - WEC art. 40 lid 15, BRON controle 424: the period covers at least one whole schooljaar
///   and ends on 31 July;
/// - WPO art. 18a lid 14, BRON field 94: a grant gets the next number of the SWV and year;
/// - Awb art. 3:46–3:47: a refusal states its reasons.
pub fn beslis(
    feiten: &TlvFeiten,
    besluit: &TlvBesluit,
    vandaag: Date,
) -> Result<TlvUitkomst, TlvWeigering> {
    if feiten.al_beslist {
        return Err(TlvWeigering::AlBeslist);
    }
    if feiten.adviezen.len() < 2 || feiten.adviezen.iter().any(|a| !a.uitgebracht) {
        return Err(TlvWeigering::AdviezenOntbreken);
    }
    let uitkomst = match besluit {
        TlvBesluit::Toegekend {
            categorie,
            ingang,
            einde,
        } => {
            toets_categorie(feiten.soort, *categorie)?;
            let einde = periode(*ingang, *einde, feiten.geboren)?;
            let volgnummer = feiten.volgnummer.ok_or(TlvWeigering::GeenVolgnummer)?;
            let nummer =
                Beschikkingsnummer::new(feiten.swv.clone(), uitgiftejaar(vandaag), volgnummer)?;
            let kern = toekenning(feiten, *categorie, *ingang, einde, &nummer);
            TlvUitkomst {
                status: TlvStatus::Toegekend,
                categorie: *categorie,
                ingang: Some(*ingang),
                einde: Some(einde),
                nummer: Some(nummer),
                reden: None,
                brief: brief(feiten, &kern, vandaag),
            }
        }
        TlvBesluit::Afgewezen { reden } => {
            let reden = reden.trim();
            if reden.is_empty() {
                return Err(TlvError::GeenReden.into());
            }
            let kern = format!(
                "Het samenwerkingsverband {} verklaart {} niet toelaatbaar tot het {}. Redenen: {reden}",
                feiten.swv,
                feiten.naam,
                feiten.soort.as_str(),
            );
            TlvUitkomst {
                status: TlvStatus::Afgewezen,
                categorie: None,
                ingang: None,
                einde: None,
                nummer: None,
                reden: Some(reden.to_string()),
                brief: brief(feiten, &kern, vandaag),
            }
        }
    };
    Ok(uitkomst)
}

fn toekenning(
    feiten: &TlvFeiten,
    categorie: Option<Categorie>,
    ingang: Date,
    einde: Date,
    nummer: &Beschikkingsnummer,
) -> String {
    let cat = categorie
        .map(|c| format!(", bekostigingscategorie {}", c.as_str()))
        .unwrap_or_default();
    format!(
        "Het samenwerkingsverband {} verklaart {} toelaatbaar tot het {} ({}{cat}), van {ingang} tot en met {einde}.\nBeschikkingsnummer: {nummer}.",
        feiten.swv,
        feiten.naam,
        feiten.soort.schoolsoort().omschrijving(),
        feiten.soort.as_str(),
    )
}

/// The letter: the decision, the parents' copy of both advices (WPO art. 18a lid 14) and the
/// objection clause (Awb art. 6:5, 6:7; the LBT advises, WPO art. 18a lid 12).
fn brief(feiten: &TlvFeiten, kern: &str, datum: Date) -> String {
    let adviezen = feiten
        .adviezen
        .iter()
        .map(|a| {
            format!(
                "- {} ({}), {}",
                a.deskundige,
                a.discipline,
                a.datum.map(|d| d.to_string()).unwrap_or_default()
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
    format!(
        "Besluit van {datum}.\n\n{kern}\n\nDit besluit is genomen na advies van twee deskundigen; u ontvangt een afschrift van beide adviezen:\n{adviezen}\n\n\
         Bezwaar: bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de dag van bekendmaking schriftelijk bezwaar maken bij het samenwerkingsverband. \
         Het samenwerkingsverband vraagt daarover advies aan de bezwaaradviescommissie (Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen). \
         Het bezwaarschrift bevat uw naam en adres, de datum, dit besluit en de redenen van uw bezwaar (Algemene wet bestuursrecht art. 6:5)."
    )
}

/// Table-driven: each refusal with its facts, and the letter of a grant and of a refusal.
#[cfg(test)]
mod tests;

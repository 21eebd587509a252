//! A toelaatbaarheidsverklaring as the API shows it, with the advice the caller may see.

use super::bezwaar::TlvBezwaar;
use crate::api::ondersteuning::{dag, opt_dag};
use passend_domain::tlv::Categorie;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TlvAdvies {
    /// 1: orthopedagoog of psycholoog; 2: de tweede deskundige.
    pub volgorde: i64,
    /// Nummer in het register van het samenwerkingsverband.
    pub deskundige: i64,
    pub naam: String,
    pub discipline: String,
    #[schema(format = Date, value_type = Option<String>)]
    pub datum: Option<String>,
    /// Leeg zolang het advies er niet is; een deskundige ziet alleen het eigen advies.
    pub advies: Option<String>,
}

/// De beschikking: de datum, de categorie, de periode en het nummer (leeg zolang er geen is).
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Beschikkingsgegevens {
    #[schema(format = Date, value_type = Option<String>)]
    pub besluit_datum: Option<String>,
    /// laag, midden of hoog (so en vso).
    pub categorie: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub ingang: Option<String>,
    /// Altijd een 31 juli.
    #[schema(format = Date, value_type = Option<String>)]
    pub einde: Option<String>,
    /// SWVCODE-JJJJ-NNNNN, zonder gaten per samenwerkingsverband en jaar.
    #[schema(example = "PO2605-2026-00001")]
    pub beschikkingsnummer: Option<String>,
}

impl Beschikkingsgegevens {
    pub fn van(
        besluit_datum: Option<jiff::civil::Date>,
        categorie: Option<&str>,
        ingang: Option<jiff::civil::Date>,
        einde: Option<jiff::civil::Date>,
        beschikkingsnummer: Option<String>,
    ) -> Self {
        Self {
            besluit_datum: opt_dag(besluit_datum),
            categorie: categorie
                .map(|c| Categorie::parse(c).map_or(c.to_string(), |c| c.as_str().into())),
            ingang: opt_dag(ingang),
            einde: opt_dag(einde),
            beschikkingsnummer,
        }
    }
}

/// Een aanvraag voor een toelaatbaarheidsverklaring en, als het zover is, de beschikking.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Toelaatbaarheidsverklaring {
    pub id: i64,
    pub leerling: i64,
    pub naam: String,
    /// sbo, so of vso.
    pub soort: String,
    pub aanvragende_vestiging: Option<String>,
    pub ontvangende_vestiging: Option<String>,
    /// Het samenwerkingsverband dat beslist.
    pub samenwerkingsverband: String,
    /// Waarom dit samenwerkingsverband beslist: sbo-school, vorige-school, woonplaats of school-buitenland.
    pub grond: String,
    /// De regel in gewone taal, met het artikel.
    pub grond_uitleg: String,
    #[schema(format = Date, value_type = String)]
    pub aangevraagd_op: String,
    pub toelichting: Option<String>,
    /// aangevraagd, toegekend of afgewezen.
    pub status: String,
    #[serde(flatten)]
    pub beschikking: Beschikkingsgegevens,
    pub reden: Option<String>,
    /// De brief aan de ouders, met de bezwaarclausule.
    pub brief: Option<String>,
    /// Elders afgegeven en meegekomen (OSO), hier niet genummerd.
    #[serde(rename = "extern")]
    pub extern_: bool,
    /// Toegekend en eindigt binnen het volgende schooljaar: tijd voor een herbeoordeling.
    pub herbeoordeling: bool,
    pub adviezen: Vec<TlvAdvies>,
    pub bezwaren: Vec<TlvBezwaar>,
}

impl Toelaatbaarheidsverklaring {
    /// Each advice is written independently: a deskundige sees the other advice only by
    /// name and date, not its text (the SWV, school and parents see both).
    pub(super) fn voor(t: passend_store::Tlv) -> Self {
        let today = crate::vandaag();
        Self {
            status: t.besluit.clone().unwrap_or_else(|| "aangevraagd".into()),
            herbeoordeling: t.herbeoordeling(today),
            id: t.id,
            leerling: t.leerling_id.0,
            naam: t.naam,
            soort: t.soort,
            aanvragende_vestiging: t.aanvragende_vestiging,
            ontvangende_vestiging: t.ontvangende_vestiging,
            samenwerkingsverband: t.swv_code,
            grond: t.grond,
            grond_uitleg: t.grond_uitleg,
            aangevraagd_op: dag(t.aangevraagd_op),
            toelichting: t.toelichting,
            beschikking: Beschikkingsgegevens::van(
                t.besluit_datum,
                t.categorie.as_deref(),
                t.ingang,
                t.einde,
                t.beschikkingsnummer,
            ),
            reden: t.reden,
            brief: t.brief,
            extern_: t.extern_,
            adviezen: t
                .adviezen
                .into_iter()
                .map(|a| TlvAdvies {
                    volgorde: a.volgorde,
                    deskundige: a.deskundige_id,
                    naam: a.deskundige,
                    discipline: a.discipline,
                    datum: opt_dag(a.datum),
                    // Hidden by the store where the policy says so (another deskundige's).
                    advies: a.advies,
                })
                .collect(),
            bezwaren: t.bezwaren.into_iter().map(Into::into).collect(),
        }
    }
}

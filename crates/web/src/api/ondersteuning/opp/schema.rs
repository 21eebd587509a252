//! An ontwikkelingsperspectief as the API shows it: the current version and its history.

use super::onderdelen::{EvaluatieStand, OppBehoefte, OppDoel, OppEvaluatie};
use crate::api::ondersteuning::{dag, opt_dag};
use serde::Serialize;
use utoipa::ToSchema;

/// Eén vastgestelde versie; een wijziging is altijd een nieuwe versie.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OppVersie {
    pub versie: i64,
    #[schema(format = Date, value_type = String)]
    pub vastgesteld_op: String,
    /// De verwachte uitstroom: een onderwijssoort, in het vso een uitstroomprofiel.
    pub uitstroom: String,
    /// Belemmerende factoren (onderbouwing).
    pub belemmerend: String,
    /// Bevorderende factoren (onderbouwing).
    pub bevorderend: String,
    pub behoeften: Vec<OppBehoefte>,
    pub doelen: Vec<OppDoel>,
    /// De dag van het op overeenstemming gericht overleg met de ouders.
    #[schema(format = Date, value_type = String)]
    pub overleg_ouders: String,
    pub overleg_verslag: Option<String>,
    /// De dag waarop de ouders instemden met het handelingsdeel.
    #[schema(format = Date, value_type = Option<String>)]
    pub instemming_ouders: Option<String>,
    /// Wat het kind zei, of waarom het niet is gehoord.
    pub stem_kind: Option<String>,
}

/// Het ontwikkelingsperspectief van een leerling op één school, met alle versies (nieuwste
/// eerst) en evaluaties.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Ontwikkelingsperspectief {
    pub id: i64,
    pub leerling: i64,
    /// De vestiging die het vaststelt.
    pub vestiging: String,
    pub evaluatie: EvaluatieStand,
    pub versies: Vec<OppVersie>,
    pub evaluaties: Vec<OppEvaluatie>,
}

impl From<passend_store::Opp> for Ontwikkelingsperspectief {
    fn from(o: passend_store::Opp) -> Self {
        Self {
            id: o.id,
            leerling: o.leerling_id.0,
            vestiging: o.vestiging_code,
            evaluatie: o.evaluatie.into(),
            versies: o
                .versies
                .into_iter()
                .map(|v| OppVersie {
                    versie: v.versie,
                    vastgesteld_op: dag(v.vastgesteld_op),
                    uitstroom: v.uitstroom,
                    belemmerend: v.belemmerend,
                    bevorderend: v.bevorderend,
                    behoeften: v
                        .behoeften
                        .into_iter()
                        .map(|(domein, niveau)| OppBehoefte { domein, niveau })
                        .collect(),
                    doelen: v
                        .doelen
                        .into_iter()
                        .map(|d| OppDoel {
                            doel: d.doel,
                            ondersteuning: d.ondersteuning,
                            wie: d.wie,
                            frequentie: d.frequentie,
                        })
                        .collect(),
                    overleg_ouders: dag(v.overleg_ouders),
                    overleg_verslag: v.overleg_verslag,
                    instemming_ouders: opt_dag(v.instemming_ouders),
                    stem_kind: v.stem_kind,
                })
                .collect(),
            evaluaties: o
                .evaluaties
                .into_iter()
                .map(|e| OppEvaluatie {
                    datum: dag(e.datum),
                    met_ouders: e.met_ouders,
                    verslag: e.verslag,
                })
                .collect(),
        }
    }
}

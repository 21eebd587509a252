//! A symbiose agreement as the API shows it.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Een vak op de reguliere school met zijn minuten per week.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"vak": "rekenen", "minuten": 180}))]
pub struct SymbioseVak {
    pub vak: String,
    pub minuten: u32,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Symbiose {
    pub id: i64,
    pub so_vestiging: String,
    pub regulier_vestiging: String,
    /// Eerste schooljaar, zoals 2026-2027.
    pub van: String,
    /// Laatste schooljaar.
    pub tot: String,
    pub vakken: Vec<SymbioseVak>,
    /// Het hele weekrooster van de leerling, in minuten.
    pub rooster_minuten: i64,
    /// Het deel op de reguliere school, naar boven afgerond.
    pub procent_regulier: i64,
    pub begeleiding: String,
    pub vergoeding_materiaal: Option<String>,
    pub vergoeding_lokalen: Option<String>,
    /// Waarom de reguliere school meer geeft dan de richtlijn (pas toe of leg uit).
    pub uitleg: Option<String>,
}

impl From<passend_store::Symbiose> for Symbiose {
    fn from(s: passend_store::Symbiose) -> Self {
        Self {
            id: s.id,
            so_vestiging: s.so_vestiging,
            regulier_vestiging: s.regulier_vestiging,
            van: s.van.to_string(),
            tot: s.tot.to_string(),
            vakken: s
                .vakken
                .into_iter()
                .map(|(vak, minuten)| SymbioseVak {
                    vak,
                    minuten: u32::try_from(minuten).unwrap_or(0),
                })
                .collect(),
            rooster_minuten: s.rooster_minuten,
            procent_regulier: s.procent_regulier,
            begeleiding: s.begeleiding,
            vergoeding_materiaal: s.vergoeding_materiaal,
            vergoeding_lokalen: s.vergoeding_lokalen,
            uitleg: s.uitleg,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SymbioseLijst {
    /// Nieuwste eerst.
    pub overeenkomsten: Vec<Symbiose>,
}

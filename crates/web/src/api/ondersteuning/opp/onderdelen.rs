//! The parts of a version: support needs, goals and evaluations.

use crate::api::ondersteuning::dag;
use passend_domain::opp::Evaluatie;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Een ondersteuningsbehoefte in de termen van het Landelijk Doelgroepenmodel.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"domein": "leren en ontwikkelen", "niveau": 4}))]
pub struct OppBehoefte {
    /// sociaal-emotioneel, leren en ontwikkelen, communicatie, fysieke situatie of medische situatie.
    pub domein: String,
    /// 1 (licht) tot en met 7 (zwaarst).
    pub niveau: i64,
}

/// Eén doel van het handelingsdeel.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"doel": "leest op AVI E5", "ondersteuning": "RT lezen in een groepje van drie",
    "wie": "remedial teacher", "frequentie": "2 keer per week 30 minuten"}))]
pub struct OppDoel {
    pub doel: String,
    pub ondersteuning: String,
    /// Wie de ondersteuning geeft.
    pub wie: String,
    /// Hoe vaak.
    pub frequentie: String,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OppEvaluatie {
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    pub met_ouders: bool,
    pub verslag: String,
}

/// Waar de jaarlijkse evaluatie staat.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct EvaluatieStand {
    /// op-orde, dit-schooljaar (nog te doen) of te-laat (een schooljaar ging voorbij zonder).
    pub status: String,
    /// De laatste dag voor de evaluatie die nog moet.
    #[schema(format = Date, value_type = Option<String>)]
    pub uiterlijk: Option<String>,
    /// Het schooljaar zonder evaluatie, bij te-laat.
    pub schooljaar: Option<String>,
}

impl From<Evaluatie> for EvaluatieStand {
    fn from(e: Evaluatie) -> Self {
        let (status, uiterlijk, schooljaar) = match e {
            Evaluatie::OpOrde => ("op-orde", None, None),
            Evaluatie::DitSchooljaar(d) => ("dit-schooljaar", Some(dag(d)), None),
            Evaluatie::TeLaat(j) => ("te-laat", Some(dag(j.end())), Some(j.to_string())),
        };
        Self {
            status: status.into(),
            uiterlijk,
            schooljaar,
        }
    }
}

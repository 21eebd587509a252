//! An integral arrangement as the API shows it.

use crate::api::ondersteuning::dag;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct IntegraleAfspraak {
    /// schoolplek, ondersteuning, zorg, leerplicht of vervoer.
    pub onderdeel: String,
    pub afspraak: String,
    /// Wie ervoor zorgt.
    pub eigenaar: String,
    /// Uiterlijk op deze dag.
    #[schema(format = Date, value_type = String)]
    pub datum: String,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct IntegraalArrangement {
    pub id: i64,
    /// De dag van de tafel.
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    pub samenwerkingsverband: String,
    pub deelnemers: Vec<String>,
    pub verslag: String,
    pub afspraken: Vec<IntegraleAfspraak>,
}

impl From<passend_store::IntegraalArrangement> for IntegraalArrangement {
    fn from(i: passend_store::IntegraalArrangement) -> Self {
        Self {
            id: i.id,
            datum: dag(i.datum),
            samenwerkingsverband: i.swv_code,
            deelnemers: i
                .deelnemers
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect(),
            verslag: i.verslag,
            afspraken: i
                .afspraken
                .into_iter()
                .map(|(onderdeel, afspraak, eigenaar, d)| IntegraleAfspraak {
                    onderdeel,
                    afspraak,
                    eigenaar,
                    datum: dag(d),
                })
                .collect(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct IntegraleArrangementen {
    /// Nieuwste eerst.
    pub integrale_arrangementen: Vec<IntegraalArrangement>,
}

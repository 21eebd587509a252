//! The query every money view takes: school year, rekenvoorbeeld and payer rule.

use super::schooljaar;
use crate::api::problem::ApiError;
use passend_domain::Schooljaar;
use passend_store::geld::{laatste_telbare_schooljaar, naar_van};
use serde::Deserialize;
use utoipa::IntoParams;

/// Schooljaar, rekenvoorbeeld and payer rule.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct GeldParams {
    /// Schooljaar, bijvoorbeeld `2027-2028`; standaard het laatste met een teldatum (1 oktober) in het verleden.
    #[param(example = "2015-2016")]
    pub schooljaar: Option<String>,
    /// `tlv` (de wet, standaard), `woon` of `school`: wie betaalt de afdracht.
    #[param(example = "tlv")]
    pub afdracht_naar: Option<String>,
    /// Rekenvoorbeeld: de tellingen van `schooljaar` met de bedragen van deze regelset. Geen beschikking.
    #[param(example = "2015-2016")]
    pub rekenvoorbeeld: Option<String>,
}

pub(super) struct Keuze {
    pub(super) schooljaar: Schooljaar,
    pub(super) voorbeeld: Option<Schooljaar>,
    pub(super) naar: passend_domain::bekostiging::AfdrachtNaar,
}

impl GeldParams {
    pub(super) fn keuze(&self) -> Result<Keuze, ApiError> {
        Ok(Keuze {
            schooljaar: match self.schooljaar.as_deref() {
                None | Some("") => laatste_telbare_schooljaar(crate::vandaag()),
                Some(s) => schooljaar(s, "schooljaar")?,
            },
            voorbeeld: match self.rekenvoorbeeld.as_deref() {
                None | Some("") => None,
                Some(s) => Some(schooljaar(s, "rekenvoorbeeld")?),
            },
            naar: naar_van(self.afdracht_naar.as_deref().unwrap_or(""))
                .map_err(|e| ApiError::bad_request(e.to_string()))?,
        })
    }
}

//! A new version as the client sends it.

use super::onderdelen::{OppBehoefte, OppDoel};
use crate::api::ondersteuning::{opt_datum, veld};
use crate::api::problem::ApiError;
use passend_domain::ondersteuning::{Domein, Niveau};
use passend_domain::opp::Uitstroom;
use passend_store::NieuweOppVersie;
use serde::Deserialize;
use utoipa::ToSchema;

/// Een nieuwe versie zoals de school die vaststelt.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OppInvoer {
    /// praktijkonderwijs, vmbo-basis, vmbo-kader, vmbo-gt, havo, vwo, mbo, hbo-wo; in het vso
    /// vervolgonderwijs, arbeidsmarkt of dagbesteding.
    pub uitstroom: String,
    pub belemmerend: String,
    pub bevorderend: String,
    #[serde(default)]
    pub behoeften: Vec<OppBehoefte>,
    /// Het handelingsdeel: ten minste één doel.
    pub doelen: Vec<OppDoel>,
    /// Verplicht: het OPP wordt vastgesteld na op overeenstemming gericht overleg met de ouders.
    #[schema(format = Date, value_type = Option<String>)]
    pub overleg_ouders: Option<String>,
    pub overleg_verslag: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub instemming_ouders: Option<String>,
    pub stem_kind: Option<String>,
}

pub(super) fn nieuwe_versie_van(o: OppInvoer) -> Result<NieuweOppVersie, ApiError> {
    let uitstroom = Uitstroom::parse(&o.uitstroom).map_err(|e| veld("uitstroom", e))?;
    let behoeften = o
        .behoeften
        .iter()
        .enumerate()
        .map(|(i, b)| {
            Ok((
                Domein::parse(&b.domein).map_err(|e| veld(&format!("behoeften[{i}].domein"), e))?,
                Niveau::new(b.niveau).map_err(|e| veld(&format!("behoeften[{i}].niveau"), e))?,
            ))
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    Ok(NieuweOppVersie {
        uitstroom,
        belemmerend: o.belemmerend,
        bevorderend: o.bevorderend,
        behoeften,
        doelen: o
            .doelen
            .into_iter()
            .map(|d| passend_store::Doel {
                doel: d.doel,
                ondersteuning: d.ondersteuning,
                wie: d.wie,
                frequentie: d.frequentie,
            })
            .collect(),
        overleg_ouders: opt_datum(o.overleg_ouders.as_deref(), "overlegOuders")?,
        overleg_verslag: o.overleg_verslag.unwrap_or_default(),
        instemming_ouders: opt_datum(o.instemming_ouders.as_deref(), "instemmingOuders")?,
        stem_kind: o.stem_kind.unwrap_or_default(),
    })
}

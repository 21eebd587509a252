//! An arrangement as the API shows it.

use super::onderdelen::{ArrangementBesluit, ArrangementEvaluatie, ArrangementOverleg};
use crate::api::ondersteuning::{dag, opt_dag, twee_decimalen};
use serde::Serialize;
use utoipa::ToSchema;

/// Een aanvraag voor een arrangement bij het samenwerkingsverband, met wat ervan werd.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Arrangement {
    pub id: i64,
    pub leerling: i64,
    pub naam: String,
    /// De aanvragende vestiging.
    pub vestiging: String,
    pub samenwerkingsverband: String,
    /// aangevraagd, besproken, toegekend, afgewezen of geëvalueerd.
    pub status: String,
    /// De ondersteuningsvraag.
    pub vraag: String,
    #[schema(format = Date, value_type = String)]
    pub aangevraagd_op: String,
    pub overleg: Option<ArrangementOverleg>,
    pub besluit: Option<ArrangementBesluit>,
    pub evaluatie: Option<ArrangementEvaluatie>,
    /// Toegekend en binnen acht weken afgelopen: tijd om te evalueren.
    pub verloopt_binnenkort: bool,
}

fn lijst_van(tekst: Option<&str>) -> Vec<String> {
    tekst
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

impl Arrangement {
    pub(super) fn van(a: passend_store::Arrangement) -> Self {
        let today = crate::vandaag();
        Self {
            status: a.status().into(),
            verloopt_binnenkort: a.verloopt_binnenkort(today),
            id: a.id,
            leerling: a.leerling_id.0,
            naam: a.naam,
            vestiging: a.vestiging_code,
            samenwerkingsverband: a.swv_code,
            vraag: a.vraag,
            aangevraagd_op: dag(a.aangevraagd_op),
            overleg: a.overleg_datum.map(|d| ArrangementOverleg {
                datum: dag(d),
                deelnemers: lijst_van(a.deelnemers.as_deref()),
                ouders_aanwezig: a.ouders_aanwezig.unwrap_or(false),
                stem_kind: a.stem_kind,
                verslag: a.overleg_verslag.filter(|v| !v.is_empty()),
            }),
            besluit: a
                .besluit
                .zip(a.besluit_datum)
                .map(|(b, d)| ArrangementBesluit {
                    besluit: b,
                    datum: dag(d),
                    inhoud: a.inhoud,
                    van: opt_dag(a.van),
                    tot: opt_dag(a.tot),
                    kosten: a.kosten.as_deref().map(twee_decimalen),
                    reden: a.reden,
                }),
            evaluatie: a.evaluatie_datum.map(|d| ArrangementEvaluatie {
                datum: dag(d),
                evaluatie: a.evaluatie.unwrap_or_default(),
            }),
        }
    }
}

//! A received dossier as the dossier page shows it.

use crate::api::ondersteuning::{dag, opt_dag};
use serde::Serialize;
use utoipa::ToSchema;

/// Een periode van ondersteuning uit het dossier.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OsoHistorie {
    #[schema(format = Date, value_type = Option<String>)]
    pub van: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub tot: Option<String>,
    pub omschrijving: String,
}

/// Een bijlage van het dossier; de inhoud staat op `href`.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OsoBijlage {
    pub id: i64,
    pub naam: String,
    /// Het type dat het dossier opgaf.
    pub mime: String,
    /// In bytes.
    pub grootte: i64,
    pub href: String,
}

/// Een ontvangen OSO-dossier.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OsoDossier {
    pub id: i64,
    /// De verzendende vestiging, als het dossier die noemt.
    pub vestiging: Option<String>,
    pub samenwerkingsverband: String,
    #[schema(format = Date, value_type = String)]
    pub ontvangen: String,
    /// Categorieën zonder toestemming (OPT-UIT) of niet toegestaan (VERBODEN).
    pub niet_geleverd: Vec<String>,
    /// Samenvatting van het verzuim.
    pub verzuim: Option<String>,
    /// De zienswijze van de ouders.
    pub zienswijze: Option<String>,
    pub historie: Vec<OsoHistorie>,
    /// Beperkt zichtbare bijlagen alleen voor wie de beperkte gegevens mag zien.
    pub bijlagen: Vec<OsoBijlage>,
}

impl From<passend_store::OsoOverzicht> for OsoDossier {
    fn from(o: passend_store::OsoOverzicht) -> Self {
        Self {
            id: o.id,
            vestiging: o.vestiging_code,
            samenwerkingsverband: o.swv_code,
            ontvangen: dag(o.ontvangen),
            niet_geleverd: o
                .niet_geleverd
                .split(", ")
                .filter(|c| !c.is_empty())
                .map(String::from)
                .collect(),
            verzuim: o.verzuim,
            zienswijze: o.zienswijze,
            historie: o
                .historie
                .into_iter()
                .map(|(van, tot, omschrijving)| OsoHistorie {
                    van: opt_dag(van),
                    tot: opt_dag(tot),
                    omschrijving,
                })
                .collect(),
            bijlagen: o
                .bijlagen
                .into_iter()
                .map(|(id, naam, mime, grootte)| OsoBijlage {
                    id,
                    naam,
                    mime,
                    grootte,
                    href: format!("/api/v1/bijlagen/{id}"),
                })
                .collect(),
        }
    }
}

/// Een beperkt zichtbaar gegeven: diagnose, medisch gegeven, intelligentieonderzoek.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct BeperktGegeven {
    pub soort: String,
    pub omschrijving: String,
    #[schema(format = Date, value_type = Option<String>)]
    pub datum: Option<String>,
}

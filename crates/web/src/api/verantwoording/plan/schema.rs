//! A version of the plan as the API shows it, short in lists and whole on its own.

use super::onderdelen::{Instemming, Oogo, OverlegSwv, Streefwaarde};
use crate::api::monitor::cel;
use crate::api::ondersteuning::{dag, opt_dag};
use passend_store::verantwoording as v;
use serde::Serialize;
use utoipa::ToSchema;

/// Een versie van het ondersteuningsplan, kort.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct PlanVersie {
    pub id: i64,
    pub samenwerkingsverband: String,
    pub versie: i64,
    /// Eerste schooljaar, JJJJ-JJJJ.
    pub van: String,
    /// Laatste schooljaar (ten hoogste het vierde).
    pub tot: String,
    #[schema(format = Date, value_type = Option<String>)]
    pub vastgesteld_op: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub ingediend_op: Option<String>,
}

impl From<&v::PlanRegel> for PlanVersie {
    fn from(p: &v::PlanRegel) -> Self {
        Self {
            id: p.id,
            samenwerkingsverband: p.swv_code.clone(),
            versie: p.versie,
            van: p.van.to_string(),
            tot: p.tot.to_string(),
            vastgesteld_op: opt_dag(p.vastgesteld_op),
            ingediend_op: opt_dag(p.ingediend_op),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct PlanLijst {
    pub ondersteuningsplannen: Vec<PlanVersie>,
}

/// Een versie met inhoud, eigen streefwaarden, overleg met de gemeenten, instemming en wat
/// nog ontbreekt om vast te stellen.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    #[serde(flatten)]
    pub versie: PlanVersie,
    pub basisondersteuning: String,
    pub extra_ondersteuning: String,
    pub middelen: String,
    pub tlv_procedure: String,
    pub ouders: String,
    pub doelen: String,
    pub terugplaatsing: String,
    pub overdrachten: String,
    pub streefwaarden: Vec<Streefwaarde>,
    pub oogo: Vec<Oogo>,
    /// Het overleg met elk samenwerkingsverband van de andere sector waarvan het gebied overlapt.
    pub overleg_samenwerkingsverbanden: Vec<OverlegSwv>,
    pub instemming: Option<Instemming>,
    pub ontbreekt: Vec<String>,
    /// Vóór 1 mei voorafgaand aan het eerste schooljaar.
    #[schema(format = Date, value_type = String)]
    pub indienen_uiterlijk: String,
    pub tijdig_ingediend: Option<bool>,
}

impl From<v::PlanVersie> for Plan {
    fn from(p: v::PlanVersie) -> Self {
        Self {
            versie: PlanVersie::from(&p.regel),
            basisondersteuning: p.basisondersteuning,
            extra_ondersteuning: p.extra_ondersteuning,
            middelen: p.middelen,
            tlv_procedure: p.tlv_procedure,
            ouders: p.ouders,
            doelen: p.doelen,
            terugplaatsing: p.terugplaatsing,
            overdrachten: p.overdrachten,
            overleg_samenwerkingsverbanden: p
                .overleg_swv
                .into_iter()
                .map(|o| OverlegSwv {
                    samenwerkingsverband: o.swv_code,
                    datum: opt_dag(o.datum),
                    verslag: o.verslag,
                })
                .collect(),
            streefwaarden: p
                .streefwaarden
                .into_iter()
                .map(|s| Streefwaarde {
                    doel: s.doel,
                    kengetal: s.kengetal,
                    richting: s.richting,
                    streefwaarde: s.streefwaarde,
                    meting: s.meting,
                    huidig: cel(s.huidig, crate::monitor_drempel()),
                    behaald: s.behaald,
                    monitor: s.monitor,
                })
                .collect(),
            oogo: p
                .oogo
                .into_iter()
                .map(|o| Oogo {
                    gemeentecode: o.gemeentecode,
                    gemeente: o.gemeente,
                    datum: opt_dag(o.datum),
                    uitkomst: o.uitkomst,
                    verschillen: o.verschillen,
                })
                .collect(),
            instemming: p.instemming.map(|i| Instemming {
                datum: dag(i.datum),
                voor: i.voor,
                tegen: i.tegen,
                onthouding: i.onthouding,
                ingestemd: i.ingestemd,
                voorwaarden: i.voorwaarden,
            }),
            ontbreekt: p.ontbreekt,
            indienen_uiterlijk: dag(p.indienen_uiterlijk),
            tijdig_ingediend: p.tijdig,
        }
    }
}

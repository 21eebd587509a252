//! The steps of an arrangement: the table, the decision and the evaluation.

use serde::Serialize;
use utoipa::ToSchema;

/// Het overleg van loket of MDO.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ArrangementOverleg {
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    /// ouders, school, samenwerkingsverband, jeugdhulp, gemeente.
    pub deelnemers: Vec<String>,
    pub ouders_aanwezig: bool,
    pub stem_kind: Option<String>,
    pub verslag: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ArrangementBesluit {
    /// toegekend of afgewezen.
    pub besluit: String,
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    /// Wat er wordt ingezet (bij toekenning).
    pub inhoud: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub van: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub tot: Option<String>,
    /// Bedrag in euro met twee decimalen, als tekst.
    #[schema(example = "4500.00")]
    pub kosten: Option<String>,
    /// De redenen (bij afwijzing).
    pub reden: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ArrangementEvaluatie {
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    pub evaluatie: String,
}

//! The parts of a version: target values with today's figure, OOGO, consultation with
//! overlapping samenwerkingsverbanden and the vote of the ondersteuningsplanraad.

use crate::api::monitor::MonitorCel;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Streefwaarde {
    pub doel: String,
    pub kengetal: String,
    /// hoogstens of minstens.
    pub richting: String,
    pub streefwaarde: i64,
    pub meting: String,
    /// De waarde van het kengetal dit schooljaar, zoals de monitor telt; buiten het
    /// samenwerkingsverband zelf een klein aantal als "<10".
    pub huidig: MonitorCel,
    /// Of de streefwaarde is gehaald, ook bij een verborgen klein aantal zolang het antwoord
    /// het aantal niet verraadt (er blijven minstens twee mogelijke aantallen); anders `null`.
    pub behaald: Option<bool>,
    /// Het cijfer in de monitor.
    pub monitor: String,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Oogo {
    pub gemeentecode: String,
    pub gemeente: String,
    #[schema(format = Date, value_type = Option<String>)]
    pub datum: Option<String>,
    /// overeenstemming of geen overeenstemming; leeg: nog niet gevoerd.
    pub uitkomst: Option<String>,
    pub verschillen: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OverlegSwv {
    pub samenwerkingsverband: String,
    /// Leeg: nog niet gevoerd.
    #[schema(format = Date, value_type = Option<String>)]
    pub datum: Option<String>,
    pub verslag: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Instemming {
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    pub voor: i64,
    pub tegen: i64,
    pub onthouding: i64,
    pub ingestemd: bool,
    pub voorwaarden: Option<String>,
}

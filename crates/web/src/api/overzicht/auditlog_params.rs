//! The filters of the audit log.

use serde::Deserialize;
use utoipa::IntoParams;

/// The audit page's filters and the page selection, in one query (unknown names refused).
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AuditlogParams {
    /// Alleen regels van deze gebruikersnaam.
    #[param(example = "swv-po")]
    pub gebruiker: Option<String>,
    /// Alleen regels over deze leerling (intern nummer, nooit het BSN).
    #[param(example = 373)]
    pub leerling: Option<i64>,
    /// Alleen deze actie, bijvoorbeeld `lezen`, `lezen-lijst`, `aanmaken` of `exporteren`.
    #[param(example = "lezen")]
    pub actie: Option<String>,
    /// Vanaf deze dag (JJJJ-MM-DD).
    #[param(format = Date, value_type = Option<String>, example = "2026-11-01")]
    pub van: Option<String>,
    /// Tot en met deze dag (JJJJ-MM-DD).
    #[param(format = Date, value_type = Option<String>, example = "2026-11-22")]
    pub tot: Option<String>,
    /// Paginanummer, vanaf 1.
    pub pagina: Option<i64>,
    /// Regels per pagina, 1 tot 200 (standaard 50).
    pub pagina_grootte: Option<i64>,
}

pub(super) fn leeg(v: Option<String>) -> Option<String> {
    v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

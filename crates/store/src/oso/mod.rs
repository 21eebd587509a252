//! What OSO dossiers brought in: the dossier itself (sender, receipt, categories not
//! delivered, verzuim summary, the parents' view), support history, attachments, and the
//! restricted data (diagnoses, medical data) that only the roles that need it may see.

use crate::identiteit::{bekende_leerling_met, geen_overeenkomst, leerling_klopt};
use crate::kolom::{get_date, get_opt_date};
use crate::toegang::Verzoeker;
use crate::{LeerlingId, StoreError};
use jiff::civil::Date;
use passend_domain::Handeling;
use passend_domain::identiteit::Persoon;
use sqlx::Row;

mod dossiers;
mod import;
mod koppeling;

pub use import::*;

#[derive(Debug, Clone)]
pub struct OsoOverzicht {
    pub id: i64,
    pub vestiging_code: Option<String>,
    pub swv_code: String,
    pub ontvangen: Date,
    pub niet_geleverd: String,
    pub verzuim: Option<String>,
    pub zienswijze: Option<String>,
    /// (van, tot, omschrijving)
    pub historie: Vec<(Option<Date>, Option<Date>, String)>,
    /// (id, naam, mime, grootte in bytes)
    pub bijlagen: Vec<(i64, String, String, i64)>,
}

#[derive(Debug, Clone)]
pub struct BeperktGegeven {
    pub soort: String,
    pub omschrijving: String,
    pub datum: Option<Date>,
}

fn ongeldig(e: impl ToString) -> StoreError {
    StoreError::Ongeldig(e.to_string())
}

fn verzuim_tekst(v: &passend_uitwisseling::oso::Verzuim) -> String {
    let mut delen = Vec::new();
    let mut tel = |n: Option<u32>, wat: &str| {
        if let Some(n) = n {
            delen.push(format!("{n} {wat}"));
        }
    };
    tel(v.dagdelen_geoorloofd, "dagdelen geoorloofd");
    tel(v.dagdelen_ongeoorloofd, "dagdelen ongeoorloofd");
    tel(v.uren_geoorloofd, "uur geoorloofd");
    tel(v.uren_ongeoorloofd, "uur ongeoorloofd");
    tel(v.frequentie, "keer ongeoorloofd afwezig");
    if v.meer_dan_25_procent == Some(true) {
        delen.push("meer dan 25% afwezig".into());
    }
    if v.contact_leerplicht == Some(true) {
        delen.push("contact met leerplicht".into());
    }
    if v.rmc_melding == Some(true) {
        delen.push("RMC-melding".into());
    }
    format!("laatste 12 maanden: {}", delen.join(", "))
}

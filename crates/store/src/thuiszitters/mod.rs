//! The thuiszitter register: cases, the SWV's escalation ladder, the clock that moves a
//! case up when a step's deadline passes, and the binding decision of the last step.
//! Every read and change of a case goes through the caller's scope and the audit log.

use crate::audit::{Actie, append};
use crate::toegang::{Verzoeker, scope_condition};
use crate::{LeerlingId, StoreError, instant_text};
use jiff::civil::Date;
use passend_domain::thuiszitters::{
    BesluitError, Escalatieladder, Soort, Stap, Zaakfeiten, beslis, dagen_thuis, escaleer,
    langer_dan_drie_maanden, mag_zaak_openen, verantwoordelijk_swv,
};
use passend_domain::toegang::Functie;
use passend_domain::{SwvCode, leeftijd_op};
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

mod aantallen;
mod bijwerken;
mod escalatie;
mod ladder;
mod lezen;
mod registratie;
mod terugkeer;
mod voornemen;

use aantallen::*;
pub(crate) use registratie::*;

/// One case as lists and pages show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zaak {
    pub id: i64,
    pub leerling_id: LeerlingId,
    pub naam: String,
    pub swv_code: String,
    pub soort: String,
    pub startdatum: Date,
    pub dagen_thuis: i64,
    pub langer_dan_drie_maanden: bool,
    pub stap: usize,
    pub stap_naam: String,
    pub eigenaar: String,
    pub deadline: Date,
    pub laatste_stap: bool,
    pub besluit_te_laat: bool,
    pub aanbod_datum: Option<Date>,
    pub plan: Option<String>,
    pub opgelost_op: Option<Date>,
    /// How it was resolved: `terugkeer` (a recorded return) or `aanwezig` (attendance in the
    /// uploaded absence data at the school where the child is enrolled).
    pub oplossing: Option<String>,
    pub besluit: Option<String>,
}

impl Zaak {
    /// The resolution in words, for pages and lists.
    pub fn oplossing_tekst(&self) -> Option<&'static str> {
        match self.oplossing.as_deref()? {
            "aanwezig" => Some("weer aanwezig op school volgens de verzuimgegevens"),
            _ => Some("terug op school (vastgelegd)"),
        }
    }
}

/// A notice to the owner of the next step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notificatie {
    pub zaak_id: Option<i64>,
    pub aan: String,
    pub tekst: String,
    pub aangemaakt: String,
}

fn date(text: &str) -> Result<Date, StoreError> {
    text.parse()
        .map_err(|_| StoreError::Ongeldig(format!("ongeldige datum in de database: {text}")))
}

fn opt_date(text: Option<String>) -> Result<Option<Date>, StoreError> {
    text.as_deref().map(date).transpose()
}

const ZAAK_COLUMNS: &str = "z.id, z.leerling_id, l.voornaam, l.tussenvoegsel, l.achternaam, z.swv_code, z.soort, \
     z.startdatum, z.stap, z.stap_deadline, z.besluit_te_laat, z.aanbod_datum, z.plan, z.opgelost_op, z.oplossing, z.besluit";

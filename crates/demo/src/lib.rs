//! The demo region (`passend demo`): the real PO2605 and VO2605 samenwerkingsverbanden
//! (Houten, IJsselstein, Lopik, Nieuwegein, Vianen) with their real postcodes, and
//! fictitious besturen, vestigingen, about 15 000 pupils, ouders and one account per role.
//! Deterministic: the same seed and reference date always give the same data.
//!
//! The region is planned in memory (`plan`), loaded through the store's bulk load for a
//! starting position (`beginstand`), and then given its cases: through the store's own
//! procedures where the demo acts as a user, through its take-over of records where they
//! must already stand at a later step. It never reads or writes the database otherwise.

mod aanmeldingen;
mod accounts;
mod beginstand;
mod briefhoofden;
mod geld;
mod monitor;
mod names;
mod ondersteuning;
mod plan;
mod regio;
mod sop;
mod stappen;
mod verantwoording;
mod voorbeeldschool;
mod zaken;

pub use accounts::DemoAccount;
pub use voorbeeldschool::VOORBEELDSCHOOL;

use jiff::civil::{Date, date};
use passend_domain::ondersteuning::Domein;
use passend_store::{Store, StoreError};
use std::future::Future;

pub const DEMO_PO_SWV: &str = "PO2605";
pub const DEMO_VO_SWV: &str = "VO2605";
/// The teldatum the demo is drawn on: ages and enrolments are as of this day.
pub const PEILDATUM: Date = date(2026, 10, 1);

/// The five Doelgroepenmodel domains, for pupils with a support need (in the order the
/// seeded draw picks from).
pub const ONDERSTEUNINGSDOMEINEN: [Domein; 5] = [
    Domein::SociaalEmotioneel,
    Domein::LerenEnOntwikkelen,
    Domein::Communicatie,
    Domein::FysiekeSituatie,
    Domein::MedischeSituatie,
];

/// What the demo created, and the accounts with their passwords to print.
#[derive(Debug, Clone)]
pub struct DemoReport {
    pub besturen: usize,
    pub vestigingen: usize,
    pub leerlingen: usize,
    pub ouders: usize,
    /// Thuiszitter cases.
    pub zaken: usize,
    /// Registrations at the demo school.
    pub aanmeldingen: usize,
    /// Support records: OPPs, arrangements, TLVs, symbiose, one-table arrangement.
    pub ondersteuning: usize,
    pub accounts: Vec<DemoAccount>,
}

/// The demo region on a [`Store`]: `use passend_demo::Demo` and call `store.create_demo()`.
pub trait Demo {
    /// Creates the demo region in an empty database; the thuiszitter cases are laid out
    /// around today in the Netherlands.
    fn create_demo(&self) -> impl Future<Output = Result<DemoReport, StoreError>> + Send;

    /// The demo with its cases laid out around a given day.
    fn create_demo_on(
        &self,
        today: Date,
    ) -> impl Future<Output = Result<DemoReport, StoreError>> + Send;
}

impl Demo for Store {
    async fn create_demo(&self) -> Result<DemoReport, StoreError> {
        let today = jiff::Timestamp::now()
            .in_tz("Europe/Amsterdam")
            .map(|z| z.date())
            .unwrap_or(PEILDATUM);
        self.create_demo_on(today).await
    }

    async fn create_demo_on(&self, today: Date) -> Result<DemoReport, StoreError> {
        let plan = plan::Plan::maak()?;
        let mut regio = beginstand::laad(self, plan).await?;
        briefhoofden::insert(self).await?;
        let zaken = zaken::insert(self, &mut regio, today).await?;
        sop::insert(self, &regio, today).await?;
        let aanmeldingen = aanmeldingen::insert(self, &mut regio, today).await?;
        stappen::insert(self, today).await?;
        let accounts = accounts::insert(self, &mut regio).await?;
        let ondersteuning = ondersteuning::insert(self, &mut regio, today).await?;
        geld::insert(self, &mut regio, today).await?;
        verantwoording::insert(self, &regio, today).await?;
        monitor::insert(self, &regio, today).await?;
        voorbeeldschool::insert(self, &regio).await?;
        let leerlingen = regio.leerlingen.len();
        tracing::info!(leerlingen, "demoregio aangemaakt");
        Ok(DemoReport {
            besturen: plan::BESTUREN.len(),
            // And the example school.
            vestigingen: regio.vestigingen.len() + 1,
            leerlingen,
            ouders: regio.ouders.len(),
            zaken,
            aanmeldingen,
            ondersteuning,
            accounts,
        })
    }
}

/// `n` days before `today` (or today, at the edge of the calendar).
fn dagen(today: Date, n: i64) -> Date {
    use jiff::ToSpan;
    today.checked_sub(n.days()).unwrap_or(today)
}

/// The route the demo's audited steps are recorded under.
const ROUTE: &str = "demo";

//! Taking over a region's records as they stand: from a previous system, or the demo region.
//! The records arrive with their own dates and states (a case already at its second step, a
//! registration already decided), so they skip the live procedures' checks and audit: those
//! procedures ran where the records come from. Nothing here is reachable from the web.

mod aanmeldingen;
mod beginstand;
mod maatregelen;
mod ondersteuning;
mod organisatie;
mod personen;
mod zaken;

pub use aanmeldingen::{Aanmelding, Besluitvorming, Verlenging};
pub use beginstand::{Beginstand, Geladen};
pub use maatregelen::{Schorsing, Verwijdering, Vrijstelling};
pub use ondersteuning::{Behoefte, OppVaststelling, Tlv};
pub use organisatie::{Bestuur, Deskundige, School, Vestiging};
pub use personen::{Leerling, Ouder};
pub use zaken::{Uitschrijving, Zaak};

use crate::bulk::Value;
use crate::{Store, StoreError};
use jiff::civil::Date;

/// Records of pupils already in the database, taken over in one transaction.
#[derive(Debug, Clone, Default)]
pub struct Overname {
    pub uitschrijvingen: Vec<Uitschrijving>,
    pub zaken: Vec<Zaak>,
    pub behoeften: Vec<Behoefte>,
    pub aanmeldingen: Vec<Aanmelding>,
    pub tlvs: Vec<Tlv>,
    pub opp_vaststellingen: Vec<OppVaststelling>,
    pub schorsingen: Vec<Schorsing>,
    pub verwijderingen: Vec<Verwijdering>,
    pub vrijstellingen: Vec<Vrijstelling>,
}

impl Store {
    /// Stores the records, all or nothing, each list in its order.
    pub async fn neem_over(&self, o: &Overname) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        zaken::uitschrijvingen(&mut tx, &o.uitschrijvingen).await?;
        zaken::insert(&mut tx, &o.zaken).await?;
        ondersteuning::behoeften(&mut tx, &o.behoeften).await?;
        aanmeldingen::insert(&mut tx, &o.aanmeldingen).await?;
        ondersteuning::tlvs(&mut tx, &o.tlvs).await?;
        ondersteuning::opp_vaststellingen(&mut tx, &o.opp_vaststellingen).await?;
        maatregelen::insert(&mut tx, o).await?;
        tx.commit().await?;
        Ok(())
    }
}

type Tx = sqlx::Transaction<'static, sqlx::Any>;

fn datum(d: Date) -> Value {
    d.to_string().into()
}

fn datum_of(d: Option<Date>) -> Value {
    d.map(|d| d.to_string()).into()
}

fn vlag(b: bool) -> Value {
    i64::from(b).into()
}

/// The creation instant every record of one call shares.
fn nu() -> Value {
    crate::instant_text(jiff::Timestamp::now()).into()
}

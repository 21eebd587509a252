//! What the letters of the school and the gemeente share: the child's name, a school by its
//! name in the register, and the Dutch day a measure was recorded.

use super::BrievenStore;
use crate::{LeerlingId, StoreError};
use jiff::civil::Date;
use sqlx::Row;

impl BrievenStore<'_> {
    /// The child's full name, as the letter names it.
    pub(super) async fn kind_naam(self, leerling: LeerlingId) -> Result<String, StoreError> {
        let r =
            sqlx::query("SELECT voornaam, tussenvoegsel, achternaam FROM leerling WHERE id = $1")
                .bind(leerling.0)
                .fetch_one(&self.pool)
                .await?;
        Ok(passend_domain::Naam {
            voornaam: r.try_get(0)?,
            tussenvoegsel: r.try_get(1)?,
            achternaam: r.try_get(2)?,
        }
        .volledig())
    }

    /// A school as recorded: a vestiging code is named by its name in the register; an
    /// older free-text entry ("SBO De Brug") stays as it was typed.
    pub(super) async fn schoolnaam(self, opgeslagen: &str) -> Result<String, StoreError> {
        let r = sqlx::query("SELECT naam FROM vestiging WHERE code = $1")
            .bind(opgeslagen.trim())
            .fetch_optional(&self.pool)
            .await?;
        Ok(match r {
            Some(r) => r.try_get(0)?,
            None => opgeslagen.trim().to_string(),
        })
    }
}

/// The Dutch calendar day of a stored instant: the day a measure was recorded, which is
/// the day of its decision.
pub(super) fn dag_van(instant: &str) -> Result<Date, StoreError> {
    let t: jiff::Timestamp = instant.parse().map_err(|_| {
        StoreError::Ongeldig(format!("ongeldig tijdstip in de database: {instant}"))
    })?;
    Ok(t.in_tz("Europe/Amsterdam")
        .map(|z| z.date())
        .unwrap_or_else(|_| t.to_zoned(jiff::tz::TimeZone::UTC).date()))
}

//! What the letters of the school and the gemeente share: the child's name, a school by its
//! name in the register, and the Dutch day a measure was recorded.

use super::{BrievenStore, niet_gevonden};
use crate::{LeerlingId, StoreError, Verzoeker};
use jiff::civil::Date;
use sqlx::Row;
use sqlx::any::AnyRow;

/// Who asks for which decision's letter, on which day and route.
pub(super) struct Lezing<'a> {
    pub wie: &'a Verzoeker,
    pub id: i64,
    pub today: Date,
    pub route: &'a str,
}

impl BrievenStore<'_> {
    /// The decision's row (`sql` binds its id as `$1` and reads its pupil first), or "not
    /// found" when there is none or it is not taken yet.
    pub(super) async fn rij(
        self,
        l: &Lezing<'_>,
        sql: &'static str,
    ) -> Result<(AnyRow, LeerlingId), StoreError> {
        let r = sqlx::query(sql)
            .bind(l.id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| niet_gevonden(l.id))?;
        let leerling = LeerlingId(r.try_get(0)?);
        Ok((r, leerling))
    }

    /// [`Self::rij`] for whoever may read the child's dossier; the read is audited.
    pub(super) async fn gelezen(
        self,
        l: &Lezing<'_>,
        sql: &'static str,
    ) -> Result<(AnyRow, LeerlingId), StoreError> {
        let (r, leerling) = self.rij(l, sql).await?;
        self.lezen(l.wie, leerling, l.id, l.today, l.route).await?;
        Ok((r, leerling))
    }

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

//! What the SWV's letters share: the pupil of a decision's record, read through the one
//! policy (a record that does not exist and one the reader may not see look alike).

use super::{BrievenStore, niet_gevonden};
use crate::{LeerlingId, StoreError, Verzoeker};
use jiff::civil::Date;
use sqlx::Row;

/// The tables of the SWV's decisions, each keyed by `id` with its pupil in `leerling_id`.
#[derive(Debug, Clone, Copy)]
pub(super) enum Besluitrecord {
    Tlv,
    Arrangement,
    Zaak,
}

impl BrievenStore<'_> {
    /// The pupil of record `id`, once the policy let `wie` read the child's dossier (the
    /// read, or its refusal, is logged); "not found" for a record that does not exist.
    pub(super) async fn besluit_lezen(
        self,
        wie: &Verzoeker,
        record: Besluitrecord,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<LeerlingId, StoreError> {
        let sql = match record {
            Besluitrecord::Tlv => "SELECT leerling_id FROM tlv WHERE id = $1",
            Besluitrecord::Arrangement => "SELECT leerling_id FROM arrangement WHERE id = $1",
            Besluitrecord::Zaak => "SELECT leerling_id FROM thuiszitter_zaak WHERE id = $1",
        };
        let leerling = LeerlingId(
            sqlx::query(sql)
                .bind(id)
                .fetch_optional(&self.pool)
                .await?
                .ok_or_else(|| niet_gevonden(id))?
                .try_get(0)?,
        );
        self.lezen(wie, leerling, id, today, route).await?;
        Ok(leerling)
    }
}

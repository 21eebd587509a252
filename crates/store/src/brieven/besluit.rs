//! The SWV's letters (TLV, arrangement, escalation) start alike: the decision's record by
//! its id, its pupil, and the one policy's answer whether the reader may read the child's
//! dossier (a record that does not exist and one the reader may not see look alike).

use super::{BrievenStore, niet_gevonden};
use crate::{LeerlingId, StoreError, Verzoeker};
use jiff::civil::Date;
use passend_domain::brief::{Brief, Briefsoort};
use sqlx::Row;

/// A read of one of the SWV's letters, allowed by the policy and logged.
pub(super) struct Lezing<'a> {
    pub wie: &'a Verzoeker,
    pub leerling: LeerlingId,
    pub id: i64,
    pub today: Date,
    pub route: &'a str,
}

impl BrievenStore<'_> {
    /// The SWV's letter of kind `soort` about record `id`; "not found" for a record that
    /// does not exist, for a reader outside the child's dossier (the refusal is logged) and
    /// for a decision not taken.
    pub(super) async fn swv_brief(
        self,
        wie: &Verzoeker,
        soort: Briefsoort,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<Brief, StoreError> {
        let sql = match soort {
            Briefsoort::Tlv => "SELECT leerling_id FROM tlv WHERE id = $1",
            Briefsoort::Arrangement => "SELECT leerling_id FROM arrangement WHERE id = $1",
            Briefsoort::Escalatie => "SELECT leerling_id FROM thuiszitter_zaak WHERE id = $1",
            _ => return Err(niet_gevonden(id)),
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
        let l = Lezing {
            wie,
            leerling,
            id,
            today,
            route,
        };
        match soort {
            Briefsoort::Tlv => self.tlv_brief(&l).await,
            Briefsoort::Arrangement => self.arrangement_brief(&l).await,
            _ => self.escalatie_brief(&l).await,
        }
    }
}

//! A region's starting position, loaded at once into an empty database.

use super::organisatie::{self, Bestuur, Deskundige, School, Vestiging};
use super::personen::{self, Leerling, Ouder};
use crate::{LeerlingId, Store, StoreError};
use sqlx::Row;

/// Everything a region starts from; references between the lists are by DUO number (a
/// school's bestuur) or by position (an ouder's children).
#[derive(Debug, Clone, Default)]
pub struct Beginstand {
    pub besturen: Vec<Bestuur>,
    pub scholen: Vec<School>,
    pub vestigingen: Vec<Vestiging>,
    pub deskundigen: Vec<Deskundige>,
    pub leerlingen: Vec<Leerling>,
    pub ouders: Vec<Ouder>,
}

/// The ids the database gave, each list in the order of the beginstand's.
#[derive(Debug, Clone)]
pub struct Geladen {
    pub besturen: Vec<i64>,
    pub deskundigen: Vec<i64>,
    pub leerlingen: Vec<LeerlingId>,
    pub ouders: Vec<i64>,
}

const GEBRUIKT: &str = "SELECT (SELECT COUNT(*) FROM bestuur) + (SELECT COUNT(*) FROM leerling)";

impl Store {
    /// Loads the beginstand in one transaction, into a database without organisation or
    /// pupils yet (else [`StoreError::NietLeeg`]).
    pub async fn laad_beginstand(&self, b: &Beginstand) -> Result<Geladen, StoreError> {
        let mut tx = self.begin_write().await?;
        let gebruikt: i64 = sqlx::query(GEBRUIKT)
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
        if gebruikt > 0 {
            return Err(StoreError::NietLeeg);
        }
        let besturen =
            organisatie::insert(&mut tx, &b.besturen, &b.scholen, &b.vestigingen).await?;
        let leerlingen = personen::leerlingen(&mut tx, &b.leerlingen).await?;
        let ouders = personen::ouders(&mut tx, &b.ouders, &leerlingen).await?;
        let deskundigen = organisatie::deskundigen(&mut tx, &b.deskundigen).await?;
        tx.commit().await?;
        Ok(Geladen {
            besturen,
            deskundigen,
            leerlingen,
            ouders,
        })
    }

    /// Whether the database holds no organisation or pupil data yet.
    pub async fn is_empty(&self) -> Result<bool, StoreError> {
        let gebruikt: i64 = sqlx::query(GEBRUIKT)
            .fetch_one(&self.pool)
            .await?
            .try_get(0)?;
        Ok(gebruikt == 0)
    }
}

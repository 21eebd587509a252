//! The parent's own postal address (0038), for the letters addressed to the parents. The
//! parent keeps it ([`Functie::Postadres`]); nobody else reads or writes it here.

use super::BrievenStore;
use crate::audit::{Actie, commit_audited};
use crate::brieven::EigenBriefhoofd;
use crate::{StoreError, Verzoeker};
use passend_domain::brief::Briefhoofd;
use passend_domain::toegang::{Bereik, Functie};
use sqlx::Row;

/// The signed-in parent's own id; "not found" for everyone else.
fn eigen(wie: &Verzoeker) -> Result<i64, StoreError> {
    match wie.kijker.bereik(&Functie::Postadres) {
        Some(Bereik::Ouder(o)) => o.parse().ok(),
        _ => None,
    }
    .ok_or_else(|| StoreError::NietGevonden {
        wat: "postadres",
        sleutel: String::new(),
    })
}

impl BrievenStore<'_> {
    /// The parent's address as stored, with their name; empty fields until set.
    pub async fn eigen_postadres(self, wie: &Verzoeker) -> Result<EigenBriefhoofd, StoreError> {
        let r = sqlx::query(
            "SELECT voornaam, tussenvoegsel, achternaam, straat, huisnummer, postcode, plaats \
             FROM ouder WHERE id = $1",
        )
        .bind(eigen(wie)?)
        .fetch_one(&self.pool)
        .await?;
        Ok(EigenBriefhoofd {
            naam: passend_domain::Naam {
                voornaam: r.try_get(0)?,
                tussenvoegsel: r.try_get(1)?,
                achternaam: r.try_get(2)?,
            }
            .volledig(),
            straat: r.try_get(3)?,
            huisnummer: r.try_get(4)?,
            postcode: r.try_get(5)?,
            plaats: r.try_get(6)?,
            eigen_naam: None,
        })
    }

    /// Sets the parent's own address (checked by [`Briefhoofd::lees`]); audited.
    pub async fn zet_postadres(
        self,
        wie: &Verzoeker,
        a: &Briefhoofd,
        route: &str,
    ) -> Result<(), StoreError> {
        let id = eigen(wie)?;
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "UPDATE ouder SET straat = $1, huisnummer = $2, postcode = $3, plaats = $4 WHERE id = $5",
        )
        .bind(&a.straat)
        .bind(&a.huisnummer)
        .bind(&a.postcode)
        .bind(&a.plaats)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        commit_audited(tx, wie, None, Actie::Wijzigen, route, &["postadres"]).await
    }
}

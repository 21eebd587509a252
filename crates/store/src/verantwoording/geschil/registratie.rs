//! Registering a dispute.

use super::*;
use crate::repo::VerantwoordingStore;

impl VerantwoordingStore<'_> {
    /// Records a dispute sent to the geschillencommissie, or a referral to an
    /// onderwijsconsulent, with the commission's term computed from the day it was received.
    pub async fn registreer_geschil(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        g: &NieuwGeschil,
        today: Date,
        route: &str,
    ) -> Result<i64, StoreError> {
        // A dispute about toelating is about the registration: its school needs no more than
        // the registration (the policy's `AanmeldingLezen`); every other dispute needs the dossier.
        if matches!(g.soort, GeschilSoort::Toelating) {
            let school = self.school_context(&g.vestiging).await?;
            let h = passend_domain::Handeling::AanmeldingLezen(school);
            self.toets(wie, &h, leerling, today, route).await?;
        } else {
            self.dossier_voor(wie, leerling, today, route).await?;
        }
        let swv = partij(&self, wie, &g.vestiging).await?;
        let betrokken: i64 = sqlx::query(
            "SELECT (SELECT COUNT(*) FROM inschrijving WHERE leerling_id = $1 AND vestiging_code = $2) \
             + (SELECT COUNT(*) FROM aanmelding WHERE leerling_id = $1 AND vestiging_code = $2)",
        )
        .bind(leerling.0)
        .bind(&g.vestiging)
        .fetch_one(&self.pool)
        .await?
        .try_get(0)?;
        if betrokken == 0 {
            return Err(ongeldig(
                "vestiging: de leerling is op deze school niet aangemeld of ingeschreven geweest",
            ));
        }
        if g.omschrijving.trim().is_empty() {
            return Err(ongeldig(
                "omschrijving: beschrijf waar het geschil over gaat",
            ));
        }
        if g.ingediend_op > today {
            return Err(ongeldig("ingediend op: deze datum ligt in de toekomst"));
        }
        let uiterlijk = g.soort.geschillencommissie().then(|| {
            oordeel_uiterlijk(
                g.ingediend_op,
                Richtlijnen::ingebouwd().geschillen.oordeel_weken,
            )
        });
        let mut tx = self.begin_write().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO geschil (leerling_id, vestiging_code, swv_code, soort, ingediend_op, omschrijving, oordeel_uiterlijk, aangemaakt) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(leerling.0)
        .bind(&g.vestiging)
        .bind(&swv)
        .bind(g.soort.as_str())
        .bind(g.ingediend_op.to_string())
        .bind(g.omschrijving.trim())
        .bind(uiterlijk.map(|d| d.to_string()))
        .bind(instant_text(jiff::Timestamp::now()))
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        commit_audited(
            tx,
            wie,
            Some(leerling),
            Actie::Aanmaken,
            route,
            &["geschil"],
        )
        .await?;
        Ok(id)
    }
}

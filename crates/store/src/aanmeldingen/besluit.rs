//! Extending the term and deciding on an aanmelding.

use super::*;
use crate::repo::AanmeldingenStore;

impl AanmeldingenStore<'_> {
    /// The one extension of the decision term, with the day the parents were told.
    pub async fn verleng_aanmelding(
        self,
        wie: &Verzoeker,
        id: i64,
        v: Verlenging,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let a = self.eigen_open(wie, id, today, route).await?;
        if a.termijnen.verlengd {
            return Err(StoreError::Ongeldig(
                "de beslistermijn kan maar één keer worden verlengd".into(),
            ));
        }
        if v.kennisgeving > today {
            return Err(StoreError::Ongeldig(
                "de kennisgeving aan de ouders ligt in de toekomst".into(),
            ));
        }
        // The notice is due before the end of the six weeks, which a VO suspension
        // lengthens (WVO art. 27 lid 2e, 2g): checked with the registration's own facts.
        termijnen(a.ontvangen, Some(v), &a.opschortingen, a.vo, true, None)
            .map_err(|e| StoreError::Ongeldig(e.to_string()))?;
        let mut tx = self.begin_write().await?;
        // Checked again in the write: of two extensions sent at once, only one gets through.
        let changed = sqlx::query(
            "UPDATE aanmelding SET verlenging_weken = $1, verlenging_kennisgeving = $2 \
             WHERE id = $3 AND verlenging_weken IS NULL AND besluit IS NULL AND ingetrokken_op IS NULL",
        )
        .bind(v.weken)
        .bind(v.kennisgeving.to_string())
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            return Err(StoreError::Ongeldig(
                "de beslistermijn kan maar één keer worden verlengd".into(),
            ));
        }
        append(
            &mut tx,
            wie,
            Some(a.leerling_id),
            Actie::Wijzigen,
            route,
            Some(&["verlenging"]),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The decision: the domain checks it against the law and writes the letter to the
    /// parents ([`zorgplicht::beslis`]); this stores it once, guarded against a concurrent
    /// decision or withdrawal. The child's voice (what it said, or why not) is required.
    pub async fn beslis_aanmelding(
        self,
        wie: &Verzoeker,
        id: i64,
        besluit: &Besluit,
        stem_kind: &str,
        today: Date,
        route: &str,
    ) -> Result<String, StoreError> {
        let (a, _, u) = self
            .voorbereid_besluit(wie, id, besluit, stem_kind, today, route)
            .await?;
        let mut tx = self.begin_write().await?;
        let gezet = sqlx::query(
            "UPDATE aanmelding SET besluit = $1, besluit_datum = $2, andere_school = $3, bereid_op = $4, reden = $5, brief = $6, stem_kind = $7 \
             WHERE id = $8 AND besluit IS NULL AND ingetrokken_op IS NULL",
        )
        .bind(u.code)
        .bind(today.to_string())
        .bind(u.andere_school)
        .bind(u.bereid_op.map(|d| d.to_string()))
        .bind(u.reden)
        .bind(&u.brief)
        .bind(&u.stem_kind)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if gezet == 1 {
            let extra = matches!(
                besluit,
                Besluit::Toegelaten {
                    extra_ondersteuning: true
                }
            );
            super::inschrijven::volg_besluit(&mut tx, &a, u.code, extra, today).await?;
        }
        bevestig_open(
            tx,
            gezet,
            wie,
            a.leerling_id,
            route,
            &[
                "besluit",
                "brief",
                "stem kind",
                "inschrijving",
                "ondersteuningsbehoefte",
            ],
        )
        .await?;
        Ok(u.brief)
    }

    /// The checks of a decision, without recording it: the school's own open registration,
    /// the other school's yes (WPO art. 40 lid 4) and the domain's rules. Gives the
    /// registration, the decision as the letter names it, and what to store.
    pub(super) async fn voorbereid_besluit(
        self,
        wie: &Verzoeker,
        id: i64,
        besluit: &Besluit,
        stem_kind: &str,
        today: Date,
        route: &str,
    ) -> Result<(Aanmelding, Besluit, zorgplicht::AanmeldingUitkomst), StoreError> {
        let a = self.eigen_open(wie, id, today, route).await?;
        let feiten = AanmeldingFeiten {
            school: &a.vestiging_code,
            school_naam: &a.vestiging_naam,
            extra_ondersteuning_nodig: a.extra_ondersteuning,
            vo: self.vestiging_is_vo(&a.vestiging_code).await?,
        };
        let ongeldig = |e: zorgplicht::BesluitError| StoreError::Ongeldig(e.to_string());
        // A refusal names a vestiging from the register; its own yes in time gives the date
        // (WPO art. 40 lid 4), and the letter names the school.
        let (besluit, andere_school) = match besluit {
            Besluit::ElderToegelaten { andere_school, .. } => {
                let (bestaat, vraag) = self.vraag_aan(id, andere_school, today).await?;
                let bereid_op = zorgplicht::bereid_op(
                    &a.vestiging_code,
                    andere_school,
                    bestaat,
                    vraag.as_ref().map(|b| &b.vraag),
                    a.extra_ondersteuning,
                    today,
                )
                .map_err(ongeldig)?;
                let naam = match &vraag {
                    Some(b) => b.vestiging_naam.clone(),
                    None => self
                        .vestiging_naam(andere_school.trim())
                        .await?
                        .unwrap_or_default(),
                };
                let code = andere_school.trim().to_string();
                let b = Besluit::ElderToegelaten {
                    andere_school: format!("{naam} ({code})"),
                    bereid_op,
                };
                (b, Some(code))
            }
            other => (other.clone(), None),
        };
        let mut u = zorgplicht::beslis(&feiten, &besluit, stem_kind, today).map_err(ongeldig)?;
        if andere_school.is_some() {
            u.andere_school = andere_school;
        }
        Ok((a, besluit, u))
    }
}

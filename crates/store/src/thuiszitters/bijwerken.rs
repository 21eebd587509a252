//! Updating, resolving and deciding a case.

use super::*;
use crate::repo::ThuiszittersStore;

impl ThuiszittersStore<'_> {
    /// Records the plan and the date an education offer was made (school, SWV or
    /// leerplicht; not the ouder). The audit entry names the fields, not their content.
    pub async fn werk_zaak_bij(
        self,
        wie: &Verzoeker,
        id: i64,
        plan: Option<&str>,
        aanbod_datum: Option<Date>,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let zaak = self.zaak_voor_wijziging(wie, id, today, route).await?;
        let mut velden = Vec::new();
        let plan = plan.map(str::trim).filter(|p| !p.is_empty());
        if plan.is_some() && plan != zaak.plan.as_deref() {
            velden.push("plan");
        }
        if aanbod_datum.is_some() && aanbod_datum != zaak.aanbod_datum {
            if aanbod_datum.is_some_and(|d| d > today) {
                return Err(StoreError::Ongeldig(
                    "de datum van het aanbod ligt in de toekomst".into(),
                ));
            }
            velden.push("aanbod");
        }
        if velden.is_empty() {
            return Ok(());
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE thuiszitter_zaak SET plan = COALESCE($1, plan), aanbod_datum = COALESCE($2, aanbod_datum) WHERE id = $3")
            .bind(plan)
            .bind(aanbod_datum.map(|d| d.to_string()))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        append(
            &mut tx,
            wie,
            Some(zaak.leerling_id),
            Actie::Wijzigen,
            route,
            Some(&velden),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records that the child is back at school: the case is resolved (a recorded return).
    pub async fn los_zaak_op(
        self,
        wie: &Verzoeker,
        id: i64,
        op: Date,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let zaak = self.zaak_voor_wijziging(wie, id, today, route).await?;
        if op > today || op < zaak.startdatum {
            return Err(StoreError::Ongeldig(
                "de datum van de oplossing ligt niet tussen de eerste dag thuis en vandaag".into(),
            ));
        }
        let mut tx = self.begin_write().await?;
        let gezet = sqlx::query(
            "UPDATE thuiszitter_zaak SET opgelost_op = $1, oplossing = 'terugkeer' WHERE id = $2 AND opgelost_op IS NULL",
        )
        .bind(op.to_string())
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if gezet == 0 {
            return Err(StoreError::Ongeldig("deze zaak is al afgesloten".into()));
        }
        append(
            &mut tx,
            wie,
            Some(zaak.leerling_id),
            Actie::Wijzigen,
            route,
            Some(&["opgelost"]),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The binding decision of the ladder's last step, recorded by the SWV that holds the
    /// case. Refused before the case has reached the last step. A step of the case, not its
    /// end: the case stays open until the child attends again.
    pub async fn neem_besluit(
        self,
        wie: &Verzoeker,
        id: i64,
        besluit: &str,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let (zaak, besluit) = self
            .voorbereid_besluit(wie, id, besluit, today, route)
            .await?;
        let ongeldig = |e: BesluitError| StoreError::Ongeldig(e.to_string());
        let mut tx = self.begin_write().await?;
        let gezet = sqlx::query(
            "UPDATE thuiszitter_zaak SET besluit = $1, besluit_datum = $2 WHERE id = $3 AND opgelost_op IS NULL AND besluit IS NULL",
        )
        .bind(besluit)
        .bind(today.to_string())
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        // A concurrent decision or resolution came first: that one stands.
        if gezet == 0 {
            return Err(ongeldig(BesluitError::AlBeslist));
        }
        append(
            &mut tx,
            wie,
            Some(zaak.leerling_id),
            Actie::Wijzigen,
            route,
            Some(&["besluit"]),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The checks of a binding decision, without recording it: a case the caller may
    /// change, at the top of the ladder, decided by the SWV that holds the doorzettingsmacht
    /// ([`beslis`]). Gives the case and the decision as it will be recorded.
    pub(super) async fn voorbereid_besluit(
        self,
        wie: &Verzoeker,
        id: i64,
        besluit: &str,
        today: Date,
        route: &str,
    ) -> Result<(Zaak, String), StoreError> {
        let zaak = self.zaak_voor_wijziging(wie, id, today, route).await?;
        let ongeldig = |e: BesluitError| StoreError::Ongeldig(e.to_string());
        let feiten = Zaakfeiten {
            swv: &zaak.swv_code,
            beslist_voor: wie.kijker.scope_voor(&Functie::Doorzetten),
            stap: zaak.stap,
            stap_naam: &zaak.stap_naam,
            laatste_stap: zaak.laatste_stap,
            opgelost: zaak.opgelost_op.is_some(),
            beslist: zaak.besluit.is_some(),
        };
        let besluit = beslis(&feiten, besluit).map_err(ongeldig)?;
        Ok((zaak, besluit.to_string()))
    }

    /// A case the caller may change: visible to them, open, and not as ouder.
    async fn zaak_voor_wijziging(
        self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<Zaak, StoreError> {
        if !wie.kijker.mag_functie(&Functie::ThuiszitterZaak) {
            return Err(StoreError::NietGevonden {
                wat: "zaak",
                sleutel: id.to_string(),
            });
        }
        let zaak = self.zaak_voor(wie, id, today, route).await?;
        if zaak.opgelost_op.is_some() {
            return Err(StoreError::Ongeldig("deze zaak is al afgesloten".into()));
        }
        Ok(zaak)
    }
}

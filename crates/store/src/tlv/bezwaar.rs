//! Bezwaar against a TLV decision, tracked with its terms.

use super::*;
use crate::repo::TlvsStore;

impl TlvsStore<'_> {
    /// Records a bezwaar against a decision (the SWV receives it).
    pub async fn registreer_bezwaar(
        self,
        wie: &Verzoeker,
        tlv: i64,
        ingediend_op: Date,
        gronden: &str,
        today: Date,
        route: &str,
    ) -> Result<i64, StoreError> {
        let t = self.tlv_van_eigen_swv(wie, tlv, today, route).await?;
        let Some(besluit_datum) = t.besluit_datum else {
            return Err(ongeldig("bezwaar kan pas tegen een besluit"));
        };
        if gronden.trim().is_empty() {
            return Err(ongeldig("noem de gronden van het bezwaar"));
        }
        if ingediend_op < besluit_datum || ingediend_op > today {
            return Err(ongeldig(
                "de datum van indiening ligt tussen het besluit en vandaag",
            ));
        }
        let mut tx = self.begin_write().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO tlv_bezwaar (tlv_id, ingediend_op, gronden, aangemaakt) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(tlv)
        .bind(ingediend_op.to_string())
        .bind(gronden.trim())
        .bind(instant_text(jiff::Timestamp::now()))
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        commit_audited(
            tx,
            wie,
            Some(t.leerling_id),
            Actie::Aanmaken,
            route,
            &["bezwaar"],
        )
        .await?;
        Ok(id)
    }

    /// Records the postponement, the adviescommissie's advice and the decision on bezwaar.
    pub async fn werk_bezwaar_bij(
        self,
        wie: &Verzoeker,
        tlv: i64,
        bezwaar: i64,
        stap: &BezwaarStap,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let t = self.tlv_van_eigen_swv(wie, tlv, today, route).await?;
        let b = t
            .bezwaren
            .iter()
            .find(|b| b.id == bezwaar)
            .ok_or(StoreError::NietGevonden {
                wat: "bezwaar",
                sleutel: bezwaar.to_string(),
            })?;
        if b.uitkomst.is_some() {
            return Err(ongeldig("op dit bezwaar is al beslist"));
        }
        if let Some(u) = &stap.uitkomst {
            if !["gegrond", "deels gegrond", "ongegrond", "niet-ontvankelijk"].contains(&u.as_str())
            {
                return Err(ongeldig(format!(
                    "'{u}' is geen uitkomst: gegrond, deels gegrond, ongegrond of niet-ontvankelijk"
                )));
            }
            if stap.advies.is_none() && b.advies.is_none() && u != "niet-ontvankelijk" {
                return Err(ongeldig(
                    "eerst het advies van de bezwaaradviescommissie (WPO art. 18a lid 12)",
                ));
            }
        }
        let mut velden = Vec::new();
        let mut tx = self.begin_write().await?;
        if let Some(v) = stap.verdaagd {
            sqlx::query("UPDATE tlv_bezwaar SET verdaagd = $1 WHERE id = $2 AND uitkomst IS NULL")
                .bind(i64::from(v))
                .bind(bezwaar)
                .execute(&mut *tx)
                .await?;
            velden.push("verdaagd");
        }
        if let Some(a) = stap.advies.as_deref().filter(|a| !a.trim().is_empty()) {
            sqlx::query("UPDATE tlv_bezwaar SET advies = $1, advies_datum = $2 WHERE id = $3 AND uitkomst IS NULL")
                .bind(a.trim())
                .bind(stap.advies_datum.unwrap_or(today).to_string())
                .bind(bezwaar)
                .execute(&mut *tx)
                .await?;
            velden.push("advies");
        }
        if let Some(u) = &stap.uitkomst {
            let n = sqlx::query("UPDATE tlv_bezwaar SET uitkomst = $1, besluit_datum = $2 WHERE id = $3 AND uitkomst IS NULL")
                .bind(u)
                .bind(stap.besluit_datum.unwrap_or(today).to_string())
                .bind(bezwaar)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            // A decision that another request stored in the meantime stays as it was.
            if n == 0 {
                return Err(ongeldig("op dit bezwaar is al beslist"));
            }
            velden.push("uitkomst");
        }
        if velden.is_empty() {
            return Err(ongeldig("niets om vast te leggen"));
        }
        commit_audited(
            tx,
            wie,
            Some(t.leerling_id),
            Actie::Wijzigen,
            route,
            &velden,
        )
        .await
    }
}

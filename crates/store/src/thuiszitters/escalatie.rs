//! Escalating cases up the ladder, and the notifications it leaves.

use super::*;
use crate::repo::ThuiszittersStore;

impl ThuiszittersStore<'_> {
    /// The clock: every open case whose step passed its deadline moves up (as many steps
    /// as have expired), the next owner gets a notice, and the move is logged under the
    /// system account. Returns how many cases moved.
    pub async fn escaleer_zaken(self, today: Date) -> Result<usize, StoreError> {
        let wie = self.systeem().await?;
        let due = sqlx::query(
            "SELECT id, leerling_id, swv_code, stap, stap_deadline, besluit_te_laat FROM thuiszitter_zaak \
             WHERE opgelost_op IS NULL AND besluit IS NULL AND stap_deadline < $1",
        )
        .bind(today.to_string())
        .fetch_all(&self.pool)
        .await?;
        let mut moved = 0;
        for r in &due {
            let id: i64 = r.try_get(0)?;
            let leerling = LeerlingId(r.try_get(1)?);
            let swv: String = r.try_get(2)?;
            let ladder = self.ladder(&SwvCode::parse(&swv)?).await?;
            let stap = usize::try_from(r.try_get::<i64, _>(3)?)
                .unwrap_or(0)
                .min(ladder.laatste());
            let positie = escaleer(&ladder, stap, date(&r.try_get::<String, _>(4)?)?, today);
            let was_te_laat = r.try_get::<i64, _>(5)? != 0;
            if positie.nieuwe_stappen.is_empty() && positie.besluit_te_laat == was_te_laat {
                continue;
            }
            let mut tx = self.begin_write().await?;
            sqlx::query("UPDATE thuiszitter_zaak SET stap = $1, stap_deadline = $2, besluit_te_laat = $3 WHERE id = $4")
                .bind(positie.stap as i64)
                .bind(positie.deadline.to_string())
                .bind(i64::from(positie.besluit_te_laat))
                .bind(id)
                .execute(&mut *tx)
                .await?;
            for &nieuw in &positie.nieuwe_stappen {
                let s = &ladder.stappen()[nieuw];
                let tekst = format!(
                    "Zaak {id} is zonder oplossing doorgeschoven naar stap {} ({}); besluit uiterlijk {}.",
                    nieuw + 1,
                    s.naam,
                    positie.deadline
                );
                notificeer(&mut tx, &swv, id, &s.eigenaar, &tekst).await?;
            }
            if positie.besluit_te_laat && !was_te_laat {
                let eigenaar = &ladder.stappen()[ladder.laatste()].eigenaar;
                let tekst =
                    format!("Zaak {id}: de termijn voor het bindende besluit is verstreken.");
                notificeer(&mut tx, &swv, id, eigenaar, &tekst).await?;
            }
            append(
                &mut tx,
                &wie,
                Some(leerling),
                Actie::Wijzigen,
                "escalatie",
                Some(&["escalatiestap"]),
            )
            .await?;
            tx.commit().await?;
            moved += 1;
        }
        Ok(moved)
    }

    /// Notices for the SWV of the caller (SWV staff only), newest first.
    pub async fn notificaties(self, wie: &Verzoeker) -> Result<Vec<Notificatie>, StoreError> {
        let Some(swv) = wie.kijker.schrijft_voor_swv(&Functie::Thuiszitters) else {
            return Ok(Vec::new());
        };
        let rows = sqlx::query(
            "SELECT zaak_id, aan, tekst, aangemaakt FROM notificatie WHERE swv_code = $1 ORDER BY aangemaakt DESC, id DESC LIMIT 50",
        )
        .bind(swv)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(|r| {
                Ok(Notificatie {
                    zaak_id: r.try_get(0)?,
                    aan: r.try_get(1)?,
                    tekst: r.try_get(2)?,
                    aangemaakt: r.try_get(3)?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()?)
    }
}

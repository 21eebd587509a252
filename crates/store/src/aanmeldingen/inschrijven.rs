//! The facts follow the decisions: admission enrols the child from its start date, the
//! temporary placement after 10 weeks enrols it on its date (WPO art. 40 lid 7, WVO art. 27
//! lid 2f, WEC art. 40 lid 8/9), and a refusal ends that temporary placement.

use super::*;
use crate::repo::AanmeldingenStore;
use sqlx::{Any, Transaction};

/// After a decision on `a` (in the decision's transaction): `toegelaten` enrols the child
/// from its wished start (not before the decision), unless the temporary placement already
/// did (it becomes definitive), and the support need assessed goes to the dossier
/// (`extra_bij_besluit`: the decision's own assessment); a refusal or "niet behandeld" ends
/// the temporary placement.
pub(super) async fn volg_besluit(
    tx: &mut Transaction<'static, Any>,
    a: &Aanmelding,
    code: &str,
    extra_bij_besluit: bool,
    today: Date,
) -> Result<(), StoreError> {
    let geplaatst: Option<String> =
        sqlx::query("SELECT geplaatst_op FROM aanmelding WHERE id = $1")
            .bind(a.id)
            .fetch_one(&mut **tx)
            .await?
            .try_get(0)?;
    if code == "toegelaten" {
        neem_behoefte_over(tx, a, extra_bij_besluit).await?;
    }
    match (code, geplaatst) {
        ("toegelaten", None) => {
            let van = a.gewenste_start.map_or(today, |d| d.max(today));
            schrijf_in(tx, a.leerling_id, &a.vestiging_code, van).await
        }
        ("toegelaten" | "tlv-route", Some(_)) | ("tlv-route", None) => Ok(()),
        (_, Some(_)) => {
            sqlx::query("UPDATE inschrijving SET tot = $1 WHERE leerling_id = $2 AND vestiging_code = $3 AND tot IS NULL")
                .bind(today.to_string())
                .bind(a.leerling_id.0)
                .bind(&a.vestiging_code)
                .execute(&mut **tx)
                .await?;
            Ok(())
        }
        (_, None) => Ok(()),
    }
}

/// The school's assessment of the support need at the registration (WPO art. 40 lid 3, WVO
/// art. 27 lid 2b, WEC art. 40 lid 4) becomes the child's ondersteuningsbehoefte in its
/// dossier; a need already on the dossier (an OPP's, another school's) is kept.
async fn neem_behoefte_over(
    tx: &mut Transaction<'static, Any>,
    a: &Aanmelding,
    extra_bij_besluit: bool,
) -> Result<(), StoreError> {
    let behoefte = passend_domain::zorgplicht::behoefte_na_toelating(
        a.extra_ondersteuning,
        extra_bij_besluit,
        a.beoordeling.as_deref(),
        a.ontvangen,
    );
    zet_behoefte(tx, a.leerling_id, behoefte).await
}

/// Writes an admitted child's assessed need into its dossier unless it has one already
/// (also for registrations taken over with their decision, see `overname`).
pub(crate) async fn zet_behoefte(
    tx: &mut Transaction<'static, Any>,
    leerling: LeerlingId,
    behoefte: Option<String>,
) -> Result<(), StoreError> {
    let Some(behoefte) = behoefte else {
        return Ok(());
    };
    sqlx::query(
        "UPDATE leerling SET ondersteuningsbehoefte = $1 WHERE id = $2 \
         AND (ondersteuningsbehoefte IS NULL OR TRIM(ondersteuningsbehoefte) = '')",
    )
    .bind(behoefte)
    .bind(leerling.0)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn schrijf_in(
    tx: &mut Transaction<'static, Any>,
    leerling: LeerlingId,
    vestiging: &str,
    van: Date,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO inschrijving (leerling_id, vestiging_code, van) VALUES ($1, $2, $3)")
        .bind(leerling.0)
        .bind(vestiging)
        .bind(van.to_string())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

impl AanmeldingenStore<'_> {
    /// The clock of the temporary placement: every open registration whose placement is due
    /// (10 weeks without a decision, the child enrolled nowhere else) enrols the child on the
    /// placement's first day, once. Returns how many were placed.
    pub async fn plaats_tijdelijk(self, today: Date) -> Result<usize, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} {FROM} WHERE a.besluit IS NULL AND a.ingetrokken_op IS NULL AND a.geplaatst_op IS NULL"
        )))
        .fetch_all(&self.pool)
        .await?;
        let systeem = self.systeem().await?;
        let mut geplaatst = 0;
        for r in &rows {
            let a = self.aanmelding_from(r).await?;
            let Some(van) = a
                .termijnen
                .tijdelijke_plaatsing_vanaf
                .filter(|d| *d <= today)
            else {
                continue;
            };
            let mut tx = self.begin_write().await?;
            let gezet = sqlx::query(
                "UPDATE aanmelding SET geplaatst_op = $1 WHERE id = $2 AND geplaatst_op IS NULL AND besluit IS NULL AND ingetrokken_op IS NULL",
            )
            .bind(van.to_string())
            .bind(a.id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if gezet == 0 {
                continue;
            }
            schrijf_in(&mut tx, a.leerling_id, &a.vestiging_code, van).await?;
            // Placed, the child is the school's pupil: its assessed need goes with it.
            neem_behoefte_over(&mut tx, &a, false).await?;
            crate::audit::commit_audited(
                tx,
                &systeem,
                Some(a.leerling_id),
                Actie::Wijzigen,
                "tijdelijke plaatsing",
                &["inschrijving", "ondersteuningsbehoefte"],
            )
            .await?;
            geplaatst += 1;
        }
        Ok(geplaatst)
    }
}

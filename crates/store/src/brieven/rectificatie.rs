//! Rectifying a decision: the party that took it records the correction of an obvious
//! mistake beside it (the decision is never edited), audited with the change itself; the
//! letter then prints every rectification with its date.

use super::{BrievenStore, niet_gevonden};
use crate::audit::commit_audited;
use crate::{Actie, LeerlingId, StoreError, Verzoeker};
use jiff::civil::Date;
use passend_domain::brief::{Briefsoort, datum_voluit};
use sqlx::Row;

/// (pupil, the vestiging, SWV or gemeente whose decision it is) of a decision taken, by
/// its id; `None` for the receipt, which is not a decision.
fn eigenaar_sql(soort: Briefsoort) -> Option<&'static str> {
    Some(match soort {
        Briefsoort::Ontvangstbevestiging => return None,
        Briefsoort::Aanmeldingsbesluit => {
            "SELECT leerling_id, vestiging_code FROM aanmelding WHERE id = $1 AND besluit IS NOT NULL"
        }
        Briefsoort::Schorsing => "SELECT leerling_id, vestiging_code FROM schorsing WHERE id = $1",
        Briefsoort::Verwijdering => {
            "SELECT leerling_id, vestiging_code FROM verwijdering WHERE id = $1"
        }
        Briefsoort::Tlv => {
            "SELECT leerling_id, swv_code FROM tlv WHERE id = $1 AND brief IS NOT NULL"
        }
        Briefsoort::Arrangement => {
            "SELECT leerling_id, swv_code FROM arrangement WHERE id = $1 AND besluit IS NOT NULL"
        }
        Briefsoort::Escalatie => {
            "SELECT leerling_id, swv_code FROM thuiszitter_zaak WHERE id = $1 AND besluit IS NOT NULL"
        }
        Briefsoort::Vrijstelling => {
            "SELECT leerling_id, gemeentecode FROM vrijstelling WHERE id = $1 AND status <> 'aangevraagd'"
        }
    })
}

/// The longest correction kept: a rectification corrects a detail, it is no new decision.
const MAX_TEKST: usize = 2000;

impl BrievenStore<'_> {
    /// The pupil of decision `id` when `wie` took it (within its scope) and may rectify it.
    async fn eigen_besluit(
        self,
        wie: &Verzoeker,
        soort: Briefsoort,
        id: i64,
    ) -> Result<Option<LeerlingId>, StoreError> {
        let Some(sql) = eigenaar_sql(soort) else {
            return Ok(None);
        };
        let Some(r) = sqlx::query(sql).bind(id).fetch_optional(&self.pool).await? else {
            return Ok(None);
        };
        let eigenaar: String = r.try_get(1)?;
        Ok(wie
            .kijker
            .mag_rectificeren(soort, &eigenaar)
            .then_some(LeerlingId(r.try_get(0)?)))
    }

    /// Whether the letter's page offers `wie` the rectification form.
    pub async fn mag_rectificeren(
        self,
        wie: &Verzoeker,
        soort: Briefsoort,
        id: i64,
    ) -> Result<bool, StoreError> {
        Ok(self.eigen_besluit(wie, soort, id).await?.is_some())
    }

    /// Records a rectification of decision `id` by the party that took it. Refused with
    /// "not found" for anyone else; an empty or overlong text is refused with the reason.
    pub async fn rectificeer(
        self,
        wie: &Verzoeker,
        soort: Briefsoort,
        id: i64,
        tekst: &str,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let leerling = self
            .eigen_besluit(wie, soort, id)
            .await?
            .ok_or_else(|| niet_gevonden(id))?;
        let tekst = tekst.trim();
        if tekst.is_empty() {
            return Err(StoreError::Ongeldig(
                "beschrijf wat er in het besluit wordt hersteld".into(),
            ));
        }
        if tekst.chars().count() > MAX_TEKST {
            return Err(StoreError::Ongeldig(format!(
                "een rectificatie is ten hoogste {MAX_TEKST} tekens; een nieuw besluit neemt u met een nieuw besluit"
            )));
        }
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO rectificatie (soort, besluit_id, leerling_id, tekst, door_account, op) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(soort.slug())
        .bind(id)
        .bind(leerling.0)
        .bind(tekst)
        .bind(wie.account_id)
        .bind(today.to_string())
        .execute(&mut *tx)
        .await?;
        commit_audited(
            tx,
            wie,
            Some(leerling),
            Actie::Wijzigen,
            route,
            &["rectificatie"],
        )
        .await
    }

    /// Every rectification of the decision, oldest first, each with its date in words.
    pub(crate) async fn rectificaties(
        self,
        soort: Briefsoort,
        id: i64,
    ) -> Result<Option<String>, StoreError> {
        let rows = sqlx::query(
            "SELECT op, tekst FROM rectificatie WHERE soort = $1 AND besluit_id = $2 ORDER BY id",
        )
        .bind(soort.slug())
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let mut regels = Vec::new();
        for r in rows {
            let op = crate::kolom::date(&r.try_get::<String, _>(0)?)?;
            regels.push(format!(
                "Op {}: {}",
                datum_voluit(op),
                r.try_get::<String, _>(1)?
            ));
        }
        Ok((!regels.is_empty()).then(|| regels.join("\n")))
    }
}

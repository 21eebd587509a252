//! The SWV's binding decision at the last step of its escalation ladder (doorzettingsmacht)
//! as a letter to the parents. No clause: doorzettingsmacht is the SWV's policy, not the
//! statute's, and RULES gives no procedure against it ([`Briefsoort::clausule`]).

use super::besluit::Lezing;
use super::{BrievenStore, niet_gevonden};
use crate::StoreError;
use crate::kolom::date;
use passend_domain::SwvCode;
use passend_domain::brief::{Brief, Briefsoort, datum_voluit};
use sqlx::Row;

impl BrievenStore<'_> {
    /// The letter of thuiszitter case `id`, once the SWV decided at the ladder's last step.
    pub(super) async fn escalatie_brief(self, l: &Lezing<'_>) -> Result<Brief, StoreError> {
        let (id, leerling) = (l.id, l.leerling);
        let r = sqlx::query(
            "SELECT z.swv_code, z.besluit, z.besluit_datum, z.startdatum, l.voornaam, l.tussenvoegsel, l.achternaam \
             FROM thuiszitter_zaak z JOIN leerling l ON l.id = z.leerling_id \
             WHERE z.id = $1 AND z.besluit IS NOT NULL AND z.besluit_datum IS NOT NULL",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(|| niet_gevonden(id))?;
        let swv_code: String = r.try_get(0)?;
        let kind = passend_domain::Naam {
            voornaam: r.try_get(4)?,
            tussenvoegsel: r.try_get(5)?,
            achternaam: r.try_get(6)?,
        }
        .volledig();
        let ladder = self
            .thuiszitters()
            .ladder(&SwvCode::parse(&swv_code)?)
            .await?;
        let stap = &ladder.stappen()[ladder.laatste()].naam;
        let afzender = self.swv_adres(&swv_code).await?;
        let swv = afzender.naam.clone();
        let mut b = Brief::nieuw(
            Briefsoort::Escalatie,
            afzender,
            self.ouders_van(leerling).await?,
            date(&r.try_get::<String, _>(2)?)?,
        );
        b.kenmerk = Some(format!("zaak {id}"));
        b.besluit = vec![
            format!(
                "{kind} gaat sinds {} niet naar school. De eerdere stappen van de escalatieladder brachten geen oplossing; in de laatste stap ({stap}) heeft {swv} het volgende bindende besluit genomen:",
                datum_voluit(date(&r.try_get::<String, _>(3)?)?)
            ),
            r.try_get::<String, _>(1)?,
        ];
        Ok(b)
    }
}

//! A definitive verwijdering as a letter: the bevoegd gezag of the school decides, from the
//! date it takes effect, with what made it lawful and the bezwaar and geschil clause.

use super::school::dag_van;
use super::{BrievenStore, niet_gevonden};
use crate::kolom::get_date;
use crate::{LeerlingId, StoreError, Verzoeker};
use jiff::civil::Date;
use passend_domain::brief::{Brief, Briefsoort};
use passend_domain::zorgplicht::maatregelbrief::{verwijdering, verwijdering_redenen};
use sqlx::Row;

impl BrievenStore<'_> {
    /// The letter of verwijdering `id`, dated the day it was recorded.
    pub(super) async fn verwijderingsbrief(
        self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<Brief, StoreError> {
        let r = sqlx::query(
            "SELECT leerling_id, vestiging_code, datum, andere_school, overleg_inspectie, aangemaakt FROM verwijdering WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(|| niet_gevonden(id))?;
        let leerling = LeerlingId(r.try_get(0)?);
        self.lezen(wie, leerling, id, today, route).await?;
        let school = self.vestiging_adres(&r.try_get::<String, _>(1)?).await?;
        let kind = self.kind_naam(leerling).await?;
        let andere = self.schoolnaam(&r.try_get::<String, _>(3)?).await?;
        let zin = verwijdering(&school.naam, &kind, get_date(&r, "datum")?);
        let mut b = Brief::nieuw(
            Briefsoort::Verwijdering,
            school,
            self.ouders_van(leerling).await?,
            dag_van(&r.try_get::<String, _>(5)?)?,
        );
        b.kenmerk = Some(format!("verwijdering {id}"));
        b.besluit = vec![zin];
        b.redenen = verwijdering_redenen(&andere, r.try_get::<i64, _>(4)? != 0);
        Ok(b)
    }
}

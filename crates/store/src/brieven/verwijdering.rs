//! A definitive verwijdering as a letter: the bevoegd gezag of the school decides, from the
//! date it takes effect, with what made it lawful and the bezwaar and geschil clause.

use super::BrievenStore;
use super::school::{Lezing, dag_van};
use crate::StoreError;
use crate::kolom::get_date;
use passend_domain::brief::{Brief, Briefsoort};
use passend_domain::zorgplicht::maatregelbrief::{verwijdering, verwijdering_redenen};
use sqlx::Row;

impl BrievenStore<'_> {
    /// The letter of a verwijdering, dated the day it was recorded.
    pub(super) async fn verwijderingsbrief(self, l: &Lezing<'_>) -> Result<Brief, StoreError> {
        const SQL: &str = "SELECT leerling_id, vestiging_code, datum, andere_school, overleg_inspectie, aangemaakt, \
                           reden FROM verwijdering WHERE id = $1";
        let (r, leerling) = self.gelezen(l, SQL).await?;
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
        b.kenmerk = Some(format!("verwijdering {}", l.id));
        b.besluit = vec![zin];
        // The school's own reasons first, then what made the verwijdering lawful.
        let reden: String = r.try_get(6)?;
        b.redenen = (!reden.trim().is_empty())
            .then_some(reden)
            .into_iter()
            .chain(verwijdering_redenen(&andere, r.try_get::<i64, _>(4)? != 0))
            .collect();
        Ok(b)
    }
}

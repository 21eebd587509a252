//! A schorsing as a letter from the school: the measure from its first to its last day,
//! its reasons, and that the inspectie was told when it lasts longer than one day. The law
//! gives no clause that holds for every school ([`Briefsoort::clausule`]).

use super::BrievenStore;
use super::school::{Lezing, dag_van};
use crate::StoreError;
use crate::kolom::get_date;
use passend_domain::brief::{Brief, Briefsoort};
use passend_domain::zorgplicht::maatregelbrief::{schorsing, schorsing_gemeld};
use sqlx::Row;

impl BrievenStore<'_> {
    /// The letter of a schorsing, dated the day it was recorded.
    pub(super) async fn schorsingsbrief(self, l: &Lezing<'_>) -> Result<Brief, StoreError> {
        const SQL: &str = "SELECT leerling_id, vestiging_code, van, tot, reden, inspectie_melding, aangemaakt \
                           FROM schorsing WHERE id = $1";
        let (r, leerling) = self.gelezen(l, SQL).await?;
        let school = self.vestiging_adres(&r.try_get::<String, _>(1)?).await?;
        let kind = self.kind_naam(leerling).await?;
        let (van, tot) = (get_date(&r, "van")?, get_date(&r, "tot")?);
        let mut besluit = schorsing(&school.naam, &kind, van, tot);
        if r.try_get::<Option<String>, _>(5)?.is_some() {
            besluit.push(schorsing_gemeld());
        }
        let mut b = Brief::nieuw(
            Briefsoort::Schorsing,
            school,
            self.ouders_van(leerling).await?,
            dag_van(&r.try_get::<String, _>(6)?)?,
        );
        b.kenmerk = Some(format!("schorsing {}", l.id));
        b.besluit = besluit;
        b.redenen = vec![r.try_get(4)?];
        Ok(b)
    }
}

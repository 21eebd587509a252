//! A schorsing as a letter from the school: the measure from its first to its last day,
//! its reasons, and that the inspectie was told when it lasts longer than one day. The law
//! gives no clause that holds for every school ([`Briefsoort::clausule`]).

use super::school::dag_van;
use super::{BrievenStore, niet_gevonden};
use crate::kolom::get_date;
use crate::{LeerlingId, StoreError, Verzoeker};
use jiff::civil::Date;
use passend_domain::brief::{Brief, Briefsoort};
use passend_domain::zorgplicht::maatregelbrief::{schorsing, schorsing_gemeld};
use sqlx::Row;

impl BrievenStore<'_> {
    /// The letter of schorsing `id`, dated the day it was recorded.
    pub(super) async fn schorsingsbrief(
        self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<Brief, StoreError> {
        let r = sqlx::query(
            "SELECT leerling_id, vestiging_code, van, tot, reden, inspectie_melding, aangemaakt FROM schorsing WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(|| niet_gevonden(id))?;
        let leerling = LeerlingId(r.try_get(0)?);
        self.lezen(wie, leerling, id, today, route).await?;
        let school = self.vestiging_adres(&r.try_get::<String, _>(1)?).await?;
        let kind = self.kind_naam(leerling).await?;
        let mut besluit = schorsing(
            &school.naam,
            &kind,
            get_date(&r, "van")?,
            get_date(&r, "tot")?,
        );
        if r.try_get::<Option<String>, _>(5)?.is_some() {
            besluit.push(schorsing_gemeld());
        }
        let mut b = Brief::nieuw(
            Briefsoort::Schorsing,
            school,
            self.ouders_van(leerling).await?,
            dag_van(&r.try_get::<String, _>(6)?)?,
        );
        b.kenmerk = Some(format!("schorsing {id}"));
        b.besluit = besluit;
        b.redenen = vec![r.try_get(4)?];
        Ok(b)
    }
}

//! B&W's decision on a request for vrijstelling as a letter from the gemeente: granted or
//! refused, its ground and period, the yearly notice, and as reasons the statement of art. 7
//! and the SWV's own advice where there is one, with the bezwaar clause.

use super::BrievenStore;
use super::school::Lezing;
use crate::StoreError;
use crate::kolom::{get_date, get_opt_date};
use passend_domain::brief::{Brief, Briefsoort};
use passend_domain::vrijstelling::Grond;
use passend_domain::vrijstelling::brief::{advies, besluit, kennisgeving, verklaring};
use sqlx::Row;

impl BrievenStore<'_> {
    /// The letter of a vrijstelling's decision; "not found" while it is undecided.
    pub(super) async fn vrijstellingsbrief(self, l: &Lezing<'_>) -> Result<Brief, StoreError> {
        const SQL: &str = "SELECT leerling_id, gemeentecode, grond, van, tot, status, besluit_datum, verklaring_datum \
                           FROM vrijstelling WHERE id = $1 AND status <> 'aangevraagd' AND besluit_datum IS NOT NULL";
        let (r, leerling) = self.gelezen(l, SQL).await?;
        let grond = Grond::parse(&r.try_get::<String, _>(2)?)
            .map_err(|e| StoreError::Ongeldig(e.to_string()))?;
        let verleend = r.try_get::<String, _>(5)? == "verleend";
        let kind = self.kind_naam(leerling).await?;
        let mut b = Brief::nieuw(
            Briefsoort::Vrijstelling,
            self.gemeente_adres(&r.try_get::<String, _>(1)?).await?,
            self.ouders_van(leerling).await?,
            get_date(&r, "besluit_datum")?,
        );
        b.kenmerk = Some(format!("vrijstelling {}", l.id));
        let (van, tot) = (get_date(&r, "van")?, get_opt_date(&r, "tot")?);
        b.besluit = vec![besluit(&kind, grond, van, tot, verleend)];
        b.besluit
            .extend(kennisgeving(grond, verleend).map(String::from));
        b.redenen
            .extend(get_opt_date(&r, "verklaring_datum")?.map(verklaring));
        // The SWV's advice before a decision on 5 onder a, in its own words.
        let a = sqlx::query(
            "SELECT swv_code, datum, tekst FROM vrijstelling_advies \
             WHERE vrijstelling_id = $1 AND datum IS NOT NULL AND tekst IS NOT NULL",
        )
        .bind(l.id)
        .fetch_optional(&self.pool)
        .await?;
        if let Some(a) = a {
            let swv = self.swv_adres(&a.try_get::<String, _>(0)?).await?;
            let tekst: String = a.try_get(2)?;
            b.redenen
                .push(advies(&swv.naam, get_date(&a, "datum")?, &tekst));
        }
        Ok(b)
    }
}

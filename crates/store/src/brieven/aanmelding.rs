//! The school's decision on a registration as a letter: sender the vestiging, addressee the
//! parents, dated the day of the decision, with the decision in the words of the domain, its
//! reasons and the bezwaar and geschil clause. A refusal names the willing school by its
//! name in the register. Read by the school that decided and whoever reads the dossier.

use super::BrievenStore;
use super::school::Lezing;
use crate::kolom::{date, get_opt_date};
use crate::{Actie, StoreError};
use passend_domain::Handeling;
use passend_domain::brief::{Brief, Briefsoort, datum_voluit};
use passend_domain::zorgplicht::besluitbrief::{opgeslagen, redenen};
use passend_domain::zorgplicht::brief::kern;
use sqlx::Row;

impl BrievenStore<'_> {
    /// The letter of a registration's decision; "not found" while it is undecided.
    pub(super) async fn aanmeldingsbesluit(self, l: &Lezing<'_>) -> Result<Brief, StoreError> {
        const SQL: &str = "SELECT leerling_id, vestiging_code, ontvangen, besluit, besluit_datum, andere_school, bereid_op, reden, brief \
                           FROM aanmelding WHERE id = $1 AND besluit IS NOT NULL AND besluit_datum IS NOT NULL";
        let (r, leerling) = self.rij(l, SQL).await?;
        let vestiging: String = r.try_get(1)?;
        // The school that decided sends the letter: it reads it even when a refusal gave it
        // no access to the dossier; everyone else asks for the dossier.
        let afzender = Handeling::AanmeldingBehandelen(self.school_context(&vestiging).await?);
        if self.mag(l.wie, &afzender, leerling, l.today).await? {
            self.audit(l.wie, Some(leerling), Actie::Lezen, l.route)
                .await?;
        } else {
            self.lezen(l.wie, leerling, l.id, l.today, l.route).await?;
        }
        let school = self.vestiging_adres(&vestiging).await?;
        let andere = match r.try_get::<Option<String>, _>(5)? {
            Some(a) => self.schoolnaam(&a).await?,
            None => String::new(),
        };
        let code: String = r.try_get(3)?;
        let tekst = |i: usize| -> Result<String, StoreError> {
            Ok(r.try_get::<Option<String>, _>(i)?.unwrap_or_default())
        };
        let besluit = opgeslagen(
            &code,
            &andere,
            get_opt_date(&r, "bereid_op")?,
            &tekst(7)?,
            &tekst(8)?,
            &school.naam,
        )
        .ok_or_else(|| StoreError::Ongeldig(format!("onbekend besluit in de database: {code}")))?;
        let kind = self.kind_naam(leerling).await?;
        let ontvangen = date(&r.try_get::<String, _>(2)?)?;
        let besluit_datum = date(&r.try_get::<String, _>(4)?)?;
        let zin = kern(&besluit, &school.naam);
        let mut b = Brief::nieuw(
            Briefsoort::Aanmeldingsbesluit,
            school,
            self.ouders_van(leerling).await?,
            besluit_datum,
        );
        b.kenmerk = Some(format!("aanmelding {}", l.id));
        b.besluit = vec![
            format!(
                "Dit is het besluit op de aanmelding van {kind}, ontvangen op {}.",
                datum_voluit(ontvangen)
            ),
            zin,
        ];
        b.redenen = redenen(&besluit);
        Ok(b)
    }
}

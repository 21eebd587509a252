//! The inspectie's inbox: the meldingen of schorsingen longer than one day and of
//! verwijderingen, written in the school's own transaction when it records the measure,
//! read by an `inspectie` account only (newest first, paged). A melding carries its facts:
//! the school, the pupil's number in passend (no name), the dates and the reasons.

use crate::audit::Actie;
use crate::kolom::{get_date, get_opt_date};
use crate::repo::MaatregelenStore;
use crate::toegang::Verzoeker;
use crate::{StoreError, instant_text};
use jiff::civil::Date;
use passend_domain::toegang::{Bereik, Functie};
use passend_domain::zorgplicht::melding::{MeldingSoort, dagen};
use sqlx::Row;

/// A melding as the inspectie reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InspectieMelding {
    pub id: i64,
    pub soort: MeldingSoort,
    pub vestiging_code: String,
    pub school: String,
    /// The pupil's number in passend: the reference the inspectie and the school share.
    pub leerling: i64,
    pub van: Date,
    pub tot: Option<Date>,
    pub dagen: i64,
    pub reden: Option<String>,
    /// When the school recorded it (RFC 3339).
    pub gemeld: String,
}

/// Writes a melding inside the school's transaction.
pub(crate) async fn meld(
    conn: &mut sqlx::AnyConnection,
    soort: MeldingSoort,
    vestiging: &str,
    leerling: i64,
    (van, tot): (Date, Option<Date>),
    reden: Option<&str>,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO inspectie_melding (soort, vestiging_code, leerling_id, van, tot, reden, aangemaakt) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(soort.as_str())
    .bind(vestiging)
    .bind(leerling)
    .bind(van.to_string())
    .bind(tot.map(|t| t.to_string()))
    .bind(reden.map(str::trim))
    .bind(instant_text(jiff::Timestamp::now()))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

impl MaatregelenStore<'_> {
    /// One page of the inbox, newest first, and the total. Only for the inspectie: anyone
    /// else gets "not found". The read is logged.
    pub async fn inspectie_meldingen(
        self,
        wie: &Verzoeker,
        (pagina, grootte): (i64, i64),
        route: &str,
    ) -> Result<(Vec<InspectieMelding>, i64), StoreError> {
        if wie.kijker.bereik(&Functie::InspectieMeldingen) != Some(Bereik::Landelijk) {
            return Err(StoreError::NietGevonden {
                wat: "pagina",
                sleutel: route.to_string(),
            });
        }
        let totaal: i64 = sqlx::query("SELECT CAST(count(*) AS BIGINT) FROM inspectie_melding")
            .fetch_one(&self.pool)
            .await?
            .try_get(0)?;
        let rows = sqlx::query(
            "SELECT m.id, m.soort, m.vestiging_code, v.naam, m.leerling_id, m.van, m.tot, m.reden, m.aangemaakt \
             FROM inspectie_melding m JOIN vestiging v ON v.code = m.vestiging_code \
             ORDER BY m.aangemaakt DESC, m.id DESC LIMIT $1 OFFSET $2",
        )
        .bind(grootte)
        .bind((pagina - 1) * grootte)
        .fetch_all(&self.pool)
        .await?;
        let lijst = rows
            .iter()
            .map(|r| {
                let van = get_date(r, "van")?;
                let tot = get_opt_date(r, "tot")?;
                let soort: String = r.try_get(1)?;
                Ok(InspectieMelding {
                    id: r.try_get(0)?,
                    soort: MeldingSoort::parse(&soort)
                        .ok_or_else(|| StoreError::Ongeldig(format!("soort {soort}")))?,
                    vestiging_code: r.try_get(2)?,
                    school: r.try_get(3)?,
                    leerling: r.try_get(4)?,
                    van,
                    tot,
                    dagen: dagen(van, tot),
                    reden: r.try_get(7)?,
                    gemeld: r.try_get(8)?,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        self.audit(wie, None, Actie::LezenLijst, route).await?;
        Ok((lijst, totaal))
    }
}

//! The own organisation's letterhead: the SWV's or the gemeente's address on its letters
//! (0035), kept by its own staff ([`Functie::Briefhoofd`]).

use super::BrievenStore;
use crate::audit::{Actie, commit_audited};
use crate::{StoreError, Verzoeker};
use passend_domain::brief::Briefhoofd;
use passend_domain::toegang::{Bereik, Functie};
use sqlx::Row;

/// The letterhead as stored, for the form: empty fields where none was set yet.
#[derive(Debug, Clone, Default)]
pub struct EigenBriefhoofd {
    /// The organisation's name as the letters print it.
    pub naam: String,
    /// The SWV's own name as stored ("" until set), for its form; `None` where the name is
    /// not the organisation's to set (a gemeente's comes from the RvIG table, a parent's is
    /// theirs).
    pub eigen_naam: Option<String>,
    pub straat: String,
    pub huisnummer: String,
    pub postcode: String,
    pub plaats: String,
}

/// The table and key of the organisation whose letterhead `wie` keeps; "not found" for
/// everyone without the function.
fn eigen(wie: &Verzoeker) -> Result<(&'static str, String), StoreError> {
    match wie.kijker.bereik(&Functie::Briefhoofd) {
        Some(Bereik::Swv(s)) => Ok(("swv", s)),
        Some(Bereik::Gemeente(g)) => Ok(("gemeente", g)),
        _ => Err(StoreError::NietGevonden {
            wat: "briefhoofd",
            sleutel: String::new(),
        }),
    }
}

impl BrievenStore<'_> {
    /// The letterhead of the caller's own SWV or gemeente.
    pub async fn eigen_briefhoofd(self, wie: &Verzoeker) -> Result<EigenBriefhoofd, StoreError> {
        let (tabel, code) = eigen(wie)?;
        let adres = if tabel == "swv" {
            self.swv_adres(&code).await?
        } else {
            self.gemeente_adres(&code).await?
        };
        let sql = format!(
            "SELECT straat, huisnummer, postcode, plaats, naam FROM {tabel} WHERE code = $1"
        );
        let r = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(&code)
            .fetch_one(&self.pool)
            .await?;
        Ok(EigenBriefhoofd {
            naam: adres.naam,
            straat: r.try_get(0)?,
            huisnummer: r.try_get(1)?,
            postcode: r.try_get(2)?,
            plaats: r.try_get(3)?,
            eigen_naam: if tabel == "swv" {
                Some(r.try_get::<Option<String>, _>(4)?.unwrap_or_default())
            } else {
                None
            },
        })
    }

    /// Sets the letterhead of the caller's own SWV or gemeente (checked by
    /// [`Briefhoofd::lees`]); the change is logged.
    /// An SWV may give its name as well (`naam`, checked by `swv_naam`); `None` keeps it.
    pub async fn zet_briefhoofd(
        self,
        wie: &Verzoeker,
        b: &Briefhoofd,
        naam: Option<&str>,
        route: &str,
    ) -> Result<(), StoreError> {
        let (tabel, code) = eigen(wie)?;
        let sql = format!(
            "UPDATE {tabel} SET straat = $1, huisnummer = $2, postcode = $3, plaats = $4 WHERE code = $5"
        );
        let mut tx = self.begin_write().await?;
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(&b.straat)
            .bind(&b.huisnummer)
            .bind(&b.postcode)
            .bind(&b.plaats)
            .bind(&code)
            .execute(&mut *tx)
            .await?;
        if let (Some(naam), "swv") = (naam, tabel) {
            sqlx::query("UPDATE swv SET naam = $1 WHERE code = $2")
                .bind(naam)
                .bind(&code)
                .execute(&mut *tx)
                .await?;
        }
        commit_audited(tx, wie, None, Actie::Wijzigen, route, &["briefhoofd"]).await
    }
}

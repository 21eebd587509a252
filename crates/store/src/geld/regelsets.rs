//! Rule sets: shipped, added, and the one a schooljaar uses.

use super::*;
use crate::repo::GeldStore;

/// A rule set the beheerder added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToegevoegdeRegelset {
    pub schooljaar: Schooljaar,
    pub bestand: String,
    pub aangemaakt: String,
}

impl GeldStore<'_> {
    /// The shipped rule sets plus those the beheerder added.
    pub async fn regelsets(self) -> Result<Regelsets, StoreError> {
        let mut sets = Regelsets::ingebouwd().clone();
        let rows = sqlx::query("SELECT bestand, inhoud FROM geld_regelset ORDER BY schooljaar")
            .fetch_all(&self.pool)
            .await?;
        for r in rows {
            let bestand: String = r.try_get(0)?;
            let inhoud: String = r.try_get(1)?;
            sets.voeg_toe(Regelset::parse(&inhoud, &bestand).map_err(ongeldig)?);
        }
        Ok(sets)
    }

    pub async fn toegevoegde_regelsets(self) -> Result<Vec<ToegevoegdeRegelset>, StoreError> {
        sqlx::query("SELECT schooljaar, bestand, aangemaakt FROM geld_regelset ORDER BY schooljaar")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| {
                let sj: String = r.try_get(0)?;
                Ok(ToegevoegdeRegelset {
                    schooljaar: Schooljaar::parse(&sj).map_err(ongeldig)?,
                    bestand: r.try_get(1)?,
                    aangemaakt: r.try_get(2)?,
                })
            })
            .collect()
    }

    /// Adds (or replaces) the rule set of a schooljaar the project does not ship. The file
    /// is checked by the same parser as the shipped ones; a bad file is refused naming the
    /// key and the problem, and nothing is stored. Beheerder only.
    pub async fn bewaar_regelset(
        self,
        wie: &Verzoeker,
        bestand: &str,
        inhoud: &str,
        route: &str,
    ) -> Result<Schooljaar, StoreError> {
        if !wie.kijker.mag_functie(&Functie::Beheer) {
            return Err(StoreError::NietGevonden {
                wat: "pagina",
                sleutel: route.to_string(),
            });
        }
        let bestand = if bestand.trim().is_empty() {
            "regelset.json"
        } else {
            bestand.trim()
        };
        let set = Regelset::parse(inhoud, bestand)
            .map_err(|e| StoreError::Geweigerd(vec![e.to_string()]))?;
        if Regelsets::ingebouwd().voor(set.schooljaar).is_ok() {
            return Err(StoreError::Geweigerd(vec![format!(
                "{bestand}: voor schooljaar {} is er al een meegeleverde regelset met bronnen; die wordt niet vervangen",
                set.schooljaar
            )]));
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM geld_regelset WHERE schooljaar = $1")
            .bind(set.schooljaar.to_string())
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO geld_regelset (schooljaar, bestand, inhoud, account_id, aangemaakt) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(set.schooljaar.to_string())
        .bind(bestand)
        .bind(inhoud)
        .bind(wie.account_id)
        .bind(instant_text(jiff::Timestamp::now()))
        .execute(&mut *tx)
        .await?;
        commit_audited(tx, wie, None, Actie::Aanmaken, route, &["regelset"]).await?;
        Ok(set.schooljaar)
    }

    /// The rule set for `schooljaar`, or, with `voorbeeld`, that shipped or added rule set
    /// applied to `schooljaar`'s counts as an example. Without either: a Dutch refusal that
    /// names the schooljaar.
    pub async fn regelset_voor(
        self,
        schooljaar: Schooljaar,
        voorbeeld: Option<Schooljaar>,
    ) -> Result<(Regelset, bool), StoreError> {
        let sets = self.regelsets().await?;
        match voorbeeld {
            Some(v) if v != schooljaar => {
                let r = sets.voor(v).map_err(|_| {
                    ongeldig(format!(
                        "rekenvoorbeeld: er is geen regelset voor {v}; kies uit {}",
                        sets.schooljaren()
                            .iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ))
                })?;
                Ok((r.als_rekenvoorbeeld(schooljaar), true))
            }
            _ => Ok((sets.voor(schooljaar).map_err(ongeldig)?.clone(), false)),
        }
    }

    /// The budgets of every SWV for `schooljaar`, counted from the registered data. No
    /// scoping: callers cut it down.
    pub(crate) async fn bereken_geld(
        self,
        schooljaar: Schooljaar,
        voorbeeld: Option<Schooljaar>,
        naar: AfdrachtNaar,
    ) -> Result<Berekening, StoreError> {
        let (regelset, rekenvoorbeeld) = self.regelset_voor(schooljaar, voorbeeld).await?;
        let telling = self
            .tel_voor_geld(regelset.teldatum, regelset.groei_teldatum)
            .await?;
        let rijen = passend_domain::bekostiging::bereken(&regelset, &telling.invoer, naar)
            .map_err(ongeldig)?;
        Ok(Berekening {
            schooljaar,
            regelset,
            rekenvoorbeeld,
            naar,
            invoer: telling.invoer,
            rijen,
            zonder_tlv: telling.zonder_tlv,
        })
    }
}

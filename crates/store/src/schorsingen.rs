//! Schorsingen: recorded by the school where the pupil is enrolled, checked by the domain
//! (at most one week, written, with reasons), with the melding to the inspectie generated
//! when longer than one day.

use crate::audit::{Actie, append};
use crate::toegang::Verzoeker;
use crate::{LeerlingId, Store, StoreError, instant_text};
use jiff::civil::Date;
use passend_domain::Rol;
use passend_domain::zorgplicht::schorsing::duur;
use passend_domain::zorgplicht::toets_schorsing;
use sqlx::Row;

/// A schorsing as the dossier shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schorsing {
    pub van: Date,
    pub tot: Date,
    pub reden: String,
    pub inspectie_melding: Option<String>,
}

/// A schorsing to record: its days (both included), its reasons, and whether the parents
/// were told in writing.
#[derive(Debug, Clone)]
pub struct NieuweSchorsing {
    pub van: Date,
    pub tot: Date,
    pub reden: String,
    pub schriftelijk: bool,
}

impl Store {
    /// Records a schorsing; returns the melding to the inspectie, if one is due.
    pub async fn schors(
        &self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        s: &NieuweSchorsing,
        today: Date,
        route: &str,
    ) -> Result<Option<String>, StoreError> {
        let (van, tot, reden) = (s.van, s.tot, s.reden.as_str());
        let dossier = self.dossier_voor(wie, leerling, today, route).await?;
        let school = wie.kijker.scope.clone().unwrap_or_default();
        let enrolled_here = dossier
            .inschrijvingen
            .iter()
            .any(|i| i.vestiging_code == school && i.van <= van && i.tot.is_none_or(|t| t >= van));
        if wie.kijker.rol != Rol::School || !enrolled_here {
            return Err(StoreError::Ongeldig(
                "alleen de school waar de leerling is ingeschreven kan schorsen".into(),
            ));
        }
        let melden = toets_schorsing(van, tot, reden, s.schriftelijk)
            .map_err(|e| StoreError::Ongeldig(e.to_string()))?;
        let melding = melden.then(|| {
            format!(
                "Melding aan de inspectie (WPO art. 40c lid 3): vestiging {school} schorst leerling {} van {van} tot en met {tot} ({} dagen). Reden: {}",
                leerling.0,
                duur(van, tot),
                reden.trim()
            )
        });
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO schorsing (leerling_id, vestiging_code, van, tot, reden, inspectie_melding, aangemaakt) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(leerling.0)
        .bind(&school)
        .bind(van.to_string())
        .bind(tot.to_string())
        .bind(reden.trim())
        .bind(melding.as_deref())
        .bind(instant_text(jiff::Timestamp::now()))
        .execute(&mut *tx)
        .await?;
        append(
            &mut tx,
            wie,
            Some(leerling),
            Actie::Aanmaken,
            route,
            Some(&["schorsing"]),
        )
        .await?;
        tx.commit().await?;
        Ok(melding)
    }

    /// The schorsingen of a pupil (the caller has already read the dossier).
    pub async fn schorsingen(&self, leerling: LeerlingId) -> Result<Vec<Schorsing>, StoreError> {
        let rows = sqlx::query("SELECT van, tot, reden, inspectie_melding FROM schorsing WHERE leerling_id = $1 ORDER BY van DESC")
            .bind(leerling.0)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                let d = |i: usize| -> Result<Date, StoreError> {
                    let s: String = r.try_get(i)?;
                    s.parse()
                        .map_err(|_| StoreError::Ongeldig(format!("ongeldige datum {s}")))
                };
                Ok(Schorsing {
                    van: d(0)?,
                    tot: d(1)?,
                    reden: r.try_get(2)?,
                    inspectie_melding: r.try_get(3)?,
                })
            })
            .collect()
    }
}

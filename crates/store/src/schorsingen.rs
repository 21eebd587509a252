//! Schorsingen: recorded by the school where the pupil is enrolled, checked by the domain
//! (at most one week, written, with reasons), with the melding to the inspectie generated
//! when longer than one day.

use crate::audit::{Actie, append};
use crate::repo::MaatregelenStore;
use crate::toegang::Verzoeker;
use crate::{LeerlingDossier, LeerlingId, StoreError, instant_text};
use jiff::civil::Date;
use passend_domain::zorgplicht::melding::{MeldingSoort, verwijdering_melden};
use passend_domain::zorgplicht::{
    Inschrijving, SchorsingFeiten, Schorsingsbesluit, VerwijderingFeiten, beslis_schorsing,
    beslis_verwijdering,
};
use sqlx::Row;

/// A schorsing as the dossier shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schorsing {
    /// Its letter is `/brieven/schorsing/{id}`.
    pub id: i64,
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
    /// What the child said, or why it was not heard.
    pub stem_kind: String,
}

impl MaatregelenStore<'_> {
    /// Records a schorsing; returns the melding to the inspectie, if one is due.
    pub async fn schors(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        s: &NieuweSchorsing,
        today: Date,
        route: &str,
    ) -> Result<Option<String>, StoreError> {
        let (van, tot, reden) = (s.van, s.tot, s.reden.as_str());
        let (_, besluit) = self
            .voorbereid_schorsing(wie, leerling, s, today, route)
            .await?;
        let (school, melding) = (besluit.vestiging, besluit.inspectie_melding);
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO schorsing (leerling_id, vestiging_code, van, tot, reden, inspectie_melding, aangemaakt, stem_kind) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(leerling.0)
        .bind(&school)
        .bind(van.to_string())
        .bind(tot.to_string())
        .bind(reden.trim())
        .bind(melding.as_deref())
        .bind(instant_text(jiff::Timestamp::now()))
        .bind(s.stem_kind.trim())
        .execute(&mut *tx)
        .await?;
        if melding.is_some() {
            let periode = (van, Some(tot));
            crate::inspectie::meld(
                &mut tx,
                MeldingSoort::Schorsing,
                &school,
                leerling.0,
                periode,
                Some(reden),
            )
            .await?;
        }
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

    /// The checks of a schorsing, without recording it: the pupil's dossier (read by the
    /// school where the pupil is enrolled on the first day) and the domain's rules.
    pub(crate) async fn voorbereid_schorsing(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        s: &NieuweSchorsing,
        today: Date,
        route: &str,
    ) -> Result<(LeerlingDossier, Schorsingsbesluit), StoreError> {
        let (van, tot, reden) = (s.van, s.tot, s.reden.as_str());
        let dossier = self.dossier_voor(wie, leerling, today, route).await?;
        let eigen = wie.kijker.eigen_vestiging();
        let school = dossier
            .inschrijvingen
            .iter()
            .find(|i| {
                Some(i.vestiging_code.as_str()) == eigen
                    && i.van <= van
                    && i.tot.is_none_or(|t| t >= van)
            })
            .map(|i| i.vestiging_code.as_str());
        let besluit = beslis_schorsing(&SchorsingFeiten {
            school,
            leerling: leerling.0,
            van,
            tot,
            reden,
            schriftelijk: s.schriftelijk,
            stem_kind: &s.stem_kind,
        })
        .map_err(|e| StoreError::Ongeldig(e.to_string()))?;
        Ok((dossier, besluit))
    }

    /// The schorsingen of a pupil, for a caller who may read the pupil's dossier.
    pub async fn schorsingen(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        today: Date,
        route: &str,
    ) -> Result<Vec<Schorsing>, StoreError> {
        self.toets(
            wie,
            &passend_domain::Handeling::DossierLezen,
            leerling,
            today,
            route,
        )
        .await?;
        let rows = sqlx::query("SELECT van, tot, reden, inspectie_melding, id FROM schorsing WHERE leerling_id = $1 ORDER BY van DESC")
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
                    id: r.try_get(4)?,
                    van: d(0)?,
                    tot: d(1)?,
                    reden: r.try_get(2)?,
                    inspectie_melding: r.try_get(3)?,
                })
            })
            .collect()
    }
}

/// A definitive verwijdering to record.
#[derive(Debug, Clone)]
pub struct NieuweVerwijdering {
    pub datum: Date,
    pub leraar_gehoord: bool,
    /// The parents were heard (IbWVO art. 14 lid 1; WPO art. 63 lid 2, WEC art. 61 lid 2).
    pub ouders_gehoord: bool,
    /// The school that agreed in writing to take the pupil; empty when none did.
    pub andere_school: String,
    pub overleg_inspectie: bool,
    pub stem_kind: String,
    /// The school's reasons, for the letter and the inspectie (IbWVO art. 14 lid 3, art. 15;
    /// WPO art. 63 lid 2, WEC art. 61 lid 2).
    pub reden: String,
}

impl MaatregelenStore<'_> {
    /// Records a definitive verwijdering by the school where the pupil is enrolled, checked
    /// against the law; the enrolment at the school ends on `datum`.
    pub async fn verwijder(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        v: &NieuweVerwijdering,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let (_, school, melden) = self
            .voorbereid_verwijdering(wie, leerling, v, today, route)
            .await?;
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO verwijdering (leerling_id, vestiging_code, datum, andere_school, stem_kind, overleg_inspectie, aangemaakt, reden, ouders_gehoord) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(leerling.0)
        .bind(&school)
        .bind(v.datum.to_string())
        .bind(v.andere_school.trim())
        .bind(v.stem_kind.trim())
        .bind(i64::from(v.overleg_inspectie))
        .bind(instant_text(jiff::Timestamp::now()))
        .bind(v.reden.trim())
        .bind(i64::from(v.ouders_gehoord))
        .execute(&mut *tx)
        .await?;
        // The enrolment at this school ends on the day of the verwijdering.
        sqlx::query("UPDATE inschrijving SET tot = $1 WHERE leerling_id = $2 AND vestiging_code = $3 AND tot IS NULL")
            .bind(v.datum.to_string())
            .bind(leerling.0)
            .bind(&school)
            .execute(&mut *tx)
            .await?;
        if melden {
            let dag = (v.datum, None);
            crate::inspectie::meld(
                &mut tx,
                MeldingSoort::Verwijdering,
                &school,
                leerling.0,
                dag,
                // IbWVO art. 14 lid 3: "met opgave van redenen".
                Some(&v.reden),
            )
            .await?;
        }
        append(
            &mut tx,
            wie,
            Some(leerling),
            Actie::Wijzigen,
            route,
            Some(&["verwijdering", "inschrijving"]),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The checks of a verwijdering, without recording it: the pupil's dossier, the domain's
    /// rules; the school that removes, and whether the inspectie is told.
    pub(crate) async fn voorbereid_verwijdering(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        v: &NieuweVerwijdering,
        today: Date,
        route: &str,
    ) -> Result<(LeerlingDossier, String, bool), StoreError> {
        let dossier = self.dossier_voor(wie, leerling, today, route).await?;
        let eigen = wie.kijker.eigen_vestiging();
        let hier = dossier
            .inschrijvingen
            .iter()
            .find(|i| Some(i.vestiging_code.as_str()) == eigen && i.tot.is_none())
            .map(|i| Inschrijving {
                vestiging: &i.vestiging_code,
                van: i.van,
                schoolsoort: &i.schoolsoort,
            });
        let melden = hier
            .as_ref()
            .is_some_and(|h| verwijdering_melden(h.schoolsoort));
        let school = beslis_verwijdering(&VerwijderingFeiten {
            hier,
            geboortedatum: dossier.leerling.geboortedatum,
            datum: v.datum,
            leraar_gehoord: v.leraar_gehoord,
            ouders_gehoord: v.ouders_gehoord,
            andere_school: &v.andere_school,
            overleg_inspectie: v.overleg_inspectie,
            stem_kind: &v.stem_kind,
            reden: &v.reden,
        })
        .map_err(|e| StoreError::Ongeldig(e.to_string()))?;
        Ok((dossier, school, melden))
    }
}

/// A definitive verwijdering as the dossier shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VastgelegdeVerwijdering {
    /// Its letter is `/brieven/verwijdering/{id}`.
    pub id: i64,
    pub datum: Date,
    pub school: String,
}

impl MaatregelenStore<'_> {
    /// The verwijderingen of a pupil, newest first, for a caller who may read the dossier.
    pub async fn verwijderingen(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        today: Date,
        route: &str,
    ) -> Result<Vec<VastgelegdeVerwijdering>, StoreError> {
        let h = passend_domain::Handeling::DossierLezen;
        self.toets(wie, &h, leerling, today, route).await?;
        sqlx::query(
            "SELECT w.id, w.datum, v.naam FROM verwijdering w JOIN vestiging v ON v.code = w.vestiging_code \
             WHERE w.leerling_id = $1 ORDER BY w.datum DESC, w.id DESC",
        )
        .bind(leerling.0)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(VastgelegdeVerwijdering {
                id: r.try_get(0)?,
                datum: crate::kolom::get_date(r, "datum")?,
                school: r.try_get(2)?,
            })
        })
        .collect()
    }
}

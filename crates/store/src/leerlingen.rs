//! Leerlingen, their enrolment history and their ouders. The BSN is stored but never read
//! back into a listing; a dossier only shows it masked.

use crate::error::on_unique;
use crate::{Store, StoreError};
use jiff::civil::Date;
use passend_domain::{
    Inschrijving, Inschrijvingen, Leerling, RegioIndeling, VestigingCode, WoonSwv,
};
use sqlx::Row;
use sqlx::any::AnyRow;

/// The internal number of a pupil: what URLs carry, never the BSN.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LeerlingId(pub i64);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeerlingRegel {
    pub id: LeerlingId,
    pub naam: String,
    pub geboortedatum: Date,
    pub postcode: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InschrijvingRegel {
    pub vestiging_code: String,
    pub vestiging_naam: String,
    pub schoolsoort: String,
    pub van: Date,
    pub tot: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OuderRegel {
    pub naam: String,
    pub relatie: String,
    pub email: Option<String>,
    pub telefoon: Option<String>,
}

/// The basic dossier of a pupil.
#[derive(Debug, Clone)]
pub struct LeerlingDossier {
    pub leerling: LeerlingRegel,
    /// Last three digits only.
    pub bsn_masked: Option<String>,
    pub heeft_onderwijsnummer: bool,
    pub gemeente: String,
    pub woon_swv: WoonSwv,
    pub ondersteuningsbehoefte: Option<String>,
    pub inschrijvingen: Vec<InschrijvingRegel>,
    pub ouders: Vec<OuderRegel>,
}

fn parse_date(text: &str) -> Result<Date, StoreError> {
    text.parse()
        .map_err(|_| StoreError::Ongeldig(format!("ongeldige datum in de database: {text}")))
}

fn display_name(row: &AnyRow) -> Result<String, sqlx::Error> {
    let voornaam: String = row.try_get("voornaam")?;
    let tussenvoegsel: Option<String> = row.try_get("tussenvoegsel")?;
    let achternaam: String = row.try_get("achternaam")?;
    Ok(passend_domain::Naam {
        voornaam,
        tussenvoegsel,
        achternaam,
    }
    .volledig())
}

pub(crate) fn leerling_regel(row: &AnyRow) -> Result<LeerlingRegel, StoreError> {
    Ok(LeerlingRegel {
        id: LeerlingId(row.try_get("id")?),
        naam: display_name(row)?,
        geboortedatum: parse_date(&row.try_get::<String, _>("geboortedatum")?)?,
        postcode: row.try_get("postcode")?,
    })
}

impl Store {
    /// Registers a pupil. The postcode must lie in an SWV region (the woon-SWV follows from
    /// it); a BSN or onderwijsnummer may be registered once.
    pub async fn create_leerling(&self, l: &Leerling) -> Result<LeerlingId, StoreError> {
        RegioIndeling::officieel().woon_swv(l.postcode.pc4())?;
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(
            "INSERT INTO leerling (voornaam, tussenvoegsel, achternaam, geboortedatum, postcode, pc4, bsn, onderwijsnummer) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(&l.naam.voornaam)
        .bind(l.naam.tussenvoegsel.as_deref())
        .bind(&l.naam.achternaam)
        .bind(l.geboortedatum.to_string())
        .bind(l.postcode.to_string())
        .bind(i64::from(l.postcode.pc4().value()))
        .bind(l.bsn.as_ref().map(|b| b.expose()))
        .bind(l.onderwijsnummer.as_ref().map(|o| o.expose()))
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| on_unique(e, || "er is al een leerling met dit BSN of onderwijsnummer".into()))?;
        tx.commit().await?;
        Ok(LeerlingId(row.try_get(0)?))
    }

    /// Adds an enrolment period; refuses one that overlaps the pupil's history.
    pub async fn add_inschrijving(
        &self,
        id: LeerlingId,
        new: Inschrijving,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let exists = sqlx::query("SELECT 1 FROM leerling WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_none() {
            return Err(StoreError::NietGevonden {
                wat: "leerling",
                sleutel: id.0.to_string(),
            });
        }
        let known = sqlx::query("SELECT 1 FROM vestiging WHERE code = $1")
            .bind(new.vestiging.as_str())
            .fetch_optional(&mut *tx)
            .await?;
        if known.is_none() {
            return Err(StoreError::NietGevonden {
                wat: "vestiging",
                sleutel: new.vestiging.to_string(),
            });
        }
        let rows =
            sqlx::query("SELECT vestiging_code, van, tot FROM inschrijving WHERE leerling_id = $1")
                .bind(id.0)
                .fetch_all(&mut *tx)
                .await?;
        let mut periods = Vec::with_capacity(rows.len());
        for r in &rows {
            let tot: Option<String> = r.try_get(2)?;
            periods.push(Inschrijving {
                vestiging: VestigingCode::parse(&r.try_get::<String, _>(0)?)?,
                van: parse_date(&r.try_get::<String, _>(1)?)?,
                tot: tot.as_deref().map(parse_date).transpose()?,
            });
        }
        let mut history = Inschrijvingen::new(periods)?;
        history.add(new.clone())?;
        sqlx::query("INSERT INTO inschrijving (leerling_id, vestiging_code, van, tot) VALUES ($1, $2, $3, $4)")
            .bind(id.0)
            .bind(new.vestiging.as_str())
            .bind(new.van.to_string())
            .bind(new.tot.map(|d| d.to_string()))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Pupils enrolled at a vestiging on a day, by name.
    pub async fn leerlingen_van_vestiging(
        &self,
        code: &VestigingCode,
        op: Date,
    ) -> Result<Vec<LeerlingRegel>, StoreError> {
        let rows = sqlx::query(
            "SELECT l.id, l.voornaam, l.tussenvoegsel, l.achternaam, l.geboortedatum, l.postcode \
             FROM leerling l JOIN inschrijving i ON i.leerling_id = l.id \
             WHERE i.vestiging_code = $1 AND i.van <= $2 AND (i.tot IS NULL OR i.tot >= $2) \
             ORDER BY l.achternaam, l.voornaam, l.id",
        )
        .bind(code.as_str())
        .bind(op.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(leerling_regel).collect()
    }

    /// The basic dossier: person, woon-SWV, enrolments and ouders.
    pub async fn leerling_dossier(&self, id: LeerlingId) -> Result<LeerlingDossier, StoreError> {
        let row = sqlx::query(
            "SELECT l.id, l.voornaam, l.tussenvoegsel, l.achternaam, l.geboortedatum, l.postcode, \
             l.bsn, l.onderwijsnummer, l.ondersteuningsbehoefte, g.naam AS gemeente, p.po_swv, p.vo_swv \
             FROM leerling l JOIN postcode_regio p ON p.pc4 = l.pc4 JOIN gemeente g ON g.code = p.gemeentecode \
             WHERE l.id = $1",
        )
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(|| StoreError::NietGevonden { wat: "leerling", sleutel: id.0.to_string() })?;
        let bsn: Option<String> = row.try_get("bsn")?;
        let swv = |col: &str| -> Result<passend_domain::SwvCode, StoreError> {
            let code: Option<String> = row.try_get(col)?;
            Ok(passend_domain::SwvCode::parse(
                code.as_deref().unwrap_or_default(),
            )?)
        };
        let woon_swv = WoonSwv {
            po: swv("po_swv")?,
            vo: swv("vo_swv")?,
        };
        let inschrijvingen = sqlx::query(
            "SELECT i.vestiging_code, v.naam, v.schoolsoort, i.van, i.tot FROM inschrijving i \
             JOIN vestiging v ON v.code = i.vestiging_code WHERE i.leerling_id = $1 ORDER BY i.van DESC",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            let tot: Option<String> = r.try_get(4)?;
            Ok(InschrijvingRegel {
                vestiging_code: r.try_get(0)?,
                vestiging_naam: r.try_get(1)?,
                schoolsoort: r.try_get(2)?,
                van: parse_date(&r.try_get::<String, _>(3)?)?,
                tot: tot.as_deref().map(parse_date).transpose()?,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
        let ouders = sqlx::query(
            "SELECT o.voornaam, o.tussenvoegsel, o.achternaam, o.email, o.telefoon, ol.relatie \
             FROM ouder o JOIN ouder_leerling ol ON ol.ouder_id = o.id WHERE ol.leerling_id = $1 ORDER BY o.id",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(OuderRegel {
                naam: display_name(r)?,
                relatie: r.try_get("relatie")?,
                email: r.try_get("email")?,
                telefoon: r.try_get("telefoon")?,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(LeerlingDossier {
            leerling: leerling_regel(&row)?,
            bsn_masked: bsn.map(|b| format!("••••••{}", &b[b.len().saturating_sub(3)..])),
            heeft_onderwijsnummer: row
                .try_get::<Option<String>, _>("onderwijsnummer")?
                .is_some(),
            gemeente: row.try_get("gemeente")?,
            woon_swv,
            ondersteuningsbehoefte: row.try_get("ondersteuningsbehoefte")?,
            inschrijvingen,
            ouders,
        })
    }

    /// Links an ouder/verzorger to a pupil.
    pub async fn create_ouder(
        &self,
        naam: &passend_domain::Naam,
        email: Option<&str>,
        leerlingen: &[(LeerlingId, &str)],
    ) -> Result<i64, StoreError> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(
            "INSERT INTO ouder (voornaam, tussenvoegsel, achternaam, email) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(&naam.voornaam)
        .bind(naam.tussenvoegsel.as_deref())
        .bind(&naam.achternaam)
        .bind(email)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| on_unique(e, || "er is al een ouder met dit e-mailadres".into()))?;
        let ouder_id: i64 = row.try_get(0)?;
        for (leerling, relatie) in leerlingen {
            sqlx::query(
                "INSERT INTO ouder_leerling (ouder_id, leerling_id, relatie) VALUES ($1, $2, $3)",
            )
            .bind(ouder_id)
            .bind(leerling.0)
            .bind(*relatie)
            .execute(&mut *tx)
            .await
            .map_err(|e| match &e {
                sqlx::Error::Database(db) if db.is_foreign_key_violation() => {
                    StoreError::NietGevonden {
                        wat: "leerling",
                        sleutel: leerling.0.to_string(),
                    }
                }
                _ => StoreError::Database(e),
            })?;
        }
        tx.commit().await?;
        Ok(ouder_id)
    }
}

//! Besturen, scholen and vestigingen; the samenwerkingsverbanden with their regions.

use crate::error::on_unique;
use crate::{Store, StoreError};
use passend_domain::monitor::{Cel, Kruistabel, bescherm};
use passend_domain::{Brin, Postcode, RegioIndeling, Schoolsoort, SwvCode, VestigingCode};
use sqlx::Row;
use sqlx::any::AnyRow;
use std::collections::{BTreeMap, HashMap};

/// A new vestiging. The SWV follows from the postcode unless `swv` sets it (a school can
/// belong to a landelijk SWV or, by agreement, to another one).
#[derive(Debug, Clone)]
pub struct NewVestiging {
    pub code: VestigingCode,
    pub naam: String,
    pub schoolsoort: Schoolsoort,
    pub postcode: Postcode,
    pub plaats: String,
    pub swv: Option<SwvCode>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SwvRegel {
    pub code: String,
    pub sector: String,
    pub gemeenten: i64,
    pub postcodes: i64,
    pub vestigingen: i64,
}

#[derive(Debug, Clone)]
pub struct SwvDetail {
    pub code: String,
    pub sector: String,
    /// (gemeentecode, naam, number of its postcodes in this SWV, total postcodes of it):
    /// a gemeente split over two SWVs shows fewer postcodes here than in total.
    pub gemeenten: Vec<(String, String, i64, i64)>,
    pub postcodes: Vec<i64>,
    pub vestigingen: Vec<VestigingRegel>,
    /// Pupils living in the region (woon-SWV), and pupils enrolled at its vestigingen; both
    /// small-cell protected like the vestigingen's counts.
    pub woonachtig: Cel,
    pub ingeschreven: Cel,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VestigingRegel {
    pub code: String,
    pub naam: String,
    pub schoolsoort: String,
    pub plaats: String,
    pub swv_code: String,
    pub bestuur: String,
    /// Pupils enrolled today. The register is public, so the count is small-cell protected
    /// per SWV (its schools add up to its total): "<10", and "×" where a small count could
    /// otherwise be computed back from the SWV's total.
    pub leerlingen: Cel,
}

impl VestigingRegel {
    /// The count as shown, with the threshold in force.
    pub fn leerlingen_label(&self) -> String {
        self.leerlingen.label(crate::monitor::drempel())
    }
}

#[derive(Debug, Clone)]
pub struct VestigingDetail {
    pub vestiging: VestigingRegel,
    pub brin: String,
    pub postcode: String,
    pub swv_handmatig: bool,
}

/// Counts for the start page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overzicht {
    pub swvs: i64,
    pub gemeenten: i64,
    pub besturen: i64,
    pub vestigingen: i64,
    pub leerlingen: i64,
    pub ouders: i64,
}

/// The counts are not among the columns: they are read per SWV and protected by
/// `bescherm_aantallen`, which every reader of these rows calls.
const VESTIGING_COLUMNS: &str =
    "v.code, v.naam, v.schoolsoort, v.plaats, v.swv_code, b.naam AS bestuur";
const VESTIGING_FROM: &str =
    "FROM vestiging v JOIN school s ON s.brin = v.brin JOIN bestuur b ON b.id = s.bestuur_id";

fn vestiging_regel(row: &AnyRow) -> Result<VestigingRegel, sqlx::Error> {
    Ok(VestigingRegel {
        code: row.try_get("code")?,
        naam: row.try_get("naam")?,
        schoolsoort: row.try_get("schoolsoort")?,
        plaats: row.try_get("plaats")?,
        swv_code: row.try_get("swv_code")?,
        bestuur: row.try_get("bestuur")?,
        // Set by `bescherm_aantallen` before the row leaves the store.
        leerlingen: Cel::Getoond(0),
    })
}

/// Per SWV: its vestigingen's enrolment counts protected as one table whose column total is
/// the SWV's; returns the cells by vestiging and the totals by SWV.
fn bescherm_per_swv(
    aantallen: Vec<(String, String, u64)>,
    drempel: u64,
) -> (HashMap<String, Cel>, HashMap<String, Cel>) {
    let mut per_swv: BTreeMap<String, Vec<(String, u64)>> = BTreeMap::new();
    for (code, swv, n) in aantallen {
        per_swv.entry(swv).or_default().push((code, n));
    }
    let (mut cellen, mut totalen) = (HashMap::new(), HashMap::new());
    for (swv, scholen) in per_swv {
        let mut t = Kruistabel::new(
            scholen.iter().map(|(c, _)| c.clone()).collect(),
            vec!["leerlingen".into()],
        );
        t.rijtotalen = false;
        for (i, (_, n)) in scholen.iter().enumerate() {
            t.waarden[i][0] = *n;
        }
        let b = bescherm(&t, drempel);
        let totaal = match &b.kolomtotalen {
            Some(k) => k[0],
            None => b.cellen[0][0],
        };
        for ((code, _), rij) in scholen.into_iter().zip(b.cellen) {
            cellen.insert(code, rij[0]);
        }
        totalen.insert(swv, totaal);
    }
    (cellen, totalen)
}

impl Store {
    /// Creates a schoolbestuur; `bevoegd_gezag` is its DUO number (5 digits).
    pub async fn create_bestuur(&self, bevoegd_gezag: &str, naam: &str) -> Result<i64, StoreError> {
        let nummer = bevoegd_gezag.trim();
        if nummer.len() != 5 || !nummer.bytes().all(|b| b.is_ascii_digit()) {
            return Err(StoreError::Ongeldig(format!(
                "'{bevoegd_gezag}' is geen bevoegd-gezagnummer: verwacht 5 cijfers"
            )));
        }
        let naam = non_empty(naam, "naam van het bestuur")?;
        let mut tx = self.begin_write().await?;
        let row =
            sqlx::query("INSERT INTO bestuur (bevoegd_gezag, naam) VALUES ($1, $2) RETURNING id")
                .bind(nummer)
                .bind(naam)
                .fetch_one(&mut *tx)
                .await
                .map_err(|e| on_unique(e, || format!("bestuur {nummer} bestaat al")))?;
        tx.commit().await?;
        Ok(row.try_get(0)?)
    }

    pub async fn create_school(
        &self,
        brin: &Brin,
        naam: &str,
        bestuur_id: i64,
    ) -> Result<(), StoreError> {
        let naam = non_empty(naam, "naam van de school")?;
        let mut tx = self.begin_write().await?;
        let exists = sqlx::query("SELECT 1 FROM bestuur WHERE id = $1")
            .bind(bestuur_id)
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_none() {
            return Err(StoreError::NietGevonden {
                wat: "bestuur",
                sleutel: bestuur_id.to_string(),
            });
        }
        sqlx::query("INSERT INTO school (brin, naam, bestuur_id) VALUES ($1, $2, $3)")
            .bind(brin.as_str())
            .bind(naam)
            .bind(bestuur_id)
            .execute(&mut *tx)
            .await
            .map_err(|e| on_unique(e, || format!("school {brin} bestaat al")))?;
        tx.commit().await?;
        Ok(())
    }

    /// Creates a vestiging of an existing school; its SWV follows from the postcode
    /// (regio-indeling, sector of the schoolsoort) unless given.
    pub async fn create_vestiging(&self, v: &NewVestiging) -> Result<SwvCode, StoreError> {
        let naam = non_empty(&v.naam, "naam van de vestiging")?;
        let sector = v.schoolsoort.sector();
        let swv = match &v.swv {
            Some(code) if code.sector() != sector => {
                return Err(StoreError::Ongeldig(format!(
                    "een vestiging voor {} hoort bij een {}-samenwerkingsverband, niet bij {code}",
                    v.schoolsoort.omschrijving(),
                    sector.as_str()
                )));
            }
            Some(code) => code.clone(),
            None => RegioIndeling::officieel().swv_van(v.postcode.pc4(), sector)?,
        };
        let brin = v.code.brin();
        let mut tx = self.begin_write().await?;
        let school = sqlx::query("SELECT 1 FROM school WHERE brin = $1")
            .bind(brin.as_str())
            .fetch_optional(&mut *tx)
            .await?;
        if school.is_none() {
            return Err(StoreError::NietGevonden {
                wat: "school",
                sleutel: brin.to_string(),
            });
        }
        let known_swv = sqlx::query("SELECT 1 FROM swv WHERE code = $1")
            .bind(swv.as_str())
            .fetch_optional(&mut *tx)
            .await?;
        if known_swv.is_none() {
            return Err(StoreError::NietGevonden {
                wat: "samenwerkingsverband",
                sleutel: swv.to_string(),
            });
        }
        sqlx::query(
            "INSERT INTO vestiging (code, brin, naam, schoolsoort, postcode, pc4, plaats, swv_code, swv_handmatig) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(v.code.as_str())
        .bind(brin.as_str())
        .bind(naam)
        .bind(v.schoolsoort.as_str())
        .bind(v.postcode.to_string())
        .bind(i64::from(v.postcode.pc4().value()))
        .bind(v.plaats.trim())
        .bind(swv.as_str())
        .bind(i16::from(v.swv.is_some()))
        .execute(&mut *tx)
        .await
        .map_err(|e| on_unique(e, || format!("vestiging {} bestaat al", v.code)))?;
        tx.commit().await?;
        Ok(swv)
    }

    pub async fn overzicht(&self) -> Result<Overzicht, StoreError> {
        let row = sqlx::query(
            "SELECT (SELECT COUNT(*) FROM swv), (SELECT COUNT(*) FROM gemeente WHERE datum_einde IS NULL), \
             (SELECT COUNT(*) FROM bestuur), (SELECT COUNT(*) FROM vestiging), \
             (SELECT COUNT(*) FROM leerling), (SELECT COUNT(*) FROM ouder)",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(Overzicht {
            swvs: row.try_get(0)?,
            gemeenten: row.try_get(1)?,
            besturen: row.try_get(2)?,
            vestigingen: row.try_get(3)?,
            leerlingen: row.try_get(4)?,
            ouders: row.try_get(5)?,
        })
    }

    /// All samenwerkingsverbanden with the size of their region and their vestigingen.
    pub async fn list_swvs(&self) -> Result<Vec<SwvRegel>, StoreError> {
        let rows = sqlx::query(
            "SELECT s.code, s.sector, \
             (SELECT COUNT(DISTINCT p.gemeentecode) FROM postcode_regio p WHERE p.po_swv = s.code OR p.vo_swv = s.code), \
             (SELECT COUNT(*) FROM postcode_regio p WHERE p.po_swv = s.code OR p.vo_swv = s.code), \
             (SELECT COUNT(*) FROM vestiging v WHERE v.swv_code = s.code) \
             FROM swv s ORDER BY s.code",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(SwvRegel {
                    code: r.try_get(0)?,
                    sector: r.try_get(1)?,
                    gemeenten: r.try_get(2)?,
                    postcodes: r.try_get(3)?,
                    vestigingen: r.try_get(4)?,
                })
            })
            .collect()
    }

    pub async fn swv(&self, code: &SwvCode) -> Result<SwvDetail, StoreError> {
        let head = sqlx::query("SELECT code, sector FROM swv WHERE code = $1")
            .bind(code.as_str())
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| StoreError::NietGevonden {
                wat: "samenwerkingsverband",
                sleutel: code.to_string(),
            })?;
        let column = match code.sector() {
            passend_domain::Sector::Po => "po_swv",
            passend_domain::Sector::Vo => "vo_swv",
        };
        let gemeenten = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT g.code, g.naam, \
             (SELECT COUNT(*) FROM postcode_regio p WHERE p.gemeentecode = g.code AND p.{column} = $1), \
             (SELECT COUNT(*) FROM postcode_regio p WHERE p.gemeentecode = g.code) \
             FROM gemeente g WHERE g.code IN (SELECT gemeentecode FROM postcode_regio WHERE {column} = $1) \
             ORDER BY g.naam"
        )))
        .bind(code.as_str())
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?)))
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
        let postcodes = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT pc4 FROM postcode_regio WHERE {column} = $1 ORDER BY pc4"
        )))
        .bind(code.as_str())
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| r.try_get(0))
        .collect::<Result<Vec<i64>, _>>()?;
        let mut vestigingen = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {VESTIGING_COLUMNS} {VESTIGING_FROM} WHERE v.swv_code = $1 ORDER BY v.schoolsoort, v.naam"
        )))
        .bind(code.as_str())
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(vestiging_regel)
        .collect::<Result<Vec<_>, _>>()?;
        let totalen = self
            .bescherm_aantallen(&mut vestigingen, Some(code.as_str()))
            .await?;
        let woonachtig: i64 = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM leerling l JOIN postcode_regio p ON p.pc4 = l.pc4 WHERE p.{column} = $1"
        )))
        .bind(code.as_str())
        .fetch_one(&self.pool)
        .await?
        .try_get(0)?;
        Ok(SwvDetail {
            code: head.try_get(0)?,
            sector: head.try_get(1)?,
            gemeenten,
            postcodes,
            vestigingen,
            // A count of its own, no total beside it: primary protection only.
            woonachtig: crate::monitor::enkel_getal(u64::try_from(woonachtig).unwrap_or(0), true),
            ingeschreven: totalen
                .get(code.as_str())
                .copied()
                .unwrap_or(Cel::Getoond(0)),
        })
    }

    /// Vestigingen, optionally of one schoolsoort, sorted by name.
    pub async fn list_vestigingen(
        &self,
        soort: Option<Schoolsoort>,
    ) -> Result<Vec<VestigingRegel>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {VESTIGING_COLUMNS} {VESTIGING_FROM} WHERE ($1 = '' OR v.schoolsoort = $1) ORDER BY v.naam, v.code"
        )))
        .bind(soort.map(Schoolsoort::as_str).unwrap_or(""))
        .fetch_all(&self.pool)
        .await?;
        let mut regels = rows
            .iter()
            .map(vestiging_regel)
            .collect::<Result<Vec<_>, _>>()?;
        self.bescherm_aantallen(&mut regels, None).await?;
        Ok(regels)
    }

    /// Replaces the counts of `regels` by the published ones (see
    /// [`VestigingRegel::leerlingen`]); returns the SWVs' totals. `swv` limits the work to
    /// one SWV when every row is of it.
    async fn bescherm_aantallen(
        &self,
        regels: &mut [VestigingRegel],
        swv: Option<&str>,
    ) -> Result<HashMap<String, Cel>, StoreError> {
        let rows = sqlx::query(
            "SELECT v.code, v.swv_code, \
             (SELECT COUNT(*) FROM inschrijving i WHERE i.vestiging_code = v.code AND i.tot IS NULL) \
             FROM vestiging v WHERE ($1 = '' OR v.swv_code = $1)",
        )
        .bind(swv.unwrap_or(""))
        .fetch_all(&self.pool)
        .await?;
        let mut aantallen = Vec::with_capacity(rows.len());
        for r in rows {
            let n: i64 = r.try_get(2)?;
            aantallen.push((r.try_get(0)?, r.try_get(1)?, u64::try_from(n).unwrap_or(0)));
        }
        let (cellen, totalen) = bescherm_per_swv(aantallen, crate::monitor::drempel());
        for r in regels.iter_mut() {
            if let Some(c) = cellen.get(&r.code) {
                r.leerlingen = *c;
            }
        }
        Ok(totalen)
    }

    pub async fn vestiging(&self, code: &VestigingCode) -> Result<VestigingDetail, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {VESTIGING_COLUMNS}, v.brin AS brin_code, v.postcode AS postcode, v.swv_handmatig AS handmatig \
             {VESTIGING_FROM} WHERE v.code = $1"
        )))
        .bind(code.as_str())
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(|| StoreError::NietGevonden { wat: "vestiging", sleutel: code.to_string() })?;
        let mut regel = [vestiging_regel(&row)?];
        let swv = regel[0].swv_code.clone();
        self.bescherm_aantallen(&mut regel, Some(&swv)).await?;
        let [vestiging] = regel;
        Ok(VestigingDetail {
            vestiging,
            brin: row.try_get("brin_code")?,
            postcode: row.try_get("postcode")?,
            swv_handmatig: row.try_get::<i64, _>("handmatig")? != 0,
        })
    }
}

pub(crate) fn non_empty<'a>(value: &'a str, what: &str) -> Result<&'a str, StoreError> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        Err(StoreError::Ongeldig(format!("de {what} ontbreekt")))
    } else {
        Ok(trimmed)
    }
}

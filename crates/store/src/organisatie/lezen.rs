//! The overview, the SWVs and the vestigingen, with enrolment counts protected.

use super::*;
use crate::repo::OrganisatiesStore;

/// The counts are not among the columns: they are read per SWV and protected by
/// `bescherm_aantallen`, which every reader of these rows calls.
pub(super) const VESTIGING_COLUMNS: &str =
    "v.code, v.naam, v.schoolsoort, v.plaats, v.swv_code, b.naam AS bestuur";
pub(super) const VESTIGING_FROM: &str =
    "FROM vestiging v JOIN school s ON s.brin = v.brin JOIN bestuur b ON b.id = s.bestuur_id";

pub(super) fn vestiging_regel(row: &AnyRow) -> Result<VestigingRegel, sqlx::Error> {
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
pub(super) fn bescherm_per_swv(
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

impl OrganisatiesStore<'_> {
    pub async fn overzicht(self) -> Result<Overzicht, StoreError> {
        let row = sqlx::query(
            "SELECT (SELECT COUNT(*) FROM swv), (SELECT COUNT(*) FROM gemeente WHERE datum_einde IS NULL), \
             (SELECT COUNT(*) FROM bestuur), (SELECT COUNT(*) FROM vestiging WHERE gesloten_op IS NULL), \
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
    pub async fn list_swvs(self) -> Result<Vec<SwvRegel>, StoreError> {
        let rows = sqlx::query(
            "SELECT s.code, s.sector, \
             (SELECT COUNT(DISTINCT p.gemeentecode) FROM postcode_regio p WHERE p.po_swv = s.code OR p.vo_swv = s.code), \
             (SELECT COUNT(*) FROM postcode_regio p WHERE p.po_swv = s.code OR p.vo_swv = s.code), \
             (SELECT COUNT(*) FROM vestiging v WHERE v.swv_code = s.code AND v.gesloten_op IS NULL) \
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

    pub async fn swv(self, code: &SwvCode) -> Result<SwvDetail, StoreError> {
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
            "SELECT {VESTIGING_COLUMNS} {VESTIGING_FROM} WHERE v.swv_code = $1 AND v.gesloten_op IS NULL ORDER BY v.schoolsoort, v.naam"
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
        self,
        soort: Option<Schoolsoort>,
    ) -> Result<Vec<VestigingRegel>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {VESTIGING_COLUMNS} {VESTIGING_FROM} WHERE ($1 = '' OR v.schoolsoort = $1) AND v.gesloten_op IS NULL ORDER BY v.naam, v.code"
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
    pub(super) async fn bescherm_aantallen(
        self,
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

    pub async fn vestiging(self, code: &VestigingCode) -> Result<VestigingDetail, StoreError> {
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

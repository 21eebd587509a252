//! The counting queries behind the figures.

use super::*;
use crate::repo::MonitorStore;

impl MonitorStore<'_> {
    /// SWVs with member schools: the rows of the national tables even where all is zero.
    pub(super) async fn basis_swvs(self) -> Result<BTreeSet<String>, StoreError> {
        Ok(
            sqlx::query("SELECT DISTINCT swv_code FROM vestiging ORDER BY swv_code")
                .fetch_all(&self.pool)
                .await?
                .iter()
                .map(|r| r.try_get::<String, _>(0))
                .collect::<Result<_, _>>()?,
        )
    }

    pub(super) async fn tel(
        self,
        sql: &'static str,
        binds: &[String],
    ) -> Result<Tellingen, StoreError> {
        let mut q = sqlx::query(sql);
        for b in binds {
            q = q.bind(b.clone());
        }
        let mut out = Tellingen::new();
        for r in q.fetch_all(&self.pool).await? {
            let swv: Option<String> = r.try_get(0)?;
            let kolom: Option<String> = r.try_get(1)?;
            let n: i64 = r.try_get(2)?;
            *out.entry((
                swv.unwrap_or_else(|| "onbekend".into()),
                kolom.unwrap_or_default(),
            ))
            .or_insert(0) += u64::try_from(n).unwrap_or(0);
        }
        Ok(out)
    }

    pub(super) async fn leerlingen_per_soort(self, peil: Date) -> Result<Tellingen, StoreError> {
        self.tel(
            "SELECT v.swv_code, v.schoolsoort, COUNT(DISTINCT i.leerling_id) FROM inschrijving i \
             JOIN vestiging v ON v.code = i.vestiging_code \
             WHERE i.van <= $1 AND (i.tot IS NULL OR i.tot >= $1) GROUP BY v.swv_code, v.schoolsoort",
            &[peil.to_string()],
        )
        .await
    }
}

impl MonitorStore<'_> {
    pub(super) async fn aanmeldingen_telling(
        self,
        van: Date,
        tot: Date,
    ) -> Result<Tellingen, StoreError> {
        let rows = sqlx::query(
            "SELECT v.swv_code, v.schoolsoort, a.ontvangen, a.besluit_datum, a.verlenging_weken, \
             a.verlenging_kennisgeving, a.opschorting_van, a.opschorting_tot, a.ingetrokken_op \
             FROM aanmelding a JOIN vestiging v ON v.code = a.vestiging_code \
             WHERE a.ontvangen >= $1 AND a.ontvangen <= $2",
        )
        .bind(van.to_string())
        .bind(tot.to_string())
        .fetch_all(&self.pool)
        .await?;
        let opt = |s: Option<String>| s.as_deref().map(date).transpose();
        let mut out = Tellingen::new();
        for r in rows {
            let swv: String = r.try_get(0)?;
            let vo = Schoolsoort::parse(&r.try_get::<String, _>(1)?)
                .map(|s| s.sector() == passend_domain::Sector::Vo)
                .unwrap_or(false);
            let ontvangen = date(&r.try_get::<String, _>(2)?)?;
            let besluit = opt(r.try_get(3)?)?;
            let verlenging = match (r.try_get::<Option<i64>, _>(4)?, opt(r.try_get(5)?)?) {
                (Some(weken), Some(kennisgeving)) => Some(Verlenging {
                    weken,
                    kennisgeving,
                }),
                _ => None,
            };
            let opschortingen: Vec<Opschorting> = opt(r.try_get(6)?)?
                .map(|van| -> Result<_, StoreError> {
                    Ok(Opschorting {
                        van,
                        tot: opt(r.try_get(7)?)?,
                    })
                })
                .transpose()?
                .into_iter()
                .filter(|_| vo)
                .collect();
            let ingetrokken = opt(r.try_get(8)?)?;
            // An invalid extension on record does not extend the term.
            let uiterlijk = termijnen(ontvangen, verlenging, &opschortingen, vo, true, None)
                .or_else(|_| termijnen(ontvangen, None, &[], false, true, None))
                .map(|t| t.beslissen_uiterlijk)
                .map_err(|e| StoreError::Ongeldig(e.to_string()))?;
            let kolom = match (besluit.filter(|b| *b <= tot), ingetrokken) {
                (Some(b), _) if b <= uiterlijk => "binnen",
                (Some(_), _) => "na",
                (None, Some(i)) if i <= tot => "ingetrokken",
                (None, _) if tot > uiterlijk => "verstreken",
                (None, _) => "open",
            };
            *out.entry((swv, kolom.to_string())).or_insert(0) += 1;
        }
        Ok(out)
    }

    pub(super) async fn thuiszitters_telling(
        self,
        sj: Schooljaar,
        today: Date,
    ) -> Result<Tellingen, StoreError> {
        Ok(thuiszitters_in(&self.thuiszitter_zaken().await?, sj, today))
    }

    /// Every thuiszitter case as (SWV, kind of verzuim, start, solved on).
    pub(super) async fn thuiszitter_zaken(self) -> Result<Vec<Zaak>, StoreError> {
        let rows =
            sqlx::query("SELECT swv_code, soort, startdatum, opgelost_op FROM thuiszitter_zaak")
                .fetch_all(&self.pool)
                .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let opgelost: Option<String> = r.try_get(3)?;
            out.push((
                r.try_get(0)?,
                r.try_get(1)?,
                date(&r.try_get::<String, _>(2)?)?,
                opgelost.as_deref().map(date).transpose()?,
            ));
        }
        Ok(out)
    }
}

/// A thuiszitter case: (SWV, kind of verzuim, start, solved on).
type Zaak = (String, String, Date, Option<Date>);

/// Children out longer than three months at some day of the schooljaar (up to today), per
/// SWV and kind.
pub(super) fn thuiszitters_in(zaken: &[Zaak], sj: Schooljaar, today: Date) -> Tellingen {
    let mut out = Tellingen::new();
    for (swv, soort, start, opgelost) in zaken {
        let einde = opgelost.unwrap_or(today).min(sj.end()).min(today);
        let mark = passend_domain::thuiszitters::drie_maanden_later(*start);
        if einde > mark && einde >= sj.start() {
            *out.entry((swv.clone(), soort.clone())).or_insert(0) += 1;
        }
    }
    out
}

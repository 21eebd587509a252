//! Reading aanmeldingen and the signals about them.

use super::*;
use crate::repo::AanmeldingenStore;

impl AanmeldingenStore<'_> {
    /// The registrations at the caller's school, bestuur or SWV, newest first. Read logged.
    pub async fn aanmeldingen_voor(
        self,
        wie: &Verzoeker,
        route: &str,
    ) -> Result<Vec<Aanmelding>, StoreError> {
        let (column, scope) = match wie.kijker.bereik(&Functie::Aanmeldingen) {
            Some(Bereik::Vestiging(s)) => ("v.code", s),
            Some(Bereik::Bestuur(s)) => ("b.bevoegd_gezag", s),
            Some(Bereik::Swv(s)) => ("v.swv_code", s),
            _ => return Ok(Vec::new()),
        };
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} {FROM} WHERE {column} = $1 ORDER BY a.ontvangen DESC, a.id DESC"
        )))
        .bind(scope)
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            out.push(self.aanmelding_from(r).await?);
        }
        if !out.is_empty() {
            self.audit(wie, None, Actie::LezenLijst, route).await?;
        }
        Ok(out)
    }

    /// Per SWV the zorgplicht signals, for the inspectie and the ministerie: (swv, open
    /// registrations, decisions overdue, temporary placements due, withdrawn within six
    /// weeks after a support need was noted). Counts only, and only for national supervision:
    /// anyone else gets "not found".
    pub async fn aanmeldsignalen(
        self,
        wie: &Verzoeker,
        today: Date,
    ) -> Result<Vec<(String, [u32; 4])>, StoreError> {
        if !wie.kijker.mag_functie(&Functie::ZorgplichtSignalen) {
            return Err(StoreError::NietGevonden {
                wat: "signalen",
                sleutel: wie.kijker.rol.to_string(),
            });
        }
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS}, v.swv_code AS swv {FROM} ORDER BY v.swv_code"
        )))
        .fetch_all(&self.pool)
        .await?;
        let mut per_swv: std::collections::BTreeMap<String, [u32; 4]> = Default::default();
        for r in &rows {
            let a = self.aanmelding_from(r).await?;
            let t = per_swv.entry(r.try_get("swv")?).or_default();
            t[0] += u32::from(a.open());
            t[1] += u32::from(a.te_laat(today));
            t[2] += u32::from(a.plaatsing_verplicht(today));
            t[3] += u32::from(a.mogelijk_ontweken());
        }
        Ok(per_swv.into_iter().collect())
    }

    /// One registration the caller may see: the registration's own data, for its school, that
    /// school's bestuur and SWV (the policy's [`Handeling::AanmeldingLezen`]); never the
    /// pupil's dossier. The read is logged.
    pub async fn aanmelding_voor(
        self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<Aanmelding, StoreError> {
        let (a, school) = self.aanmelding_met_school(id).await?;
        self.toets(
            wie,
            &Handeling::AanmeldingLezen(school),
            a.leerling_id,
            today,
            route,
        )
        .await
        .map_err(|_| niet_gevonden(id))?;
        self.audit(wie, Some(a.leerling_id), Actie::Lezen, route)
            .await?;
        Ok(a)
    }

    pub(crate) async fn aanmelding_met_school(
        self,
        id: i64,
    ) -> Result<(Aanmelding, SchoolContext), StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS}, b.bevoegd_gezag AS bestuur, v.swv_code AS swv {FROM} WHERE a.id = $1"
        )))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(|| niet_gevonden(id))?;
        let a = self.aanmelding_from(&row).await?;
        let school = SchoolContext {
            vestiging: a.vestiging_code.clone(),
            bestuur: row.try_get("bestuur")?,
            swv: row.try_get("swv")?,
        };
        Ok((a, school))
    }

    /// An open registration at the caller's own school, for a change (the policy's
    /// [`Handeling::AanmeldingBehandelen`]: deciding is the school's own act).
    pub(super) async fn eigen_open(
        self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<Aanmelding, StoreError> {
        let (a, school) = self.aanmelding_met_school(id).await?;
        self.toets(
            wie,
            &Handeling::AanmeldingBehandelen(school),
            a.leerling_id,
            today,
            route,
        )
        .await
        .map_err(|_| niet_gevonden(id))?;
        if !a.open() {
            return Err(StoreError::Ongeldig(
                "over deze aanmelding is al beslist of zij is ingetrokken".into(),
            ));
        }
        Ok(a)
    }

    /// Whether a vestiging is voortgezet onderwijs (vo, pro, vso): the sector of its SWV.
    pub(super) async fn vestiging_is_vo(self, code: &str) -> Result<bool, StoreError> {
        let soort: String = sqlx::query("SELECT schoolsoort FROM vestiging WHERE code = $1")
            .bind(code)
            .fetch_one(&self.pool)
            .await?
            .try_get(0)?;
        Ok(Schoolsoort::parse(&soort).is_ok_and(|s| s.sector() == passend_domain::Sector::Vo))
    }
}

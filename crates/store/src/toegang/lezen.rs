//! A pupil's dossier and pupil lists, within the caller's scope and logged.

use super::*;

impl Store {
    /// A pupil's dossier for a user, if their role's scope covers the pupil; the read is
    /// logged. Outside the scope the answer is the same as for a pupil that does not exist.
    pub async fn dossier_voor(
        &self,
        wie: &Verzoeker,
        id: LeerlingId,
        today: Date,
        route: &str,
    ) -> Result<LeerlingDossier, StoreError> {
        let not_found = || StoreError::NietGevonden {
            wat: "leerling",
            sleutel: id.0.to_string(),
        };
        self.toets(wie, &Handeling::DossierLezen, id, today, route)
            .await
            .map_err(|_| not_found())?;
        let dossier = self.leerling_dossier(id).await?;
        self.audit(wie, Some(id), Actie::Lezen, route).await?;
        Ok(dossier)
    }

    /// The pupil a record of a pupil-owned table (`tlv`, `arrangement`, …) belongs to, if the
    /// user may see that pupil's dossier (the read is logged); otherwise "not found" under the
    /// record's own name, as if it did not exist.
    pub(crate) async fn leerling_van_record(
        &self,
        wie: &Verzoeker,
        tabel: &'static str,
        wat: &'static str,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<LeerlingId, StoreError> {
        let not_found = || StoreError::NietGevonden {
            wat,
            sleutel: id.to_string(),
        };
        let sql = format!("SELECT leerling_id FROM {tabel} WHERE id = $1");
        let leerling = LeerlingId(
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?
                .ok_or_else(not_found)?
                .try_get(0)?,
        );
        self.dossier_voor(wie, leerling, today, route)
            .await
            .map_err(|_| not_found())?;
        Ok(leerling)
    }

    /// The pupils of a vestiging, for a user whose scope covers that vestiging.
    pub async fn leerlingen_van_vestiging_voor(
        &self,
        wie: &Verzoeker,
        code: &VestigingCode,
        today: Date,
        route: &str,
    ) -> Result<Option<Vec<LeerlingRegel>>, StoreError> {
        let row = sqlx::query(
            "SELECT v.code, b.bevoegd_gezag, v.swv_code FROM vestiging v JOIN school s ON s.brin = v.brin \
             JOIN bestuur b ON b.id = s.bestuur_id WHERE v.code = $1",
        )
        .bind(code.as_str())
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let school = SchoolContext {
            vestiging: row.try_get(0)?,
            bestuur: row.try_get(1)?,
            swv: row.try_get(2)?,
        };
        if !wie.kijker.mag_leerlingen_van_school_zien(&school) {
            return Ok(None);
        }
        let list = self.leerlingen_van_vestiging(code, today).await?;
        self.audit(wie, None, Actie::LezenLijst, route).await?;
        Ok(Some(list))
    }

    /// The children of the signed-in ouder, each with the school where it is enrolled
    /// today. Empty for every other role.
    pub async fn kinderen_voor(
        &self,
        wie: &Verzoeker,
        today: Date,
        route: &str,
    ) -> Result<Vec<(LeerlingRegel, Option<String>)>, StoreError> {
        if !wie.kijker.mag_functie(&Functie::OuderKinderen) {
            return Ok(Vec::new());
        }
        let (kinderen, _) = self.leerlingen_voor(wie, today, 1, 100, route).await?;
        let mut out = Vec::with_capacity(kinderen.len());
        for kind in kinderen {
            let school = sqlx::query(
                "SELECT v.naam FROM inschrijving i JOIN vestiging v ON v.code = i.vestiging_code \
                 WHERE i.leerling_id = $1 AND i.van <= $2 AND (i.tot IS NULL OR i.tot >= $2)",
            )
            .bind(kind.id.0)
            .bind(today.to_string())
            .fetch_optional(&self.pool)
            .await?
            .map(|r| r.try_get::<String, _>(0))
            .transpose()?;
            out.push((kind, school));
        }
        Ok(out)
    }
}

impl Store {
    /// The pupils a user's scope covers, by name, one page at a time, with the total.
    /// The list read is logged.
    pub async fn leerlingen_voor(
        &self,
        wie: &Verzoeker,
        today: Date,
        pagina: i64,
        grootte: i64,
        route: &str,
    ) -> Result<(Vec<LeerlingRegel>, i64), StoreError> {
        let Some((condition, scope, dated)) = scope_condition(&wie.kijker)? else {
            return Ok((Vec::new(), 0));
        };
        let (limit, offset) = if dated { ("$3", "$4") } else { ("$2", "$3") };
        let count_sql = format!("SELECT COUNT(*) FROM leerling l WHERE {condition}");
        let page_sql = format!(
            "SELECT l.id, l.voornaam, l.tussenvoegsel, l.achternaam, l.geboortedatum, l.postcode \
             FROM leerling l WHERE {condition} ORDER BY l.achternaam, l.voornaam, l.id LIMIT {limit} OFFSET {offset}"
        );
        let today = today.to_string();
        let mut count = scope.bind(sqlx::query(sqlx::AssertSqlSafe(count_sql)));
        let mut page = scope.bind(sqlx::query(sqlx::AssertSqlSafe(page_sql)));
        if dated {
            count = count.bind(today.clone());
            page = page.bind(today);
        }
        let total: i64 = count.fetch_one(&self.pool).await?.try_get(0)?;
        let rows = page
            .bind(grootte)
            .bind((pagina.max(1) - 1).saturating_mul(grootte))
            .fetch_all(&self.pool)
            .await?;
        let list = rows
            .iter()
            .map(crate::leerlingen::leerling_regel)
            .collect::<Result<Vec<_>, _>>()?;
        self.audit(wie, None, Actie::LezenLijst, route).await?;
        Ok((list, total))
    }
}

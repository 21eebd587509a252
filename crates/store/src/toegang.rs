//! Pupil data through the caller's scope. Every read of a pupil's data for a user goes
//! through here: the domain decides ([`Kijker`]), a refusal is reported as "not found",
//! and every dossier read is written to the audit log.

use crate::audit::Actie;
use crate::leerlingen::LeerlingRegel;
use crate::{LeerlingDossier, LeerlingId, Store, StoreError};
use jiff::civil::Date;
use passend_domain::{
    Handeling, Kijker, LeerlingContext, LeerlingFilter, Rol, SchoolContext, VestigingCode,
    Weigering,
};
use sqlx::Row;

/// Who is asking: the account and its active role with scope.
#[derive(Debug, Clone)]
pub struct Verzoeker {
    pub account_id: i64,
    pub kijker: Kijker,
}

impl Store {
    /// Asks the policy whether `wie` may do `h` with pupil `id`: the pupil's facts are loaded
    /// here, the domain decides. A refusal of a pupil that exists is written to the audit log
    /// (who tried, which route; nothing of the pupil) and comes back as the domain's reason.
    pub(crate) async fn toets(
        &self,
        wie: &Verzoeker,
        h: &Handeling,
        id: LeerlingId,
        today: Date,
        route: &str,
    ) -> Result<LeerlingContext, StoreError> {
        let Some(context) = self.leerling_context(id, today).await? else {
            return Err(StoreError::NietGevonden {
                wat: "leerling",
                sleutel: id.0.to_string(),
            });
        };
        match wie.kijker.mag(h, &context) {
            Ok(()) => Ok(context),
            Err(w) => {
                self.audit(wie, Some(id), Actie::Geweigerd, route).await?;
                Err(match w {
                    Weigering::BuitenScope => StoreError::NietGevonden {
                        wat: "leerling",
                        sleutel: id.0.to_string(),
                    },
                    other => StoreError::Ongeldig(other.to_string()),
                })
            }
        }
    }

    /// Whether the policy lets `wie` do `h` with pupil `id`, for deciding what a page shows
    /// (links, forms); the act itself is checked again, and refusals logged, where it is done.
    pub async fn mag(
        &self,
        wie: &Verzoeker,
        h: &Handeling,
        id: LeerlingId,
        today: Date,
    ) -> Result<bool, StoreError> {
        Ok(self
            .leerling_context(id, today)
            .await?
            .is_some_and(|l| wie.kijker.mag(h, &l).is_ok()))
    }

    /// The school context of a vestiging (its bestuur and SWV), for asking the policy.
    pub async fn school_context(&self, code: &str) -> Result<SchoolContext, StoreError> {
        let r = sqlx::query(
            "SELECT v.code, b.bevoegd_gezag, v.swv_code FROM vestiging v JOIN school s ON s.brin = v.brin \
             JOIN bestuur b ON b.id = s.bestuur_id WHERE v.code = $1",
        )
        .bind(code)
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(|| StoreError::NietGevonden {
            wat: "vestiging",
            sleutel: code.to_string(),
        })?;
        Ok(SchoolContext {
            vestiging: r.try_get(0)?,
            bestuur: r.try_get(1)?,
            swv: r.try_get(2)?,
        })
    }

    pub(crate) async fn leerling_context(
        &self,
        id: LeerlingId,
        today: Date,
    ) -> Result<Option<LeerlingContext>, StoreError> {
        let head = sqlx::query(
            "SELECT p.gemeentecode FROM leerling l JOIN postcode_regio p ON p.pc4 = l.pc4 WHERE l.id = $1",
        )
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await?;
        let Some(head) = head else { return Ok(None) };
        let scholen = sqlx::query(
            "SELECT v.code, b.bevoegd_gezag, v.swv_code FROM inschrijving i \
             JOIN vestiging v ON v.code = i.vestiging_code JOIN school s ON s.brin = v.brin \
             JOIN bestuur b ON b.id = s.bestuur_id \
             WHERE i.leerling_id = $1 AND i.van <= $2 AND (i.tot IS NULL OR i.tot >= $2)",
        )
        .bind(id.0)
        .bind(today.to_string())
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(SchoolContext {
                vestiging: r.try_get(0)?,
                bestuur: r.try_get(1)?,
                swv: r.try_get(2)?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
        let ouders = sqlx::query("SELECT ouder_id FROM ouder_leerling WHERE leerling_id = $1")
            .bind(id.0)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| r.try_get::<i64, _>(0).map(|o| o.to_string()))
            .collect::<Result<Vec<_>, _>>()?;
        let swv_zaken =
            sqlx::query("SELECT DISTINCT swv_code FROM swv_zaak WHERE leerling_id = $1")
                .bind(id.0)
                .fetch_all(&self.pool)
                .await?
                .iter()
                .map(|r| r.try_get::<String, _>(0))
                .collect::<Result<Vec<_>, _>>()?;
        // Live registrations (open, admitted, on the TLV route) and closed ones (withdrawn or
        // refused) apart: the policy gives them different things.
        let mut aanmeldingen = Vec::new();
        let mut eerdere_aanmeldingen = Vec::new();
        for r in sqlx::query(
            "SELECT v.code, b.bevoegd_gezag, v.swv_code, \
             CAST(CASE WHEN a.ingetrokken_op IS NULL AND (a.besluit IS NULL OR a.besluit IN ('toegelaten', 'tlv-route')) \
             THEN 1 ELSE 0 END AS BIGINT) FROM aanmelding a \
             JOIN vestiging v ON v.code = a.vestiging_code JOIN school s ON s.brin = v.brin \
             JOIN bestuur b ON b.id = s.bestuur_id \
             WHERE a.leerling_id = $1",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await?
        {
            let school = SchoolContext {
                vestiging: r.try_get(0)?,
                bestuur: r.try_get(1)?,
                swv: r.try_get(2)?,
            };
            if r.try_get::<i64, _>(3)? == 1 {
                aanmeldingen.push(school);
            } else {
                eerdere_aanmeldingen.push(school);
            }
        }
        let deskundigen = sqlx::query(
            "SELECT DISTINCT a.deskundige_id FROM tlv_advies a JOIN tlv t ON t.id = a.tlv_id WHERE t.leerling_id = $1",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| r.try_get::<i64, _>(0).map(|d| d.to_string()))
        .collect::<Result<Vec<_>, _>>()?;
        Ok(Some(LeerlingContext {
            deskundigen,
            aanmeldingen,
            eerdere_aanmeldingen,
            swv_zaken,
            huidige_scholen: scholen,
            woongemeente: head.try_get(0)?,
            ouders,
        }))
    }

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
        if wie.kijker.rol != Rol::Ouder {
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

    /// Records a pupil's new address postcode, for the school where the pupil is enrolled.
    /// The change and its audit entry (naming the field, not the value) commit together;
    /// an unknown postcode changes nothing.
    pub async fn wijzig_postcode(
        &self,
        wie: &Verzoeker,
        id: LeerlingId,
        postcode: &passend_domain::Postcode,
        today: Date,
        route: &str,
    ) -> Result<bool, StoreError> {
        let not_found = || StoreError::NietGevonden {
            wat: "leerling",
            sleutel: id.0.to_string(),
        };
        self.toets(wie, &Handeling::GegevensWijzigen, id, today, route)
            .await
            .map_err(|e| match e {
                StoreError::Ongeldig(_) => e,
                _ => not_found(),
            })?;
        passend_domain::RegioIndeling::officieel().woon_swv(postcode.pc4())?;
        let mut tx = self.begin_write().await?;
        let current: String = sqlx::query("SELECT postcode FROM leerling WHERE id = $1")
            .bind(id.0)
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
        if current == postcode.to_string() {
            return Ok(false);
        }
        sqlx::query("UPDATE leerling SET postcode = $1, pc4 = $2 WHERE id = $3")
            .bind(postcode.to_string())
            .bind(i64::from(postcode.pc4().value()))
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        crate::audit::append(
            &mut tx,
            wie,
            Some(id),
            Actie::Wijzigen,
            route,
            Some(&["postcode"]),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

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
            .bind((pagina.max(1) - 1) * grootte)
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

/// A scope value bound with its column's type.
pub(crate) enum Bind {
    Text(String),
    Int(i64),
}

impl Bind {
    pub(crate) fn bind<'q>(
        &self,
        q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    ) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
        match self {
            Bind::Text(t) => q.bind(t.clone()),
            Bind::Int(i) => q.bind(*i),
        }
    }
}

/// The SQL condition on `leerling l` for the pupils a scope covers (the domain's
/// [`LeerlingFilter`] written as SQL), its bound value, and whether it also needs the day
/// as `$2`. `None`: the scope covers no single pupil.
pub(crate) fn scope_condition(kijker: &Kijker) -> Result<Option<(String, Bind, bool)>, StoreError> {
    // Enrolled today (the domain's `LeerlingContext::scholen`): (leerling, vestiging v,
    // bestuur b). A registration gives the registration, not a place in these lists.
    let current = "SELECT i.leerling_id FROM inschrijving i JOIN vestiging v ON v.code = i.vestiging_code \
         JOIN school s ON s.brin = v.brin JOIN bestuur b ON b.id = s.bestuur_id \
         WHERE i.van <= $2 AND (i.tot IS NULL OR i.tot >= $2)";
    let (condition, scope, dated) = match kijker.leerling_filter() {
        LeerlingFilter::Geen => return Ok(None),
        LeerlingFilter::HuidigeVestiging(v) => (
            format!("l.id IN ({current} AND v.code = $1)"),
            Bind::Text(v),
            true,
        ),
        LeerlingFilter::HuidigBestuur(b) => (
            format!("l.id IN ({current} AND b.bevoegd_gezag = $1)"),
            Bind::Text(b),
            true,
        ),
        LeerlingFilter::HuidigSwv(c) => (
            format!(
                "(l.id IN ({current} AND v.swv_code = $1) \
                 OR l.id IN (SELECT leerling_id FROM swv_zaak WHERE swv_code = $1))"
            ),
            Bind::Text(c),
            true,
        ),
        LeerlingFilter::Woongemeente(g) => (
            "l.pc4 IN (SELECT pc4 FROM postcode_regio WHERE gemeentecode = $1)".to_string(),
            Bind::Text(g),
            false,
        ),
        LeerlingFilter::Toegewezen(d) => {
            let id = d
                .parse()
                .map_err(|_| StoreError::Ongeldig("ongeldig werkgebied".into()))?;
            (
                "l.id IN (SELECT t.leerling_id FROM tlv t JOIN tlv_advies a ON a.tlv_id = t.id WHERE a.deskundige_id = $1)"
                    .to_string(),
                Bind::Int(id),
                false,
            )
        }
        LeerlingFilter::KinderenVan(o) => {
            let id = o
                .parse()
                .map_err(|_| StoreError::Ongeldig("ongeldig werkgebied".into()))?;
            (
                "l.id IN (SELECT leerling_id FROM ouder_leerling WHERE ouder_id = $1)".to_string(),
                Bind::Int(id),
                false,
            )
        }
    };
    Ok(Some((condition, scope, dated)))
}

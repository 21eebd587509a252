//! The audit log: who (account, role, scope) did what (read, create, change, export) with
//! which pupil, when and through which route. Append-only; the database refuses updates.
//! It never holds free text or a BSN: for a change only the names of the changed fields.

use crate::toegang::Verzoeker;
use crate::{LeerlingId, Store, StoreError, instant_text};
use sqlx::{Any, Row, Transaction};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actie {
    /// A dossier was opened.
    Lezen,
    /// A list with pupils (names, birth dates) was shown; not tied to one pupil.
    LezenLijst,
    Aanmaken,
    Wijzigen,
    Exporteren,
    /// A read or change of a pupil's data that the policy refused (who tried, not what).
    Geweigerd,
}

impl Actie {
    pub fn as_str(self) -> &'static str {
        match self {
            Actie::Lezen => "lezen",
            Actie::LezenLijst => "lezen-lijst",
            Actie::Aanmaken => "aanmaken",
            Actie::Wijzigen => "wijzigen",
            Actie::Exporteren => "exporteren",
            Actie::Geweigerd => "geweigerd",
        }
    }
}

/// One line as a beheerder sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRegel {
    pub id: i64,
    pub tijdstip: String,
    pub gebruikersnaam: String,
    pub rol: String,
    pub scope: Option<String>,
    pub leerling_id: Option<i64>,
    pub actie: String,
    pub route: String,
    pub wijzigingen: Option<String>,
}

/// One line as a parent sees it: which organisation, in which role, did what, when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inzage {
    pub tijdstip: String,
    pub rol: String,
    pub organisatie: String,
    pub actie: String,
}

/// Filters for the beheerder's search; empty fields do not filter.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub gebruikersnaam: Option<String>,
    pub leerling_id: Option<i64>,
    pub actie: Option<String>,
    /// `YYYY-MM-DD`, inclusive.
    pub van: Option<String>,
    pub tot: Option<String>,
}

pub(crate) async fn append(
    tx: &mut Transaction<'static, Any>,
    wie: &Verzoeker,
    leerling: Option<LeerlingId>,
    actie: Actie,
    route: &str,
    wijzigingen: Option<&[&str]>,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO audit_log (tijdstip, account_id, rol, scope, leerling_id, actie, route, wijzigingen) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(instant_text(jiff::Timestamp::now()))
    .bind(wie.account_id)
    .bind(wie.kijker.rol.as_str())
    .bind(wie.kijker.scope.as_deref())
    .bind(leerling.map(|l| l.0))
    .bind(actie.as_str())
    .bind(route)
    .bind(wijzigingen.map(|w| w.join(", ")))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Writes the change's audit entry and commits both together: a change is never stored
/// without its entry, nor the entry without the change.
pub(crate) async fn commit_audited(
    mut tx: Transaction<'static, Any>,
    wie: &Verzoeker,
    leerling: Option<LeerlingId>,
    actie: Actie,
    route: &str,
    wijzigingen: &[&str],
) -> Result<(), StoreError> {
    append(&mut tx, wie, leerling, actie, route, Some(wijzigingen)).await?;
    tx.commit().await?;
    Ok(())
}

impl Store {
    /// Appends one entry in its own transaction (for reads; changes use the change's own).
    pub(crate) async fn audit(
        &self,
        wie: &Verzoeker,
        leerling: Option<LeerlingId>,
        actie: Actie,
        route: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        append(&mut tx, wie, leerling, actie, route, None).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records that a list was downloaded (CSV or Excel), with the route it came from.
    pub async fn audit_export(&self, wie: &Verzoeker, route: &str) -> Result<(), StoreError> {
        self.audit(wie, None, Actie::Exporteren, route).await
    }

    /// Who looked at a pupil's dossier, newest first, with the organisation behind each role.
    pub async fn inzage(&self, id: LeerlingId) -> Result<Vec<Inzage>, StoreError> {
        let rows = sqlx::query(
            "SELECT a.tijdstip, CASE WHEN k.gebruikersnaam = 'systeem' THEN 'systeem' ELSE a.rol END, a.actie, \
             CASE WHEN k.gebruikersnaam = 'systeem' THEN 'passend (termijn verstreken)' ELSE CASE a.rol \
               WHEN 'school' THEN (SELECT naam FROM vestiging WHERE code = a.scope) \
               WHEN 'bestuur' THEN (SELECT naam FROM bestuur WHERE bevoegd_gezag = a.scope) \
               WHEN 'swv' THEN 'Samenwerkingsverband ' || a.scope \
               WHEN 'leerplicht' THEN 'Gemeente ' || (SELECT naam FROM gemeente WHERE code = a.scope) \
               WHEN 'ouder' THEN 'u of een andere ouder/verzorger' \
               ELSE a.rol END END AS organisatie \
             FROM audit_log a JOIN account k ON k.id = a.account_id \
             WHERE a.leerling_id = $1 AND a.actie <> 'geweigerd' ORDER BY a.tijdstip DESC, a.id DESC",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(|r| {
                Ok(Inzage {
                    tijdstip: r.try_get(0)?,
                    rol: r.try_get(1)?,
                    actie: r.try_get(2)?,
                    organisatie: r.try_get::<Option<String>, _>(3)?.unwrap_or_default(),
                })
            })
            .collect::<Result<_, sqlx::Error>>()?)
    }

    /// Searches the log for a beheerder; returns one page and the total count. Anyone else
    /// gets "not found": the log names every user and pupil touched.
    pub async fn zoek_audit(
        &self,
        wie: &Verzoeker,
        f: &AuditFilter,
        pagina: i64,
        grootte: i64,
    ) -> Result<(Vec<AuditRegel>, i64), StoreError> {
        if !wie
            .kijker
            .mag_functie(&passend_domain::toegang::Functie::Beheer)
        {
            return Err(StoreError::NietGevonden {
                wat: "auditlog",
                sleutel: wie.kijker.rol.to_string(),
            });
        }
        // Every filter is always bound; '' and -1 mean "any", so one SQL text serves all.
        let where_clause = "WHERE ($1 = '' OR k.gebruikersnaam = $1) AND ($2 = -1 OR a.leerling_id = $2) \
             AND ($3 = '' OR a.actie = $3) AND ($4 = '' OR a.tijdstip >= $4) AND ($5 = '' OR a.tijdstip < $5)";
        let tot_exclusive = f
            .tot
            .as_deref()
            .filter(|t| !t.is_empty())
            .map(|t| {
                t.parse::<jiff::civil::Date>()
                    .ok()
                    .and_then(|d| d.tomorrow().ok())
                    .map(|d| d.to_string())
                    .ok_or_else(|| {
                        StoreError::Ongeldig(format!("'{t}' is geen datum (JJJJ-MM-DD)"))
                    })
            })
            .transpose()?
            .unwrap_or_default();
        let van = match f.van.as_deref().filter(|v| !v.is_empty()) {
            Some(v) => v
                .parse::<jiff::civil::Date>()
                .map(|d| d.to_string())
                .map_err(|_| StoreError::Ongeldig(format!("'{v}' is geen datum (JJJJ-MM-DD)")))?,
            None => String::new(),
        };
        let binds = (
            f.gebruikersnaam.clone().unwrap_or_default(),
            f.leerling_id.unwrap_or(-1),
            f.actie.clone().unwrap_or_default(),
            van,
            tot_exclusive,
        );
        let total: i64 = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM audit_log a JOIN account k ON k.id = a.account_id {where_clause}"
        )))
        .bind(&binds.0)
        .bind(binds.1)
        .bind(&binds.2)
        .bind(&binds.3)
        .bind(&binds.4)
        .fetch_one(&self.pool)
        .await?
        .try_get(0)?;
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT a.id, a.tijdstip, k.gebruikersnaam, a.rol, a.scope, a.leerling_id, a.actie, a.route, a.wijzigingen \
             FROM audit_log a JOIN account k ON k.id = a.account_id {where_clause} \
             ORDER BY a.tijdstip DESC, a.id DESC LIMIT $6 OFFSET $7"
        )))
        .bind(&binds.0)
        .bind(binds.1)
        .bind(&binds.2)
        .bind(&binds.3)
        .bind(&binds.4)
        .bind(grootte)
        .bind((pagina.max(1) - 1).saturating_mul(grootte))
        .fetch_all(&self.pool)
        .await?;
        let regels = rows
            .iter()
            .map(|r| {
                Ok(AuditRegel {
                    id: r.try_get(0)?,
                    tijdstip: r.try_get(1)?,
                    gebruikersnaam: r.try_get(2)?,
                    rol: r.try_get(3)?,
                    scope: r.try_get(4)?,
                    leerling_id: r.try_get(5)?,
                    actie: r.try_get(6)?,
                    route: r.try_get(7)?,
                    wijzigingen: r.try_get(8)?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()?;
        Ok((regels, total))
    }

    /// Deletes entries older than the retention period; returns how many.
    pub async fn purge_audit(&self, bewaartermijn_dagen: i64) -> Result<u64, StoreError> {
        let grens = jiff::Timestamp::now()
            .checked_sub(jiff::SignedDuration::from_hours(24 * bewaartermijn_dagen))
            .map_err(|_| StoreError::Ongeldig("ongeldige bewaartermijn".into()))?;
        let mut tx = self.begin_write().await?;
        let done = sqlx::query("DELETE FROM audit_log WHERE tijdstip < $1")
            .bind(instant_text(grens))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(done.rows_affected())
    }
}

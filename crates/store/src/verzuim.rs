//! Absence imported per school, the Leerplichtwet rules applied to it inside the
//! application, and the register of verzuimmeldingen with their statuses. A report of
//! langdurig relatief verzuim also opens a thuiszitter case (the 2016 definition).

mod kalender;

use crate::audit::{Actie, append};
use crate::repo::VerzuimStore;
use crate::thuiszitters::{insert_zaak, open_zaak_van};
use crate::toegang::{Verzoeker, scope_condition};
use crate::{LeerlingId, StoreError, instant_text};
use jiff::civil::Date;
use passend_domain::Schooljaar;
use passend_domain::toegang::{Bereik, Functie};
use passend_domain::verzuim::{Dag, Uren, Vakantieregio, Verzuimdag, meldingen};
use passend_domain::verzuimmelding::Status;
use passend_domain::{SwvCode, VestigingCode};
use sqlx::Row;
use std::collections::BTreeMap;

/// One imported row: a pupil's planned and missed hours on a school day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerzuimInvoer {
    /// The line in the uploaded file, for error messages.
    pub regel: usize,
    pub leerling: LeerlingId,
    pub datum: Date,
    pub gepland: Uren,
    pub ongeoorloofd: Uren,
    pub geoorloofd: Uren,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportUitkomst {
    pub rijen: usize,
    pub leerlingen: usize,
    pub nieuwe_meldingen: usize,
    pub nieuwe_zaken: usize,
}

/// A report as lists show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verzuimmelding {
    pub id: i64,
    pub leerling_id: LeerlingId,
    pub naam: String,
    pub vestiging_code: String,
    pub gemeentecode: String,
    pub soort: String,
    pub datum: String,
    pub uren: Uren,
    pub status: String,
}

fn fout(regel: usize, probleem: impl std::fmt::Display) -> StoreError {
    StoreError::Ongeldig(format!("regel {regel}: {probleem}"))
}

impl VerzuimStore<'_> {
    /// Imports a school's absence rows: all or nothing. Every pupil must be enrolled at the
    /// vestiging on the row's day, which must be a school day of the chosen holiday regio.
    /// The rules then run over each pupil's whole absence record; reports not made before
    /// are registered, and a new langdurig-relatief-verzuim report opens a case.
    pub async fn importeer_verzuim(
        self,
        wie: &Verzoeker,
        vestiging: &VestigingCode,
        regio: Vakantieregio,
        rijen: &[VerzuimInvoer],
        route: &str,
    ) -> Result<ImportUitkomst, StoreError> {
        let eigen = wie.kijker.schrijft_voor_vestiging(&Functie::VerzuimInlezen);
        if eigen.as_deref() != Some(vestiging.as_str()) {
            return Err(StoreError::NietGevonden {
                wat: "vestiging",
                sleutel: vestiging.to_string(),
            });
        }
        let kalender = self.kalender(regio).await?;
        let mut seen = BTreeMap::new();
        for r in rijen {
            Uren::check_dag(r.gepland, r.ongeoorloofd, r.geoorloofd)
                .map_err(|e| fout(r.regel, e))?;
            match kalender.dag(r.datum) {
                Dag::School(_) => {}
                Dag::Vrij => {
                    return Err(fout(
                        r.regel,
                        format!("{} is geen schooldag in regio {}", r.datum, regio.as_str()),
                    ));
                }
                // Not the day's fault: the schooljaar's holidays were never loaded.
                Dag::Buiten => {
                    return Err(fout(
                        r.regel,
                        format!(
                            "de schoolvakanties van schooljaar {} zijn niet geladen, dus passend weet niet of {} een schooldag is; de beheerder laadt ze (passend import kalender)",
                            Schooljaar::of(r.datum),
                            r.datum
                        ),
                    ));
                }
            }
            if let Some(eerder) = seen.insert((r.leerling, r.datum), r.regel) {
                return Err(fout(
                    r.regel,
                    format!(
                        "leerling {} op {} staat ook op regel {eerder}",
                        r.leerling.0, r.datum
                    ),
                ));
            }
            let enrolled = sqlx::query(
                "SELECT 1 FROM inschrijving WHERE leerling_id = $1 AND vestiging_code = $2 AND van <= $3 AND (tot IS NULL OR tot >= $3)",
            )
            .bind(r.leerling.0)
            .bind(vestiging.as_str())
            .bind(r.datum.to_string())
            .fetch_optional(&self.pool)
            .await?;
            if enrolled.is_none() {
                return Err(fout(
                    r.regel,
                    format!(
                        "leerling {} stond op {} niet ingeschreven op deze vestiging",
                        r.leerling.0, r.datum
                    ),
                ));
            }
        }
        let swv = self
            .organisaties()
            .vestiging(vestiging)
            .await?
            .vestiging
            .swv_code;
        let ladder = self.thuiszitters().ladder(&SwvCode::parse(&swv)?).await?;
        let systeem = self.systeem().await?;
        let now = instant_text(jiff::Timestamp::now());
        let today = jiff::Timestamp::now()
            .in_tz("Europe/Amsterdam")
            .map(|z| z.date())
            .unwrap_or(jiff::civil::date(2026, 1, 1));
        let mut tx = self.begin_write().await?;
        for r in rijen {
            sqlx::query("DELETE FROM verzuimregel WHERE leerling_id = $1 AND datum = $2")
                .bind(r.leerling.0)
                .bind(r.datum.to_string())
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO verzuimregel (leerling_id, datum, vestiging_code, gepland, ongeoorloofd, geoorloofd, regio) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(r.leerling.0)
            .bind(r.datum.to_string())
            .bind(vestiging.as_str())
            .bind(i64::from(r.gepland.honderdsten()))
            .bind(i64::from(r.ongeoorloofd.honderdsten()))
            .bind(i64::from(r.geoorloofd.honderdsten()))
            .bind(regio.as_str())
            .execute(&mut *tx)
            .await?;
        }
        let pupils: Vec<LeerlingId> = {
            let mut p: Vec<LeerlingId> = rijen.iter().map(|r| r.leerling).collect();
            p.sort();
            p.dedup();
            p
        };
        let (mut nieuwe_meldingen, mut nieuwe_zaken) = (0, 0);
        for &leerling in &pupils {
            let rows = sqlx::query(
                "SELECT datum, gepland, ongeoorloofd, geoorloofd FROM verzuimregel WHERE leerling_id = $1 ORDER BY datum",
            )
            .bind(leerling.0)
            .fetch_all(&mut *tx)
            .await?;
            let mut dagen = Vec::with_capacity(rows.len());
            for row in &rows {
                let datum: String = row.try_get(0)?;
                let uren = |i: usize| -> Result<Uren, StoreError> {
                    Ok(Uren::from_honderdsten(
                        u32::try_from(row.try_get::<i64, _>(i)?).unwrap_or(0),
                    ))
                };
                let Some(dag) = datum
                    .parse::<Date>()
                    .ok()
                    .and_then(|d| kalender.schooldag(d))
                else {
                    continue;
                };
                dagen.push(
                    Verzuimdag::new(dag, uren(1)?, uren(2)?, uren(3)?)
                        .map_err(|e| StoreError::Ongeldig(e.to_string()))?,
                );
            }
            let mut due = Vec::new();
            meldingen(&kalender, &dagen, &mut due);
            let gemeente: String = sqlx::query(
                "SELECT p.gemeentecode FROM leerling l JOIN postcode_regio p ON p.pc4 = l.pc4 WHERE l.id = $1",
            )
            .bind(leerling.0)
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
            let mut changed = false;
            for m in due {
                let datum = kalender.datum(m.schooldag).to_string();
                let inserted = sqlx::query(
                    "INSERT INTO verzuimmelding (leerling_id, vestiging_code, gemeentecode, soort, datum, uren, status, aangemaakt, gewijzigd) \
                     SELECT $1, $2, $3, $4, $5, $6, $7, $8, $8 WHERE NOT EXISTS \
                     (SELECT 1 FROM verzuimmelding WHERE leerling_id = $1 AND soort = $4 AND datum = $5)",
                )
                .bind(leerling.0)
                .bind(vestiging.as_str())
                .bind(&gemeente)
                .bind(m.soort.as_str())
                .bind(&datum)
                .bind(i64::from(m.uren.honderdsten()))
                .bind(Status::Geregistreerd.as_str())
                .bind(&now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if inserted == 0 {
                    continue;
                }
                nieuwe_meldingen += 1;
                changed = true;
                if m.soort == passend_domain::verzuim::Soort::LangdurigRelatiefVerzuim
                    && open_zaak_van(&mut tx, leerling).await?.is_none()
                {
                    // The run began 20 school days before its 21st school day.
                    let start = kalender.datum(m.schooldag.saturating_sub(20));
                    insert_zaak(
                        &mut tx,
                        leerling,
                        &swv,
                        passend_domain::thuiszitters::Soort::LangdurigRelatiefVerzuim,
                        start,
                        ladder.deadline(0, today),
                    )
                    .await?;
                    append(
                        &mut tx,
                        &systeem,
                        Some(leerling),
                        Actie::Aanmaken,
                        route,
                        Some(&["thuiszitterzaak"]),
                    )
                    .await?;
                    nieuwe_zaken += 1;
                }
            }
            append(
                &mut tx,
                wie,
                Some(leerling),
                Actie::Wijzigen,
                route,
                Some(if changed {
                    &["verzuim", "verzuimmelding"]
                } else {
                    &["verzuim"]
                }),
            )
            .await?;
        }
        tx.commit().await?;
        // A child present again at the school where it is enrolled ends its case.
        self.thuiszitters().los_op_bij_aanwezigheid(today).await?;
        Ok(ImportUitkomst {
            rijen: rijen.len(),
            leerlingen: pupils.len(),
            nieuwe_meldingen,
            nieuwe_zaken,
        })
    }

    /// The reports about the pupils in the caller's scope, newest first; the list read is
    /// logged.
    pub async fn verzuimmeldingen_voor(
        self,
        wie: &Verzoeker,
        today: Date,
        route: &str,
    ) -> Result<Vec<Verzuimmelding>, StoreError> {
        let Some((condition, scope, dated)) = scope_condition(&wie.kijker)? else {
            return Ok(Vec::new());
        };
        let sql = format!(
            "SELECT m.id, m.leerling_id, l.voornaam, l.tussenvoegsel, l.achternaam, m.vestiging_code, m.gemeentecode, \
             m.soort, m.datum, m.uren, m.status FROM verzuimmelding m JOIN leerling l ON l.id = m.leerling_id \
             WHERE {condition} ORDER BY m.datum DESC, m.id DESC"
        );
        let mut q = scope.bind(sqlx::query(sqlx::AssertSqlSafe(sql)));
        if dated {
            q = q.bind(today.to_string());
        }
        let rows = q.fetch_all(&self.pool).await?;
        let list = rows
            .iter()
            .map(|r| {
                let naam = passend_domain::Naam {
                    voornaam: r.try_get(2)?,
                    tussenvoegsel: r.try_get(3)?,
                    achternaam: r.try_get(4)?,
                };
                Ok(Verzuimmelding {
                    id: r.try_get(0)?,
                    leerling_id: LeerlingId(r.try_get(1)?),
                    naam: naam.volledig(),
                    vestiging_code: r.try_get(5)?,
                    gemeentecode: r.try_get(6)?,
                    soort: r.try_get(7)?,
                    datum: r.try_get(8)?,
                    uren: Uren::from_honderdsten(
                        u32::try_from(r.try_get::<i64, _>(9)?).unwrap_or(0),
                    ),
                    status: r.try_get(10)?,
                })
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()?;
        if !list.is_empty() {
            self.audit(wie, None, Actie::LezenLijst, route).await?;
        }
        Ok(list)
    }

    /// Moves a report to another status: the leerplicht of the pupil's gemeente handles
    /// it, the reporting school may withdraw it while it is only registered.
    pub async fn zet_meldingstatus(
        self,
        wie: &Verzoeker,
        id: i64,
        naar: Status,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let not_found = || StoreError::NietGevonden {
            wat: "verzuimmelding",
            sleutel: id.to_string(),
        };
        let row = sqlx::query("SELECT leerling_id, vestiging_code, gemeentecode, status FROM verzuimmelding WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(not_found)?;
        let leerling = LeerlingId(row.try_get(0)?);
        let vestiging: String = row.try_get(1)?;
        let gemeente: String = row.try_get(2)?;
        // The report must be visible to the caller, and belong to their organisation.
        self.dossier_voor(wie, leerling, today, route)
            .await
            .map_err(|_| not_found())?;
        let own = match wie.kijker.bereik(&Functie::Verzuim) {
            Some(Bereik::Vestiging(v)) => v == vestiging,
            Some(Bereik::Gemeente(g)) => g == gemeente,
            _ => false,
        };
        let huidig = Status::parse(&row.try_get::<String, _>(3)?)
            .map_err(|e| StoreError::Ongeldig(e.to_string()))?;
        let naar = huidig
            .naar(naar, wie.kijker.rol)
            .map_err(|e| StoreError::Ongeldig(e.to_string()))?;
        if !own {
            return Err(StoreError::Ongeldig(
                "deze melding is niet van uw school of gemeente".into(),
            ));
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE verzuimmelding SET status = $1, gewijzigd = $2 WHERE id = $3")
            .bind(naar.as_str())
            .bind(instant_text(jiff::Timestamp::now()))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        append(
            &mut tx,
            wie,
            Some(leerling),
            Actie::Wijzigen,
            route,
            Some(&["meldingstatus"]),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

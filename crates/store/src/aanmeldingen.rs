//! Aanmeldingen: the written registration with the school, the clocks of the law computed
//! by the domain, the one extension, the decision with its letter to the parents and the
//! child's voice, and withdrawal. A registration makes the child visible to the school, its
//! bestuur and its SWV (see `toegang`).

use crate::audit::{Actie, append};
use crate::toegang::Verzoeker;
use crate::{LeerlingId, Store, StoreError, instant_text};
use jiff::civil::Date;
use passend_domain::zorgplicht::{
    self, AanmeldingFeiten, Besluit, Opschorting, Termijnen, Verlenging, termijnen, zorgplicht_bij,
};
use passend_domain::{
    Handeling, Leerling, RegioIndeling, Rol, SchoolContext, Schoolsoort, VestigingCode,
};
use sqlx::Row;
use sqlx::any::AnyRow;

/// A new registration, with the child's person data (found by BSN or onderwijsnummer, or
/// registered as a new pupil).
#[derive(Debug, Clone)]
pub struct NieuweAanmelding {
    pub leerling: Leerling,
    pub vestiging: VestigingCode,
    pub ontvangen: Date,
    pub gewenste_start: Option<Date>,
    pub eerste_voorkeur: bool,
    pub andere_scholen: String,
    pub extra_ondersteuning: bool,
    pub beoordeling: Option<String>,
}

/// A registration as lists and pages show it.
#[derive(Debug, Clone)]
pub struct Aanmelding {
    pub id: i64,
    pub leerling_id: LeerlingId,
    pub naam: String,
    pub vestiging_code: String,
    pub vestiging_naam: String,
    pub ontvangen: Date,
    pub gewenste_start: Option<Date>,
    pub eerste_voorkeur: bool,
    pub andere_scholen: Option<String>,
    pub extra_ondersteuning: bool,
    pub beoordeling: Option<String>,
    pub termijnen: Termijnen,
    pub besluit: Option<String>,
    pub besluit_datum: Option<Date>,
    pub brief: Option<String>,
    pub stem_kind: Option<String>,
    pub ingetrokken_op: Option<Date>,
    /// This school holds the zorgplicht among the child's open registrations.
    pub zorgplicht_hier: bool,
}

impl Aanmelding {
    pub fn open(&self) -> bool {
        self.besluit.is_none() && self.ingetrokken_op.is_none()
    }

    /// Open past its decision term.
    pub fn te_laat(&self, today: Date) -> bool {
        self.open() && self.termijnen.beslissen_uiterlijk < today
    }

    /// Open, and the temporary placement is due.
    pub fn plaatsing_verplicht(&self, today: Date) -> bool {
        self.open()
            && self
                .termijnen
                .tijdelijke_plaatsing_vanaf
                .is_some_and(|d| d <= today)
    }

    pub fn mogelijk_ontweken(&self) -> bool {
        passend_domain::zorgplicht::mogelijk_ontweken(
            self.ontvangen,
            self.extra_ondersteuning,
            self.ingetrokken_op,
        )
    }
}

fn niet_gevonden(id: i64) -> StoreError {
    StoreError::NietGevonden {
        wat: "aanmelding",
        sleutel: id.to_string(),
    }
}

/// Of two changes sent at once, only the first finds the registration still open.
fn al_beslist() -> StoreError {
    StoreError::Conflict("over deze aanmelding is al beslist of zij is ingetrokken".into())
}

fn date(s: &str) -> Result<Date, StoreError> {
    s.parse()
        .map_err(|_| StoreError::Ongeldig(format!("ongeldige datum {s}")))
}

fn opt_date(s: Option<String>) -> Result<Option<Date>, StoreError> {
    s.as_deref().map(date).transpose()
}

const COLUMNS: &str = "a.id, a.leerling_id, l.voornaam, l.tussenvoegsel, l.achternaam, a.vestiging_code, v.naam AS vnaam, \
     v.schoolsoort, a.ontvangen, a.gewenste_start, a.eerste_voorkeur, a.andere_scholen, a.extra_ondersteuning, a.beoordeling, \
     a.verlenging_weken, a.verlenging_kennisgeving, a.opschorting_van, a.opschorting_tot, a.besluit, a.besluit_datum, a.brief, a.stem_kind, a.ingetrokken_op";
const FROM: &str = "FROM aanmelding a JOIN leerling l ON l.id = a.leerling_id JOIN vestiging v ON v.code = a.vestiging_code \
     JOIN school s ON s.brin = v.brin JOIN bestuur b ON b.id = s.bestuur_id";

impl Store {
    /// Registers a written aanmelding at the caller's own vestiging.
    pub async fn registreer_aanmelding(
        &self,
        wie: &Verzoeker,
        n: &NieuweAanmelding,
        today: Date,
        route: &str,
    ) -> Result<i64, StoreError> {
        let mut tx = self.begin_write().await?;
        let id = registreer_in(&mut tx, wie, n, today, route).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Imports registrations (one school's, from its administration system): all or nothing,
    /// a problem names the line. Each registration gets its own audit entry.
    pub async fn importeer_aanmeldingen(
        &self,
        wie: &Verzoeker,
        regels: &[(usize, NieuweAanmelding)],
        today: Date,
        route: &str,
    ) -> Result<usize, StoreError> {
        let mut tx = self.begin_write().await?;
        for (regel, n) in regels {
            registreer_in(&mut tx, wie, n, today, route)
                .await
                .map_err(|e| match e {
                    StoreError::Ongeldig(m) | StoreError::Conflict(m) => {
                        StoreError::Ongeldig(format!("regel {regel}: {m}"))
                    }
                    StoreError::NietGevonden { wat, sleutel } => StoreError::Ongeldig(format!(
                        "regel {regel}: {wat} '{sleutel}' hoort niet bij deze school"
                    )),
                    other => other,
                })?;
        }
        tx.commit().await?;
        Ok(regels.len())
    }
}

/// One registration inside the caller's transaction (the form, the API and the import).
async fn registreer_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    wie: &Verzoeker,
    n: &NieuweAanmelding,
    today: Date,
    route: &str,
) -> Result<i64, StoreError> {
    {
        if wie.kijker.rol != Rol::School
            || wie.kijker.scope.as_deref() != Some(n.vestiging.as_str())
        {
            return Err(StoreError::NietGevonden {
                wat: "vestiging",
                sleutel: n.vestiging.to_string(),
            });
        }
        if n.ontvangen > today {
            return Err(StoreError::Ongeldig(
                "de datum van ontvangst ligt in de toekomst".into(),
            ));
        }
        RegioIndeling::officieel().woon_swv(n.leerling.postcode.pc4())?;
        let (column, value) = match (&n.leerling.bsn, &n.leerling.onderwijsnummer) {
            (Some(b), _) => ("bsn", b.expose()),
            (None, Some(o)) => ("onderwijsnummer", o.expose()),
            (None, None) => {
                return Err(StoreError::Ongeldig(
                    "een leerling heeft een BSN of een onderwijsnummer nodig".into(),
                ));
            }
        };
        let known = crate::identiteit::bekende_leerling(tx, column, &value, &n.leerling).await?;
        let leerling = match known {
            Some(id) => id.0,
            None => sqlx::query(sqlx::AssertSqlSafe(format!(
                "INSERT INTO leerling (voornaam, tussenvoegsel, achternaam, geboortedatum, postcode, pc4, {column}) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id"
            )))
            .bind(&n.leerling.naam.voornaam)
            .bind(n.leerling.naam.tussenvoegsel.as_deref())
            .bind(&n.leerling.naam.achternaam)
            .bind(n.leerling.geboortedatum.to_string())
            .bind(n.leerling.postcode.to_string())
            .bind(i64::from(n.leerling.postcode.pc4().value()))
            .bind(&value)
            .fetch_one(&mut **tx)
            .await?
            .try_get(0)?,
        };
        let row = sqlx::query(
            "INSERT INTO aanmelding (leerling_id, vestiging_code, ontvangen, gewenste_start, eerste_voorkeur, andere_scholen, \
             extra_ondersteuning, beoordeling, aangemaakt) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(leerling)
        .bind(n.vestiging.as_str())
        .bind(n.ontvangen.to_string())
        .bind(n.gewenste_start.map(|d| d.to_string()))
        .bind(i64::from(n.eerste_voorkeur))
        .bind(Some(n.andere_scholen.trim()).filter(|s| !s.is_empty()))
        .bind(i64::from(n.extra_ondersteuning))
        .bind(n.beoordeling.as_deref().map(str::trim).filter(|s| !s.is_empty()))
        .bind(instant_text(jiff::Timestamp::now()))
        .fetch_one(&mut **tx)
        .await?;
        let id: i64 = row.try_get(0)?;
        append(
            tx,
            wie,
            Some(LeerlingId(leerling)),
            Actie::Aanmaken,
            route,
            Some(&["aanmelding"]),
        )
        .await?;
        Ok(id)
    }
}

impl Store {
    async fn aanmelding_from(&self, r: &AnyRow) -> Result<Aanmelding, StoreError> {
        let leerling = LeerlingId(r.try_get("leerling_id")?);
        let ontvangen = date(&r.try_get::<String, _>("ontvangen")?)?;
        let verlenging = match (
            r.try_get::<Option<i64>, _>("verlenging_weken")?,
            opt_date(r.try_get("verlenging_kennisgeving")?)?,
        ) {
            (Some(weken), Some(kennisgeving)) => Some(Verlenging {
                weken,
                kennisgeving,
            }),
            _ => None,
        };
        let vo = Schoolsoort::parse(&r.try_get::<String, _>("schoolsoort")?)
            .map(|s| s.sector() == passend_domain::Sector::Vo)
            .unwrap_or(false);
        let elders = sqlx::query("SELECT 1 FROM inschrijving WHERE leerling_id = $1 AND vestiging_code <> $2 AND tot IS NULL")
            .bind(leerling.0)
            .bind(r.try_get::<String, _>("vestiging_code")?)
            .fetch_optional(&self.pool)
            .await?
            .is_some();
        let geboren: String = sqlx::query("SELECT geboortedatum FROM leerling WHERE id = $1")
            .bind(leerling.0)
            .fetch_one(&self.pool)
            .await?
            .try_get(0)?;
        let vier = date(&geboren)?.saturating_add(jiff::ToSpan::years(4));
        let opschortingen: Vec<Opschorting> = opt_date(r.try_get("opschorting_van")?)?
            .map(|van| {
                Ok::<_, StoreError>(Opschorting {
                    van,
                    tot: opt_date(r.try_get("opschorting_tot")?)?,
                })
            })
            .transpose()?
            .into_iter()
            .collect();
        let t = termijnen(
            ontvangen,
            verlenging,
            &opschortingen,
            vo,
            elders,
            Some(vier),
        )
        .map_err(|e| StoreError::Ongeldig(e.to_string()))?;
        let open: Vec<(String, Date, bool)> = sqlx::query(
            "SELECT vestiging_code, ontvangen, eerste_voorkeur FROM aanmelding WHERE leerling_id = $1 AND besluit IS NULL AND ingetrokken_op IS NULL",
        )
        .bind(leerling.0)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|x| Ok((x.try_get(0)?, date(&x.try_get::<String, _>(1)?)?, x.try_get::<i64, _>(2)? != 0)))
        .collect::<Result<_, StoreError>>()?;
        let vestiging: String = r.try_get("vestiging_code")?;
        let naam = passend_domain::Naam {
            voornaam: r.try_get("voornaam")?,
            tussenvoegsel: r.try_get("tussenvoegsel")?,
            achternaam: r.try_get("achternaam")?,
        };
        Ok(Aanmelding {
            id: r.try_get("id")?,
            leerling_id: leerling,
            naam: naam.volledig(),
            zorgplicht_hier: zorgplicht_bij(&open).as_deref() == Some(vestiging.as_str()),
            vestiging_code: vestiging,
            vestiging_naam: r.try_get("vnaam")?,
            ontvangen,
            gewenste_start: opt_date(r.try_get("gewenste_start")?)?,
            eerste_voorkeur: r.try_get::<i64, _>("eerste_voorkeur")? != 0,
            andere_scholen: r.try_get("andere_scholen")?,
            extra_ondersteuning: r.try_get::<i64, _>("extra_ondersteuning")? != 0,
            beoordeling: r.try_get("beoordeling")?,
            termijnen: t,
            besluit: r.try_get("besluit")?,
            besluit_datum: opt_date(r.try_get("besluit_datum")?)?,
            brief: r.try_get("brief")?,
            stem_kind: r.try_get("stem_kind")?,
            ingetrokken_op: opt_date(r.try_get("ingetrokken_op")?)?,
        })
    }

    /// The registrations at the caller's school, bestuur or SWV, newest first. Read logged.
    pub async fn aanmeldingen_voor(
        &self,
        wie: &Verzoeker,
        route: &str,
    ) -> Result<Vec<Aanmelding>, StoreError> {
        let column = match wie.kijker.rol {
            Rol::School => "v.code",
            Rol::Bestuur => "b.bevoegd_gezag",
            Rol::Swv => "v.swv_code",
            _ => return Ok(Vec::new()),
        };
        let Some(scope) = wie.kijker.scope.as_deref() else {
            return Ok(Vec::new());
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
        &self,
        wie: &Verzoeker,
        today: Date,
    ) -> Result<Vec<(String, [u32; 4])>, StoreError> {
        if !matches!(wie.kijker.rol, Rol::Inspectie | Rol::Ministerie) {
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
        &self,
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

    async fn aanmelding_met_school(
        &self,
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
    async fn eigen_open(
        &self,
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
    async fn vestiging_is_vo(&self, code: &str) -> Result<bool, StoreError> {
        let soort: String = sqlx::query("SELECT schoolsoort FROM vestiging WHERE code = $1")
            .bind(code)
            .fetch_one(&self.pool)
            .await?
            .try_get(0)?;
        Ok(Schoolsoort::parse(&soort).is_ok_and(|s| s.sector() == passend_domain::Sector::Vo))
    }

    /// The one extension of the decision term, with the day the parents were told.
    pub async fn verleng_aanmelding(
        &self,
        wie: &Verzoeker,
        id: i64,
        v: Verlenging,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let a = self.eigen_open(wie, id, today, route).await?;
        if a.termijnen.verlengd {
            return Err(StoreError::Ongeldig(
                "de beslistermijn kan maar één keer worden verlengd".into(),
            ));
        }
        if v.kennisgeving > today {
            return Err(StoreError::Ongeldig(
                "de kennisgeving aan de ouders ligt in de toekomst".into(),
            ));
        }
        termijnen(a.ontvangen, Some(v), &[], false, true, None)
            .map_err(|e| StoreError::Ongeldig(e.to_string()))?;
        let mut tx = self.begin_write().await?;
        // Checked again in the write: of two extensions sent at once, only one gets through.
        let changed = sqlx::query(
            "UPDATE aanmelding SET verlenging_weken = $1, verlenging_kennisgeving = $2 \
             WHERE id = $3 AND verlenging_weken IS NULL AND besluit IS NULL AND ingetrokken_op IS NULL",
        )
        .bind(v.weken)
        .bind(v.kennisgeving.to_string())
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            return Err(StoreError::Ongeldig(
                "de beslistermijn kan maar één keer worden verlengd".into(),
            ));
        }
        append(
            &mut tx,
            wie,
            Some(a.leerling_id),
            Actie::Wijzigen,
            route,
            Some(&["verlenging"]),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The decision: the domain checks it against the law and writes the letter to the
    /// parents ([`zorgplicht::beslis`]); this stores it once, guarded against a concurrent
    /// decision or withdrawal. The child's voice (what it said, or why not) is required.
    pub async fn beslis_aanmelding(
        &self,
        wie: &Verzoeker,
        id: i64,
        besluit: &Besluit,
        stem_kind: &str,
        today: Date,
        route: &str,
    ) -> Result<String, StoreError> {
        let a = self.eigen_open(wie, id, today, route).await?;
        let feiten = AanmeldingFeiten {
            school: &a.vestiging_code,
            school_naam: &a.vestiging_naam,
            extra_ondersteuning_nodig: a.extra_ondersteuning,
            vo: self.vestiging_is_vo(&a.vestiging_code).await?,
        };
        let u = zorgplicht::beslis(&feiten, besluit, stem_kind, today)
            .map_err(|e| StoreError::Ongeldig(e.to_string()))?;
        let mut tx = self.begin_write().await?;
        let gezet = sqlx::query(
            "UPDATE aanmelding SET besluit = $1, besluit_datum = $2, andere_school = $3, bereid_op = $4, reden = $5, brief = $6, stem_kind = $7 \
             WHERE id = $8 AND besluit IS NULL AND ingetrokken_op IS NULL",
        )
        .bind(u.code)
        .bind(today.to_string())
        .bind(u.andere_school)
        .bind(u.bereid_op.map(|d| d.to_string()))
        .bind(u.reden)
        .bind(&u.brief)
        .bind(&u.stem_kind)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if gezet == 0 {
            return Err(al_beslist());
        }
        append(
            &mut tx,
            wie,
            Some(a.leerling_id),
            Actie::Wijzigen,
            route,
            Some(&["besluit", "brief", "stem kind"]),
        )
        .await?;
        tx.commit().await?;
        Ok(u.brief)
    }

    /// VO (WVO art. 27 lid 2g): the school asked the parents to complete the registration on
    /// `van`; `tot` is the day it was completed (or the term lapsed). The clock stands still
    /// in between.
    pub async fn schort_op(
        &self,
        wie: &Verzoeker,
        id: i64,
        van: Date,
        tot: Option<Date>,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let a = self.eigen_open(wie, id, today, route).await?;
        let vo = self.vestiging_is_vo(&a.vestiging_code).await?;
        if van < a.ontvangen || van > today || tot.is_some_and(|t| t > today) {
            return Err(StoreError::Ongeldig(
                "het verzoek om aanvulling ligt niet tussen de ontvangst en vandaag".into(),
            ));
        }
        termijnen(
            a.ontvangen,
            None,
            &[Opschorting { van, tot }],
            vo,
            true,
            None,
        )
        .map_err(|e| StoreError::Ongeldig(e.to_string()))?;
        let mut tx = self.begin_write().await?;
        let gezet = sqlx::query(
            "UPDATE aanmelding SET opschorting_van = $1, opschorting_tot = $2 \
             WHERE id = $3 AND besluit IS NULL AND ingetrokken_op IS NULL",
        )
        .bind(van.to_string())
        .bind(tot.map(|d| d.to_string()))
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if gezet == 0 {
            return Err(al_beslist());
        }
        append(
            &mut tx,
            wie,
            Some(a.leerling_id),
            Actie::Wijzigen,
            route,
            Some(&["opschorting"]),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The parents withdrew the registration.
    pub async fn trek_aanmelding_in(
        &self,
        wie: &Verzoeker,
        id: i64,
        op: Date,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let a = self.eigen_open(wie, id, today, route).await?;
        if op > today || op < a.ontvangen {
            return Err(StoreError::Ongeldig(
                "de datum van intrekken ligt niet tussen de ontvangst en vandaag".into(),
            ));
        }
        let mut tx = self.begin_write().await?;
        let gezet = sqlx::query(
            "UPDATE aanmelding SET ingetrokken_op = $1 WHERE id = $2 AND besluit IS NULL AND ingetrokken_op IS NULL",
        )
        .bind(op.to_string())
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if gezet == 0 {
            return Err(al_beslist());
        }
        append(
            &mut tx,
            wie,
            Some(a.leerling_id),
            Actie::Wijzigen,
            route,
            Some(&["ingetrokken"]),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

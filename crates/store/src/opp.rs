//! The ontwikkelingsperspectief: drawn up by the school where the pupil is enrolled, after
//! op overeenstemming gericht overleg with the parents, who consent to the handelingsdeel.
//! Every change is a new version; old versions stay readable. Evaluations at least yearly.

use crate::audit::{Actie, commit_audited};
use crate::kolom::{get_date, get_opt_date};
use crate::toegang::Verzoeker;
use crate::{LeerlingId, Store, StoreError, instant_text};
use jiff::civil::Date;
use passend_domain::ondersteuning::{Domein, Niveau};
use passend_domain::opp::{
    Evaluatie, Perspectief, Uitstroom, evaluatie, toets, uiterlijk, verplicht,
};
use passend_domain::{Rol, Schoolsoort};
use sqlx::Row;

/// One goal of the handelingsdeel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doel {
    pub doel: String,
    pub ondersteuning: String,
    pub wie: String,
    pub frequentie: String,
}

/// A new version as the school fills it in.
#[derive(Debug, Clone)]
pub struct NieuweOppVersie {
    pub uitstroom: Uitstroom,
    pub belemmerend: String,
    pub bevorderend: String,
    pub behoeften: Vec<(Domein, Niveau)>,
    pub doelen: Vec<Doel>,
    pub overleg_ouders: Option<Date>,
    pub overleg_verslag: String,
    pub instemming_ouders: Option<Date>,
    pub stem_kind: String,
}

#[derive(Debug, Clone)]
pub struct OppVersie {
    pub versie: i64,
    pub vastgesteld_op: Date,
    pub uitstroom: String,
    pub belemmerend: String,
    pub bevorderend: String,
    pub behoeften: Vec<(String, i64)>,
    pub doelen: Vec<Doel>,
    pub overleg_ouders: Date,
    pub overleg_verslag: Option<String>,
    pub instemming_ouders: Option<Date>,
    pub stem_kind: Option<String>,
}

#[derive(Debug, Clone)]
pub struct OppEvaluatie {
    pub datum: Date,
    pub met_ouders: bool,
    pub verslag: String,
}

#[derive(Debug, Clone)]
pub struct Opp {
    pub id: i64,
    pub leerling_id: LeerlingId,
    pub vestiging_code: String,
    /// Newest first.
    pub versies: Vec<OppVersie>,
    pub evaluaties: Vec<OppEvaluatie>,
    pub evaluatie: Evaluatie,
}

impl Opp {
    pub fn huidig(&self) -> Option<&OppVersie> {
        self.versies.first()
    }
}

/// A pupil at a school who must have an OPP and has none, past or before its due date.
#[derive(Debug, Clone)]
pub struct OppSignaal {
    pub leerling_id: LeerlingId,
    pub naam: String,
    pub vestiging_code: String,
    pub wat: String,
    pub datum: Date,
    pub te_laat: bool,
}

fn ongeldig(e: impl ToString) -> StoreError {
    StoreError::Ongeldig(e.to_string())
}

impl Store {
    /// The OPPs of a pupil whose dossier the caller has read.
    pub async fn opps_van(
        &self,
        leerling: LeerlingId,
        today: Date,
    ) -> Result<Vec<Opp>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, vestiging_code FROM opp WHERE leerling_id = $1 ORDER BY id DESC",
        )
        .bind(leerling.0)
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::new();
        for r in &rows {
            let id: i64 = r.try_get(0)?;
            let versies = self.opp_versies(id).await?;
            let evaluaties = sqlx::query(
                "SELECT datum, met_ouders, verslag FROM opp_evaluatie WHERE opp_id = $1 ORDER BY datum DESC",
            )
            .bind(id)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|e| {
                Ok(OppEvaluatie {
                    datum: get_date(e, "datum")?,
                    met_ouders: e.try_get::<i64, _>("met_ouders")? != 0,
                    verslag: e.try_get("verslag")?,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
            let eerste = versies.last().map(|v| v.vastgesteld_op).unwrap_or(today);
            let data: Vec<Date> = evaluaties.iter().map(|e| e.datum).collect();
            out.push(Opp {
                id,
                leerling_id: leerling,
                vestiging_code: r.try_get(1)?,
                evaluatie: evaluatie(eerste, &data, today),
                versies,
                evaluaties,
            });
        }
        Ok(out)
    }

    async fn opp_versies(&self, opp: i64) -> Result<Vec<OppVersie>, StoreError> {
        let rows = sqlx::query(
            "SELECT versie, vastgesteld_op, uitstroom, belemmerend, bevorderend, overleg_ouders, overleg_verslag, \
             instemming_ouders, stem_kind FROM opp_versie WHERE opp_id = $1 ORDER BY versie DESC",
        )
        .bind(opp)
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let versie: i64 = r.try_get("versie")?;
            let behoeften = sqlx::query(
                "SELECT domein, niveau FROM opp_behoefte WHERE opp_id = $1 AND versie = $2 ORDER BY domein",
            )
            .bind(opp)
            .bind(versie)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|b| Ok((b.try_get(0)?, b.try_get(1)?)))
            .collect::<Result<Vec<_>, sqlx::Error>>()?;
            let doelen = sqlx::query(
                "SELECT doel, ondersteuning, wie, frequentie FROM opp_doel WHERE opp_id = $1 AND versie = $2 ORDER BY volgorde",
            )
            .bind(opp)
            .bind(versie)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|d| {
                Ok(Doel {
                    doel: d.try_get(0)?,
                    ondersteuning: d.try_get(1)?,
                    wie: d.try_get(2)?,
                    frequentie: d.try_get(3)?,
                })
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()?;
            out.push(OppVersie {
                versie,
                vastgesteld_op: get_date(r, "vastgesteld_op")?,
                uitstroom: r.try_get("uitstroom")?,
                belemmerend: r.try_get("belemmerend")?,
                bevorderend: r.try_get("bevorderend")?,
                behoeften,
                doelen,
                overleg_ouders: get_date(r, "overleg_ouders")?,
                overleg_verslag: r.try_get("overleg_verslag")?,
                instemming_ouders: get_opt_date(r, "instemming_ouders")?,
                stem_kind: r.try_get("stem_kind")?,
            });
        }
        Ok(out)
    }

    /// The school where the pupil is enrolled today, as the signed-in school user.
    async fn eigen_inschrijving(
        &self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        today: Date,
        route: &str,
    ) -> Result<(String, Schoolsoort), StoreError> {
        let dossier = self.dossier_voor(wie, leerling, today, route).await?;
        let scope = wie.kijker.scope.clone().unwrap_or_default();
        let hier = dossier.inschrijvingen.iter().find(|i| {
            i.vestiging_code == scope && i.van <= today && i.tot.is_none_or(|t| t >= today)
        });
        match (wie.kijker.rol, hier) {
            (Rol::School, Some(i)) => Ok((
                i.vestiging_code.clone(),
                Schoolsoort::parse(&i.schoolsoort).map_err(ongeldig)?,
            )),
            _ => Err(ongeldig(
                "alleen de school waar de leerling is ingeschreven stelt het ontwikkelingsperspectief vast",
            )),
        }
    }

    /// Stores a new version of the pupil's OPP at this school (the first one creates it).
    /// The latest version's needs become the pupil's ondersteuningsbehoefte, which the
    /// dekkend aanbod counts.
    pub async fn stel_opp_vast(
        &self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        v: &NieuweOppVersie,
        today: Date,
        route: &str,
    ) -> Result<i64, StoreError> {
        let (vestiging, soort) = self.eigen_inschrijving(wie, leerling, today, route).await?;
        toets(&Perspectief {
            soort,
            uitstroom: v.uitstroom,
            belemmerend: &v.belemmerend,
            bevorderend: &v.bevorderend,
            overleg_ouders: v.overleg_ouders,
            doelen: v.doelen.len(),
        })
        .map_err(ongeldig)?;
        if v.doelen.iter().any(|d| {
            [&d.doel, &d.ondersteuning, &d.wie, &d.frequentie]
                .iter()
                .any(|t| t.trim().is_empty())
        }) {
            return Err(ongeldig(
                "elk doel noemt de ondersteuning, wie die geeft en hoe vaak",
            ));
        }
        let overleg = v.overleg_ouders.unwrap_or(today);
        if overleg > today || v.instemming_ouders.is_some_and(|d| d > today) {
            return Err(ongeldig(
                "data van overleg en instemming liggen niet in de toekomst",
            ));
        }
        let mut tx = self.begin_write().await?;
        let bestaand =
            sqlx::query("SELECT id FROM opp WHERE leerling_id = $1 AND vestiging_code = $2")
                .bind(leerling.0)
                .bind(&vestiging)
                .fetch_optional(&mut *tx)
                .await?;
        let opp: i64 = match bestaand {
            Some(r) => r.try_get(0)?,
            None => sqlx::query(
                "INSERT INTO opp (leerling_id, vestiging_code, aangemaakt) VALUES ($1, $2, $3) RETURNING id",
            )
            .bind(leerling.0)
            .bind(&vestiging)
            .bind(instant_text(jiff::Timestamp::now()))
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?,
        };
        let versie: i64 =
            sqlx::query("SELECT COALESCE(MAX(versie), 0) + 1 FROM opp_versie WHERE opp_id = $1")
                .bind(opp)
                .fetch_one(&mut *tx)
                .await?
                .try_get(0)?;
        sqlx::query(
            "INSERT INTO opp_versie (opp_id, versie, vastgesteld_op, uitstroom, belemmerend, bevorderend, overleg_ouders, \
             overleg_verslag, instemming_ouders, stem_kind, account_id, aangemaakt) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        )
        .bind(opp)
        .bind(versie)
        .bind(today.to_string())
        .bind(v.uitstroom.as_str())
        .bind(v.belemmerend.trim())
        .bind(v.bevorderend.trim())
        .bind(overleg.to_string())
        .bind(Some(v.overleg_verslag.trim()).filter(|s| !s.is_empty()))
        .bind(v.instemming_ouders.map(|d| d.to_string()))
        .bind(Some(v.stem_kind.trim()).filter(|s| !s.is_empty()))
        .bind(wie.account_id)
        .bind(instant_text(jiff::Timestamp::now()))
        .execute(&mut *tx)
        .await?;
        for (domein, niveau) in &v.behoeften {
            sqlx::query(
                "INSERT INTO opp_behoefte (opp_id, versie, domein, niveau) VALUES ($1, $2, $3, $4)",
            )
            .bind(opp)
            .bind(versie)
            .bind(domein.as_str())
            .bind(i64::from(niveau.value()))
            .execute(&mut *tx)
            .await?;
        }
        for (i, d) in v.doelen.iter().enumerate() {
            sqlx::query(
                "INSERT INTO opp_doel (opp_id, versie, volgorde, doel, ondersteuning, wie, frequentie) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(opp)
            .bind(versie)
            .bind(i as i64 + 1)
            .bind(d.doel.trim())
            .bind(d.ondersteuning.trim())
            .bind(d.wie.trim())
            .bind(d.frequentie.trim())
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query("DELETE FROM behoefte WHERE leerling_id = $1")
            .bind(leerling.0)
            .execute(&mut *tx)
            .await?;
        for (domein, niveau) in &v.behoeften {
            sqlx::query("INSERT INTO behoefte (leerling_id, domein, niveau) VALUES ($1, $2, $3)")
                .bind(leerling.0)
                .bind(domein.as_str())
                .bind(i64::from(niveau.value()))
                .execute(&mut *tx)
                .await?;
        }
        commit_audited(tx, wie, Some(leerling), Actie::Wijzigen, route, &["opp"]).await?;
        Ok(versie)
    }

    /// Records the parents' consent to the handelingsdeel of the current version.
    pub async fn opp_instemming(
        &self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        datum: Date,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let (vestiging, _) = self.eigen_inschrijving(wie, leerling, today, route).await?;
        if datum > today {
            return Err(ongeldig("de datum van instemming ligt niet in de toekomst"));
        }
        let mut tx = self.begin_write().await?;
        let n = sqlx::query(
            "UPDATE opp_versie SET instemming_ouders = $1 WHERE instemming_ouders IS NULL AND opp_id = \
             (SELECT id FROM opp WHERE leerling_id = $2 AND vestiging_code = $3) AND versie = \
             (SELECT MAX(versie) FROM opp_versie WHERE opp_id = (SELECT id FROM opp WHERE leerling_id = $2 AND vestiging_code = $3))",
        )
        .bind(datum.to_string())
        .bind(leerling.0)
        .bind(&vestiging)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(ongeldig(
                "er is geen ontwikkelingsperspectief zonder instemming om bij te werken",
            ));
        }
        commit_audited(
            tx,
            wie,
            Some(leerling),
            Actie::Wijzigen,
            route,
            &["instemming_ouders"],
        )
        .await
    }

    /// Records an evaluation with the parents.
    pub async fn evalueer_opp(
        &self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        e: &OppEvaluatie,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let (datum, met_ouders, verslag) = (e.datum, e.met_ouders, e.verslag.as_str());
        let (vestiging, _) = self.eigen_inschrijving(wie, leerling, today, route).await?;
        if verslag.trim().is_empty() {
            return Err(ongeldig("schrijf kort wat de evaluatie opleverde"));
        }
        if datum > today {
            return Err(ongeldig("de evaluatie ligt niet in de toekomst"));
        }
        let mut tx = self.begin_write().await?;
        let opp = sqlx::query("SELECT id FROM opp WHERE leerling_id = $1 AND vestiging_code = $2")
            .bind(leerling.0)
            .bind(&vestiging)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or_else(|| ongeldig("stel eerst een ontwikkelingsperspectief vast"))?
            .try_get::<i64, _>(0)?;
        sqlx::query("INSERT INTO opp_evaluatie (opp_id, datum, met_ouders, verslag, aangemaakt) VALUES ($1, $2, $3, $4, $5)")
            .bind(opp)
            .bind(datum.to_string())
            .bind(i64::from(met_ouders))
            .bind(verslag.trim())
            .bind(instant_text(jiff::Timestamp::now()))
            .execute(&mut *tx)
            .await?;
        commit_audited(
            tx,
            wie,
            Some(leerling),
            Actie::Aanmaken,
            route,
            &["opp_evaluatie"],
        )
        .await
    }

    /// Pupils of a vestiging who must have an OPP (RULES §5.3) and have none yet, with the
    /// due date; and OPPs whose yearly evaluation is due or overdue. For the school and the
    /// SWV: only vestigingen the caller's list scope covers.
    pub async fn opp_signalen(
        &self,
        wie: &Verzoeker,
        today: Date,
        route: &str,
    ) -> Result<Vec<OppSignaal>, StoreError> {
        let (filter, scope) = match (&wie.kijker.rol, wie.kijker.scope.clone()) {
            (Rol::School, Some(s)) => ("v.code = $2", s),
            (Rol::Bestuur, Some(s)) => ("b.bevoegd_gezag = $2", s),
            (Rol::Swv, Some(s)) => ("v.swv_code = $2", s),
            _ => return Ok(Vec::new()),
        };
        // Current enrolments with the facts the rule needs: sort, support need (a recorded
        // behoefte or the dossier's ondersteuningsbehoefte), lwoo not recorded (treated as none).
        let sql = format!(
            "SELECT l.id, l.voornaam, l.tussenvoegsel, l.achternaam, v.code, v.schoolsoort, i.van, \
             (SELECT COUNT(*) FROM behoefte bh WHERE bh.leerling_id = l.id) AS behoeften, l.ondersteuningsbehoefte, \
             (SELECT o.id FROM opp o WHERE o.leerling_id = l.id AND o.vestiging_code = v.code) AS opp_id \
             FROM inschrijving i JOIN leerling l ON l.id = i.leerling_id JOIN vestiging v ON v.code = i.vestiging_code \
             JOIN school s ON s.brin = v.brin JOIN bestuur b ON b.id = s.bestuur_id \
             WHERE i.van <= $1 AND (i.tot IS NULL OR i.tot >= $1) AND {filter} ORDER BY i.van, l.id"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(today.to_string())
            .bind(&scope)
            .fetch_all(&self.pool)
            .await?;
        let mut out = Vec::new();
        for r in &rows {
            let soort = Schoolsoort::parse(&r.try_get::<String, _>(5)?).map_err(ongeldig)?;
            let extra = r.try_get::<i64, _>(7)? > 0
                || r.try_get::<Option<String>, _>(8)?
                    .is_some_and(|s| !s.trim().is_empty());
            let opp: Option<i64> = r.try_get(9)?;
            let leerling = LeerlingId(r.try_get(0)?);
            let naam = passend_domain::Naam {
                voornaam: r.try_get(1)?,
                tussenvoegsel: r.try_get(2)?,
                achternaam: r.try_get(3)?,
            }
            .volledig();
            let vestiging_code: String = r.try_get(4)?;
            match opp {
                None if verplicht(soort, extra, false) => {
                    let due = uiterlijk(get_date(r, "van")?);
                    out.push(OppSignaal {
                        leerling_id: leerling,
                        naam,
                        vestiging_code,
                        wat: "ontwikkelingsperspectief vaststellen".into(),
                        datum: due,
                        te_laat: due < today,
                    });
                }
                Some(id) => {
                    let eerste =
                        sqlx::query("SELECT MIN(vastgesteld_op) FROM opp_versie WHERE opp_id = $1")
                            .bind(id)
                            .fetch_one(&self.pool)
                            .await?
                            .try_get::<Option<String>, _>(0)?;
                    let Some(eerste) = eerste else { continue };
                    let data = sqlx::query("SELECT datum FROM opp_evaluatie WHERE opp_id = $1")
                        .bind(id)
                        .fetch_all(&self.pool)
                        .await?
                        .iter()
                        .map(|e| get_date(e, "datum"))
                        .collect::<Result<Vec<_>, _>>()?;
                    match evaluatie(crate::kolom::date(&eerste)?, &data, today) {
                        Evaluatie::OpOrde => {}
                        Evaluatie::DitSchooljaar(d) => out.push(OppSignaal {
                            leerling_id: leerling,
                            naam,
                            vestiging_code,
                            wat: "evaluatie dit schooljaar".into(),
                            datum: d,
                            te_laat: false,
                        }),
                        Evaluatie::TeLaat(jaar) => out.push(OppSignaal {
                            leerling_id: leerling,
                            naam,
                            vestiging_code,
                            wat: format!("evaluatie {jaar} ontbreekt"),
                            datum: jaar.end(),
                            te_laat: true,
                        }),
                    }
                }
                None => {}
            }
        }
        self.audit(wie, None, Actie::LezenLijst, route).await?;
        Ok(out)
    }
}

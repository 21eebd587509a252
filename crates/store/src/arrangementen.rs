//! Arrangement requests from a school to its SWV (meeting, decision, evaluation), the
//! one-table integral arrangement, and symbiose agreements. Rules in the domain crate.

use crate::audit::{Actie, commit_audited};
use crate::kolom::{get_date, get_opt_date};
use crate::tlv::school;
use crate::toegang::Verzoeker;
use crate::{LeerlingId, Store, StoreError, instant_text};
use jiff::civil::Date;
use passend_domain::arrangement::{
    Afspraak, Beslissing, Onderdeel, Partij, toets_beslissing, toets_integraal, toets_overleg,
    verloopt_binnenkort,
};
use passend_domain::richtlijnen::Richtlijnen;
use passend_domain::symbiose::{self, Overeenkomst};
use passend_domain::{Rol, Schooljaar, Schoolsoort};
use rust_decimal::Decimal;
use sqlx::Row;
use sqlx::any::AnyRow;

fn ongeldig(e: impl ToString) -> StoreError {
    StoreError::Ongeldig(e.to_string())
}

#[derive(Debug, Clone)]
pub struct Arrangement {
    pub id: i64,
    pub leerling_id: LeerlingId,
    pub naam: String,
    pub vestiging_code: String,
    pub swv_code: String,
    pub vraag: String,
    pub aangevraagd_op: Date,
    pub overleg_datum: Option<Date>,
    pub deelnemers: Option<String>,
    pub ouders_aanwezig: Option<bool>,
    pub stem_kind: Option<String>,
    pub overleg_verslag: Option<String>,
    pub besluit: Option<String>,
    pub besluit_datum: Option<Date>,
    pub inhoud: Option<String>,
    pub van: Option<Date>,
    pub tot: Option<Date>,
    pub kosten: Option<String>,
    pub reden: Option<String>,
    pub evaluatie_datum: Option<Date>,
    pub evaluatie: Option<String>,
}

impl Arrangement {
    /// Where the request stands, in words for school, parents and SWV.
    pub fn status(&self) -> &'static str {
        match (
            self.besluit.as_deref(),
            self.overleg_datum,
            self.evaluatie_datum,
        ) {
            (None, None, _) => "aangevraagd",
            (None, Some(_), _) => "besproken",
            (Some("afgewezen"), _, _) => "afgewezen",
            (Some(_), _, Some(_)) => "geëvalueerd",
            (Some(_), _, None) => "toegekend",
        }
    }

    pub fn verloopt_binnenkort(&self, today: Date) -> bool {
        self.besluit.as_deref() == Some("toegekend")
            && self.tot.is_some_and(|t| verloopt_binnenkort(t, today))
    }
}

const COLUMNS: &str = "a.id, a.leerling_id, l.voornaam, l.tussenvoegsel, l.achternaam, a.vestiging_code, a.swv_code, a.vraag, \
     a.aangevraagd_op, a.overleg_datum, a.deelnemers, a.ouders_aanwezig, a.stem_kind, a.overleg_verslag, a.besluit, a.besluit_datum, \
     a.inhoud, a.van, a.tot, a.kosten, a.reden, a.evaluatie_datum, a.evaluatie";

fn arrangement_row(r: &AnyRow) -> Result<Arrangement, StoreError> {
    Ok(Arrangement {
        id: r.try_get("id")?,
        leerling_id: LeerlingId(r.try_get("leerling_id")?),
        naam: passend_domain::Naam {
            voornaam: r.try_get("voornaam")?,
            tussenvoegsel: r.try_get("tussenvoegsel")?,
            achternaam: r.try_get("achternaam")?,
        }
        .volledig(),
        vestiging_code: r.try_get("vestiging_code")?,
        swv_code: r.try_get("swv_code")?,
        vraag: r.try_get("vraag")?,
        aangevraagd_op: get_date(r, "aangevraagd_op")?,
        overleg_datum: get_opt_date(r, "overleg_datum")?,
        deelnemers: r.try_get("deelnemers")?,
        ouders_aanwezig: r
            .try_get::<Option<i64>, _>("ouders_aanwezig")?
            .map(|v| v != 0),
        stem_kind: r.try_get("stem_kind")?,
        overleg_verslag: r.try_get("overleg_verslag")?,
        besluit: r.try_get("besluit")?,
        besluit_datum: get_opt_date(r, "besluit_datum")?,
        inhoud: r.try_get("inhoud")?,
        van: get_opt_date(r, "van")?,
        tot: get_opt_date(r, "tot")?,
        kosten: r.try_get("kosten")?,
        reden: r.try_get("reden")?,
        evaluatie_datum: get_opt_date(r, "evaluatie_datum")?,
        evaluatie: r.try_get("evaluatie")?,
    })
}

/// The loket/MDO meeting.
#[derive(Debug, Clone)]
pub struct Overleg {
    pub datum: Date,
    pub deelnemers: Vec<Partij>,
    pub ouders_aanwezig: bool,
    pub stem_kind: String,
    pub verslag: String,
}

#[derive(Debug, Clone)]
pub struct IntegraalArrangement {
    pub id: i64,
    pub datum: Date,
    pub swv_code: String,
    pub deelnemers: String,
    pub verslag: String,
    /// (onderdeel, afspraak, eigenaar, datum)
    pub afspraken: Vec<(String, String, String, Date)>,
}

#[derive(Debug, Clone)]
pub struct NieuwIntegraal {
    pub datum: Date,
    pub deelnemers: Vec<Partij>,
    pub verslag: String,
    /// (onderdeel, afspraak, eigenaar, datum)
    pub afspraken: Vec<(Onderdeel, String, String, Option<Date>)>,
}

#[derive(Debug, Clone)]
pub struct NieuweSymbiose {
    pub regulier_vestiging: String,
    pub van: Schooljaar,
    pub tot: Schooljaar,
    pub vakken: Vec<(String, u32)>,
    pub rooster_minuten: u32,
    pub begeleiding: String,
    pub vergoeding_materiaal: String,
    pub vergoeding_lokalen: String,
    pub uitleg: String,
}

#[derive(Debug, Clone)]
pub struct Symbiose {
    pub id: i64,
    pub so_vestiging: String,
    pub regulier_vestiging: String,
    pub van: Schooljaar,
    pub tot: Schooljaar,
    pub vakken: Vec<(String, i64)>,
    pub rooster_minuten: i64,
    pub procent_regulier: i64,
    pub begeleiding: String,
    pub vergoeding_materiaal: Option<String>,
    pub vergoeding_lokalen: Option<String>,
    pub uitleg: Option<String>,
}

impl Store {
    /// The school where the pupil is enrolled asks its own SWV for an arrangement, with the
    /// pupil's OPP at that school when there is one.
    pub async fn vraag_arrangement_aan(
        &self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        vraag: &str,
        today: Date,
        route: &str,
    ) -> Result<i64, StoreError> {
        let dossier = self.dossier_voor(wie, leerling, today, route).await?;
        let scope = wie.kijker.scope.clone().unwrap_or_default();
        let enrolled = dossier.inschrijvingen.iter().any(|i| {
            i.vestiging_code == scope && i.van <= today && i.tot.is_none_or(|t| t >= today)
        });
        if wie.kijker.rol != Rol::School || !enrolled {
            return Err(ongeldig(
                "alleen de school waar de leerling is ingeschreven vraagt een arrangement aan",
            ));
        }
        if vraag.trim().is_empty() {
            return Err(ongeldig("beschrijf de ondersteuningsvraag"));
        }
        let s = school(self, &scope).await?;
        let mut tx = self.begin_write().await?;
        let opp: Option<i64> =
            sqlx::query("SELECT id FROM opp WHERE leerling_id = $1 AND vestiging_code = $2")
                .bind(leerling.0)
                .bind(&scope)
                .fetch_optional(&mut *tx)
                .await?
                .map(|r| r.try_get(0))
                .transpose()?;
        let id: i64 = sqlx::query(
            "INSERT INTO arrangement (leerling_id, vestiging_code, swv_code, opp_id, vraag, aangevraagd_op, aangemaakt) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(leerling.0)
        .bind(&scope)
        .bind(&s.swv_code)
        .bind(opp)
        .bind(vraag.trim())
        .bind(today.to_string())
        .bind(instant_text(jiff::Timestamp::now()))
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        commit_audited(
            tx,
            wie,
            Some(leerling),
            Actie::Aanmaken,
            route,
            &["arrangement"],
        )
        .await?;
        Ok(id)
    }

    /// The arrangements of a pupil whose dossier the caller has read.
    pub async fn arrangementen_van(
        &self,
        leerling: LeerlingId,
    ) -> Result<Vec<Arrangement>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM arrangement a JOIN leerling l ON l.id = a.leerling_id WHERE a.leerling_id = $1 ORDER BY a.id DESC"
        );
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(leerling.0)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(arrangement_row)
            .collect()
    }

    /// The SWV's caseload: every request to it, open first.
    pub async fn arrangementen_van_swv(
        &self,
        wie: &Verzoeker,
        route: &str,
    ) -> Result<Vec<Arrangement>, StoreError> {
        let (Rol::Swv, Some(swv)) = (&wie.kijker.rol, &wie.kijker.scope) else {
            return Ok(Vec::new());
        };
        let sql = format!(
            "SELECT {COLUMNS} FROM arrangement a JOIN leerling l ON l.id = a.leerling_id WHERE a.swv_code = $1 \
             ORDER BY CASE WHEN a.besluit IS NULL THEN 0 ELSE 1 END, a.aangevraagd_op, a.id"
        );
        let list = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(swv)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(arrangement_row)
            .collect::<Result<Vec<_>, _>>()?;
        self.audit(wie, None, Actie::LezenLijst, route).await?;
        Ok(list)
    }

    /// One arrangement request, through the pupil's dossier scope (the read is logged).
    pub async fn arrangement_voor(
        &self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<Arrangement, StoreError> {
        let leerling = self
            .leerling_van_record(wie, "arrangement", "arrangement", id, today, route)
            .await?;
        self.arrangementen_van(leerling)
            .await?
            .into_iter()
            .find(|a| a.id == id)
            .ok_or(StoreError::NietGevonden {
                wat: "arrangement",
                sleutel: id.to_string(),
            })
    }

    fn swv_van(wie: &Verzoeker, a: &Arrangement) -> Result<(), StoreError> {
        if wie.kijker.rol == Rol::Swv && wie.kijker.scope.as_deref() == Some(a.swv_code.as_str()) {
            Ok(())
        } else {
            Err(ongeldig(format!(
                "dit doet samenwerkingsverband {}, waar de aanvraag ligt",
                a.swv_code
            )))
        }
    }

    /// Records the loket/MDO meeting on a request.
    pub async fn leg_overleg_vast(
        &self,
        wie: &Verzoeker,
        id: i64,
        o: &Overleg,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let a = self.arrangement_voor(wie, id, today, route).await?;
        Self::swv_van(wie, &a)?;
        if a.besluit.is_some() {
            return Err(ongeldig("over deze aanvraag is al beslist"));
        }
        toets_overleg(&o.deelnemers, &o.stem_kind).map_err(ongeldig)?;
        if o.datum > today || o.datum < a.aangevraagd_op {
            return Err(ongeldig("het overleg ligt tussen de aanvraag en vandaag"));
        }
        let deelnemers = o
            .deelnemers
            .iter()
            .map(|p| p.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "UPDATE arrangement SET overleg_datum = $1, deelnemers = $2, ouders_aanwezig = $3, stem_kind = $4, overleg_verslag = $5 WHERE id = $6",
        )
        .bind(o.datum.to_string())
        .bind(deelnemers)
        .bind(i64::from(o.ouders_aanwezig))
        .bind(o.stem_kind.trim())
        .bind(o.verslag.trim())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        commit_audited(
            tx,
            wie,
            Some(a.leerling_id),
            Actie::Wijzigen,
            route,
            &["overleg"],
        )
        .await
    }

    /// The SWV decides on a request, after the meeting.
    pub async fn beslis_arrangement(
        &self,
        wie: &Verzoeker,
        id: i64,
        b: &Beslissing,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let a = self.arrangement_voor(wie, id, today, route).await?;
        Self::swv_van(wie, &a)?;
        if a.besluit.is_some() {
            return Err(ongeldig("over deze aanvraag is al beslist"));
        }
        if a.overleg_datum.is_none() {
            return Err(ongeldig("leg eerst het overleg (loket/MDO) vast"));
        }
        toets_beslissing(b).map_err(ongeldig)?;
        let mut tx = self.begin_write().await?;
        let gezet = match b {
            Beslissing::Toegekend {
                inhoud,
                van,
                tot,
                kosten,
            } => {
                sqlx::query(
                    "UPDATE arrangement SET besluit = 'toegekend', besluit_datum = $1, inhoud = $2, van = $3, tot = $4, kosten = $5 \
                     WHERE id = $6 AND besluit IS NULL",
                )
                .bind(today.to_string())
                .bind(inhoud.trim())
                .bind(van.to_string())
                .bind(tot.to_string())
                .bind(kosten.round_dp(2).to_string())
                .bind(id)
                .execute(&mut *tx)
                .await?
                .rows_affected()
            }
            Beslissing::Afgewezen { reden } => {
                sqlx::query("UPDATE arrangement SET besluit = 'afgewezen', besluit_datum = $1, reden = $2 WHERE id = $3 AND besluit IS NULL")
                    .bind(today.to_string())
                    .bind(reden.trim())
                    .bind(id)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected()
            }
        };
        // A concurrent request decided first: that decision stands.
        if gezet == 0 {
            return Err(ongeldig("over deze aanvraag is al beslist"));
        }
        commit_audited(
            tx,
            wie,
            Some(a.leerling_id),
            Actie::Wijzigen,
            route,
            &["besluit"],
        )
        .await
    }

    /// The evaluation of a granted arrangement, by the school or the SWV.
    pub async fn evalueer_arrangement(
        &self,
        wie: &Verzoeker,
        id: i64,
        datum: Date,
        evaluatie: &str,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let a = self.arrangement_voor(wie, id, today, route).await?;
        let mag = match (&wie.kijker.rol, wie.kijker.scope.as_deref()) {
            (Rol::Swv, Some(s)) => s == a.swv_code,
            (Rol::School, Some(v)) => v == a.vestiging_code,
            _ => false,
        };
        if !mag {
            return Err(ongeldig("de school of het samenwerkingsverband evalueert"));
        }
        if a.besluit.as_deref() != Some("toegekend") {
            return Err(ongeldig(
                "alleen een toegekend arrangement wordt geëvalueerd",
            ));
        }
        if evaluatie.trim().is_empty() || datum > today {
            return Err(ongeldig(
                "vul de evaluatie en een datum tot en met vandaag in",
            ));
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE arrangement SET evaluatie_datum = $1, evaluatie = $2 WHERE id = $3")
            .bind(datum.to_string())
            .bind(evaluatie.trim())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        commit_audited(
            tx,
            wie,
            Some(a.leerling_id),
            Actie::Wijzigen,
            route,
            &["evaluatie"],
        )
        .await
    }

    /// Records the one-table meeting for a pupil: the SWV convenes it.
    pub async fn leg_integraal_vast(
        &self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        n: &NieuwIntegraal,
        today: Date,
        route: &str,
    ) -> Result<i64, StoreError> {
        self.dossier_voor(wie, leerling, today, route).await?;
        let (Rol::Swv, Some(swv)) = (&wie.kijker.rol, wie.kijker.scope.clone()) else {
            return Err(ongeldig(
                "het samenwerkingsverband legt het integrale arrangement vast",
            ));
        };
        let afspraken: Vec<Afspraak> = n
            .afspraken
            .iter()
            .map(|(o, _, eigenaar, datum)| Afspraak {
                onderdeel: *o,
                eigenaar,
                datum: *datum,
            })
            .collect();
        toets_integraal(&n.deelnemers, &afspraken).map_err(ongeldig)?;
        if n.datum > today {
            return Err(ongeldig("het overleg ligt niet in de toekomst"));
        }
        if n.afspraken.iter().any(|(_, a, _, _)| a.trim().is_empty()) {
            return Err(ongeldig("elke afspraak zegt wat er is afgesproken"));
        }
        let mut tx = self.begin_write().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO integraal_arrangement (leerling_id, swv_code, datum, deelnemers, verslag, aangemaakt) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(leerling.0)
        .bind(&swv)
        .bind(n.datum.to_string())
        .bind(n.deelnemers.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(", "))
        .bind(n.verslag.trim())
        .bind(instant_text(jiff::Timestamp::now()))
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        for (o, afspraak, eigenaar, datum) in &n.afspraken {
            sqlx::query(
                "INSERT INTO integraal_afspraak (arrangement_id, onderdeel, afspraak, eigenaar, datum) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(id)
            .bind(o.as_str())
            .bind(afspraak.trim())
            .bind(eigenaar.trim())
            .bind(datum.map(|d| d.to_string()))
            .execute(&mut *tx)
            .await
            .map_err(|e| match e {
                sqlx::Error::Database(_) => ongeldig(format!("onderdeel '{}' staat er twee keer in", o.as_str())),
                e => e.into(),
            })?;
        }
        commit_audited(
            tx,
            wie,
            Some(leerling),
            Actie::Aanmaken,
            route,
            &["integraal_arrangement"],
        )
        .await?;
        Ok(id)
    }

    pub async fn integrale_arrangementen_van(
        &self,
        leerling: LeerlingId,
    ) -> Result<Vec<IntegraalArrangement>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, datum, swv_code, deelnemers, verslag FROM integraal_arrangement WHERE leerling_id = $1 ORDER BY datum DESC, id DESC",
        )
        .bind(leerling.0)
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::new();
        for r in &rows {
            let id: i64 = r.try_get("id")?;
            let afspraken = sqlx::query(
                "SELECT onderdeel, afspraak, eigenaar, datum FROM integraal_afspraak WHERE arrangement_id = $1 ORDER BY datum",
            )
            .bind(id)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|a| Ok((a.try_get(0)?, a.try_get(1)?, a.try_get(2)?, get_date(a, "datum")?)))
            .collect::<Result<Vec<_>, StoreError>>()?;
            out.push(IntegraalArrangement {
                id,
                datum: get_date(r, "datum")?,
                swv_code: r.try_get("swv_code")?,
                deelnemers: r.try_get("deelnemers")?,
                verslag: r.try_get("verslag")?,
                afspraken,
            });
        }
        Ok(out)
    }

    /// The (v)so school where the pupil is enrolled records a symbiose agreement with a
    /// regular school; the domain checks the minutes, the years and the 60% guideline.
    pub async fn leg_symbiose_vast(
        &self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        n: &NieuweSymbiose,
        today: Date,
        route: &str,
    ) -> Result<i64, StoreError> {
        let dossier = self.dossier_voor(wie, leerling, today, route).await?;
        let scope = wie.kijker.scope.clone().unwrap_or_default();
        let hier = dossier.inschrijvingen.iter().find(|i| {
            i.vestiging_code == scope && i.van <= today && i.tot.is_none_or(|t| t >= today)
        });
        let so = matches!(hier.map(|i| i.schoolsoort.as_str()), Some("so" | "vso"));
        if wie.kijker.rol != Rol::School || !so {
            return Err(ongeldig(
                "de (v)so-school waar de leerling is ingeschreven legt de symbiose-overeenkomst vast",
            ));
        }
        let regulier = school(self, n.regulier_vestiging.trim()).await?;
        if matches!(regulier.schoolsoort, Schoolsoort::So | Schoolsoort::Vso) {
            return Err(ongeldig(
                "symbiose is onderwijs op een basisschool, sbo-school of school voor voortgezet onderwijs",
            ));
        }
        let o = Overeenkomst {
            van: n.van,
            tot: n.tot,
            vakken: &n.vakken,
            rooster_minuten: n.rooster_minuten,
            begeleiding: &n.begeleiding,
            uitleg: Some(n.uitleg.as_str()).filter(|u| !u.trim().is_empty()),
        };
        symbiose::toets(&o, &Richtlijnen::ingebouwd().symbiose).map_err(ongeldig)?;
        let mut tx = self.begin_write().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO symbiose (leerling_id, so_vestiging, regulier_vestiging, van_schooljaar, tot_schooljaar, rooster_minuten, \
             begeleiding, vergoeding_materiaal, vergoeding_lokalen, uitleg, aangemaakt) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        )
        .bind(leerling.0)
        .bind(&scope)
        .bind(&regulier.code)
        .bind(i64::from(n.van.start().year()))
        .bind(i64::from(n.tot.start().year()))
        .bind(i64::from(n.rooster_minuten))
        .bind(n.begeleiding.trim())
        .bind(Some(n.vergoeding_materiaal.trim()).filter(|s| !s.is_empty()))
        .bind(Some(n.vergoeding_lokalen.trim()).filter(|s| !s.is_empty()))
        .bind(o.uitleg.map(str::trim))
        .bind(instant_text(jiff::Timestamp::now()))
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        for (vak, minuten) in &n.vakken {
            sqlx::query("INSERT INTO symbiose_vak (symbiose_id, vak, minuten) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(vak.trim())
                .bind(i64::from(*minuten))
                .execute(&mut *tx)
                .await
                .map_err(|e| match e {
                    sqlx::Error::Database(_) => {
                        ongeldig(format!("vak '{}' staat er twee keer in", vak.trim()))
                    }
                    e => e.into(),
                })?;
        }
        commit_audited(
            tx,
            wie,
            Some(leerling),
            Actie::Aanmaken,
            route,
            &["symbiose"],
        )
        .await?;
        Ok(id)
    }

    pub async fn symbioses_van(&self, leerling: LeerlingId) -> Result<Vec<Symbiose>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, so_vestiging, regulier_vestiging, van_schooljaar, tot_schooljaar, rooster_minuten, begeleiding, \
             vergoeding_materiaal, vergoeding_lokalen, uitleg FROM symbiose WHERE leerling_id = $1 ORDER BY id DESC",
        )
        .bind(leerling.0)
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::new();
        for r in &rows {
            let id: i64 = r.try_get("id")?;
            let vakken = sqlx::query(
                "SELECT vak, minuten FROM symbiose_vak WHERE symbiose_id = $1 ORDER BY vak",
            )
            .bind(id)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|v| Ok((v.try_get(0)?, v.try_get(1)?)))
            .collect::<Result<Vec<(String, i64)>, sqlx::Error>>()?;
            let rooster: i64 = r.try_get("rooster_minuten")?;
            let regulier: i64 = vakken.iter().map(|(_, m)| m).sum();
            let jaar = |c: &str| -> Result<Schooljaar, StoreError> {
                Ok(Schooljaar::starting_in(r.try_get::<i64, _>(c)? as i16))
            };
            out.push(Symbiose {
                id,
                so_vestiging: r.try_get("so_vestiging")?,
                regulier_vestiging: r.try_get("regulier_vestiging")?,
                van: jaar("van_schooljaar")?,
                tot: jaar("tot_schooljaar")?,
                procent_regulier: if rooster > 0 {
                    (regulier * 100 + rooster - 1) / rooster
                } else {
                    100
                },
                vakken,
                rooster_minuten: rooster,
                begeleiding: r.try_get("begeleiding")?,
                vergoeding_materiaal: r.try_get("vergoeding_materiaal")?,
                vergoeding_lokalen: r.try_get("vergoeding_lokalen")?,
                uitleg: r.try_get("uitleg")?,
            });
        }
        Ok(out)
    }
}

/// Parses a euro amount as users type it ("4.500,00", "4500.00", "4500").
pub fn bedrag(s: &str) -> Result<Decimal, StoreError> {
    let t = s.trim().trim_start_matches('€').trim();
    let normalised = if t.contains(',') {
        t.replace('.', "").replace(',', ".")
    } else {
        t.to_string()
    };
    normalised
        .parse::<Decimal>()
        .map_err(|_| ongeldig(format!("'{s}' is geen bedrag in euro")))
}

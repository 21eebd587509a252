//! The ondersteuningsplan: versions of at most four schooljaren with the required contents and
//! the plan's own targets, OOGO with every gemeente of the region, the ondersteuningsplanraad's
//! consent, vaststelling only when all of that is there, and the submission to the inspectie.

use super::{Bereik, bereik, ongeldig};
use crate::audit::{Actie, commit_audited};
use crate::kolom::{get_date, get_opt_date};
use crate::toegang::Verzoeker;
use crate::{Store, StoreError, instant_text};
use jiff::civil::Date;
use passend_domain::verantwoording::{
    Inhoud, OogoUitkomst, Stemming, indienen_uiterlijk, ontbreekt_voor_vaststelling,
    tijdig_ingediend, toets_periode,
};
use passend_domain::{Rol, Schooljaar};
use sqlx::Row;
use sqlx::any::AnyRow;

/// A figure a plan target can name: one of the monitor's figures (optionally some of its
/// columns) for the SWV, so that the plan and the monitor count the same thing.
#[derive(Debug, Clone, Copy)]
pub struct Kengetal {
    pub sleutel: &'static str,
    /// The monitor figure (its `sleutel`) this counts.
    pub figuur: &'static str,
    /// The figure's columns that count; empty: all of them (the SWV's row total).
    pub kolommen: &'static [&'static str],
    pub uitleg: &'static str,
}

/// The figures a target can name, each counted by the monitor (see [`Store::kengetal`]).
pub const KENGETALLEN: [Kengetal; 8] = [
    Kengetal {
        sleutel: "thuiszitters",
        figuur: "thuiszitters",
        kolommen: &[],
        uitleg: "thuiszitters langer dan drie maanden dit schooljaar (monitor)",
    },
    Kengetal {
        sleutel: "tlv-toegekend",
        figuur: "tlv",
        kolommen: &[],
        uitleg: "toegekende toelaatbaarheidsverklaringen dit schooljaar (monitor)",
    },
    Kengetal {
        sleutel: "opp",
        figuur: "opp",
        kolommen: &[],
        uitleg: "leerlingen met een vastgesteld ontwikkelingsperspectief dit schooljaar (monitor)",
    },
    Kengetal {
        sleutel: "arrangementen",
        figuur: "arrangementen",
        kolommen: &["toegekend"],
        uitleg: "toegekende arrangementen, aangevraagd dit schooljaar (monitor)",
    },
    Kengetal {
        sleutel: "geschillen",
        figuur: "geschillen",
        kolommen: &[],
        uitleg: "geschillen, verwijzingen naar een onderwijsconsulent en bezwaren tegen een tlv-besluit dit schooljaar (monitor)",
    },
    Kengetal {
        sleutel: "aanmeldingen-na-termijn",
        figuur: "aanmeldingen",
        kolommen: &["na", "verstreken"],
        uitleg: "aanmeldingen dit schooljaar waarover niet binnen de termijn is besloten (monitor)",
    },
    Kengetal {
        sleutel: "schorsingen",
        figuur: "schorsingen",
        kolommen: &[],
        uitleg: "schorsingen langer dan één dag dit schooljaar (monitor)",
    },
    Kengetal {
        sleutel: "verwijderingen",
        figuur: "verwijderingen",
        kolommen: &[],
        uitleg: "verwijderingen dit schooljaar (monitor)",
    },
];

fn kengetal_van(sleutel: &str) -> Option<&'static Kengetal> {
    KENGETALLEN.iter().find(|k| k.sleutel == sleutel)
}

#[derive(Debug, Clone)]
pub struct NieuweStreefwaarde {
    pub doel: String,
    /// One of [`KENGETALLEN`].
    pub kengetal: String,
    /// `hoogstens` or `minstens`.
    pub richting: String,
    pub streefwaarde: i64,
    /// How the SWV measures it.
    pub meting: String,
}

#[derive(Debug, Clone)]
pub struct NieuwPlan {
    pub van: Schooljaar,
    pub tot: Schooljaar,
    pub basisondersteuning: String,
    pub extra_ondersteuning: String,
    pub middelen: String,
    pub tlv_procedure: String,
    pub ouders: String,
    pub doelen: String,
    /// WPO art. 18a lid 8 d: return or transfer of pupils from (v)so.
    pub terugplaatsing: String,
    /// Lid 8 g-j: how growth is established and each school's share in the transfers.
    pub overdrachten: String,
    pub streefwaarden: Vec<NieuweStreefwaarde>,
}

#[derive(Debug, Clone)]
pub struct Streefwaarde {
    pub doel: String,
    pub kengetal: String,
    pub kengetal_uitleg: String,
    pub richting: String,
    pub streefwaarde: i64,
    pub meting: String,
    /// The figure's value this schooljaar for the SWV, as the monitor counts it; hidden
    /// ("<10") from viewers outside the SWV's staff when small.
    pub huidig: passend_domain::monitor::Cel,
    /// `None` when the value is hidden: whether it meets a target would tell too much.
    pub behaald: Option<bool>,
    /// The monitor's figure this target follows (address of the page and section).
    pub monitor: String,
}

/// The OOGO with one gemeente of the region; `None` fields: not held yet.
#[derive(Debug, Clone)]
pub struct Oogo {
    pub gemeentecode: String,
    pub gemeente: String,
    pub datum: Option<Date>,
    pub uitkomst: Option<String>,
    pub verschillen: Option<String>,
}

/// The overleg with one overlapping SWV of the other sector; `None`: not held yet.
#[derive(Debug, Clone)]
pub struct OverlegSwv {
    pub swv_code: String,
    pub datum: Option<Date>,
    pub verslag: Option<String>,
}

#[derive(Debug, Clone)]
pub struct OprInstemming {
    pub datum: Date,
    pub voor: i64,
    pub tegen: i64,
    pub onthouding: i64,
    pub ingestemd: bool,
    pub voorwaarden: Option<String>,
}

/// One version in a list.
#[derive(Debug, Clone)]
pub struct PlanRegel {
    pub id: i64,
    pub swv_code: String,
    pub versie: i64,
    pub van: Schooljaar,
    pub tot: Schooljaar,
    pub vastgesteld_op: Option<Date>,
    pub ingediend_op: Option<Date>,
}

#[derive(Debug, Clone)]
pub struct PlanVersie {
    pub regel: PlanRegel,
    pub basisondersteuning: String,
    pub extra_ondersteuning: String,
    pub middelen: String,
    pub tlv_procedure: String,
    pub ouders: String,
    pub doelen: String,
    pub terugplaatsing: String,
    pub overdrachten: String,
    pub streefwaarden: Vec<Streefwaarde>,
    pub oogo: Vec<Oogo>,
    /// The overleg with each SWV of the other sector whose area overlaps (lid 9).
    pub overleg_swv: Vec<OverlegSwv>,
    pub instemming: Option<OprInstemming>,
    /// What still stands in the way of vaststelling; empty when it can be.
    pub ontbreekt: Vec<String>,
    /// Last day to send it to the inspectie.
    pub indienen_uiterlijk: Date,
    /// Sent on time; `None` while not sent.
    pub tijdig: Option<bool>,
}

fn schooljaar(r: &AnyRow, col: &str) -> Result<Schooljaar, StoreError> {
    let jaar: i64 = r.try_get(col)?;
    Ok(Schooljaar::starting_in(i16::try_from(jaar).map_err(
        |_| ongeldig("ongeldig schooljaar in de database"),
    )?))
}

fn regel(r: &AnyRow) -> Result<PlanRegel, StoreError> {
    Ok(PlanRegel {
        id: r.try_get("id")?,
        swv_code: r.try_get("swv_code")?,
        versie: r.try_get("versie")?,
        van: schooljaar(r, "van_schooljaar")?,
        tot: schooljaar(r, "tot_schooljaar")?,
        vastgesteld_op: get_opt_date(r, "vastgesteld_op")?,
        ingediend_op: get_opt_date(r, "ingediend_op")?,
    })
}

fn eigen_swv(wie: &Verzoeker) -> Result<String, StoreError> {
    match (wie.kijker.rol, &wie.kijker.scope) {
        (Rol::Swv, Some(s)) => Ok(s.clone()),
        _ => Err(ongeldig(
            "alleen medewerkers van het samenwerkingsverband leggen het ondersteuningsplan vast",
        )),
    }
}

const PLAN_COLUMNS: &str = "id, swv_code, versie, van_schooljaar, tot_schooljaar, basisondersteuning, extra_ondersteuning, \
     middelen, tlv_procedure, ouders, doelen, terugplaatsing, overdrachten, vastgesteld_op, ingediend_op";

impl Store {
    /// The gemeenten of an SWV's region (any postcode of the regio-indeling), code and name.
    pub async fn gemeenten_van_swv(&self, swv: &str) -> Result<Vec<(String, String)>, StoreError> {
        let rows = sqlx::query(
            "SELECT DISTINCT p.gemeentecode, g.naam FROM postcode_regio p JOIN gemeente g ON g.code = p.gemeentecode \
             WHERE p.po_swv = $1 OR p.vo_swv = $1 ORDER BY g.naam",
        )
        .bind(swv)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect()
    }

    /// The SWVs of the other sector whose area overlaps this one's (WPO art. 18a lid 9, WVO
    /// art. 17a lid 9): sharing a postcode in the regio-indeling.
    pub async fn overlappende_swvs(&self, swv: &str) -> Result<Vec<String>, StoreError> {
        let (eigen, ander) = if swv.starts_with("PO") {
            ("po_swv", "vo_swv")
        } else {
            ("vo_swv", "po_swv")
        };
        let sql = format!(
            "SELECT DISTINCT {ander} FROM postcode_regio WHERE {eigen} = $1 AND {ander} IS NOT NULL ORDER BY 1"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(swv)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(|r| Ok(r.try_get(0)?)).collect()
    }

    /// This schooljaar's value of each target figure for an SWV, counted by the monitor with
    /// its definitions and period (see [`KENGETALLEN`]).
    pub async fn kengetallen(
        &self,
        wie: &Verzoeker,
        swv: &str,
        today: Date,
    ) -> Result<Vec<(&'static str, u64)>, StoreError> {
        let rij = self
            .monitor_rij(wie, swv, Schooljaar::of(today), today)
            .await?;
        Ok(KENGETALLEN
            .iter()
            .map(|k| {
                let n = rij
                    .iter()
                    .filter(|((figuur, kolom), _)| {
                        *figuur == k.figuur
                            && (k.kolommen.is_empty() || k.kolommen.contains(&kolom.as_str()))
                    })
                    .map(|(_, n)| n)
                    .sum();
                (k.sleutel, n)
            })
            .collect())
    }

    /// Stores a new version of the SWV's plan (SWV staff). Every version starts as a concept.
    pub async fn maak_plan_versie(
        &self,
        wie: &Verzoeker,
        p: &NieuwPlan,
        route: &str,
    ) -> Result<i64, StoreError> {
        let swv = eigen_swv(wie)?;
        toets_periode(p.van, p.tot).map_err(ongeldig)?;
        let mut streef = Vec::new();
        for (i, s) in p.streefwaarden.iter().enumerate() {
            let n = i + 1;
            if s.doel.trim().is_empty() || s.meting.trim().is_empty() {
                return Err(ongeldig(format!(
                    "streefwaarde {n}: noem het doel en hoe het wordt gemeten"
                )));
            }
            if kengetal_van(&s.kengetal).is_none() {
                return Err(ongeldig(format!(
                    "streefwaarde {n}: '{}' is geen kengetal; kies uit {}",
                    s.kengetal,
                    KENGETALLEN.map(|k| k.sleutel).join(", ")
                )));
            }
            if !["hoogstens", "minstens"].contains(&s.richting.as_str()) {
                return Err(ongeldig(format!(
                    "streefwaarde {n}: richting is hoogstens of minstens"
                )));
            }
            if s.streefwaarde < 0 {
                return Err(ongeldig(format!(
                    "streefwaarde {n}: de streefwaarde is 0 of meer"
                )));
            }
            streef.push(s);
        }
        let mut tx = self.begin_write().await?;
        let versie: i64 = sqlx::query(
            "SELECT COALESCE(MAX(versie), 0) + 1 FROM ondersteuningsplan WHERE swv_code = $1",
        )
        .bind(&swv)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        let id: i64 = sqlx::query(
            "INSERT INTO ondersteuningsplan (swv_code, versie, van_schooljaar, tot_schooljaar, basisondersteuning, \
             extra_ondersteuning, middelen, tlv_procedure, ouders, doelen, terugplaatsing, overdrachten, account_id, aangemaakt) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
        )
        .bind(&swv)
        .bind(versie)
        .bind(i64::from(p.van.start().year()))
        .bind(i64::from(p.tot.start().year()))
        .bind(p.basisondersteuning.trim())
        .bind(p.extra_ondersteuning.trim())
        .bind(p.middelen.trim())
        .bind(p.tlv_procedure.trim())
        .bind(p.ouders.trim())
        .bind(p.doelen.trim())
        .bind(p.terugplaatsing.trim())
        .bind(p.overdrachten.trim())
        .bind(wie.account_id)
        .bind(instant_text(jiff::Timestamp::now()))
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        for (i, s) in streef.iter().enumerate() {
            sqlx::query(
                "INSERT INTO op_streefwaarde (plan_id, volgorde, doel, kengetal, richting, streefwaarde, meting) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(id)
            .bind(i as i64 + 1)
            .bind(s.doel.trim())
            .bind(&s.kengetal)
            .bind(&s.richting)
            .bind(s.streefwaarde)
            .bind(s.meting.trim())
            .execute(&mut *tx)
            .await?;
        }
        commit_audited(
            tx,
            wie,
            None,
            Actie::Aanmaken,
            route,
            &["ondersteuningsplan"],
        )
        .await?;
        Ok(id)
    }

    /// The versions of the plans the caller may see (own SWV; all for national supervision),
    /// newest first. Empty for every other role.
    pub async fn plannen(&self, wie: &Verzoeker) -> Result<Vec<PlanRegel>, StoreError> {
        let bereik = bereik(wie);
        let sql =
            format!("SELECT {PLAN_COLUMNS} FROM ondersteuningsplan ORDER BY swv_code, versie DESC");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?;
        let mut out = Vec::new();
        for r in &rows {
            let p = regel(r)?;
            if bereik.omvat(&p.swv_code) {
                out.push(p);
            }
        }
        Ok(out)
    }

    /// One version with its OOGO, consent, targets and what is missing for vaststelling.
    /// Not found outside the caller's reach.
    pub async fn plan_versie(
        &self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
    ) -> Result<PlanVersie, StoreError> {
        let not_found = || StoreError::NietGevonden {
            wat: "ondersteuningsplan",
            sleutel: id.to_string(),
        };
        let sql = format!("SELECT {PLAN_COLUMNS} FROM ondersteuningsplan WHERE id = $1");
        let r = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(not_found)?;
        let p = regel(&r)?;
        if !bereik(wie).omvat(&p.swv_code) {
            return Err(not_found());
        }
        let mut streefwaarden = Vec::new();
        let waarden = self.kengetallen(wie, &p.swv_code, today).await?;
        let beschermd = wie.kijker.rol != Rol::Swv;
        for s in sqlx::query(
            "SELECT doel, kengetal, richting, streefwaarde, meting FROM op_streefwaarde WHERE plan_id = $1 ORDER BY volgorde",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?
        {
            let kengetal: String = s.try_get(1)?;
            let richting: String = s.try_get(2)?;
            let streefwaarde: i64 = s.try_get(3)?;
            let k = kengetal_van(&kengetal)
                .ok_or_else(|| ongeldig(format!("onbekend kengetal '{kengetal}'")))?;
            let n = waarden
                .iter()
                .find(|(sleutel, _)| *sleutel == k.sleutel)
                .map_or(0, |(_, n)| *n);
            let huidig = crate::monitor::enkel_getal(n, beschermd);
            let doel = u64::try_from(streefwaarde).unwrap_or(0);
            streefwaarden.push(Streefwaarde {
                doel: s.try_get(0)?,
                kengetal_uitleg: k.uitleg.to_string(),
                monitor: format!(
                    "/monitor?schooljaar={}&swv={}#{}",
                    Schooljaar::of(today),
                    p.swv_code,
                    k.figuur
                ),
                kengetal,
                behaald: huidig.waarde().map(|n| {
                    if richting == "hoogstens" {
                        n <= doel
                    } else {
                        n >= doel
                    }
                }),
                richting,
                streefwaarde,
                meting: s.try_get(4)?,
                huidig,
            });
        }
        let gehouden = sqlx::query(
            "SELECT gemeentecode, datum, uitkomst, verschillen FROM op_oogo WHERE plan_id = $1",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let regio = self.gemeenten_van_swv(&p.swv_code).await?;
        let mut oogo = Vec::new();
        for (code, naam) in &regio {
            let rij = gehouden
                .iter()
                .find(|o| o.try_get::<String, _>(0).is_ok_and(|c| &c == code));
            oogo.push(Oogo {
                gemeentecode: code.clone(),
                gemeente: naam.clone(),
                datum: rij.map(|o| get_date(o, "datum")).transpose()?,
                uitkomst: rij.map(|o| o.try_get(2)).transpose()?,
                verschillen: rij.map(|o| o.try_get(3)).transpose()?.flatten(),
            });
        }
        let instemming = sqlx::query(
            "SELECT datum, voor, tegen, onthouding, voorwaarden FROM op_instemming WHERE plan_id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .map(|i| -> Result<OprInstemming, StoreError> {
            let stemming = Stemming {
                voor: i.try_get(1)?,
                tegen: i.try_get(2)?,
                onthouding: i.try_get(3)?,
            };
            Ok(OprInstemming {
                datum: get_date(&i, "datum")?,
                voor: stemming.voor,
                tegen: stemming.tegen,
                onthouding: stemming.onthouding,
                ingestemd: stemming.ingestemd(),
                voorwaarden: i.try_get(4)?,
            })
        })
        .transpose()?;
        let basisondersteuning: String = r.try_get("basisondersteuning")?;
        let extra_ondersteuning: String = r.try_get("extra_ondersteuning")?;
        let middelen: String = r.try_get("middelen")?;
        let tlv_procedure: String = r.try_get("tlv_procedure")?;
        let ouders: String = r.try_get("ouders")?;
        let doelen: String = r.try_get("doelen")?;
        let terugplaatsing: String = r.try_get("terugplaatsing")?;
        let overdrachten: String = r.try_get("overdrachten")?;
        let gehouden_overleg =
            sqlx::query("SELECT swv_code, datum, verslag FROM op_overleg_swv WHERE plan_id = $1")
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
        let mut overleg_swv = Vec::new();
        for code in self.overlappende_swvs(&p.swv_code).await? {
            let rij = gehouden_overleg
                .iter()
                .find(|o| o.try_get::<String, _>(0).is_ok_and(|c| c == code));
            overleg_swv.push(OverlegSwv {
                swv_code: code,
                datum: rij.map(|o| get_date(o, "datum")).transpose()?,
                verslag: rij.map(|o| o.try_get(2)).transpose()?,
            });
        }
        let overlappend: Vec<String> = overleg_swv.iter().map(|o| o.swv_code.clone()).collect();
        let overleg_gehouden: Vec<String> = overleg_swv
            .iter()
            .filter(|o| o.datum.is_some())
            .map(|o| o.swv_code.clone())
            .collect();
        let gehouden_codes: Vec<String> = oogo
            .iter()
            .filter(|o| o.datum.is_some())
            .map(|o| o.gemeentecode.clone())
            .collect();
        let ontbreekt = ontbreekt_voor_vaststelling(
            &Inhoud {
                basisondersteuning: &basisondersteuning,
                extra_ondersteuning: &extra_ondersteuning,
                middelen: &middelen,
                tlv_procedure: &tlv_procedure,
                ouders: &ouders,
                doelen: &doelen,
                terugplaatsing: &terugplaatsing,
                overdrachten: &overdrachten,
                streefwaarden: streefwaarden.len(),
            },
            &regio,
            &gehouden_codes,
            &overlappend,
            &overleg_gehouden,
            instemming.as_ref().map(|i| Stemming {
                voor: i.voor,
                tegen: i.tegen,
                onthouding: i.onthouding,
            }),
        );
        Ok(PlanVersie {
            indienen_uiterlijk: indienen_uiterlijk(p.van),
            tijdig: p.ingediend_op.map(|d| tijdig_ingediend(p.van, d)),
            regel: p,
            basisondersteuning,
            extra_ondersteuning,
            middelen,
            tlv_procedure,
            ouders,
            doelen,
            terugplaatsing,
            overdrachten,
            streefwaarden,
            oogo,
            overleg_swv,
            instemming,
            ontbreekt,
        })
    }

    /// A version of the caller's own SWV that is still a concept.
    async fn eigen_concept(
        &self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
    ) -> Result<PlanVersie, StoreError> {
        let p = self.plan_versie(wie, id, today).await?;
        if p.regel.vastgesteld_op.is_some() {
            return Err(ongeldig(
                "deze versie is vastgesteld en verandert niet meer; maak een nieuwe versie",
            ));
        }
        Ok(p)
    }

    /// Records the OOGO with one gemeente of the region (SWV staff). Without agreement the
    /// disagreements are written down.
    #[allow(clippy::too_many_arguments)]
    pub async fn leg_oogo_vast(
        &self,
        wie: &Verzoeker,
        id: i64,
        gemeentecode: &str,
        datum: Date,
        uitkomst: &str,
        verschillen: &str,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        eigen_swv(wie)?;
        let p = self.eigen_concept(wie, id, today).await?;
        if !p.oogo.iter().any(|o| o.gemeentecode == gemeentecode) {
            return Err(ongeldig(format!(
                "gemeente: '{gemeentecode}' ligt niet in de regio van {}",
                p.regel.swv_code
            )));
        }
        let u = OogoUitkomst::parse(uitkomst).ok_or_else(|| {
            ongeldig(format!(
                "uitkomst: '{uitkomst}' is geen uitkomst; kies overeenstemming of geen overeenstemming"
            ))
        })?;
        if u == OogoUitkomst::GeenOvereenstemming && verschillen.trim().is_empty() {
            return Err(ongeldig(
                "verschillen: zonder overeenstemming worden de punten van verschil vastgelegd",
            ));
        }
        if datum > today {
            return Err(ongeldig("datum: het overleg ligt niet in de toekomst"));
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM op_oogo WHERE plan_id = $1 AND gemeentecode = $2")
            .bind(id)
            .bind(gemeentecode)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO op_oogo (plan_id, gemeentecode, datum, uitkomst, verschillen) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(gemeentecode)
        .bind(datum.to_string())
        .bind(u.as_str())
        .bind(Some(verschillen.trim()).filter(|s| !s.is_empty()))
        .execute(&mut *tx)
        .await?;
        commit_audited(tx, wie, None, Actie::Wijzigen, route, &["oogo"]).await
    }

    /// Records the overleg with an overlapping SWV of the other sector (SWV staff), before
    /// vaststelling (WPO art. 18a lid 9, WVO art. 17a lid 9).
    #[allow(clippy::too_many_arguments)]
    pub async fn leg_overleg_swv_vast(
        &self,
        wie: &Verzoeker,
        id: i64,
        swv_code: &str,
        datum: Date,
        verslag: &str,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        eigen_swv(wie)?;
        let p = self.eigen_concept(wie, id, today).await?;
        let code = swv_code.trim().to_uppercase();
        if !p.overleg_swv.iter().any(|o| o.swv_code == code) {
            return Err(ongeldig(format!(
                "samenwerkingsverband: '{code}' overlapt niet met het gebied van {}; kies uit {}",
                p.regel.swv_code,
                p.overleg_swv
                    .iter()
                    .map(|o| o.swv_code.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        if datum > today {
            return Err(ongeldig("datum: het overleg ligt niet in de toekomst"));
        }
        if verslag.trim().is_empty() {
            return Err(ongeldig("verslag: leg kort vast wat er is besproken"));
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM op_overleg_swv WHERE plan_id = $1 AND swv_code = $2")
            .bind(id)
            .bind(&code)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO op_overleg_swv (plan_id, swv_code, datum, verslag) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(&code)
        .bind(datum.to_string())
        .bind(verslag.trim())
        .execute(&mut *tx)
        .await?;
        commit_audited(tx, wie, None, Actie::Wijzigen, route, &["overleg_swv"]).await
    }

    /// Records the ondersteuningsplanraad's vote on a version, as its minutes give it (SWV
    /// staff: the OPR's own view is read-only). The audit log names who recorded it.
    #[allow(clippy::too_many_arguments)]
    pub async fn leg_instemming_vast(
        &self,
        wie: &Verzoeker,
        id: i64,
        datum: Date,
        stemming: Stemming,
        voorwaarden: &str,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let p = self.eigen_concept(wie, id, today).await?;
        if wie.kijker.rol != Rol::Swv || bereik(wie) != Bereik::Swv(p.regel.swv_code.clone()) {
            return Err(StoreError::NietGevonden {
                wat: "ondersteuningsplan",
                sleutel: id.to_string(),
            });
        }
        if !stemming.geldig() {
            return Err(ongeldig(
                "stemming: de aantallen zijn 0 of meer en er is ten minste één stem voor of tegen",
            ));
        }
        if datum > today {
            return Err(ongeldig("datum: de vergadering ligt niet in de toekomst"));
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM op_instemming WHERE plan_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO op_instemming (plan_id, datum, voor, tegen, onthouding, voorwaarden) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(datum.to_string())
        .bind(stemming.voor)
        .bind(stemming.tegen)
        .bind(stemming.onthouding)
        .bind(Some(voorwaarden.trim()).filter(|s| !s.is_empty()))
        .execute(&mut *tx)
        .await?;
        commit_audited(tx, wie, None, Actie::Wijzigen, route, &["instemming"]).await
    }

    /// Marks a version final (SWV staff): only with all contents, OOGO with every gemeente of
    /// the region and the ondersteuningsplanraad's consent.
    pub async fn stel_plan_vast(
        &self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        eigen_swv(wie)?;
        let p = self.eigen_concept(wie, id, today).await?;
        if !p.ontbreekt.is_empty() {
            return Err(ongeldig(format!(
                "het plan kan nog niet worden vastgesteld: {}",
                p.ontbreekt.join("; ")
            )));
        }
        let mut tx = self.begin_write().await?;
        let n = sqlx::query(
            "UPDATE ondersteuningsplan SET vastgesteld_op = $1 WHERE id = $2 AND vastgesteld_op IS NULL",
        )
        .bind(today.to_string())
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(ongeldig("deze versie is al vastgesteld"));
        }
        commit_audited(tx, wie, None, Actie::Wijzigen, route, &["vastgesteld"]).await
    }

    /// Records the day the final plan went to the inspectie (SWV staff); returns whether that
    /// was on time (before 1 May preceding the first schooljaar). A late submission is still
    /// recorded, as it happened, and shown as late.
    pub async fn dien_plan_in(
        &self,
        wie: &Verzoeker,
        id: i64,
        datum: Date,
        today: Date,
        route: &str,
    ) -> Result<bool, StoreError> {
        eigen_swv(wie)?;
        let p = self.plan_versie(wie, id, today).await?;
        let Some(vastgesteld) = p.regel.vastgesteld_op else {
            return Err(ongeldig(
                "alleen een vastgesteld plan gaat naar de inspectie",
            ));
        };
        if p.regel.ingediend_op.is_some() {
            return Err(ongeldig("deze versie is al bij de inspectie ingediend"));
        }
        if datum < vastgesteld || datum > today {
            return Err(ongeldig(
                "datum van indiening: ligt tussen de vaststelling en vandaag",
            ));
        }
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "UPDATE ondersteuningsplan SET ingediend_op = $1 WHERE id = $2 AND ingediend_op IS NULL",
        )
        .bind(datum.to_string())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        commit_audited(tx, wie, None, Actie::Wijzigen, route, &["ingediend"]).await?;
        Ok(tijdig_ingediend(p.regel.van, datum))
    }
}

//! Disputes about toelating, verwijdering or the OPP sent to the geschillencommissie (its term
//! for an oordeel, the oordeel, what the board did with it and why), and referrals to an
//! onderwijsconsulent. Recorded by a party on the school's side (the school, its bestuur or
//! its SWV) through the pupil's dossier scope; parents see them in their child's dossier.

use super::ongeldig;
use crate::audit::{Actie, commit_audited};
use crate::kolom::{get_date, get_opt_date};
use crate::toegang::{Verzoeker, scope_condition};
use crate::{LeerlingId, Store, StoreError, instant_text};
use jiff::civil::Date;
use passend_domain::Rol;
use passend_domain::richtlijnen::Richtlijnen;
use passend_domain::verantwoording::{GeschilSoort, oordeel_uiterlijk, toets_reactie_bestuur};
use passend_domain::{Handeling, LeerlingFilter};
use sqlx::Row;
use sqlx::any::AnyRow;

#[derive(Debug, Clone)]
pub struct NieuwGeschil {
    pub soort: GeschilSoort,
    /// The school whose board is the other party.
    pub vestiging: String,
    /// Received by the commission, or the day of the referral.
    pub ingediend_op: Date,
    pub omschrijving: String,
}

/// Later steps, each optional: the oordeel (for an onderwijsconsulent: the outcome) and the
/// board's response to it.
#[derive(Debug, Clone, Default)]
pub struct GeschilStap {
    pub oordeel_datum: Option<Date>,
    pub oordeel: Option<String>,
    pub reactie_datum: Option<Date>,
    pub volgt_oordeel: Option<bool>,
    pub reactie: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Geschil {
    pub id: i64,
    pub leerling_id: LeerlingId,
    pub naam: String,
    pub vestiging_code: String,
    pub vestiging_naam: String,
    pub swv_code: String,
    pub soort: String,
    pub soort_omschrijving: String,
    pub ingediend_op: Date,
    pub omschrijving: String,
    /// The geschillencommissie's term; none for an onderwijsconsulent.
    pub oordeel_uiterlijk: Option<Date>,
    pub oordeel_datum: Option<Date>,
    pub oordeel: Option<String>,
    pub reactie_datum: Option<Date>,
    pub volgt_oordeel: Option<bool>,
    pub reactie: Option<String>,
    /// The reader may open the pupil's dossier (a party to a toelating dispute through the
    /// registration alone may not): pages link to it only then.
    pub dossier: bool,
}

impl Geschil {
    /// The commission's term has passed without an oordeel.
    pub fn oordeel_te_laat(&self, today: Date) -> bool {
        self.oordeel.is_none() && self.oordeel_uiterlijk.is_some_and(|d| d < today)
    }

    pub fn afgerond(&self) -> bool {
        match GeschilSoort::parse(&self.soort) {
            Some(GeschilSoort::Onderwijsconsulent) => self.oordeel.is_some(),
            _ => self.reactie.is_some(),
        }
    }
}

const COLUMNS: &str = "g.id, g.leerling_id, l.voornaam, l.tussenvoegsel, l.achternaam, g.vestiging_code, v.naam AS vestiging_naam, \
     g.swv_code, g.soort, g.ingediend_op, g.omschrijving, g.oordeel_uiterlijk, g.oordeel_datum, g.oordeel, g.reactie_datum, \
     g.volgt_oordeel, g.reactie";

fn geschil_row(r: &AnyRow) -> Result<Geschil, StoreError> {
    let soort: String = r.try_get("soort")?;
    Ok(Geschil {
        id: r.try_get("id")?,
        leerling_id: LeerlingId(r.try_get("leerling_id")?),
        naam: passend_domain::Naam {
            voornaam: r.try_get("voornaam")?,
            tussenvoegsel: r.try_get("tussenvoegsel")?,
            achternaam: r.try_get("achternaam")?,
        }
        .volledig(),
        vestiging_code: r.try_get("vestiging_code")?,
        vestiging_naam: r.try_get("vestiging_naam")?,
        swv_code: r.try_get("swv_code")?,
        soort_omschrijving: GeschilSoort::parse(&soort)
            .map(|s| s.omschrijving().to_string())
            .unwrap_or_else(|| soort.clone()),
        soort,
        ingediend_op: get_date(r, "ingediend_op")?,
        omschrijving: r.try_get("omschrijving")?,
        oordeel_uiterlijk: get_opt_date(r, "oordeel_uiterlijk")?,
        oordeel_datum: get_opt_date(r, "oordeel_datum")?,
        oordeel: r.try_get("oordeel")?,
        reactie_datum: get_opt_date(r, "reactie_datum")?,
        volgt_oordeel: r
            .try_get::<Option<i64>, _>("volgt_oordeel")?
            .map(|v| v != 0),
        dossier: true,
        reactie: r.try_get("reactie")?,
    })
}

/// Is the caller a party on the school's side for this vestiging: the school itself, its
/// bestuur, or its SWV?
async fn partij(store: &Store, wie: &Verzoeker, vestiging: &str) -> Result<String, StoreError> {
    let s = crate::tlv::school(store, vestiging)
        .await
        .map_err(|_| ongeldig(format!("vestiging: '{vestiging}' bestaat niet")))?;
    let scope = wie.kijker.scope.as_deref();
    let mag = match wie.kijker.rol {
        Rol::School => scope == Some(s.code.as_str()),
        Rol::Bestuur => scope == Some(s.bevoegd_gezag.as_str()),
        Rol::Swv => scope == Some(s.swv_code.as_str()),
        _ => false,
    };
    if !mag {
        return Err(ongeldig(
            "een geschil legt de school, haar bestuur of haar samenwerkingsverband vast",
        ));
    }
    Ok(s.swv_code)
}

impl Store {
    /// The disputes of a pupil whose dossier the caller has read.
    pub async fn geschillen_van(&self, leerling: LeerlingId) -> Result<Vec<Geschil>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM geschil g JOIN leerling l ON l.id = g.leerling_id JOIN vestiging v ON v.code = g.vestiging_code \
             WHERE g.leerling_id = $1 ORDER BY g.ingediend_op DESC, g.id DESC"
        );
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(leerling.0)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(geschil_row)
            .collect()
    }

    /// The disputes of every pupil in the caller's scope (the list read is logged); empty for
    /// roles that see no single pupil.
    pub async fn geschillen_voor(
        &self,
        wie: &Verzoeker,
        today: Date,
        route: &str,
    ) -> Result<Vec<Geschil>, StoreError> {
        let Some((condition, scope, dated)) = scope_condition(&wie.kijker)? else {
            return Ok(Vec::new());
        };
        // A dispute about toelating is about a registration: its school, bestuur and SWV
        // are parties to it without the dossier (as `registreer_geschil` allows).
        let partij = match wie.kijker.leerling_filter() {
            LeerlingFilter::HuidigeVestiging(_) => "g.vestiging_code = $1",
            LeerlingFilter::HuidigBestuur(_) => {
                "g.vestiging_code IN (SELECT v2.code FROM vestiging v2 JOIN school s2 ON s2.brin = v2.brin \
                 JOIN bestuur b2 ON b2.id = s2.bestuur_id WHERE b2.bevoegd_gezag = $1)"
            }
            LeerlingFilter::HuidigSwv(_) => "v.swv_code = $1",
            _ => "1 = 0",
        };
        let sql = format!(
            "SELECT {COLUMNS} FROM geschil g JOIN leerling l ON l.id = g.leerling_id JOIN vestiging v ON v.code = g.vestiging_code \
             WHERE ({condition}) OR (g.soort = 'toelating' AND {partij}) ORDER BY g.ingediend_op DESC, g.id DESC"
        );
        let mut q = scope.bind(sqlx::query(sqlx::AssertSqlSafe(sql)));
        if dated {
            q = q.bind(today.to_string());
        }
        let mut out = q
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(geschil_row)
            .collect::<Result<Vec<_>, _>>()?;
        for g in out.iter_mut().filter(|g| g.soort == "toelating") {
            g.dossier = self
                .mag(wie, &Handeling::DossierLezen, g.leerling_id, today)
                .await?;
        }
        self.audit(wie, None, Actie::LezenLijst, route).await?;
        Ok(out)
    }

    /// One dispute, through the pupil's dossier scope (the read is logged).
    pub async fn geschil_voor(
        &self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<Geschil, StoreError> {
        let not_found = || StoreError::NietGevonden {
            wat: "geschil",
            sleutel: id.to_string(),
        };
        let r = sqlx::query("SELECT leerling_id, soort, vestiging_code FROM geschil WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(not_found)?;
        let leerling = LeerlingId(r.try_get(0)?);
        let soort: String = r.try_get(1)?;
        let dossier = self
            .mag(wie, &Handeling::DossierLezen, leerling, today)
            .await?;
        if soort == "toelating" && !dossier {
            let school = self.school_context(&r.try_get::<String, _>(2)?).await?;
            self.toets(
                wie,
                &Handeling::AanmeldingLezen(school),
                leerling,
                today,
                route,
            )
            .await
            .map_err(|_| not_found())?;
            self.audit(wie, Some(leerling), Actie::Lezen, route).await?;
        } else {
            self.leerling_van_record(wie, "geschil", "geschil", id, today, route)
                .await?;
        }
        self.geschillen_van(leerling)
            .await?
            .into_iter()
            .find(|g| g.id == id)
            .map(|g| Geschil { dossier, ..g })
            .ok_or(StoreError::NietGevonden {
                wat: "geschil",
                sleutel: id.to_string(),
            })
    }

    /// Records a dispute sent to the geschillencommissie, or a referral to an
    /// onderwijsconsulent, with the commission's term computed from the day it was received.
    pub async fn registreer_geschil(
        &self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        g: &NieuwGeschil,
        today: Date,
        route: &str,
    ) -> Result<i64, StoreError> {
        // A dispute about toelating is about the registration: its school needs no more than
        // the registration (the policy's `AanmeldingLezen`); every other dispute needs the dossier.
        if matches!(g.soort, GeschilSoort::Toelating) {
            let school = self.school_context(&g.vestiging).await?;
            let h = passend_domain::Handeling::AanmeldingLezen(school);
            self.toets(wie, &h, leerling, today, route).await?;
        } else {
            self.dossier_voor(wie, leerling, today, route).await?;
        }
        let swv = partij(self, wie, &g.vestiging).await?;
        let betrokken: i64 = sqlx::query(
            "SELECT (SELECT COUNT(*) FROM inschrijving WHERE leerling_id = $1 AND vestiging_code = $2) \
             + (SELECT COUNT(*) FROM aanmelding WHERE leerling_id = $1 AND vestiging_code = $2)",
        )
        .bind(leerling.0)
        .bind(&g.vestiging)
        .fetch_one(&self.pool)
        .await?
        .try_get(0)?;
        if betrokken == 0 {
            return Err(ongeldig(
                "vestiging: de leerling is op deze school niet aangemeld of ingeschreven geweest",
            ));
        }
        if g.omschrijving.trim().is_empty() {
            return Err(ongeldig(
                "omschrijving: beschrijf waar het geschil over gaat",
            ));
        }
        if g.ingediend_op > today {
            return Err(ongeldig("ingediend op: deze datum ligt in de toekomst"));
        }
        let uiterlijk = g.soort.geschillencommissie().then(|| {
            oordeel_uiterlijk(
                g.ingediend_op,
                Richtlijnen::ingebouwd().geschillen.oordeel_weken,
            )
        });
        let mut tx = self.begin_write().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO geschil (leerling_id, vestiging_code, swv_code, soort, ingediend_op, omschrijving, oordeel_uiterlijk, aangemaakt) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(leerling.0)
        .bind(&g.vestiging)
        .bind(&swv)
        .bind(g.soort.as_str())
        .bind(g.ingediend_op.to_string())
        .bind(g.omschrijving.trim())
        .bind(uiterlijk.map(|d| d.to_string()))
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
            &["geschil"],
        )
        .await?;
        Ok(id)
    }

    /// Records the oordeel (or the onderwijsconsulent's outcome) and the board's response;
    /// each is written once.
    pub async fn werk_geschil_bij(
        &self,
        wie: &Verzoeker,
        id: i64,
        stap: &GeschilStap,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let g = self.geschil_voor(wie, id, today, route).await?;
        partij(self, wie, &g.vestiging_code).await?;
        let soort = GeschilSoort::parse(&g.soort)
            .ok_or_else(|| ongeldig("onbekend soort geschil in de database"))?;
        let oordeel = stap
            .oordeel
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let reactie = stap
            .reactie
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        // A stated position without the response itself: a deviation needs its reasons.
        if let (Some(volgt), None) = (stap.volgt_oordeel, reactie) {
            toets_reactie_bestuur(volgt, "").map_err(ongeldig)?;
            return Err(ongeldig(
                "reactie: beschrijf wat het bestuur met het oordeel doet",
            ));
        }
        let mut velden = Vec::new();
        if let Some(o) = oordeel {
            if g.oordeel.is_some() {
                return Err(ongeldig(
                    "oordeel: is al vastgelegd en wordt niet vervangen",
                ));
            }
            let d = stap.oordeel_datum.unwrap_or(today);
            if d < g.ingediend_op || d > today {
                return Err(ongeldig(
                    "datum van het oordeel: ligt tussen de indiening en vandaag",
                ));
            }
            velden.push(("oordeel", o.to_string(), d));
        }
        if let Some(r) = reactie {
            if !soort.geschillencommissie() {
                return Err(ongeldig(
                    "reactie: alleen op een oordeel van de geschillencommissie reageert het bestuur",
                ));
            }
            if g.reactie.is_some() {
                return Err(ongeldig(
                    "reactie: is al vastgelegd en wordt niet vervangen",
                ));
            }
            let oordeel_datum = match (g.oordeel_datum, &velden[..]) {
                (Some(d), _) => d,
                (None, [(_, _, d)]) => *d,
                _ => {
                    return Err(ongeldig(
                        "reactie: eerst het oordeel van de geschillencommissie",
                    ));
                }
            };
            let volgt = stap
                .volgt_oordeel
                .ok_or_else(|| ongeldig("volgt oordeel: zeg of het bestuur het oordeel volgt"))?;
            // The motivation of a deviation is the response text itself.
            toets_reactie_bestuur(volgt, r).map_err(ongeldig)?;
            let d = stap.reactie_datum.unwrap_or(today);
            if d < oordeel_datum || d > today {
                return Err(ongeldig(
                    "datum van de reactie: ligt tussen het oordeel en vandaag",
                ));
            }
            velden.push(("reactie", r.to_string(), d));
        }
        if velden.is_empty() {
            return Err(ongeldig(
                "niets om vast te leggen: vul het oordeel of de reactie in",
            ));
        }
        let mut tx = self.begin_write().await?;
        let mut namen = Vec::new();
        for (veld, tekst, datum) in &velden {
            let q = if *veld == "oordeel" {
                sqlx::query(
                    "UPDATE geschil SET oordeel = $1, oordeel_datum = $2 WHERE id = $3 AND oordeel IS NULL",
                )
            } else {
                sqlx::query(
                    "UPDATE geschil SET reactie = $1, reactie_datum = $2, volgt_oordeel = $4 WHERE id = $3 AND reactie IS NULL",
                )
            };
            let mut q = q.bind(tekst).bind(datum.to_string()).bind(id);
            if *veld == "reactie" {
                q = q.bind(i64::from(stap.volgt_oordeel.unwrap_or(true)));
            }
            let n = q.execute(&mut *tx).await?.rows_affected();
            // Written by a concurrent request since the check above: it stays as written.
            if n == 0 {
                return Err(ongeldig(format!("{veld}: is al vastgelegd")));
            }
            namen.push(*veld);
        }
        commit_audited(tx, wie, Some(g.leerling_id), Actie::Wijzigen, route, &namen).await
    }
}

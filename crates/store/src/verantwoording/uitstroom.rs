//! Where vso leavers went, against the uitstroomprofiel their OPP expected: recorded by the
//! vso school (or its bestuur or SWV) at leaving, and again a year later when known; shown per
//! school and per SWV as counts only.

use super::{Bereik, bereik, ongeldig};
use crate::audit::{Actie, commit_audited};
use crate::kolom::{get_date, get_opt_date};
use crate::toegang::Verzoeker;
use crate::{LeerlingId, Store, StoreError, instant_text};
use jiff::ToSpan;
use jiff::civil::Date;
use passend_domain::monitor::{Cel, Kruistabel, bescherm, onbeschermd};
use passend_domain::opp::Uitstroom;
use passend_domain::verantwoording::{
    Bestemming, Vergelijking, conform, toets_uitstroom, vergelijk, vso_profiel,
};
use passend_domain::{Rol, Schooljaar, Schoolsoort};
use sqlx::Row;
use sqlx::any::AnyRow;

#[derive(Debug, Clone)]
pub struct NieuweUitstroom {
    pub vestiging: String,
    pub uitstroomdatum: Date,
    pub bestemming: Bestemming,
    /// The kind of vervolgonderwijs (only with that destination).
    pub vervolg_soort: Option<String>,
}

/// One leaver, for the school's follow-up list.
#[derive(Debug, Clone)]
pub struct UitstroomRegel {
    pub id: i64,
    pub leerling_id: LeerlingId,
    pub naam: String,
    pub vestiging_code: String,
    pub vestiging_naam: String,
    pub swv_code: String,
    pub uitstroomdatum: Date,
    /// The OPP's uitstroomprofiel at leaving, if any.
    pub verwacht: Option<String>,
    pub bestemming: String,
    pub vervolg_soort: Option<String>,
    pub na_jaar_datum: Option<Date>,
    pub na_jaar_bestemming: Option<String>,
    pub na_jaar_soort: Option<String>,
    /// Went where the OPP expected; `None` when there is nothing to compare.
    pub conform: Option<bool>,
}

/// Leavers with one expected profile, by actual destination at leaving, as the viewer may
/// see them.
#[derive(Debug, Clone)]
pub struct UitstroomRij {
    /// The expected uitstroomprofiel; `None`: no OPP profile known.
    pub verwacht: Option<Uitstroom>,
    /// Per [`Bestemming::ALL`], in that order.
    pub feitelijk: [Cel; 4],
    /// Went where expected (the cell of the matching destination; 0 without a profile).
    pub conform: Cel,
    pub totaal: Cel,
}

/// Counts for one SWV or one school. Outside the SWV's staff and the schools themselves
/// (OPR, inspectie, ministerie) small counts are hidden as in the monitor, with a
/// complementary cell where a total would give them back.
#[derive(Debug, Clone)]
pub struct UitstroomGroep {
    pub code: String,
    pub naam: String,
    /// Per expected profile, by actual destination at leaving.
    pub rijen: Vec<UitstroomRij>,
    /// Per destination, over every profile.
    pub per_bestemming: [Cel; 4],
    /// A year later, per [`Bestemming::ALL`].
    pub na_jaar: [Cel; 4],
    pub totaal: Cel,
}

/// A group's comparison as the viewer may see it.
fn publiceer(
    code: String,
    naam: String,
    rijen: &[Vergelijking],
    na_jaar: [i64; 4],
    beschermd: bool,
) -> UitstroomGroep {
    let drempel = crate::monitor::drempel();
    let tel = |n: i64| u64::try_from(n).unwrap_or(0);
    let mut t = Kruistabel::new(
        (0..rijen.len()).map(|i| i.to_string()).collect(),
        Bestemming::ALL
            .iter()
            .map(|b| b.as_str().to_string())
            .collect(),
    );
    for (i, r) in rijen.iter().enumerate() {
        t.waarden[i] = r.feitelijk.iter().map(|n| tel(*n)).collect();
    }
    let t = if beschermd {
        bescherm(&t, drempel)
    } else {
        onbeschermd(&t)
    };
    let mut jaar = Kruistabel::new(
        vec!["na een jaar".into()],
        Bestemming::ALL
            .iter()
            .map(|b| b.as_str().to_string())
            .collect(),
    );
    jaar.rijtotalen = false;
    jaar.waarden[0] = na_jaar.iter().map(|n| tel(*n)).collect();
    let jaar = if beschermd {
        bescherm(&jaar, drempel)
    } else {
        onbeschermd(&jaar)
    };
    let vier = |cellen: &[Cel]| -> [Cel; 4] {
        std::array::from_fn(|i| cellen.get(i).copied().unwrap_or(Cel::Getoond(0)))
    };
    let rijtotalen = t.rijtotalen.clone().unwrap_or_default();
    UitstroomGroep {
        code,
        naam,
        rijen: rijen
            .iter()
            .enumerate()
            .map(|(i, r)| UitstroomRij {
                verwacht: r.verwacht,
                feitelijk: vier(&t.cellen[i]),
                conform: r
                    .verwacht
                    .and_then(|u| Bestemming::ALL.iter().position(|b| b.profiel() == Some(u)))
                    .map_or(Cel::Getoond(0), |j| t.cellen[i][j]),
                totaal: rijtotalen.get(i).copied().unwrap_or(Cel::Getoond(0)),
            })
            .collect(),
        per_bestemming: vier(t.kolomtotalen.as_deref().unwrap_or_default()),
        na_jaar: vier(&jaar.cellen[0]),
        totaal: t.totaal.unwrap_or(Cel::Getoond(0)),
    }
}

const COLUMNS: &str = "u.id, u.leerling_id, l.voornaam, l.tussenvoegsel, l.achternaam, u.vestiging_code, v.naam AS vestiging_naam, \
     u.swv_code, u.uitstroomdatum, u.verwacht, u.bestemming, u.vervolg_soort, u.na_jaar_datum, u.na_jaar_bestemming, u.na_jaar_soort";

fn regel(r: &AnyRow) -> Result<UitstroomRegel, StoreError> {
    let verwacht: Option<String> = r.try_get("verwacht")?;
    let bestemming: String = r.try_get("bestemming")?;
    Ok(UitstroomRegel {
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
        uitstroomdatum: get_date(r, "uitstroomdatum")?,
        conform: Bestemming::parse(&bestemming).and_then(|b| {
            conform(
                verwacht.as_deref().and_then(|v| Uitstroom::parse(v).ok()),
                b,
            )
        }),
        verwacht,
        bestemming,
        vervolg_soort: r.try_get("vervolg_soort")?,
        na_jaar_datum: get_opt_date(r, "na_jaar_datum")?,
        na_jaar_bestemming: r.try_get("na_jaar_bestemming")?,
        na_jaar_soort: r.try_get("na_jaar_soort")?,
    })
}

/// The SQL condition on `vestiging v` for the leavers a caller records and follows up: its
/// own school, its bestuur's schools, its SWV's schools.
fn partij_conditie(wie: &Verzoeker) -> Option<(&'static str, String)> {
    let scope = wie.kijker.scope.clone()?;
    match wie.kijker.rol {
        Rol::School => Some(("v.code = $1", scope)),
        Rol::Bestuur => Some((
            "v.brin IN (SELECT s.brin FROM school s JOIN bestuur b ON b.id = s.bestuur_id WHERE b.bevoegd_gezag = $1)",
            scope,
        )),
        Rol::Swv => Some(("v.swv_code = $1", scope)),
        _ => None,
    }
}

impl Store {
    /// Records that a pupil left a vso school and where to. The expected profile is taken
    /// from the pupil's OPP (at that school first), as it stood at recording.
    pub async fn registreer_uitstroom(
        &self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        u: &NieuweUitstroom,
        today: Date,
        route: &str,
    ) -> Result<i64, StoreError> {
        self.dossier_voor(wie, leerling, today, route).await?;
        let school = crate::tlv::school(self, &u.vestiging)
            .await
            .map_err(|_| ongeldig(format!("vestiging: '{}' bestaat niet", u.vestiging)))?;
        let scope = wie.kijker.scope.as_deref();
        let mag = match wie.kijker.rol {
            Rol::School => scope == Some(school.code.as_str()),
            Rol::Bestuur => scope == Some(school.bevoegd_gezag.as_str()),
            Rol::Swv => scope == Some(school.swv_code.as_str()),
            _ => false,
        };
        if !mag {
            return Err(ongeldig(
                "de uitstroom legt de vso-school vast, of haar bestuur of samenwerkingsverband",
            ));
        }
        if school.schoolsoort != Schoolsoort::Vso {
            return Err(ongeldig(format!(
                "vestiging: {} is geen school voor voortgezet speciaal onderwijs",
                school.naam
            )));
        }
        if u.uitstroomdatum > today {
            return Err(ongeldig("uitstroomdatum: ligt niet in de toekomst"));
        }
        let ingeschreven: i64 = sqlx::query(
            "SELECT COUNT(*) FROM inschrijving WHERE leerling_id = $1 AND vestiging_code = $2 AND van <= $3",
        )
        .bind(leerling.0)
        .bind(&school.code)
        .bind(u.uitstroomdatum.to_string())
        .fetch_one(&self.pool)
        .await?
        .try_get(0)?;
        if ingeschreven == 0 {
            return Err(ongeldig(
                "uitstroomdatum: de leerling stond toen niet op deze vso-school ingeschreven",
            ));
        }
        toets_uitstroom(u.bestemming, u.vervolg_soort.as_deref()).map_err(ongeldig)?;
        let verwacht: Option<String> = sqlx::query(
            "SELECT ov.uitstroom FROM opp o JOIN opp_versie ov ON ov.opp_id = o.id WHERE o.leerling_id = $1 \
             AND ov.vastgesteld_op <= $3 \
             ORDER BY CASE WHEN o.vestiging_code = $2 THEN 0 ELSE 1 END, ov.vastgesteld_op DESC, ov.versie DESC LIMIT 1",
        )
        .bind(leerling.0)
        .bind(&school.code)
        .bind(u.uitstroomdatum.to_string())
        .fetch_optional(&self.pool)
        .await?
        .map(|r| r.try_get(0))
        .transpose()?;
        let verwacht = vso_profiel(verwacht.as_deref().and_then(|v| Uitstroom::parse(v).ok()))
            .map(|u| u.as_str().to_string());
        let mut tx = self.begin_write().await?;
        let bestaat: i64 = sqlx::query(
            "SELECT COUNT(*) FROM vso_uitstroom WHERE leerling_id = $1 AND vestiging_code = $2",
        )
        .bind(leerling.0)
        .bind(&school.code)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        if bestaat > 0 {
            return Err(ongeldig(
                "de uitstroom van deze leerling uit deze school is al vastgelegd",
            ));
        }
        let id: i64 = sqlx::query(
            "INSERT INTO vso_uitstroom (leerling_id, vestiging_code, swv_code, uitstroomdatum, verwacht, bestemming, vervolg_soort, aangemaakt) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(leerling.0)
        .bind(&school.code)
        .bind(&school.swv_code)
        .bind(u.uitstroomdatum.to_string())
        .bind(verwacht)
        .bind(u.bestemming.as_str())
        .bind(u.vervolg_soort.as_deref().map(str::trim).filter(|s| !s.is_empty()))
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
            &["uitstroom"],
        )
        .await?;
        Ok(id)
    }

    /// The leavers the caller records and follows up (the list read is logged).
    pub async fn uitstroom_leerlingen(
        &self,
        wie: &Verzoeker,
        route: &str,
    ) -> Result<Vec<UitstroomRegel>, StoreError> {
        let Some((conditie, scope)) = partij_conditie(wie) else {
            return Ok(Vec::new());
        };
        let sql = format!(
            "SELECT {COLUMNS} FROM vso_uitstroom u JOIN leerling l ON l.id = u.leerling_id \
             JOIN vestiging v ON v.code = u.vestiging_code WHERE {conditie} ORDER BY u.uitstroomdatum DESC, u.id DESC"
        );
        let out = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(scope)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(regel)
            .collect::<Result<Vec<_>, _>>()?;
        self.audit(wie, None, Actie::LezenLijst, route).await?;
        Ok(out)
    }

    /// Records where a leaver was a year after leaving (once). Outside the caller's own
    /// schools the record does not exist.
    #[allow(clippy::too_many_arguments)]
    pub async fn leg_uitstroom_na_jaar_vast(
        &self,
        wie: &Verzoeker,
        id: i64,
        datum: Date,
        bestemming: Bestemming,
        vervolg_soort: Option<&str>,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let not_found = || StoreError::NietGevonden {
            wat: "uitstroom",
            sleutel: id.to_string(),
        };
        let Some((conditie, scope)) = partij_conditie(wie) else {
            return Err(not_found());
        };
        let sql = format!(
            "SELECT {COLUMNS} FROM vso_uitstroom u JOIN leerling l ON l.id = u.leerling_id \
             JOIN vestiging v ON v.code = u.vestiging_code WHERE u.id = $2 AND {conditie}"
        );
        let r = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(scope)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(not_found)?;
        let u = regel(&r)?;
        if u.na_jaar_bestemming.is_some() {
            return Err(ongeldig("de situatie na een jaar is al vastgelegd"));
        }
        let jaar_later = u
            .uitstroomdatum
            .checked_add(1.year())
            .unwrap_or(u.uitstroomdatum);
        if datum < jaar_later || datum > today {
            return Err(ongeldig(format!(
                "datum: de situatie na een jaar wordt vastgelegd vanaf {jaar_later} tot en met vandaag"
            )));
        }
        toets_uitstroom(bestemming, vervolg_soort).map_err(ongeldig)?;
        let mut tx = self.begin_write().await?;
        let n = sqlx::query(
            "UPDATE vso_uitstroom SET na_jaar_datum = $1, na_jaar_bestemming = $2, na_jaar_soort = $3 \
             WHERE id = $4 AND na_jaar_bestemming IS NULL",
        )
        .bind(datum.to_string())
        .bind(bestemming.as_str())
        .bind(vervolg_soort.map(str::trim).filter(|s| !s.is_empty()))
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(ongeldig("de situatie na een jaar is al vastgelegd"));
        }
        commit_audited(
            tx,
            wie,
            Some(u.leerling_id),
            Actie::Wijzigen,
            route,
            &["na een jaar"],
        )
        .await
    }

    /// Expected against actual outflow, per SWV and per school, counts only: SWV staff and
    /// OPR for their SWV, inspectie and ministerie for all, a school or bestuur for its own
    /// schools. Optionally only the leavers of one schooljaar.
    pub async fn uitstroom_vergelijking(
        &self,
        wie: &Verzoeker,
        schooljaar: Option<Schooljaar>,
    ) -> Result<(Vec<UitstroomGroep>, Vec<UitstroomGroep>), StoreError> {
        let bereik = bereik(wie);
        let eigen: Option<Vec<String>> = match (&bereik, partij_conditie(wie)) {
            (Bereik::Geen, Some((conditie, scope))) => {
                let sql = format!("SELECT v.code FROM vestiging v WHERE {conditie}");
                Some(
                    sqlx::query(sqlx::AssertSqlSafe(sql))
                        .bind(scope)
                        .fetch_all(&self.pool)
                        .await?
                        .iter()
                        .map(|r| r.try_get(0))
                        .collect::<Result<_, _>>()?,
                )
            }
            (Bereik::Geen, None) => return Ok((Vec::new(), Vec::new())),
            _ => None,
        };
        let rows = sqlx::query(
            "SELECT u.swv_code, s.naam AS swv_naam, u.vestiging_code, v.naam, u.verwacht, u.bestemming, u.na_jaar_bestemming, u.uitstroomdatum \
             FROM vso_uitstroom u JOIN vestiging v ON v.code = u.vestiging_code LEFT JOIN swv s ON s.code = u.swv_code \
             ORDER BY u.swv_code, u.vestiging_code",
        )
        .fetch_all(&self.pool)
        .await?;
        type Leaver = (Option<Uitstroom>, Bestemming, Option<Bestemming>);
        let mut per_swv: Vec<(String, String, Vec<Leaver>)> = Vec::new();
        let mut per_school: Vec<(String, String, Vec<Leaver>)> = Vec::new();
        for r in &rows {
            let swv: String = r.try_get(0)?;
            let vestiging: String = r.try_get(2)?;
            let zichtbaar = match &eigen {
                Some(codes) => codes.contains(&vestiging),
                None => bereik.omvat(&swv),
            };
            if !zichtbaar
                || schooljaar
                    .is_some_and(|j| get_date(r, "uitstroomdatum").is_ok_and(|d| !j.contains(d)))
            {
                continue;
            }
            let leaver: Leaver = (
                r.try_get::<Option<String>, _>(4)?
                    .and_then(|v| Uitstroom::parse(&v).ok()),
                Bestemming::parse(&r.try_get::<String, _>(5)?).unwrap_or(Bestemming::Onbekend),
                r.try_get::<Option<String>, _>(6)?
                    .and_then(|b| Bestemming::parse(&b)),
            );
            let swv_naam: Option<String> = r.try_get(1)?;
            for (lijst, code, naam) in [
                (
                    &mut per_swv,
                    swv.clone(),
                    swv_naam.unwrap_or_else(|| swv.clone()),
                ),
                (
                    &mut per_school,
                    vestiging.clone(),
                    r.try_get::<String, _>(3)?,
                ),
            ] {
                match lijst.iter_mut().find(|g| g.0 == code) {
                    Some(g) => g.2.push(leaver),
                    None => lijst.push((code, naam, vec![leaver])),
                }
            }
        }
        // The SWV's staff and the schools (and their boards) know these pupils; everyone
        // else gets protected counts, and per SWV only: a school's table beside its SWV's
        // would give hidden cells back by subtraction.
        let beschermd = !matches!(wie.kijker.rol, Rol::Swv | Rol::School | Rol::Bestuur);
        let groep = |(code, naam, leavers): (String, String, Vec<Leaver>)| {
            let paren: Vec<(Option<Uitstroom>, Bestemming)> =
                leavers.iter().map(|l| (l.0, l.1)).collect();
            let mut na_jaar = [0; 4];
            for b in leavers.iter().filter_map(|l| l.2) {
                if let Some(i) = Bestemming::ALL.iter().position(|x| *x == b) {
                    na_jaar[i] += 1;
                }
            }
            publiceer(code, naam, &vergelijk(&paren), na_jaar, beschermd)
        };
        Ok((
            per_swv.into_iter().map(groep).collect(),
            if beschermd {
                Vec::new()
            } else {
                per_school.into_iter().map(groep).collect()
            },
        ))
    }
}

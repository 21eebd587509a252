//! The leerplicht's own work: residents of its gemeente only. Vrijstellingen with their
//! checks, the residents list against the enrolments (absoluut verzuim, which opens a
//! thuiszitter case), and the yearly counts for the art. 25 report.

use crate::audit::{Actie, append};
use crate::thuiszitters::{insert_zaak, open_zaak_van};
use crate::toegang::Verzoeker;
use crate::{LeerlingId, Store, StoreError, instant_text};
use jiff::civil::Date;
use passend_domain::leerplicht::plicht_op;
use passend_domain::thuiszitters::{Soort, verantwoordelijk_swv};
use passend_domain::vrijstelling::{Grond, Verklaring, kennisgeving_voor, toets_verlening};
use passend_domain::{
    Bsn, Naam, Onderwijsnummer, Postcode, RegioIndeling, Rol, Schooljaar, SwvCode, leeftijd_op,
};
use sqlx::Row;

/// A vrijstelling as the leerplicht and the parents see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vrijstelling {
    pub id: i64,
    pub leerling_id: LeerlingId,
    pub naam: String,
    pub grond: Grond,
    pub van: Date,
    pub tot: Option<Date>,
    pub status: String,
    pub kennisgeving_voor: Option<Date>,
    pub documenten: Vec<(String, String, String)>,
}

/// A new request for a vrijstelling, with what the checks need.
#[derive(Debug, Clone)]
pub struct NieuweVrijstelling {
    pub leerling: LeerlingId,
    pub grond: Grond,
    pub van: Date,
    pub tot: Option<Date>,
    pub verklaring: Option<Verklaring>,
    pub swv_advies_datum: Option<Date>,
    /// (soort, datum, omschrijving) of each document handed in.
    pub documenten: Vec<(String, Date, String)>,
}

/// A resident's person number: a BSN, or an onderwijsnummer when there is none.
#[derive(Debug, Clone)]
pub enum Persoonsnummer {
    Bsn(Bsn),
    Onderwijsnummer(Onderwijsnummer),
}

impl Persoonsnummer {
    /// The two checks exclude each other, so one column can hold either.
    pub fn parse(text: &str) -> Result<Self, passend_domain::PersoonsnummerError> {
        match Bsn::parse(text) {
            Ok(bsn) => Ok(Self::Bsn(bsn)),
            Err(bsn_error) => Onderwijsnummer::parse(text)
                .map(Self::Onderwijsnummer)
                .map_err(|_| bsn_error),
        }
    }

    /// The column and value to look the pupil up by (never logged).
    pub(crate) fn kolom_en_waarde(&self) -> (&'static str, String) {
        (self.column(), self.value())
    }

    fn column(&self) -> &'static str {
        match self {
            Self::Bsn(_) => "bsn",
            Self::Onderwijsnummer(_) => "onderwijsnummer",
        }
    }

    fn value(&self) -> String {
        match self {
            Self::Bsn(b) => b.expose(),
            Self::Onderwijsnummer(o) => o.expose(),
        }
    }
}

/// One resident from the gemeente's list.
#[derive(Debug, Clone)]
pub struct Ingezetene {
    pub regel: usize,
    pub nummer: Persoonsnummer,
    pub geboortedatum: Date,
    pub postcode: Postcode,
    pub naam: Option<Naam>,
}

/// What a residents check found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ingezetenencontrole {
    pub ingezetenen: usize,
    pub plichtig: usize,
    pub ingeschreven: usize,
    pub vrijgesteld: usize,
    pub absoluut_verzuim: usize,
    pub nieuwe_zaken: usize,
}

/// The art. 25 counts of one schooljaar.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Jaartelling {
    pub schooljaar: String,
    pub absoluut_verzuim: i64,
    pub langdurig_relatief_verzuim: i64,
    pub langer_dan_drie_maanden: i64,
    pub vrijstellingen: Vec<(String, i64)>,
}

fn gemeente_van(wie: &Verzoeker) -> Result<&str, StoreError> {
    match (wie.kijker.rol, wie.kijker.scope.as_deref()) {
        (Rol::Leerplicht, Some(g)) => Ok(g),
        _ => Err(StoreError::NietGevonden {
            wat: "gemeente",
            sleutel: String::new(),
        }),
    }
}

fn opt_date(s: Option<String>) -> Result<Option<Date>, StoreError> {
    s.map(|d| {
        d.parse::<Date>()
            .map_err(|_| StoreError::Ongeldig(format!("ongeldige datum {d}")))
    })
    .transpose()
}

impl Store {
    /// Records a request; the leerplicht of the pupil's gemeente only.
    pub async fn vraag_vrijstelling(
        &self,
        wie: &Verzoeker,
        v: &NieuweVrijstelling,
        today: Date,
        route: &str,
    ) -> Result<i64, StoreError> {
        let gemeente = gemeente_van(wie)?.to_string();
        // The pupil must live in the gemeente: the dossier check of the leerplicht scope.
        self.dossier_voor(wie, v.leerling, today, route).await?;
        if let Some(tot) = v.tot
            && tot < v.van
        {
            return Err(StoreError::Ongeldig(format!(
                "de einddatum {tot} ligt vóór de begindatum {}",
                v.van
            )));
        }
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(
            "INSERT INTO vrijstelling (leerling_id, gemeentecode, grond, van, tot, status, verklaring_datum, \
             verklaring_van_behandelaar, swv_advies_datum, laatste_kennisgeving, aangemaakt) \
             VALUES ($1, $2, $3, $4, $5, 'aangevraagd', $6, $7, $8, $9, $10) RETURNING id",
        )
        .bind(v.leerling.0)
        .bind(&gemeente)
        .bind(v.grond.as_str())
        .bind(v.van.to_string())
        .bind(v.tot.map(|d| d.to_string()))
        .bind(v.verklaring.as_ref().map(|x| x.datum.to_string()))
        .bind(i64::from(v.verklaring.as_ref().is_some_and(|x| x.van_behandelaar)))
        .bind(v.swv_advies_datum.map(|d| d.to_string()))
        .bind(v.grond.jaarlijkse_kennisgeving().then(|| today.to_string()))
        .bind(instant_text(jiff::Timestamp::now()))
        .fetch_one(&mut *tx)
        .await?;
        let id: i64 = row.try_get(0)?;
        for (soort, datum, omschrijving) in &v.documenten {
            sqlx::query("INSERT INTO vrijstelling_document (vrijstelling_id, soort, datum, omschrijving) VALUES ($1, $2, $3, $4)")
                .bind(id)
                .bind(soort.trim())
                .bind(datum.to_string())
                .bind(omschrijving.trim())
                .execute(&mut *tx)
                .await?;
        }
        append(
            &mut tx,
            wie,
            Some(v.leerling),
            Actie::Aanmaken,
            route,
            Some(&["vrijstelling"]),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Grants or refuses a request. Granting checks the rules of [`toets_verlening`].
    pub async fn beslis_vrijstelling(
        &self,
        wie: &Verzoeker,
        id: i64,
        verlenen: bool,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let gemeente = gemeente_van(wie)?.to_string();
        let not_found = || StoreError::NietGevonden {
            wat: "vrijstelling",
            sleutel: id.to_string(),
        };
        let row = sqlx::query(
            "SELECT leerling_id, gemeentecode, grond, van, tot, status, verklaring_datum, verklaring_van_behandelaar, swv_advies_datum \
             FROM vrijstelling WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(not_found)?;
        if row.try_get::<String, _>(1)? != gemeente {
            return Err(not_found());
        }
        let leerling = LeerlingId(row.try_get(0)?);
        if row.try_get::<String, _>(5)? != "aangevraagd" {
            return Err(StoreError::Ongeldig(
                "over deze vrijstelling is al beslist".into(),
            ));
        }
        if verlenen {
            let grond = Grond::parse(&row.try_get::<String, _>(2)?)
                .map_err(|e| StoreError::Ongeldig(e.to_string()))?;
            let van = opt_date(row.try_get(3)?)?.unwrap_or(today);
            let verklaring = opt_date(row.try_get(6)?)?
                .map(|datum| {
                    Ok::<_, StoreError>(Verklaring {
                        datum,
                        van_behandelaar: row.try_get::<i64, _>(7)? != 0,
                    })
                })
                .transpose()?;
            toets_verlening(
                grond,
                van,
                opt_date(row.try_get(4)?)?,
                verklaring.as_ref(),
                opt_date(row.try_get(8)?)?,
                today,
            )
            .map_err(|e| StoreError::Ongeldig(e.to_string()))?;
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE vrijstelling SET status = $1, besluit_datum = $2 WHERE id = $3")
            .bind(if verlenen { "verleend" } else { "geweigerd" })
            .bind(today.to_string())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        append(
            &mut tx,
            wie,
            Some(leerling),
            Actie::Wijzigen,
            route,
            Some(&["vrijstelling"]),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records that the parents' yearly notice (art. 6 lid 2b) came in today.
    pub async fn kennisgeving_ontvangen(
        &self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let gemeente = gemeente_van(wie)?.to_string();
        let not_found = || StoreError::NietGevonden {
            wat: "vrijstelling",
            sleutel: id.to_string(),
        };
        let row =
            sqlx::query("SELECT leerling_id, gemeentecode, grond FROM vrijstelling WHERE id = $1")
                .bind(id)
                .fetch_optional(&self.pool)
                .await?
                .ok_or_else(not_found)?;
        if row.try_get::<String, _>(1)? != gemeente {
            return Err(not_found());
        }
        let grond = Grond::parse(&row.try_get::<String, _>(2)?)
            .map_err(|e| StoreError::Ongeldig(e.to_string()))?;
        if !grond.jaarlijkse_kennisgeving() {
            return Err(StoreError::Ongeldig(
                "voor deze grond is geen jaarlijkse kennisgeving nodig".into(),
            ));
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE vrijstelling SET laatste_kennisgeving = $1 WHERE id = $2")
            .bind(today.to_string())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        append(
            &mut tx,
            wie,
            Some(LeerlingId(row.try_get(0)?)),
            Actie::Wijzigen,
            route,
            Some(&["kennisgeving"]),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The vrijstellingen the caller may see: the leerplicht all of its gemeente, an ouder
    /// those of their children. Read is logged.
    pub async fn vrijstellingen_voor(
        &self,
        wie: &Verzoeker,
        route: &str,
    ) -> Result<Vec<Vrijstelling>, StoreError> {
        let (filter, bind) = match (wie.kijker.rol, wie.kijker.scope.as_deref()) {
            (Rol::Leerplicht, Some(g)) => ("v.gemeentecode = $1", g.to_string()),
            (Rol::Ouder, Some(o)) => (
                "v.leerling_id IN (SELECT leerling_id FROM ouder_leerling WHERE CAST(ouder_id AS TEXT) = $1)",
                o.to_string(),
            ),
            _ => return Ok(Vec::new()),
        };
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT v.id, v.leerling_id, l.voornaam, l.tussenvoegsel, l.achternaam, v.grond, v.van, v.tot, v.status, \
             v.laatste_kennisgeving FROM vrijstelling v JOIN leerling l ON l.id = v.leerling_id WHERE {filter} ORDER BY v.id"
        )))
        .bind(bind)
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::new();
        for r in &rows {
            let id: i64 = r.try_get(0)?;
            let documenten = sqlx::query("SELECT soort, datum, omschrijving FROM vrijstelling_document WHERE vrijstelling_id = $1 ORDER BY id")
                .bind(id)
                .fetch_all(&self.pool)
                .await?
                .iter()
                .map(|d| Ok((d.try_get(0)?, d.try_get(1)?, d.try_get(2)?)))
                .collect::<Result<Vec<_>, sqlx::Error>>()?;
            let naam = Naam {
                voornaam: r.try_get(2)?,
                tussenvoegsel: r.try_get(3)?,
                achternaam: r.try_get(4)?,
            };
            out.push(Vrijstelling {
                id,
                leerling_id: LeerlingId(r.try_get(1)?),
                naam: naam.volledig(),
                grond: Grond::parse(&r.try_get::<String, _>(5)?)
                    .map_err(|e| StoreError::Ongeldig(e.to_string()))?,
                van: opt_date(r.try_get(6)?)?.unwrap_or(jiff::civil::date(1900, 1, 1)),
                tot: opt_date(r.try_get(7)?)?,
                status: r.try_get(8)?,
                kennisgeving_voor: opt_date(r.try_get(9)?)?.map(kennisgeving_voor),
                documenten,
            });
        }
        if !out.is_empty() {
            self.audit(wie, None, Actie::LezenLijst, route).await?;
        }
        Ok(out)
    }

    /// Checks the gemeente's residents list against the enrolments on `today`: every
    /// resident of leerplichtige or kwalificatieplichtige age who is enrolled nowhere and
    /// has no vrijstelling is absoluut verzuim and gets a thuiszitter case. Residents not yet
    /// known are registered as pupils (without a school). All or nothing.
    pub async fn controleer_ingezetenen(
        &self,
        wie: &Verzoeker,
        lijst: &[Ingezetene],
        today: Date,
        route: &str,
    ) -> Result<Ingezetenencontrole, StoreError> {
        let gemeente = gemeente_van(wie)?.to_string();
        let regio = RegioIndeling::officieel();
        for i in lijst {
            let row = regio
                .lookup(i.postcode.pc4())
                .map_err(|e| StoreError::Ongeldig(format!("regel {}: {e}", i.regel)))?;
            if row.gemeentecode.as_str() != gemeente {
                return Err(StoreError::Ongeldig(format!(
                    "regel {}: postcode {} ligt niet in gemeente {gemeente}",
                    i.regel, i.postcode
                )));
            }
            regio
                .woon_swv(i.postcode.pc4())
                .map_err(|e| StoreError::Ongeldig(format!("regel {}: {e}", i.regel)))?;
        }
        let systeem = Verzoeker {
            account_id: self.systeem_account().await?,
            kijker: passend_domain::Kijker {
                rol: Rol::Beheerder,
                scope: None,
            },
        };
        let mut uitkomst = Ingezetenencontrole {
            ingezetenen: lijst.len(),
            ..Default::default()
        };
        let mut tx = self.begin_write().await?;
        for i in lijst {
            if plicht_op(i.geboortedatum, today).is_none() {
                continue;
            }
            uitkomst.plichtig += 1;
            let column = i.nummer.column();
            let known = sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT id FROM leerling WHERE {column} = $1"
            )))
            .bind(i.nummer.value())
            .fetch_optional(&mut *tx)
            .await?;
            let leerling = match known {
                Some(r) => LeerlingId(r.try_get(0)?),
                None => {
                    let naam = i.naam.clone().unwrap_or(Naam {
                        voornaam: "Onbekend".into(),
                        tussenvoegsel: None,
                        achternaam: "(uit de basisregistratie)".into(),
                    });
                    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
                        "INSERT INTO leerling (voornaam, tussenvoegsel, achternaam, geboortedatum, postcode, pc4, {column}) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id"
                    )))
                    .bind(&naam.voornaam)
                    .bind(naam.tussenvoegsel.as_deref())
                    .bind(&naam.achternaam)
                    .bind(i.geboortedatum.to_string())
                    .bind(i.postcode.to_string())
                    .bind(i64::from(i.postcode.pc4().value()))
                    .bind(i.nummer.value())
                    .fetch_one(&mut *tx)
                    .await?;
                    LeerlingId(row.try_get(0)?)
                }
            };
            let enrolled = sqlx::query("SELECT 1 FROM inschrijving WHERE leerling_id = $1 AND van <= $2 AND (tot IS NULL OR tot >= $2)")
                .bind(leerling.0)
                .bind(today.to_string())
                .fetch_optional(&mut *tx)
                .await?;
            if enrolled.is_some() {
                uitkomst.ingeschreven += 1;
                continue;
            }
            let vrij = sqlx::query(
                "SELECT 1 FROM vrijstelling WHERE leerling_id = $1 AND status = 'verleend' AND grond IN ('5a', '5b', '5c', '5a-trekkend', '15') \
                 AND van <= $2 AND (tot IS NULL OR tot >= $2)",
            )
            .bind(leerling.0)
            .bind(today.to_string())
            .fetch_optional(&mut *tx)
            .await?;
            if vrij.is_some() {
                uitkomst.vrijgesteld += 1;
                continue;
            }
            uitkomst.absoluut_verzuim += 1;
            if open_zaak_van(&mut tx, leerling).await?.is_none() {
                let woon = regio.woon_swv(i.postcode.pc4())?;
                let leeftijd = leeftijd_op(i.geboortedatum, today);
                let swv = verantwoordelijk_swv(
                    Soort::AbsoluutVerzuim,
                    None,
                    woon.po.as_str(),
                    woon.vo.as_str(),
                    leeftijd,
                )
                .to_string();
                let ladder = self.ladder(&SwvCode::parse(&swv)?).await?;
                insert_zaak(
                    &mut tx,
                    leerling,
                    &swv,
                    Soort::AbsoluutVerzuim,
                    today,
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
                uitkomst.nieuwe_zaken += 1;
            }
            append(&mut tx, wie, Some(leerling), Actie::Lezen, route, None).await?;
        }
        tx.commit().await?;
        Ok(uitkomst)
    }

    /// The art. 25 counts for the leerplicht's gemeente, per schooljaar with data: cases of
    /// absoluut and langdurig relatief verzuim that began in the year, those out longer than
    /// three months during it, and vrijstellingen granted per ground.
    pub async fn jaartellingen(
        &self,
        wie: &Verzoeker,
        today: Date,
    ) -> Result<Vec<Jaartelling>, StoreError> {
        let gemeente = gemeente_van(wie)?.to_string();
        let zaken = sqlx::query(
            "SELECT z.soort, z.startdatum, z.opgelost_op FROM thuiszitter_zaak z JOIN leerling l ON l.id = z.leerling_id \
             JOIN postcode_regio p ON p.pc4 = l.pc4 WHERE p.gemeentecode = $1",
        )
        .bind(&gemeente)
        .fetch_all(&self.pool)
        .await?;
        let mut jaren: std::collections::BTreeMap<Schooljaar, Jaartelling> = Default::default();
        for z in &zaken {
            let soort: String = z.try_get(0)?;
            let Some(start) = opt_date(z.try_get(1)?)? else {
                continue;
            };
            let einde = opt_date(z.try_get(2)?)?.unwrap_or(today);
            let sj = Schooljaar::of(start);
            let t = jaren.entry(sj).or_insert_with(|| Jaartelling {
                schooljaar: sj.to_string(),
                ..Default::default()
            });
            if soort == "absoluut_verzuim" {
                t.absoluut_verzuim += 1;
            } else {
                t.langdurig_relatief_verzuim += 1;
            }
            if passend_domain::thuiszitters::langer_dan_drie_maanden(start, einde) {
                t.langer_dan_drie_maanden += 1;
            }
        }
        let vrij = sqlx::query(
            "SELECT grond, van FROM vrijstelling WHERE gemeentecode = $1 AND status = 'verleend'",
        )
        .bind(&gemeente)
        .fetch_all(&self.pool)
        .await?;
        for v in &vrij {
            let grond: String = v.try_get(0)?;
            let Some(van) = opt_date(v.try_get(1)?)? else {
                continue;
            };
            let sj = Schooljaar::of(van);
            let t = jaren.entry(sj).or_insert_with(|| Jaartelling {
                schooljaar: sj.to_string(),
                ..Default::default()
            });
            match t.vrijstellingen.iter_mut().find(|(g, _)| *g == grond) {
                Some((_, n)) => *n += 1,
                None => t.vrijstellingen.push((grond, 1)),
            }
        }
        Ok(jaren.into_values().rev().collect())
    }
}

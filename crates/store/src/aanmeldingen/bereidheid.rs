//! The other school's willingness (WPO art. 40 lid 4, WVO art. 27 lid 2c, WEC art. 40 lid 5):
//! the school of aanmelding asks a vestiging from the register, that school reads only the
//! request and answers it itself, and only its yes in time unlocks the refusal
//! ([`zorgplicht::bereid_op`]).

use super::*;
use crate::repo::AanmeldingenStore;
use passend_domain::leeftijd_op;
use passend_domain::zorgplicht::{Antwoord, Bereidheidsvraag, toets_vraag};

/// A request as both schools see it; `naam` and `leeftijd` only for the asked school.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bereidheid {
    pub id: i64,
    pub aanmelding_id: i64,
    pub vestiging_code: String,
    pub vestiging_naam: String,
    pub school_van_aanmelding: String,
    pub naam: String,
    pub leeftijd: i16,
    pub ondersteuningsbehoefte: String,
    pub vraag: Bereidheidsvraag,
}

/// An open request with its deadline, without pupil data: for the asked school's tasks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenBereidheidsvraag {
    pub id: i64,
    pub gevraagd_op: Date,
    pub uiterlijk: Date,
}

pub(super) const VRAAG: &str = "SELECT q.id, q.aanmelding_id, q.vestiging_code, gv.naam, av.naam, l.voornaam, l.tussenvoegsel, \
     l.achternaam, l.geboortedatum, q.ondersteuningsbehoefte, q.gevraagd_op, q.uiterlijk, q.bereid, q.antwoord_datum, \
     a.leerling_id FROM bereidheidsvraag q JOIN aanmelding a ON a.id = q.aanmelding_id \
     JOIN vestiging gv ON gv.code = q.vestiging_code JOIN vestiging av ON av.code = a.vestiging_code \
     JOIN leerling l ON l.id = a.leerling_id";

impl AanmeldingenStore<'_> {
    /// The school of aanmelding asks `vestiging` (a code from the register), sharing the
    /// support need the parents agreed to share. The deadline is the decision term.
    #[expect(clippy::too_many_arguments, reason = "one request's fields")]
    pub async fn vraag_bereidheid(
        self,
        wie: &Verzoeker,
        aanmelding: i64,
        vestiging: &str,
        ondersteuningsbehoefte: &str,
        ouders_akkoord: bool,
        today: Date,
        route: &str,
    ) -> Result<i64, StoreError> {
        let a = self.eigen_open(wie, aanmelding, today, route).await?;
        let vestiging = vestiging.trim();
        let uiterlijk = a.termijnen.beslissen_uiterlijk;
        let bestaat = self.in_register(vestiging).await?;
        toets_vraag(
            &a.vestiging_code,
            vestiging,
            bestaat,
            ondersteuningsbehoefte,
            ouders_akkoord,
            uiterlijk,
            today,
        )
        .map_err(|e| StoreError::Ongeldig(e.to_string()))?;
        let mut tx = self.begin_write().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO bereidheidsvraag (aanmelding_id, vestiging_code, ondersteuningsbehoefte, gevraagd_op, uiterlijk, \
             gevraagd_door, aangemaakt) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(aanmelding)
        .bind(vestiging)
        .bind(ondersteuningsbehoefte.trim())
        .bind(today.to_string())
        .bind(uiterlijk.to_string())
        .bind(wie.account_id)
        .bind(instant_text(jiff::Timestamp::now()))
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| crate::error::on_unique(e, || "deze school is al gevraagd".into()))?
        .try_get(0)?;
        append(
            &mut tx,
            wie,
            Some(a.leerling_id),
            Actie::Aanmaken,
            route,
            Some(&["bereidheidsvraag"]),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The vestigingen a school may ask (open, other than itself): those of its SWV and the
    /// schools for (v)so, which the law names as "andere school" too; by name.
    pub async fn kandidaten(self, vestiging: &str) -> Result<Vec<(String, String)>, StoreError> {
        sqlx::query(
            "SELECT v.code, v.naam FROM vestiging v WHERE v.gesloten_op IS NULL AND v.code <> $1 AND \
             (v.swv_code = (SELECT swv_code FROM vestiging WHERE code = $1) OR v.schoolsoort IN ('so', 'vso')) \
             ORDER BY v.naam, v.code",
        )
        .bind(vestiging)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
        .collect()
    }

    /// The requests of a registration, for its own school (read with the registration).
    pub async fn bereidheidsvragen(
        self,
        aanmelding: i64,
        today: Date,
    ) -> Result<Vec<Bereidheid>, StoreError> {
        let sql = format!("{VRAAG} WHERE q.aanmelding_id = $1 ORDER BY q.id");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(aanmelding)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(|r| bereidheid(r, today)).collect()
    }

    /// The open requests to a vestiging with their deadlines, earliest first.
    pub async fn open_bereidheidsvragen(
        self,
        vestiging: &str,
    ) -> Result<Vec<OpenBereidheidsvraag>, StoreError> {
        sqlx::query(
            "SELECT id, gevraagd_op, uiterlijk FROM bereidheidsvraag WHERE vestiging_code = $1 AND bereid IS NULL \
             ORDER BY uiterlijk, id",
        )
        .bind(vestiging)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(OpenBereidheidsvraag {
                id: r.try_get(0)?,
                gevraagd_op: date(&r.try_get::<String, _>(1)?)?,
                uiterlijk: date(&r.try_get::<String, _>(2)?)?,
            })
        })
        .collect()
    }

    /// The request to `vestiging` about a registration, and whether that code is a vestiging.
    pub(super) async fn vraag_aan(
        self,
        aanmelding: i64,
        vestiging: &str,
        today: Date,
    ) -> Result<(bool, Option<Bereidheid>), StoreError> {
        let vraag = self
            .bereidheidsvragen(aanmelding, today)
            .await?
            .into_iter()
            .find(|b| b.vestiging_code == vestiging.trim());
        Ok((self.in_register(vestiging.trim()).await?, vraag))
    }

    async fn in_register(self, vestiging: &str) -> Result<bool, StoreError> {
        Ok(self.vestiging_naam(vestiging).await?.is_some())
    }

    /// The name of a vestiging in the register.
    pub(super) async fn vestiging_naam(self, code: &str) -> Result<Option<String>, StoreError> {
        let r = sqlx::query("SELECT naam FROM vestiging WHERE code = $1")
            .bind(code)
            .fetch_optional(&self.pool)
            .await?;
        Ok(r.map(|r| r.try_get(0)).transpose()?)
    }
}

impl crate::Store {
    /// The vestigingen asked about a pupil, for the policy.
    pub(crate) async fn gevraagde_scholen(
        &self,
        leerling: LeerlingId,
    ) -> Result<Vec<SchoolContext>, StoreError> {
        let rows = sqlx::query(
            "SELECT DISTINCT q.vestiging_code FROM bereidheidsvraag q JOIN aanmelding a ON a.id = q.aanmelding_id \
             WHERE a.leerling_id = $1",
        )
        .bind(leerling.0)
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            out.push(self.school_context(&r.try_get::<String, _>(0)?).await?);
        }
        Ok(out)
    }
}

pub(super) fn bereidheid(r: &AnyRow, today: Date) -> Result<Bereidheid, StoreError> {
    let naam = passend_domain::Naam {
        voornaam: r.try_get(5)?,
        tussenvoegsel: r.try_get(6)?,
        achternaam: r.try_get(7)?,
    };
    let antwoord = match (r.try_get::<Option<i64>, _>(12)?, opt_date(r.try_get(13)?)?) {
        (Some(b), Some(datum)) => Some(Antwoord {
            bereid: b != 0,
            datum,
        }),
        _ => None,
    };
    let vestiging: String = r.try_get(2)?;
    Ok(Bereidheid {
        id: r.try_get(0)?,
        aanmelding_id: r.try_get(1)?,
        vestiging_naam: r.try_get(3)?,
        school_van_aanmelding: r.try_get(4)?,
        naam: naam.volledig(),
        leeftijd: leeftijd_op(date(&r.try_get::<String, _>(8)?)?, today),
        ondersteuningsbehoefte: r.try_get(9)?,
        vraag: Bereidheidsvraag {
            vestiging: vestiging.clone(),
            gevraagd_op: date(&r.try_get::<String, _>(10)?)?,
            uiterlijk: date(&r.try_get::<String, _>(11)?)?,
            antwoord,
        },
        vestiging_code: vestiging,
    })
}

//! The SWV's advice before a vrijstelling art. 5 onder a: the request reaches the SWV where
//! the child lives, the SWV writes the advice itself (text, date, author) seeing only the
//! request, and the leerplicht decides after it (`vrijstelling::advies`).

use super::*;
use crate::leerlingen::LeerlingDossier;
use crate::repo::LeerplichtStore;
use passend_domain::Handeling;
use passend_domain::toegang::{Bereik, Functie};
use passend_domain::vrijstelling::toets_advies;
use sqlx::{Any, Transaction};

/// The SWV's advice on one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SwvAdvies {
    pub swv_code: String,
    pub gevraagd_op: Date,
    pub uiterlijk: Date,
    /// Text, date and the author's name (none for an advice taken over from a typed date).
    pub gegeven: Option<(String, Date, Option<String>)>,
}

/// An open request for advice with its deadline, for the SWV's tasks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenAdviesvraag {
    pub vrijstelling_id: i64,
    pub gevraagd_op: Date,
    pub uiterlijk: Date,
}

/// What the SWV sees for its advice: the child's name and age and the request, no dossier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adviesvraag {
    pub vrijstelling_id: i64,
    pub naam: String,
    pub leeftijd: i16,
    pub grond: Grond,
    pub van: Date,
    pub status: String,
    pub advies: SwvAdvies,
}

/// Sends the request to the SWV where the child lives, with the leerplicht's date.
pub(super) async fn vraag_advies(
    tx: &mut Transaction<'static, Any>,
    vrijstelling: i64,
    d: &LeerlingDossier,
    today: Date,
    uiterlijk: Date,
) -> Result<(), StoreError> {
    let leeftijd = leeftijd_op(d.leerling.geboortedatum, today);
    let (po, vo) = (d.woon_swv.po.as_str(), d.woon_swv.vo.as_str());
    let swv = verantwoordelijk_swv(Soort::AbsoluutVerzuim, None, po, vo, leeftijd);
    sqlx::query(
        "INSERT INTO vrijstelling_advies (vrijstelling_id, swv_code, gevraagd_op, uiterlijk) VALUES ($1, $2, $3, $4)",
    )
    .bind(vrijstelling)
    .bind(swv)
    .bind(today.to_string())
    .bind(uiterlijk.to_string())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

const VRAAG: &str = "SELECT a.vrijstelling_id, l.voornaam, l.tussenvoegsel, l.achternaam, l.geboortedatum, v.grond, v.van, \
     v.status, a.swv_code, a.gevraagd_op, a.uiterlijk, a.tekst, a.datum, k.weergavenaam, v.leerling_id \
     FROM vrijstelling_advies a JOIN vrijstelling v ON v.id = a.vrijstelling_id \
     JOIN leerling l ON l.id = v.leerling_id LEFT JOIN account k ON k.id = a.auteur";

impl LeerplichtStore<'_> {
    /// The open requests for advice of an SWV with their deadlines, earliest first. No pupil
    /// data: for turning into tasks.
    pub async fn open_adviesvragen(self, swv: &str) -> Result<Vec<OpenAdviesvraag>, StoreError> {
        sqlx::query(
            "SELECT a.vrijstelling_id, a.gevraagd_op, a.uiterlijk FROM vrijstelling_advies a \
             JOIN vrijstelling v ON v.id = a.vrijstelling_id \
             WHERE a.swv_code = $1 AND a.datum IS NULL AND v.status = 'aangevraagd' ORDER BY a.uiterlijk, a.vrijstelling_id",
        )
        .bind(swv)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(OpenAdviesvraag {
                vrijstelling_id: r.try_get(0)?,
                gevraagd_op: date(r.try_get(1)?)?,
                uiterlijk: date(r.try_get(2)?)?,
            })
        })
        .collect()
    }

    /// The requests for advice of the signed-in SWV (open first); the read is logged. Other
    /// roles get "not found".
    pub async fn adviesvragen_voor(
        self,
        wie: &Verzoeker,
        today: Date,
        route: &str,
    ) -> Result<Vec<Adviesvraag>, StoreError> {
        // Only an SWV's staff is asked (the policy's reach of its own SWV); for anyone else,
        // its ondersteuningsplanraad included, the list does not exist.
        let Some(Bereik::Swv(swv)) = wie.kijker.bereik(&Functie::MijnSwv) else {
            return Err(StoreError::NietGevonden {
                wat: "adviesvragen",
                sleutel: String::new(),
            });
        };
        let sql = format!(
            "{VRAAG} WHERE a.swv_code = $1 ORDER BY CASE WHEN a.datum IS NULL THEN 0 ELSE 1 END, a.uiterlijk"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(swv)
            .fetch_all(&self.pool)
            .await?;
        let out = rows
            .iter()
            .map(|r| vraag(r, today))
            .collect::<Result<Vec<_>, _>>()?;
        if !out.is_empty() {
            self.audit(wie, None, Actie::LezenLijst, route).await?;
        }
        Ok(out)
    }

    /// One request, for the SWV asked (the one policy, [`Handeling::VrijstellingAdviseren`]).
    pub async fn adviesvraag_voor(
        self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<Adviesvraag, StoreError> {
        let (vraag, leerling) = self.lees_vraag(id, today).await?;
        let h = Handeling::VrijstellingAdviseren {
            swv: vraag.advies.swv_code.clone(),
        };
        self.toets(wie, &h, leerling, today, route).await?;
        self.audit(wie, Some(leerling), Actie::Lezen, route).await?;
        Ok(vraag)
    }

    /// The SWV's own advice: text, today's date and the signed-in author, once.
    pub async fn geef_advies(
        self,
        wie: &Verzoeker,
        id: i64,
        tekst: &str,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let (vraag, leerling) = self.lees_vraag(id, today).await?;
        let h = Handeling::VrijstellingAdviseren {
            swv: vraag.advies.swv_code.clone(),
        };
        self.toets(wie, &h, leerling, today, route).await?;
        toets_advies(tekst, vraag.advies.gegeven.is_some())
            .map_err(|e| StoreError::Ongeldig(e.to_string()))?;
        let mut tx = self.begin_write().await?;
        let gezet = sqlx::query(
            "UPDATE vrijstelling_advies SET tekst = $1, datum = $2, auteur = $3 WHERE vrijstelling_id = $4 AND datum IS NULL",
        )
        .bind(tekst.trim())
        .bind(today.to_string())
        .bind(wie.account_id)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if gezet == 0 {
            return Err(StoreError::Conflict(
                VrijstellingError::AlGeadviseerd.to_string(),
            ));
        }
        crate::audit::commit_audited(
            tx,
            wie,
            Some(leerling),
            Actie::Wijzigen,
            route,
            &["swv-advies"],
        )
        .await
    }

    /// The advice on a vrijstelling, if one was asked.
    pub(super) async fn swv_advies(self, id: i64) -> Result<Option<SwvAdvies>, StoreError> {
        let sql = format!("{VRAAG} WHERE a.vrijstelling_id = $1");
        let r = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        r.as_ref().map(advies).transpose()
    }

    async fn lees_vraag(
        self,
        id: i64,
        today: Date,
    ) -> Result<(Adviesvraag, LeerlingId), StoreError> {
        let sql = format!("{VRAAG} WHERE a.vrijstelling_id = $1");
        let r = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NietGevonden {
                wat: "adviesvraag",
                sleutel: id.to_string(),
            })?;
        Ok((vraag(&r, today)?, LeerlingId(r.try_get(14)?)))
    }
}

fn vraag(r: &sqlx::any::AnyRow, today: Date) -> Result<Adviesvraag, StoreError> {
    let naam = Naam {
        voornaam: r.try_get(1)?,
        tussenvoegsel: r.try_get(2)?,
        achternaam: r.try_get(3)?,
    };
    Ok(Adviesvraag {
        vrijstelling_id: r.try_get(0)?,
        naam: naam.volledig(),
        leeftijd: leeftijd_op(date(r.try_get(4)?)?, today),
        grond: Grond::parse(&r.try_get::<String, _>(5)?)
            .map_err(|e| StoreError::Ongeldig(e.to_string()))?,
        van: date(r.try_get(6)?)?,
        status: r.try_get(7)?,
        advies: advies(r)?,
    })
}

fn advies(r: &sqlx::any::AnyRow) -> Result<SwvAdvies, StoreError> {
    let gegeven = match (
        r.try_get::<Option<String>, _>(11)?,
        opt_date(r.try_get(12)?)?,
    ) {
        (Some(tekst), Some(d)) => Some((tekst, d, r.try_get(13)?)),
        _ => None,
    };
    Ok(SwvAdvies {
        swv_code: r.try_get(8)?,
        gevraagd_op: date(r.try_get(9)?)?,
        uiterlijk: date(r.try_get(10)?)?,
        gegeven,
    })
}

fn date(s: String) -> Result<Date, StoreError> {
    opt_date(Some(s)).map(|d| d.unwrap_or_default())
}

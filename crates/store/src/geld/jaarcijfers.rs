//! The annual figures with the inspectie's reserve check.

use super::*;
use crate::repo::GeldStore;

/// The annual figures of one boekjaar with the reserve check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Jaarcijfers {
    pub swv: SwvCode,
    pub jaar: i16,
    pub baten: Decimal,
    pub lasten: Decimal,
    pub reserve: Decimal,
    pub toets: Reservetoets,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NieuweJaarcijfers {
    pub jaar: i16,
    pub baten: Decimal,
    pub lasten: Decimal,
    pub reserve: Decimal,
}

impl GeldStore<'_> {
    /// The annual figures of an SWV, oldest first, each with the reserve check.
    pub async fn jaarcijfers(
        self,
        wie: &Verzoeker,
        swv: &SwvCode,
    ) -> Result<Vec<Jaarcijfers>, StoreError> {
        self.mag_swv_zien(wie, swv)?;
        self.swv_bestaat(swv).await?;
        let rows = sqlx::query(
            "SELECT swv_code, jaar, baten, lasten, reserve FROM geld_jaarcijfers WHERE swv_code = $1 ORDER BY jaar",
        )
        .bind(swv.as_str())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(jaarcijfers_rij).collect()
    }

    pub(super) async fn alle_jaarcijfers(
        self,
        jaar: Option<i16>,
    ) -> Result<BTreeMap<SwvCode, Jaarcijfers>, StoreError> {
        let rows = sqlx::query(
            "SELECT swv_code, jaar, baten, lasten, reserve FROM geld_jaarcijfers WHERE jaar = $1",
        )
        .bind(i64::from(jaar.unwrap_or_default()))
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| jaarcijfers_rij(r).map(|j| (j.swv.clone(), j)))
            .collect()
    }

    /// Per SWV the annual figures of its latest boekjaar up to `tot`.
    pub(super) async fn laatste_jaarcijfers(
        self,
        tot: i16,
    ) -> Result<BTreeMap<SwvCode, Jaarcijfers>, StoreError> {
        let rows = sqlx::query(
            "SELECT swv_code, jaar, baten, lasten, reserve FROM geld_jaarcijfers WHERE jaar <= $1 ORDER BY jaar",
        )
        .bind(i64::from(tot))
        .fetch_all(&self.pool)
        .await?;
        let mut out = BTreeMap::new();
        for r in &rows {
            let j = jaarcijfers_rij(r)?;
            out.insert(j.swv.clone(), j);
        }
        Ok(out)
    }

    /// Records (or corrects) the annual figures of the caller's own SWV for a boekjaar.
    pub async fn bewaar_jaarcijfers(
        self,
        wie: &Verzoeker,
        swv: &SwvCode,
        c: &NieuweJaarcijfers,
        route: &str,
    ) -> Result<(), StoreError> {
        self.mag_swv_wijzigen(wie, swv)?;
        if !(2014..=2100).contains(&c.jaar) {
            return Err(ongeldig(format!(
                "jaar: {} ligt niet tussen 2014 en 2100",
                c.jaar
            )));
        }
        for (naam, d) in [("baten", c.baten), ("lasten", c.lasten)] {
            if d < Decimal::ZERO {
                return Err(ongeldig(format!("{naam}: het bedrag is negatief")));
            }
        }
        for (naam, d) in [
            ("baten", c.baten),
            ("lasten", c.lasten),
            ("reserve", c.reserve),
        ] {
            if d.round_dp(2) != d {
                return Err(ongeldig(format!("{naam}: hooguit twee decimalen (centen)")));
            }
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM geld_jaarcijfers WHERE swv_code = $1 AND jaar = $2")
            .bind(swv.as_str())
            .bind(i64::from(c.jaar))
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO geld_jaarcijfers (swv_code, jaar, baten, lasten, reserve, account_id, gewijzigd) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(swv.as_str())
        .bind(i64::from(c.jaar))
        .bind(c.baten.to_string())
        .bind(c.lasten.to_string())
        .bind(c.reserve.to_string())
        .bind(wie.account_id)
        .bind(instant_text(jiff::Timestamp::now()))
        .execute(&mut *tx)
        .await?;
        commit_audited(
            tx,
            wie,
            None,
            Actie::Wijzigen,
            route,
            &["baten", "lasten", "reserve"],
        )
        .await
    }
}

fn jaarcijfers_rij(r: &sqlx::any::AnyRow) -> Result<Jaarcijfers, StoreError> {
    let swv: String = r.try_get(0)?;
    let jaar: i64 = r.try_get(1)?;
    let baten = decimaal(&r.try_get::<String, _>(2)?, "baten")?;
    let lasten = decimaal(&r.try_get::<String, _>(3)?, "lasten")?;
    let reserve = decimaal(&r.try_get::<String, _>(4)?, "reserve")?;
    Ok(Jaarcijfers {
        swv: SwvCode::parse(&swv).map_err(ongeldig)?,
        jaar: i16::try_from(jaar).unwrap_or_default(),
        baten,
        lasten,
        reserve,
        toets: toets_reserve(baten, reserve, &Richtlijnen::ingebouwd().reserves),
    })
}

//! The organisation of a region: besturen, their schools and vestigingen, and the SWVs'
//! registers of deskundigen.

use super::Tx;
use crate::StoreError;
use crate::bulk::{Value, insert_rows};
use passend_domain::tlv::Discipline;
use passend_domain::{Brin, Postcode, Schoolsoort, SwvCode, VestigingCode};
use sqlx::Row;
use std::collections::HashMap;

#[derive(Debug, Clone)]
pub struct Bestuur {
    /// The DUO number (5 digits).
    pub bevoegd_gezag: String,
    pub naam: String,
}

#[derive(Debug, Clone)]
pub struct School {
    pub brin: Brin,
    pub naam: String,
    /// The bevoegd gezag of one of the beginstand's besturen.
    pub bestuur: String,
}

#[derive(Debug, Clone)]
pub struct Vestiging {
    pub code: VestigingCode,
    pub naam: String,
    pub schoolsoort: Schoolsoort,
    pub postcode: Postcode,
    pub plaats: String,
    /// As the regio-indeling gives it for the postcode and sector (not set by hand).
    pub swv: SwvCode,
}

#[derive(Debug, Clone)]
pub struct Deskundige {
    pub naam: String,
    pub discipline: Discipline,
    /// The SWV whose register holds the deskundige.
    pub swv: SwvCode,
}

/// Inserts the besturen, then their schools and vestigingen; returns the besturen's ids.
pub(super) async fn insert(
    tx: &mut Tx,
    besturen: &[Bestuur],
    scholen: &[School],
    vestigingen: &[Vestiging],
) -> Result<Vec<i64>, StoreError> {
    let mut ids = Vec::with_capacity(besturen.len());
    for b in besturen {
        let row =
            sqlx::query("INSERT INTO bestuur (bevoegd_gezag, naam) VALUES ($1, $2) RETURNING id")
                .bind(&b.bevoegd_gezag)
                .bind(&b.naam)
                .fetch_one(&mut **tx)
                .await?;
        ids.push(row.try_get::<i64, _>(0)?);
    }
    let bestuur_id: HashMap<&str, i64> = besturen
        .iter()
        .map(|b| b.bevoegd_gezag.as_str())
        .zip(ids.iter().copied())
        .collect();
    let mut rows = Vec::with_capacity(scholen.len());
    for s in scholen {
        let Some(&bestuur) = bestuur_id.get(s.bestuur.as_str()) else {
            return Err(StoreError::NietGevonden {
                wat: "bestuur",
                sleutel: s.bestuur.clone(),
            });
        };
        rows.push(vec![
            Value::from(s.brin.as_str()),
            s.naam.as_str().into(),
            bestuur.into(),
        ]);
    }
    insert_rows(tx, "school", &["brin", "naam", "bestuur_id"], rows).await?;
    let rows = vestigingen
        .iter()
        .map(|v| {
            vec![
                Value::from(v.code.as_str()),
                v.code.brin().as_str().into(),
                v.naam.as_str().into(),
                v.schoolsoort.as_str().into(),
                v.postcode.to_string().into(),
                i64::from(v.postcode.pc4().value()).into(),
                v.plaats.as_str().into(),
                v.swv.as_str().into(),
                0i64.into(),
            ]
        })
        .collect();
    let kolommen = [
        "code",
        "brin",
        "naam",
        "schoolsoort",
        "postcode",
        "pc4",
        "plaats",
        "swv_code",
        "swv_handmatig",
    ];
    insert_rows(tx, "vestiging", &kolommen, rows).await?;
    Ok(ids)
}

/// Inserts the deskundigen in their order; returns their ids.
pub(super) async fn deskundigen(
    tx: &mut Tx,
    deskundigen: &[Deskundige],
) -> Result<Vec<i64>, StoreError> {
    let mut ids = Vec::with_capacity(deskundigen.len());
    for d in deskundigen {
        let row = sqlx::query(
            "INSERT INTO deskundige (naam, discipline, swv_code, verbonden_aan) VALUES ($1, $2, $3, '') RETURNING id",
        )
        .bind(&d.naam)
        .bind(d.discipline.as_str())
        .bind(d.swv.as_str())
        .fetch_one(&mut **tx)
        .await?;
        ids.push(row.try_get(0)?);
    }
    Ok(ids)
}

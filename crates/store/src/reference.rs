//! Loads the shipped reference data (RvIG gemeenten, the regio-indeling with all SWVs) into
//! an empty database, in one transaction.

use crate::bulk::{Value, insert_rows};
use crate::{Store, StoreError};
use passend_domain::RegioIndeling;
use passend_domain::gemeente::{TABEL33_CSV, parse_tabel33};
use sqlx::Row;

pub(crate) async fn load_if_empty(store: &Store) -> Result<(), StoreError> {
    let mut tx = store.begin_write().await?;
    if store.backend == crate::Backend::Postgres {
        // Two servers starting on one empty database must not both load.
        sqlx::query("LOCK TABLE swv IN EXCLUSIVE MODE")
            .execute(&mut *tx)
            .await?;
    }
    let loaded: i64 = sqlx::query("SELECT COUNT(*) FROM swv")
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
    if loaded > 0 {
        return Ok(());
    }
    let gemeenten = parse_tabel33(TABEL33_CSV).map_err(|e| StoreError::Ongeldig(e.to_string()))?;
    let rows = gemeenten
        .into_iter()
        .map(|g| {
            vec![
                Value::from(g.code.as_str()),
                g.naam.into(),
                g.nieuwe_code.map(|c| c.as_str().to_string()).into(),
                g.datum_einde.map(|d| d.to_string()).into(),
            ]
        })
        .collect();
    insert_rows(
        &mut tx,
        "gemeente",
        &["code", "naam", "nieuwe_code", "datum_einde"],
        rows,
    )
    .await?;

    let regio = RegioIndeling::officieel();
    let swvs = regio
        .swv_codes()
        .into_iter()
        .map(|c| vec![Value::from(c.as_str()), c.sector().as_str().into()])
        .collect();
    insert_rows(&mut tx, "swv", &["code", "sector"], swvs).await?;

    let postcodes = regio
        .rows()
        .map(|r| {
            vec![
                Value::from(i64::from(r.pc4.value())),
                r.gemeente_2015.as_str().into(),
                r.gemeentecode.as_str().into(),
                r.po_swv.as_ref().map(|c| c.as_str().to_string()).into(),
                r.vo_swv.as_ref().map(|c| c.as_str().to_string()).into(),
            ]
        })
        .collect();
    insert_rows(
        &mut tx,
        "postcode_regio",
        &["pc4", "gemeente_2015", "gemeentecode", "po_swv", "vo_swv"],
        postcodes,
    )
    .await?;
    tx.commit().await?;
    tracing::info!("referentiegegevens geladen: gemeenten, samenwerkingsverbanden, postcodes");
    Ok(())
}

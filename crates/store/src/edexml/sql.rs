//! Chunked statements for the roster import: look-ups by a list of values, updates of many
//! rows in one statement, and deletes by a list — each within the parameter budget of
//! `bulk.rs`, so that a school of thousands of pupils takes a few dozen statements.

use crate::StoreError;
use crate::bulk::Value;
use sqlx::any::AnyRow;
use sqlx::{Any, AssertSqlSafe, Transaction};

/// The same budget as `bulk::insert_rows`: well below both databases' limits.
pub(super) const PARAMS: usize = 2_000;

type Query<'q> = sqlx::query::Query<'q, Any, <Any as sqlx::Database>::Arguments>;

fn bind(query: Query<'_>, value: Value) -> Query<'_> {
    match value {
        Value::Text(v) => query.bind(v),
        Value::Int(v) => query.bind(v),
    }
}

/// `$from, $from+1, …` for `n` values.
fn placeholders(from: usize, n: usize) -> String {
    (from..from + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Runs `{head} IN (…)` over `values` in chunks; `fixed` are bound first as `$1…`.
/// `head` ends where the list goes, e.g. `SELECT id, bsn FROM leerling WHERE bsn IN`.
pub(super) async fn select_in(
    tx: &mut Transaction<'static, Any>,
    head: &str,
    fixed: &[Value],
    values: Vec<Value>,
) -> Result<Vec<AnyRow>, StoreError> {
    let mut out = Vec::new();
    for chunk in values.chunks(PARAMS - fixed.len()) {
        let sql = format!("{head} ({})", placeholders(fixed.len() + 1, chunk.len()));
        let mut query = sqlx::query(AssertSqlSafe(sql));
        for v in fixed.iter().chain(chunk).cloned() {
            query = bind(query, v);
        }
        out.extend(query.fetch_all(&mut **tx).await?);
    }
    Ok(out)
}

/// Like [`select_in`], for a DELETE (or an UPDATE) whose WHERE ends in `IN (…)`.
pub(super) async fn execute_in(
    tx: &mut Transaction<'static, Any>,
    head: &str,
    fixed: &[Value],
    values: Vec<Value>,
) -> Result<(), StoreError> {
    for chunk in values.chunks(PARAMS - fixed.len()) {
        let sql = format!("{head} ({})", placeholders(fixed.len() + 1, chunk.len()));
        let mut query = sqlx::query(AssertSqlSafe(sql));
        for v in fixed.iter().chain(chunk).cloned() {
            query = bind(query, v);
        }
        query.execute(&mut **tx).await?;
    }
    Ok(())
}

/// Sets `columns[1..]` of the rows whose `id` is `columns[0]`, many rows per statement
/// (`UPDATE … FROM (VALUES …)`, which SQLite and PostgreSQL both read; a VALUES list's
/// columns are called `column1`, `column2`, … in both).
pub(super) async fn update_rows(
    tx: &mut Transaction<'static, Any>,
    table: &str,
    columns: &[&str],
    rows: Vec<Vec<Value>>,
) -> Result<(), StoreError> {
    let set = columns
        .iter()
        .enumerate()
        .skip(1)
        .map(|(i, c)| format!("{c} = v.column{}", i + 1))
        .collect::<Vec<_>>()
        .join(", ");
    let per_chunk = (PARAMS / columns.len()).max(1);
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<Vec<Value>> = rows.by_ref().take(per_chunk).collect();
        let values = (0..chunk.len())
            .map(|r| format!("({})", placeholders(r * columns.len() + 1, columns.len())))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "UPDATE {table} SET {set} FROM (VALUES {values}) AS v WHERE {table}.{} = v.column1",
            columns[0]
        );
        let mut query = sqlx::query(AssertSqlSafe(sql));
        for v in chunk.into_iter().flatten() {
            query = bind(query, v);
        }
        query.execute(&mut **tx).await?;
    }
    Ok(())
}

/// Inserts rows and returns the listed columns of each (e.g. the new id with the value it
/// is found by), in chunks; the order of the returned rows is not relied on.
pub(super) async fn insert_returning(
    tx: &mut Transaction<'static, Any>,
    table: &str,
    columns: &[&str],
    returning: &str,
    rows: Vec<Vec<Value>>,
) -> Result<Vec<AnyRow>, StoreError> {
    let per_chunk = (PARAMS / columns.len()).max(1);
    let mut out = Vec::with_capacity(rows.len());
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<Vec<Value>> = rows.by_ref().take(per_chunk).collect();
        let values = (0..chunk.len())
            .map(|r| format!("({})", placeholders(r * columns.len() + 1, columns.len())))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "INSERT INTO {table} ({}) VALUES {values} RETURNING {returning}",
            columns.join(", ")
        );
        let mut query = sqlx::query(AssertSqlSafe(sql));
        for v in chunk.into_iter().flatten() {
            query = bind(query, v);
        }
        out.extend(query.fetch_all(&mut **tx).await?);
    }
    Ok(out)
}

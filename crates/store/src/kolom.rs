//! Reading dates out of rows: they are stored as `YYYY-MM-DD` text on both databases.

use crate::StoreError;
use jiff::civil::Date;
use sqlx::Row;
use sqlx::any::AnyRow;

pub(crate) fn date(s: &str) -> Result<Date, StoreError> {
    s.parse()
        .map_err(|_| StoreError::Ongeldig(format!("ongeldige datum in de database: {s}")))
}

pub(crate) fn get_date(r: &AnyRow, col: &str) -> Result<Date, StoreError> {
    date(&r.try_get::<String, _>(col)?)
}

pub(crate) fn get_opt_date(r: &AnyRow, col: &str) -> Result<Option<Date>, StoreError> {
    r.try_get::<Option<String>, _>(col)?
        .as_deref()
        .map(date)
        .transpose()
}

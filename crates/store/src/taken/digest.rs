//! The daily digest: one mail with every item still waiting, when the account's last
//! digest is at least a day old.

use super::{mail::zet_mail, teksten};
use crate::StoreError;
use crate::mail::{NieuweMail, zet_in_wachtrij};
use passend_domain::EmailAdres;
use sqlx::Row;

/// Queues the digest when one is due and items wait; returns how many were queued (0 or 1).
pub(super) async fn stuur(
    conn: &mut sqlx::AnyConnection,
    account: i64,
    aan: &EmailAdres,
    adres: &str,
) -> Result<usize, StoreError> {
    let nu = jiff::Timestamp::now();
    let vorige: Option<String> =
        sqlx::query("SELECT verzonden FROM taak_digest WHERE account_id = $1")
            .bind(account)
            .fetch_optional(&mut *conn)
            .await?
            .map(|r| r.try_get(0))
            .transpose()?;
    let gisteren = crate::instant_text(nu - jiff::SignedDuration::from_hours(24));
    if vorige.as_ref().is_some_and(|v| *v > gisteren) {
        return Ok(0);
    }
    let wachtend: Vec<String> = sqlx::query(
        "SELECT sleutel FROM taak_mail WHERE account_id = $1 AND mail_id IS NULL ORDER BY sleutel",
    )
    .bind(account)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| r.try_get(0))
    .collect::<Result<_, _>>()?;
    if wachtend.is_empty() {
        return Ok(0);
    }
    let (onderwerp, tekst) = teksten::digest(&wachtend, adres);
    let id = zet_in_wachtrij(
        conn,
        &NieuweMail {
            aan,
            onderwerp,
            tekst: &tekst,
        },
    )
    .await?;
    zet_mail(conn, account, &wachtend, id).await?;
    let nu = crate::instant_text(nu);
    sqlx::query(
        "INSERT INTO taak_digest (account_id, verzonden) VALUES ($1, $2) \
         ON CONFLICT (account_id) DO UPDATE SET verzonden = excluded.verzonden",
    )
    .bind(account)
    .bind(&nu)
    .execute(&mut *conn)
    .await?;
    Ok(1)
}

//! The notification sweep: for every active account with an e-mail address, its open
//! tasks (under each of its roles) and, for a parent, new decisions about its children.
//! What is new (not in `taak_mail`) is remembered and announced through the outbox in the
//! same transaction: a mail for each item, or — for an account that chose the daily digest —
//! one mail with all items waiting, at most once a day. `passend serve` runs the sweep
//! periodically; `passend taken melden` runs it once.

use super::{besluiten, teksten};
use crate::StoreError;
use crate::mail::{NieuweMail, zet_in_wachtrij};
use crate::repo::TakenStore;
use crate::toegang::Verzoeker;
use jiff::civil::Date;
use passend_domain::taken::Procedure;
use passend_domain::{EmailAdres, Kijker, Rol};
use sqlx::Row;

/// What one sweep queued.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meldronde {
    pub direct: usize,
    pub digests: usize,
}

/// The route under which the sweep's reads are logged.
const ROUTE: &str = "taken-melden";

impl TakenStore<'_> {
    /// One sweep; `adres` is the application's public address for the link.
    pub async fn meld_nieuwe(
        self,
        adres: &str,
        today: Date,
        procedure: &Procedure,
    ) -> Result<Meldronde, StoreError> {
        let rows = sqlx::query(
            "SELECT a.id, a.email, a.mailvoorkeur, a.aangemaakt, r.rol, r.scope FROM account a \
             JOIN account_rol r ON r.account_id = a.id \
             WHERE a.gedeactiveerd IS NULL AND a.email IS NOT NULL ORDER BY a.id, r.id",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut uit = Meldronde::default();
        let mut i = 0;
        while i < rows.len() {
            let account: i64 = rows[i].try_get(0)?;
            let (email, voorkeur, sinds): (String, String, String) = (
                rows[i].try_get(1)?,
                rows[i].try_get(2)?,
                rows[i].try_get(3)?,
            );
            let mut sleutels: Vec<String> = Vec::new();
            while i < rows.len() && rows[i].try_get::<i64, _>(0)? == account {
                let (rol, scope): (String, Option<String>) =
                    (rows[i].try_get(4)?, rows[i].try_get(5)?);
                i += 1;
                let Ok(rol) = Rol::parse(&rol) else { continue };
                let wie = Verzoeker {
                    account_id: account,
                    kijker: Kijker { rol, scope },
                };
                for t in self.open_taken(&wie, today, procedure, ROUTE).await? {
                    sleutels.push(t.sleutel);
                }
                if let (Rol::Ouder, Some(o)) = (rol, &wie.kijker.scope) {
                    let dag = sinds.get(..10).unwrap_or(&sinds);
                    sleutels.extend(besluiten::van_ouder(&self, o, dag).await?);
                }
            }
            let Ok(aan) = EmailAdres::parse(&email) else {
                continue;
            };
            sleutels.sort();
            sleutels.dedup();
            let dagelijks = voorkeur == "dagelijks";
            let r = self
                .kondig_aan(account, &aan, &sleutels, dagelijks, adres)
                .await?;
            uit.direct += r.direct;
            uit.digests += r.digests;
        }
        Ok(uit)
    }

    /// Remembers and announces an account's new items in one transaction.
    async fn kondig_aan(
        self,
        account: i64,
        aan: &EmailAdres,
        sleutels: &[String],
        dagelijks: bool,
        adres: &str,
    ) -> Result<Meldronde, StoreError> {
        let nu = crate::instant_text(jiff::Timestamp::now());
        let mut uit = Meldronde::default();
        let mut tx = self.begin_write().await?;
        for s in sleutels {
            // A parallel sweep that remembered it first announces it; this one does not.
            let nieuw = sqlx::query(
                "INSERT INTO taak_mail (account_id, sleutel, gevonden) VALUES ($1, $2, $3) \
                 ON CONFLICT (account_id, sleutel) DO NOTHING",
            )
            .bind(account)
            .bind(s)
            .bind(&nu)
            .execute(&mut *tx)
            .await?
            .rows_affected()
                == 1;
            if nieuw && !dagelijks {
                let (onderwerp, tekst) = teksten::direct(s, adres);
                let mail = NieuweMail {
                    aan,
                    onderwerp,
                    tekst: &tekst,
                };
                let id = zet_in_wachtrij(&mut tx, &mail).await?;
                zet_mail(&mut tx, account, std::slice::from_ref(s), id).await?;
                uit.direct += 1;
            }
        }
        if dagelijks {
            uit.digests = super::digest::stuur(&mut tx, account, aan, adres).await?;
        }
        tx.commit().await?;
        Ok(uit)
    }
}

/// Links remembered items to the mail that announced them.
pub(super) async fn zet_mail(
    conn: &mut sqlx::AnyConnection,
    account: i64,
    sleutels: &[String],
    mail: i64,
) -> Result<(), StoreError> {
    for s in sleutels {
        sqlx::query("UPDATE taak_mail SET mail_id = $1 WHERE account_id = $2 AND sleutel = $3")
            .bind(mail)
            .bind(account)
            .bind(s)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

//! Accounts by invitation and their end: the beheerder makes an account with a role and
//! its scope; the person sets a password through a one-time link valid for 7 days.
//! Deactivating ends the account's sessions and keys at once.

use super::links::{Link, Stand, nieuw_wachtwoord};
use super::*;
use crate::mail::NieuweMail;
use crate::tokens::{hash_token, random_token};
use passend_domain::EmailAdres;
use passend_domain::toegang::Functie;

/// How long an invitation link works.
pub const UITNODIGING_DAGEN: i64 = 7;

/// Why an invitation link does not work, in the words the invitee sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Uitnodigingsfout {
    Onbekend,
    Verlopen,
    Gebruikt,
}

impl std::fmt::Display for Uitnodigingsfout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Onbekend => "deze uitnodiging bestaat niet",
            Self::Verlopen => "deze uitnodiging is verlopen",
            Self::Gebruikt => "deze uitnodiging is al gebruikt; meld u aan met uw wachtwoord",
        })
    }
}

/// Whom to invite, with which role; with an address the invitation is also mailed.
#[derive(Debug, Clone)]
pub struct NieuweUitnodiging {
    pub gebruikersnaam: String,
    pub weergavenaam: String,
    pub email: Option<EmailAdres>,
    pub rol: AccountRol,
}

/// Stores a new invitation token for an account in the caller's transaction and queues its
/// mail when there is an address; returns the token.
/// An invited account for someone another party invites (a parent, by the school): the
/// e-mail address is the user name, no usable password, and the mail with the link is
/// queued in the caller's transaction. Returns the link's token.
pub(crate) async fn uitgenodigd_account(
    tx: &mut sqlx::AnyConnection,
    email: &EmailAdres,
    weergavenaam: &str,
    rol: AccountRol,
    adres: &str,
) -> Result<String, StoreError> {
    let naam = email.as_str();
    let id = voeg_toe(tx, (naam, weergavenaam), "!", Some(naam), &[rol]).await?;
    nieuwe_link(tx, id, naam, Some(email), adres).await
}

pub(super) async fn nieuwe_link(
    tx: &mut sqlx::AnyConnection,
    account_id: i64,
    gebruikersnaam: &str,
    email: Option<&EmailAdres>,
    adres: &str,
) -> Result<String, StoreError> {
    let token = random_token();
    let verloopt = jiff::Timestamp::now()
        .checked_add(jiff::SignedDuration::from_hours(24 * UITNODIGING_DAGEN))
        .map_err(|_| StoreError::Ongeldig("ongeldige termijn".into()))?;
    sqlx::query("INSERT INTO uitnodiging (token_hash, account_id, verloopt) VALUES ($1, $2, $3)")
        .bind(hash_token(&token))
        .bind(account_id)
        .bind(crate::instant_text(verloopt))
        .execute(&mut *tx)
        .await?;
    if let Some(aan) = email {
        let link = berichten::link(adres, berichten::UITNODIGING_PAD, &token);
        let (onderwerp, tekst) = berichten::uitnodiging(gebruikersnaam, &link);
        let mail = NieuweMail {
            aan,
            onderwerp,
            tekst: &tekst,
        };
        crate::mail::zet_in_wachtrij(tx, &mail).await?;
    }
    Ok(token)
}

impl AccountsStore<'_> {
    /// Makes an account without a usable password and returns the invitation token (shown
    /// once; stored only as a hash). Without an address, as the command line does it.
    pub async fn nodig_uit(
        self,
        wie: &crate::Verzoeker,
        gebruikersnaam: &str,
        weergavenaam: &str,
        rol: AccountRol,
    ) -> Result<String, StoreError> {
        let nieuw = NieuweUitnodiging {
            gebruikersnaam: gebruikersnaam.to_string(),
            weergavenaam: weergavenaam.to_string(),
            email: None,
            rol,
        };
        self.nodig_uit_met(wie, &nieuw, "").await
    }

    /// Makes an account without a usable password and returns the invitation token (shown
    /// once; stored only as a hash). With an address, the mail with the link (under `adres`,
    /// the application's public address) is queued in the same transaction. Who may invite
    /// is the policy's question: the beheerder any role, an eigen beheerder the roles of its
    /// own organisation.
    pub async fn nodig_uit_met(
        self,
        wie: &crate::Verzoeker,
        nieuw: &NieuweUitnodiging,
        adres: &str,
    ) -> Result<String, StoreError> {
        if !wie.kijker.mag_functie(&Functie::Accounts) {
            return Err(StoreError::NietGevonden {
                wat: "pagina",
                sleutel: "accounts".into(),
            });
        }
        self.toets_rol(wie, &nieuw.rol).await?;
        // A random password nobody knows satisfies the account's checks; the account is
        // stored with the unusable hash '!' instead.
        let (naam, weergave) = controleer(&NewAccount {
            gebruikersnaam: nieuw.gebruikersnaam.clone(),
            weergavenaam: nieuw.weergavenaam.clone(),
            wachtwoord: random_token(),
            rollen: vec![nieuw.rol.clone()],
        })?;
        let email = nieuw.email.as_ref();
        let mut tx = self.begin_write().await?;
        let rollen = [nieuw.rol.clone()];
        let id = voeg_toe(
            &mut tx,
            (&naam, &weergave),
            "!",
            email.map(EmailAdres::as_str),
            &rollen,
        )
        .await?;
        let token = nieuwe_link(&mut tx, id, &naam, email, adres).await?;
        crate::audit::commit_audited(
            tx,
            wie,
            None,
            crate::audit::Actie::Aanmaken,
            "accounts",
            &["account"],
        )
        .await?;
        Ok(token)
    }

    /// The account name an invitation is for, if the link still works.
    pub async fn uitnodiging(
        self,
        token: &str,
    ) -> Result<Result<String, Uitnodigingsfout>, StoreError> {
        Ok(match self.link_stand(Link::Uitnodiging, token).await? {
            Stand::Onbekend => Err(Uitnodigingsfout::Onbekend),
            Stand::Gebruikt => Err(Uitnodigingsfout::Gebruikt),
            Stand::Verlopen => Err(Uitnodigingsfout::Verlopen),
            Stand::Open(naam) => Ok(naam),
        })
    }

    /// Sets the invitee's password through a working link; the link is then used up
    /// (guarded: of two at once, one wins).
    pub async fn accepteer_uitnodiging(
        self,
        token: &str,
        wachtwoord: &str,
    ) -> Result<(), StoreError> {
        if let Err(f) = self.uitnodiging(token).await? {
            return Err(StoreError::Ongeldig(f.to_string()));
        }
        let hash = nieuw_wachtwoord(wachtwoord)?;
        let mut tx = self.begin_write().await?;
        let now = crate::instant_text(jiff::Timestamp::now());
        let gezet = sqlx::query(
            "UPDATE uitnodiging SET gebruikt = $1 WHERE token_hash = $2 AND gebruikt IS NULL",
        )
        .bind(&now)
        .bind(hash_token(token))
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if gezet == 0 {
            return Err(StoreError::Ongeldig(Uitnodigingsfout::Gebruikt.to_string()));
        }
        sqlx::query("UPDATE account SET wachtwoord_hash = $1 WHERE id = (SELECT account_id FROM uitnodiging WHERE token_hash = $2)")
            .bind(hash)
            .bind(hash_token(token))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Deactivates an account (the beheerder, or the eigen beheerder of every role it has):
    /// no password, its sessions, keys and
    /// open invitations end at once; its history stays.
    pub async fn deactiveer(
        self,
        wie: &crate::Verzoeker,
        gebruikersnaam: &str,
    ) -> Result<(), StoreError> {
        if !wie.kijker.mag_functie(&Functie::Accounts) {
            return Err(StoreError::NietGevonden {
                wat: "pagina",
                sleutel: "accounts".into(),
            });
        }
        let naam = gebruikersnaam.trim().to_lowercase();
        let id: i64 = sqlx::query(
            "SELECT id FROM account WHERE gebruikersnaam = $1 AND gebruikersnaam <> 'systeem'",
        )
        .bind(&naam)
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(|| StoreError::NietGevonden {
            wat: "account",
            sleutel: naam.clone(),
        })?
        .try_get(0)?;
        // Another organisation's account looks like one that does not exist.
        if !self.beheert(wie, id).await? {
            return Err(StoreError::NietGevonden {
                wat: "account",
                sleutel: naam,
            });
        }
        let now = crate::instant_text(jiff::Timestamp::now());
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE account SET wachtwoord_hash = '!', gedeactiveerd = $1 WHERE id = $2")
            .bind(&now)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM sessie WHERE account_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "UPDATE api_sleutel SET ingetrokken = $1 WHERE account_id = $2 AND ingetrokken IS NULL",
        )
        .bind(&now)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        for sql in [
            "UPDATE uitnodiging SET gebruikt = $1 WHERE account_id = $2 AND gebruikt IS NULL",
            "UPDATE wachtwoord_herstel SET gebruikt = $1 WHERE account_id = $2 AND gebruikt IS NULL",
        ] {
            sqlx::query(sql)
                .bind(&now)
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        crate::audit::commit_audited(
            tx,
            wie,
            None,
            crate::audit::Actie::Wijzigen,
            "accounts",
            &["gedeactiveerd"],
        )
        .await
    }
}

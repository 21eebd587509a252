//! Inviting a parent and ending the link.

use super::*;
use crate::error::on_unique;
use passend_domain::{EmailAdres, Naam};

/// What the school enters to invite a parent.
#[derive(Debug, Clone)]
pub struct NieuweOuder {
    pub naam: Naam,
    pub email: String,
    /// "ouder", "voogd" or "verzorger".
    pub relatie: String,
    /// The school confirms the person has gezag over the child: only they get access.
    pub gezag: bool,
}

/// The relations a school can record.
pub const RELATIES: [&str; 3] = ["ouder", "voogd", "verzorger"];

/// The outcome of an invitation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OuderUitnodiging {
    pub ouder_id: i64,
    /// The one-time link's token for a parent without an account yet (shown once, stored
    /// only as a hash); `None` when the parent already signs in and now also sees this child.
    pub token: Option<String>,
    /// The address the invitation goes to.
    pub email: String,
}

impl OudersStore<'_> {
    /// Links a parent to a pupil and, when the parent has no account yet, makes one by
    /// invitation: the e-mail address is the user name, and the mail with the link (7 days,
    /// once; under `adres`, the application's public address) is queued in the same
    /// transaction.
    /// A parent already known by this address is linked again, not duplicated: one
    /// parent with gezag may be linked to several children.
    pub async fn nodig_uit(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        nieuw: &NieuweOuder,
        adres: &str,
        today: Date,
        route: &str,
    ) -> Result<OuderUitnodiging, StoreError> {
        self.toets(wie, &Handeling::OuderKoppelen, leerling, today, route)
            .await?;
        let email =
            EmailAdres::parse(&nieuw.email).map_err(|e| StoreError::Ongeldig(e.to_string()))?;
        if !RELATIES.contains(&nieuw.relatie.as_str()) {
            return Err(StoreError::Ongeldig(format!(
                "relatie '{}': kies ouder, voogd of verzorger",
                nieuw.relatie
            )));
        }
        if !nieuw.gezag {
            return Err(StoreError::Ongeldig(
                "alleen een ouder of voogd met gezag over het kind krijgt toegang".into(),
            ));
        }
        let naam = crate::organisatie::non_empty(&nieuw.naam.achternaam, "achternaam")?;
        let voornaam = crate::organisatie::non_empty(&nieuw.naam.voornaam, "voornaam")?;
        let mut tx = self.begin_write().await?;
        let bestaand = sqlx::query("SELECT id FROM ouder WHERE LOWER(email) = $1")
            .bind(email.as_str())
            .fetch_optional(&mut *tx)
            .await?;
        let ouder_id: i64 = match bestaand {
            Some(r) => r.try_get(0)?,
            None => sqlx::query(
                "INSERT INTO ouder (voornaam, tussenvoegsel, achternaam, email) VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(voornaam)
            .bind(nieuw.naam.tussenvoegsel.as_deref().map(str::trim).filter(|t| !t.is_empty()))
            .bind(naam)
            .bind(email.as_str())
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?,
        };
        sqlx::query(
            "INSERT INTO ouder_leerling (ouder_id, leerling_id, relatie) VALUES ($1, $2, $3)",
        )
        .bind(ouder_id)
        .bind(leerling.0)
        .bind(&nieuw.relatie)
        .execute(&mut *tx)
        .await
        .map_err(|e| on_unique(e, || format!("{email} is al gekoppeld aan dit kind")))?;
        let token = account_voor(&mut tx, ouder_id, &email, &nieuw.naam, adres).await?;
        crate::audit::commit_audited(
            tx,
            wie,
            Some(leerling),
            crate::Actie::Aanmaken,
            route,
            &["ouder_leerling"],
        )
        .await?;
        Ok(OuderUitnodiging {
            ouder_id,
            token,
            email: email.to_string(),
        })
    }

    /// Ends a parent's link to a pupil: from now on the parent no longer sees the child.
    /// The parent's account stays (it may be linked to other children).
    pub async fn ontkoppel(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        ouder_id: i64,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        self.toets(wie, &Handeling::OuderKoppelen, leerling, today, route)
            .await?;
        let mut tx = self.begin_write().await?;
        let weg =
            sqlx::query("DELETE FROM ouder_leerling WHERE ouder_id = $1 AND leerling_id = $2")
                .bind(ouder_id)
                .bind(leerling.0)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        if weg == 0 {
            return Err(StoreError::NietGevonden {
                wat: "ouder",
                sleutel: ouder_id.to_string(),
            });
        }
        crate::audit::commit_audited(
            tx,
            wie,
            Some(leerling),
            crate::Actie::Wijzigen,
            route,
            &["ouder_leerling"],
        )
        .await
    }
}

/// The parent's account: none yet → an invited account, its mail queued (returns the
/// link's token); one already → nothing to send. An address that belongs to an account of
/// someone else is refused: no shared accounts.
async fn account_voor(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    ouder_id: i64,
    email: &EmailAdres,
    naam: &Naam,
    adres: &str,
) -> Result<Option<String>, StoreError> {
    let scope = ouder_id.to_string();
    let bestaand = sqlx::query(
        "SELECT a.id, (SELECT COUNT(*) FROM account_rol r WHERE r.account_id = a.id AND r.rol = 'ouder' AND r.scope = $2) \
         FROM account a WHERE a.gebruikersnaam = $1",
    )
    .bind(email.as_str())
    .bind(&scope)
    .fetch_optional(&mut **tx)
    .await?;
    if let Some(r) = bestaand {
        return if r.try_get::<i64, _>(1)? > 0 {
            Ok(None)
        } else {
            Err(StoreError::Ongeldig(format!(
                "{email} is de gebruikersnaam van een ander account; vraag de beheerder"
            )))
        };
    }
    let rol = crate::AccountRol {
        rol: passend_domain::Rol::Ouder,
        scope: Some(scope),
    };
    crate::accounts::uitgenodigd_account(tx, email, &naam.volledig(), rol, adres)
        .await
        .map(Some)
}

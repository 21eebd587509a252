//! Parents linked by the school, not by the demo: the school where a child is enrolled or
//! registered invites a parent or guardian with gezag (an e-mail address, a one-time link);
//! the parent signs in and sees only their own children. Unlinking is audited.

use crate::repo::OudersStore;
use crate::{LeerlingId, StoreError, Verzoeker};
use jiff::civil::Date;
use passend_domain::Handeling;
use sqlx::Row;

mod aanmelden;
mod koppelen;
mod lezen;
mod onderwerp;
mod ontvangst;
mod stappen;

pub use koppelen::RELATIES;

pub use aanmelden::{DigitaleAanmelding, Ontvangstbevestiging};
pub use koppelen::{NieuweOuder, OuderUitnodiging};
pub use lezen::{GezetteStap, WachtendeOpp};
pub use stappen::{Onderwerp, OppAntwoord, Zienswijze};

/// The parents page of one child: the child's name and its linked parents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OudersVanKind {
    pub kind: String,
    pub ouders: Vec<GekoppeldeOuder>,
}

/// A parent linked to a pupil, as the school sees it on the pupil's parents page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GekoppeldeOuder {
    pub id: i64,
    pub naam: String,
    pub relatie: String,
    pub email: Option<String>,
    pub account: AccountStand,
}

/// Whether the parent can sign in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountStand {
    /// No account: the parent was linked on paper or by an earlier import.
    Geen,
    /// Invited; the link has not been used yet.
    Uitgenodigd,
    /// Signs in with their own account.
    Actief,
}

impl AccountStand {
    pub fn omschrijving(self) -> &'static str {
        match self {
            Self::Geen => "geen account",
            Self::Uitgenodigd => "uitgenodigd, nog niet aangemeld",
            Self::Actief => "heeft een account",
        }
    }
}

impl OudersStore<'_> {
    /// The parents linked to a pupil, for the school that may link them (logged as a read).
    pub async fn ouders_van(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        today: Date,
        route: &str,
    ) -> Result<OudersVanKind, StoreError> {
        self.toets(wie, &Handeling::OuderKoppelen, leerling, today, route)
            .await?;
        let kind =
            sqlx::query("SELECT voornaam, tussenvoegsel, achternaam FROM leerling WHERE id = $1")
                .bind(leerling.0)
                .fetch_one(&self.pool)
                .await?;
        let kind = passend_domain::Naam {
            voornaam: kind.try_get(0)?,
            tussenvoegsel: kind.try_get(1)?,
            achternaam: kind.try_get(2)?,
        }
        .volledig();
        let rows = sqlx::query(
            "SELECT o.id, o.voornaam, o.tussenvoegsel, o.achternaam, o.email, ol.relatie, \
             (SELECT MAX(CASE WHEN a.wachtwoord_hash <> '!' THEN 2 \
                     WHEN EXISTS (SELECT 1 FROM uitnodiging u WHERE u.account_id = a.id AND u.gebruikt IS NULL) THEN 1 \
                     ELSE 0 END) \
              FROM account a JOIN account_rol r ON r.account_id = a.id \
              WHERE r.rol = 'ouder' AND r.scope = CAST(o.id AS TEXT) AND a.gedeactiveerd IS NULL) AS stand \
             FROM ouder o JOIN ouder_leerling ol ON ol.ouder_id = o.id \
             WHERE ol.leerling_id = $1 ORDER BY o.achternaam, o.voornaam, o.id",
        )
        .bind(leerling.0)
        .fetch_all(&self.pool)
        .await?;
        self.audit(wie, Some(leerling), crate::Actie::Lezen, route)
            .await?;
        let ouders = rows
            .iter()
            .map(|r| {
                let naam = passend_domain::Naam {
                    voornaam: r.try_get(1)?,
                    tussenvoegsel: r.try_get(2)?,
                    achternaam: r.try_get(3)?,
                };
                Ok(GekoppeldeOuder {
                    id: r.try_get(0)?,
                    naam: naam.volledig(),
                    email: r.try_get(4)?,
                    relatie: r.try_get(5)?,
                    account: match r.try_get::<Option<i64>, _>(6)? {
                        Some(2) => AccountStand::Actief,
                        Some(1) => AccountStand::Uitgenodigd,
                        _ => AccountStand::Geen,
                    },
                })
            })
            .collect::<Result<_, StoreError>>()?;
        Ok(OudersVanKind { kind, ouders })
    }
}

//! The parents' digital registration of their child at a school from the register (WPO art.
//! 40 lid 2, WVO art. 27 lid 2a: in writing; digital is writing). It is received the moment
//! it is sent: the receipt (ontvangstbevestiging) carries that date, and the zorgplicht
//! clock runs from it (WPO art. 40 lid 6), so a school cannot avoid a registration. The
//! school sees it among its registrations like any other.

use super::*;
use crate::audit::{Actie, append};
use crate::instant_text;
use passend_domain::Stap;
use passend_domain::zorgplicht::termijnen;

/// What the parent fills in.
#[derive(Debug, Clone)]
pub struct DigitaleAanmelding {
    /// The vestiging (register code) chosen.
    pub vestiging: String,
    pub gewenste_start: Option<Date>,
    /// The parents' own view: does the child need extra support?
    pub extra_ondersteuning: bool,
    /// Is this the school of first preference (it then holds the zorgplicht)?
    pub eerste_voorkeur: bool,
    pub andere_scholen: String,
    /// What the parents tell the school about the child's support need.
    pub toelichting: String,
}

/// The receipt shown and kept at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ontvangstbevestiging {
    pub aanmelding_id: i64,
    pub kind: String,
    pub school: String,
    pub vestiging_code: String,
    /// The day of receipt: the zorgplicht clock starts here.
    pub ontvangen: Date,
    /// RFC 3339 instant of receipt.
    pub ontvangen_op: String,
    /// The last day of the school's decision (6 weeks; WPO art. 40 lid 6).
    pub beslissen_uiterlijk: Date,
}

impl OudersStore<'_> {
    /// Registers the signed-in parent's child at the chosen vestiging, today.
    pub async fn meld_kind_aan(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        a: &DigitaleAanmelding,
        today: Date,
        route: &str,
    ) -> Result<Ontvangstbevestiging, StoreError> {
        self.toets(
            wie,
            &Handeling::OuderStap(Stap::Aanmelden),
            leerling,
            today,
            route,
        )
        .await?;
        let ouder = stappen::ouder_id(wie)?;
        let school = sqlx::query("SELECT naam, schoolsoort FROM vestiging WHERE code = $1")
            .bind(a.vestiging.trim())
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| StoreError::Ongeldig("kies een school uit de lijst".into()))?;
        let naam: String = school.try_get(0)?;
        let vo = passend_domain::Schoolsoort::parse(&school.try_get::<String, _>(1)?)
            .is_ok_and(|s| s.sector() == passend_domain::Sector::Vo);
        if a.gewenste_start.is_some_and(|d| d < today) {
            return Err(StoreError::Ongeldig(
                "de gewenste startdatum ligt in het verleden".into(),
            ));
        }
        let mut tx = self.begin_write().await?;
        let open = sqlx::query(
            "SELECT 1 FROM aanmelding WHERE leerling_id = $1 AND vestiging_code = $2 AND besluit IS NULL AND ingetrokken_op IS NULL",
        )
        .bind(leerling.0)
        .bind(a.vestiging.trim())
        .fetch_optional(&mut *tx)
        .await?;
        if open.is_some() {
            return Err(StoreError::Conflict(
                "uw kind is al aangemeld bij deze school; de school beslist nog".into(),
            ));
        }
        let elders = sqlx::query(
            "SELECT 1 FROM inschrijving WHERE leerling_id = $1 AND vestiging_code <> $2 AND tot IS NULL",
        )
        .bind(leerling.0)
        .bind(a.vestiging.trim())
        .fetch_optional(&mut *tx)
        .await?
        .is_some();
        let nu = instant_text(jiff::Timestamp::now());
        let id: i64 = sqlx::query(
            "INSERT INTO aanmelding (leerling_id, vestiging_code, ontvangen, gewenste_start, eerste_voorkeur, andere_scholen, \
             extra_ondersteuning, beoordeling, aangemaakt, ouder_id, ontvangen_op) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $9) RETURNING id",
        )
        .bind(leerling.0)
        .bind(a.vestiging.trim())
        .bind(today.to_string())
        .bind(a.gewenste_start.map(|d| d.to_string()))
        .bind(i64::from(a.eerste_voorkeur))
        .bind(Some(a.andere_scholen.trim()).filter(|s| !s.is_empty()))
        .bind(i64::from(a.extra_ondersteuning))
        .bind(Some(a.toelichting.trim()).filter(|s| !s.is_empty()))
        .bind(&nu)
        .bind(ouder)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        let kind =
            sqlx::query("SELECT voornaam, tussenvoegsel, achternaam FROM leerling WHERE id = $1")
                .bind(leerling.0)
                .fetch_one(&mut *tx)
                .await?;
        let kind = passend_domain::Naam {
            voornaam: kind.try_get(0)?,
            tussenvoegsel: kind.try_get(1)?,
            achternaam: kind.try_get(2)?,
        }
        .volledig();
        append(
            &mut tx,
            wie,
            Some(leerling),
            Actie::Aanmaken,
            route,
            Some(&["aanmelding"]),
        )
        .await?;
        tx.commit().await?;
        let t = termijnen(today, None, &[], vo, elders, None)
            .map_err(|e| StoreError::Ongeldig(e.to_string()))?;
        Ok(Ontvangstbevestiging {
            aanmelding_id: id,
            kind,
            school: naam,
            vestiging_code: a.vestiging.trim().to_string(),
            ontvangen: today,
            ontvangen_op: nu,
            beslissen_uiterlijk: t.beslissen_uiterlijk,
        })
    }
}

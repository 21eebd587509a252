//! Linking by person number only after the domain agrees it is the same child
//! ([`passend_domain::identiteit`]): a known number with another name or birth date is
//! refused with one message that names no data of the known pupil.

use crate::{LeerlingId, StoreError};
use jiff::civil::Date;
use passend_domain::identiteit::{Persoon, zelfde_kind};
use sqlx::{AnyConnection, Row};

/// The refusal when a number is known with other person data. It says what to check, not
/// what passend holds.
pub(crate) fn geen_overeenkomst() -> StoreError {
    StoreError::Ongeldig(
        "naam, geboortedatum en BSN of onderwijsnummer horen niet bij elkaar: controleer ze \
         (een nummer alleen koppelt nooit aan een leerling)"
            .into(),
    )
}

/// The pupil with this number (`column` is `bsn` or `onderwijsnummer`), if known, when the
/// offered person data describe the same child; `None` when the number is not known.
pub(crate) async fn bekende_leerling_met(
    conn: &mut AnyConnection,
    column: &'static str,
    value: &str,
    opgegeven: &Persoon<'_>,
) -> Result<Option<LeerlingId>, StoreError> {
    debug_assert!(matches!(column, "bsn" | "onderwijsnummer"));
    let row = sqlx::query(sqlx::AssertSqlSafe(format!("{SELECT} WHERE {column} = $1")))
        .bind(value)
        .fetch_optional(&mut *conn)
        .await?;
    row.map(|r| vergelijk(&r, opgegeven)).transpose()
}

/// Checks that the offered person data describe the known pupil `id` (an OSO dossier sent
/// for a pupil chosen on the page).
pub(crate) async fn leerling_klopt(
    conn: &mut AnyConnection,
    id: LeerlingId,
    opgegeven: &Persoon<'_>,
) -> Result<(), StoreError> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!("{SELECT} WHERE id = $1")))
        .bind(id.0)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(geen_overeenkomst)?;
    vergelijk(&row, opgegeven).map(|_| ())
}

const SELECT: &str = "SELECT id, voornaam, tussenvoegsel, achternaam, geboortedatum FROM leerling";

fn vergelijk(r: &sqlx::any::AnyRow, opgegeven: &Persoon<'_>) -> Result<LeerlingId, StoreError> {
    let voornaam: String = r.try_get(1)?;
    let tussenvoegsel: Option<String> = r.try_get(2)?;
    let achternaam: String = r.try_get(3)?;
    let geboortedatum: String = r.try_get(4)?;
    let geboortedatum: Date = geboortedatum
        .parse()
        .map_err(|_| StoreError::Ongeldig(format!("ongeldige datum {geboortedatum}")))?;
    let voornamen = [voornaam.as_str()];
    let bekend = Persoon {
        voornamen: &voornamen,
        tussenvoegsel: tussenvoegsel.as_deref(),
        achternaam: &achternaam,
        geboortedatum,
    };
    if zelfde_kind(&bekend, opgegeven) {
        Ok(LeerlingId(r.try_get(0)?))
    } else {
        Err(geen_overeenkomst())
    }
}

/// [`bekende_leerling_met`] for a registration's pupil.
pub(crate) async fn bekende_leerling(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    column: &'static str,
    value: &str,
    l: &passend_domain::Leerling,
) -> Result<Option<LeerlingId>, StoreError> {
    let voornamen = [l.naam.voornaam.as_str()];
    let opgegeven = Persoon::van(&l.naam, &voornamen, l.geboortedatum);
    bekende_leerling_met(&mut *tx, column, value, &opgegeven).await
}

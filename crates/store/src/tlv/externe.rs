//! TLVs brought in from elsewhere (OSO dossier), stored as decided.

use super::*;

/// A TLV brought in from elsewhere (OSO dossier): stored as decided, not numbered here.
pub(crate) struct ExterneTlv<'a> {
    pub soort: &'a str,
    pub swv_code: &'a str,
    pub categorie: Option<&'a str>,
    pub ingang: Option<Date>,
    pub einde: Option<Date>,
    pub beschikkingsnummer: Option<&'a str>,
}

pub(crate) async fn bewaar_externe_tlv(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    leerling: LeerlingId,
    t: &ExterneTlv<'_>,
    today: Date,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO tlv (leerling_id, soort, swv_code, grond, aangevraagd_op, besluit, besluit_datum, categorie, ingang, einde, \
         beschikkingsnummer, extern, aangemaakt) VALUES ($1, $2, $3, 'extern', $4, 'toegekend', $5, $6, $7, $8, $9, 1, $10)",
    )
    .bind(leerling.0)
    .bind(t.soort)
    .bind(t.swv_code)
    .bind(today.to_string())
    .bind(t.ingang.unwrap_or(today).to_string())
    .bind(t.categorie)
    .bind(t.ingang.map(|d| d.to_string()))
    .bind(t.einde.map(|d| d.to_string()))
    .bind(t.beschikkingsnummer)
    .bind(instant_text(jiff::Timestamp::now()))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

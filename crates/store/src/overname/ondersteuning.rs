//! Support as it stands: needs per domain, TLVs decided elsewhere or before, and the day an
//! OPP was adopted in the previous system.

use super::Tx;
use crate::bulk::{Value, insert_rows};
use crate::tlv::{ExterneTlv, bewaar_externe_tlv};
use crate::{LeerlingId, StoreError};
use jiff::civil::Date;
use passend_domain::SwvCode;
use passend_domain::ondersteuning::{Domein, Niveau};
use passend_domain::tlv::{Categorie, TlvSoort};

#[derive(Debug, Clone)]
pub struct Behoefte {
    pub leerling: LeerlingId,
    pub domein: Domein,
    pub niveau: Niveau,
}

/// A decided TLV, stored as brought in (not numbered here).
#[derive(Debug, Clone)]
pub struct Tlv {
    pub leerling: LeerlingId,
    pub soort: TlvSoort,
    /// The SWV that issued it.
    pub swv: SwvCode,
    pub categorie: Option<Categorie>,
    pub ingang: Option<Date>,
    pub einde: Option<Date>,
    /// The day it was brought in.
    pub ontvangen: Date,
}

/// Every version of the pupil's OPPs was adopted on this day.
#[derive(Debug, Clone)]
pub struct OppVaststelling {
    pub leerling: LeerlingId,
    pub vastgesteld_op: Date,
}

pub(super) async fn behoeften(tx: &mut Tx, lijst: &[Behoefte]) -> Result<(), StoreError> {
    let rows = lijst
        .iter()
        .map(|b| {
            vec![
                Value::from(b.leerling.0),
                b.domein.as_str().into(),
                i64::from(b.niveau.value()).into(),
            ]
        })
        .collect();
    insert_rows(tx, "behoefte", &["leerling_id", "domein", "niveau"], rows).await
}

pub(super) async fn tlvs(tx: &mut Tx, lijst: &[Tlv]) -> Result<(), StoreError> {
    for t in lijst {
        let extern_ = ExterneTlv {
            soort: t.soort.as_str(),
            swv_code: t.swv.as_str(),
            categorie: t.categorie.map(Categorie::code),
            ingang: t.ingang,
            einde: t.einde,
            beschikkingsnummer: None,
        };
        bewaar_externe_tlv(tx, t.leerling, &extern_, t.ontvangen).await?;
    }
    Ok(())
}

pub(super) async fn opp_vaststellingen(
    tx: &mut Tx,
    lijst: &[OppVaststelling],
) -> Result<(), StoreError> {
    for v in lijst {
        sqlx::query(
            "UPDATE opp_versie SET vastgesteld_op = $1 WHERE opp_id IN (SELECT id FROM opp WHERE leerling_id = $2)",
        )
        .bind(v.vastgesteld_op.to_string())
        .bind(v.leerling.0)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

//! Pupils with their enrolment history and support need, and their ouders.

use super::{Tx, datum, datum_of};
use crate::bulk::{Value, insert_rows};
use crate::{LeerlingId, StoreError};
use passend_domain::ondersteuning::Domein;
use passend_domain::{Inschrijving, Naam};
use sqlx::Row;
use std::collections::HashMap;

#[derive(Debug, Clone)]
pub struct Leerling {
    /// The pupil as registered; the beginstand finds pupils back by BSN, so it needs one.
    pub persoon: passend_domain::Leerling,
    pub ondersteuningsbehoefte: Option<Domein>,
    pub inschrijvingen: Vec<Inschrijving>,
}

#[derive(Debug, Clone)]
pub struct Ouder {
    pub naam: Naam,
    /// The beginstand finds ouders back by e-mail address, so each has its own.
    pub email: String,
    /// Positions in the beginstand's pupils.
    pub kinderen: Vec<usize>,
}

/// The ids of a table's rows by the key they were inserted with: the table held none before.
async fn ids_by(tx: &mut Tx, sql: &'static str) -> Result<HashMap<String, i64>, StoreError> {
    let rows = sqlx::query(sql).fetch_all(&mut **tx).await?;
    rows.iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
        .collect::<Result<_, sqlx::Error>>()
        .map_err(StoreError::from)
}

/// Inserts the pupils and their enrolments; returns their ids in the pupils' order.
pub(super) async fn leerlingen(
    tx: &mut Tx,
    leerlingen: &[Leerling],
) -> Result<Vec<LeerlingId>, StoreError> {
    let mut bsns = Vec::with_capacity(leerlingen.len());
    let mut rows = Vec::with_capacity(leerlingen.len());
    for l in leerlingen {
        let p = &l.persoon;
        let bsn = p
            .bsn
            .as_ref()
            .ok_or_else(|| {
                StoreError::Ongeldig("een leerling in de beginstand heeft een BSN".into())
            })?
            .expose();
        rows.push(vec![
            Value::from(p.naam.voornaam.as_str()),
            p.naam.tussenvoegsel.clone().into(),
            p.naam.achternaam.as_str().into(),
            datum(p.geboortedatum),
            p.postcode.to_string().into(),
            i64::from(p.postcode.pc4().value()).into(),
            bsn.as_str().into(),
            l.ondersteuningsbehoefte
                .map(|d| d.as_str().to_string())
                .into(),
        ]);
        bsns.push(bsn);
    }
    let kolommen = [
        "voornaam",
        "tussenvoegsel",
        "achternaam",
        "geboortedatum",
        "postcode",
        "pc4",
        "bsn",
        "ondersteuningsbehoefte",
    ];
    insert_rows(tx, "leerling", &kolommen, rows).await?;
    let id_van = ids_by(tx, "SELECT bsn, id FROM leerling").await?;
    let ids: Vec<LeerlingId> = bsns.iter().map(|b| LeerlingId(id_van[b])).collect();
    let mut rows = Vec::new();
    for (l, id) in leerlingen.iter().zip(&ids) {
        for i in &l.inschrijvingen {
            rows.push(vec![
                Value::from(id.0),
                i.vestiging.as_str().into(),
                datum(i.van),
                datum_of(i.tot),
            ]);
        }
    }
    let kolommen = ["leerling_id", "vestiging_code", "van", "tot"];
    insert_rows(tx, "inschrijving", &kolommen, rows).await?;
    Ok(ids)
}

/// Inserts the ouders and links them to their children; returns their ids in their order.
pub(super) async fn ouders(
    tx: &mut Tx,
    ouders: &[Ouder],
    leerlingen: &[LeerlingId],
) -> Result<Vec<i64>, StoreError> {
    let rows = ouders
        .iter()
        .map(|o| {
            vec![
                Value::from(o.naam.voornaam.as_str()),
                o.naam.tussenvoegsel.clone().into(),
                o.naam.achternaam.as_str().into(),
                o.email.as_str().into(),
            ]
        })
        .collect();
    let kolommen = ["voornaam", "tussenvoegsel", "achternaam", "email"];
    insert_rows(tx, "ouder", &kolommen, rows).await?;
    let id_van = ids_by(tx, "SELECT email, id FROM ouder").await?;
    let ids: Vec<i64> = ouders.iter().map(|o| id_van[&o.email]).collect();
    let mut rows = Vec::new();
    for (o, id) in ouders.iter().zip(&ids) {
        for &k in &o.kinderen {
            let kind = leerlingen.get(k).ok_or_else(|| {
                StoreError::Ongeldig(format!("ouder {}: geen leerling {k}", o.email))
            })?;
            rows.push(vec![Value::from(*id), kind.0.into(), "ouder".into()]);
        }
    }
    let kolommen = ["ouder_id", "leerling_id", "relatie"];
    insert_rows(tx, "ouder_leerling", &kolommen, rows).await?;
    Ok(ids)
}

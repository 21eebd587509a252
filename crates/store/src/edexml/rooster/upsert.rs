//! Inserting or updating a group, staff member or roster pupil by its EDEXML key.

use super::*;

/// Key → id of the file's rows; ids of the rows that stayed the same; ids of the rows the
/// file no longer has (for the caller to unlink and delete).
pub(super) struct Upsert {
    pub(super) ids: HashMap<String, i64>,
    pub(super) ongewijzigd: BTreeSet<i64>,
    pub(super) weg: Vec<i64>,
}

/// Upserts one kind (groep or medewerker) by key: new rows, changed rows, and the rows the
/// file no longer has.
pub(super) async fn upsert(
    tx: &mut Transaction<'static, Any>,
    tabel: &str,
    kolommen: &[&str],
    vestiging: &VestigingCode,
    gewenst: Vec<(String, Vec<Value>)>,
    telling: &mut Telling,
) -> Result<Upsert, StoreError> {
    let sql = format!(
        "SELECT id, sleutel, {} FROM {tabel} WHERE vestiging_code = $1",
        kolommen.join(", ")
    );
    let mut bestaand: HashMap<String, AnyRow> = HashMap::new();
    for r in sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(vestiging.as_str())
        .fetch_all(&mut **tx)
        .await?
    {
        bestaand.insert(r.try_get(1)?, r);
    }
    let mut ids = HashMap::with_capacity(gewenst.len());
    let mut ongewijzigd = BTreeSet::new();
    let (mut nieuw, mut bijwerken) = (Vec::new(), Vec::new());
    for (sleutel, waarden) in gewenst {
        match bestaand.remove(&sleutel) {
            Some(r) => {
                let id: i64 = r.try_get(0)?;
                ids.insert(sleutel, id);
                if zelfde(&r, &waarden)? {
                    telling.ongewijzigd += 1;
                    ongewijzigd.insert(id);
                } else {
                    telling.gewijzigd += 1;
                    bijwerken.push([vec![Value::from(id)], waarden].concat());
                }
            }
            None => {
                telling.nieuw += 1;
                nieuw.push([vec![vestiging.as_str().into(), sleutel.into()], waarden].concat());
            }
        }
    }
    let mut alle = vec!["vestiging_code", "sleutel"];
    alle.extend_from_slice(kolommen);
    for r in insert_returning(tx, tabel, &alle, "id, sleutel", nieuw).await? {
        ids.insert(r.try_get(1)?, r.try_get(0)?);
    }
    let mut met_id = vec!["id"];
    met_id.extend_from_slice(kolommen);
    update_rows(tx, tabel, &met_id, bijwerken).await?;
    let weg = bestaand
        .values()
        .map(|r| r.try_get(0))
        .collect::<Result<Vec<i64>, _>>()?;
    telling.verwijderd += weg.len();
    Ok(Upsert {
        ids,
        ongewijzigd,
        weg,
    })
}

//! Who is in which group: pupils and staff, replaced by the file's memberships.

use super::*;

/// A membership table of pupils: (table, pupil column).
type Leden = (&'static str, &'static str);
pub(super) const PUPILS: Leden = ("groep_leerling", "leerling_id");
pub(super) const ROOSTER: Leden = ("groep_roosterleerling", "roosterleerling_id");

/// Replaces the memberships of the vestiging's groups in `tabel` by the file's, for the
/// pupils given. Returns the pupils whose groups changed and the number of memberships
/// added or removed.
pub(super) async fn leden_van_groepen(
    tx: &mut Transaction<'static, Any>,
    vestiging: &VestigingCode,
    bestand: &EdexmlBestand,
    leerlingen: &[(usize, i64)],
    groepen: &HashMap<String, i64>,
    (tabel, kolom): Leden,
) -> Result<(BTreeSet<i64>, usize), StoreError> {
    let mut gewenst: BTreeSet<(i64, i64)> = BTreeSet::new();
    for &(at, id) in leerlingen {
        let l = &bestand.leerlingen[at];
        for key in l.groep.iter().chain(&l.samengestelde_groepen) {
            if let Some(&g) = groepen.get(key) {
                gewenst.insert((g, id));
            }
        }
    }
    let mut bestaand: BTreeSet<(i64, i64)> = BTreeSet::new();
    let sql = format!(
        "SELECT gl.groep_id, gl.{kolom} FROM {tabel} gl JOIN groep g ON g.id = gl.groep_id \
         WHERE g.vestiging_code = $1"
    );
    for r in sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(vestiging.as_str())
        .fetch_all(&mut **tx)
        .await?
    {
        bestaand.insert((r.try_get(0)?, r.try_get(1)?));
    }
    let (mut geraakt, mut n) = (BTreeSet::new(), 0);
    let mut weg: BTreeMap<i64, Vec<Value>> = BTreeMap::new();
    for &(g, l) in bestaand.difference(&gewenst) {
        weg.entry(g).or_default().push(l.into());
        geraakt.insert(l);
        n += 1;
    }
    for (g, ids) in weg {
        let sql = format!("DELETE FROM {tabel} WHERE groep_id = $1 AND {kolom} IN");
        execute_in(tx, &sql, &[g.into()], ids).await?;
    }
    let mut erbij = Vec::new();
    for &(g, l) in gewenst.difference(&bestaand) {
        geraakt.insert(l);
        n += 1;
        erbij.push(vec![g.into(), l.into()]);
    }
    insert_rows(tx, tabel, &["groep_id", kolom], erbij).await?;
    Ok((geraakt, n))
}

/// The same for staff, whose membership also carries their roles in the group.
pub(super) async fn medewerkers_in_groepen(
    tx: &mut Transaction<'static, Any>,
    vestiging: &VestigingCode,
    bestand: &EdexmlBestand,
    groepen: &HashMap<String, i64>,
    medewerkers: &HashMap<String, i64>,
) -> Result<(BTreeSet<i64>, usize), StoreError> {
    let mut lijsten: BTreeMap<(i64, i64), Vec<String>> = BTreeMap::new();
    for m in &bestand.medewerkers {
        let Some(&mid) = medewerkers.get(&m.key) else {
            continue;
        };
        for gr in &m.groepen {
            if let Some(&g) = groepen.get(&gr.groep) {
                lijsten
                    .entry((g, mid))
                    .or_default()
                    .extend(gr.rollen.clone());
            }
        }
    }
    let gewenst: BTreeMap<(i64, i64), String> =
        lijsten.into_iter().map(|(k, r)| (k, rollen(&r))).collect();
    let mut bestaand: BTreeMap<(i64, i64), String> = BTreeMap::new();
    for r in sqlx::query(
        "SELECT gm.groep_id, gm.medewerker_id, gm.rollen FROM groep_medewerker gm \
         JOIN groep g ON g.id = gm.groep_id WHERE g.vestiging_code = $1",
    )
    .bind(vestiging.as_str())
    .fetch_all(&mut **tx)
    .await?
    {
        bestaand.insert((r.try_get(0)?, r.try_get(1)?), r.try_get(2)?);
    }
    let (mut geraakt, mut n) = (BTreeSet::new(), 0);
    let mut weg: BTreeMap<i64, Vec<Value>> = BTreeMap::new();
    for (&(g, m), rol) in &bestaand {
        if gewenst.get(&(g, m)) != Some(rol) {
            weg.entry(g).or_default().push(m.into());
            geraakt.insert(m);
            n += 1;
        }
    }
    for (g, ids) in weg {
        execute_in(
            tx,
            "DELETE FROM groep_medewerker WHERE groep_id = $1 AND medewerker_id IN",
            &[g.into()],
            ids,
        )
        .await?;
    }
    let mut erbij = Vec::new();
    for (&(g, m), rol) in &gewenst {
        if bestaand.get(&(g, m)) != Some(rol) {
            erbij.push(vec![g.into(), m.into(), rol.clone().into()]);
            geraakt.insert(m);
            n += 1;
        }
    }
    insert_rows(
        tx,
        "groep_medewerker",
        &["groep_id", "medewerker_id", "rollen"],
        erbij,
    )
    .await?;
    Ok((geraakt, n))
}

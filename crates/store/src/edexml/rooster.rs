//! Groups, staff and roster-only pupils of a roster, upserted by their EDEXML key, and who
//! is in which group.
//! The file is the vestiging's whole roster: a group or staff member it no longer lists is
//! removed (staff data is not kept longer than needed), and the memberships of the
//! vestiging's groups become the file's.

use super::sql::{execute_in, insert_returning, update_rows};
use super::{Telling, Voortgang};
use crate::StoreError;
use crate::bulk::{Value, insert_rows};
use passend_domain::VestigingCode;
use passend_uitwisseling::edexml::{EdexmlBestand, Groep, Leerling, Medewerker};
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Roles are stored one per line (free-text roles may hold commas).
fn rollen(lijst: &[String]) -> String {
    lijst
        .iter()
        .map(|r| r.trim())
        .filter(|r| !r.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn groep_waarden(g: &Groep) -> Vec<Value> {
    vec![
        g.naam.trim().into(),
        g.jaargroep.clone().into(),
        i64::from(g.samengesteld).into(),
        g.omschrijving.clone().into(),
    ]
}

fn medewerker_waarden(m: &Medewerker) -> Vec<Value> {
    vec![
        m.eckid.clone().into(),
        m.achternaam.clone().into(),
        m.voorvoegsel.clone().into(),
        m.voornamen.clone().into(),
        m.voorletters.clone().into(),
        m.roepnaam.clone().into(),
        m.emailadres.clone().into(),
        rollen(&m.rollen).into(),
    ]
}

/// A pupil passend does not hold: the roster's name, birth date and class, and what is
/// missing. Never a person number.
fn roosterleerling_waarden(l: &Leerling, ontbreekt: &[String]) -> Vec<Value> {
    fn gevuld(t: &Option<String>) -> Option<String> {
        t.as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
    }
    let voornaam = gevuld(&l.roepnaam)
        .or_else(|| {
            gevuld(&l.voornamen).and_then(|v| v.split_whitespace().next().map(String::from))
        })
        .or_else(|| gevuld(&l.voorletters));
    vec![
        l.eckid.clone().into(),
        voornaam.into(),
        gevuld(&l.voorvoegsel).into(),
        gevuld(&l.achternaam).into(),
        l.geboortedatum.map(|d| d.to_string()).into(),
        gevuld(&l.jaargroep).into(),
        ontbreekt.join("\n").into(),
    ]
}

const ROOSTERLEERLING: [&str; 7] = [
    "eckid",
    "voornaam",
    "tussenvoegsel",
    "achternaam",
    "geboortedatum",
    "jaargroep",
    "ontbreekt",
];

const GROEP: [&str; 4] = ["naam", "jaargroep", "samengesteld", "omschrijving"];
const MEDEWERKER: [&str; 8] = [
    "eckid",
    "achternaam",
    "voorvoegsel",
    "voornamen",
    "voorletters",
    "roepnaam",
    "email",
    "rollen",
];

/// Compares stored and wanted values as text (the columns are TEXT or small integers).
fn zelfde(rij: &AnyRow, waarden: &[Value]) -> Result<bool, StoreError> {
    for (i, w) in waarden.iter().enumerate() {
        let gelijk = match w {
            Value::Text(t) => rij.try_get::<Option<String>, _>(i + 2)? == *t,
            Value::Int(n) => rij.try_get::<Option<i64>, _>(i + 2)? == *n,
        };
        if !gelijk {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Key → id of the file's rows; ids of the rows that stayed the same; ids of the rows the
/// file no longer has (for the caller to unlink and delete).
struct Upsert {
    ids: HashMap<String, i64>,
    ongewijzigd: BTreeSet<i64>,
    weg: Vec<i64>,
}

/// Upserts one kind (groep or medewerker) by key: new rows, changed rows, and the rows the
/// file no longer has.
async fn upsert(
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

/// What the roster part changed.
pub(super) struct Uitkomst {
    pub(super) groepen: Telling,
    pub(super) medewerkers: Telling,
    pub(super) roosterleerlingen: Telling,
    /// Pupils (by id) whose groups changed.
    pub(super) leerlingen_verplaatst: BTreeSet<i64>,
    /// Memberships added or removed, pupils and staff together.
    pub(super) indelingen: usize,
}

/// Groups, staff, roster-only pupils and memberships. `leerlingen` pairs each pupil of the
/// file with its id; `alleen_rooster` gives the roster-only ones with what they lack.
pub(super) async fn schrijf(
    tx: &mut Transaction<'static, Any>,
    vestiging: &VestigingCode,
    bestand: &EdexmlBestand,
    leerlingen: &[(usize, i64)],
    alleen_rooster: &[(usize, Vec<String>)],
    voortgang: &mut Voortgang<'_>,
) -> Result<Uitkomst, StoreError> {
    let mut uit = Uitkomst {
        groepen: Telling::default(),
        medewerkers: Telling::default(),
        roosterleerlingen: Telling::default(),
        leerlingen_verplaatst: BTreeSet::new(),
        indelingen: 0,
    };
    let gewenst = bestand
        .groepen
        .iter()
        .map(|g| (g.key.clone(), groep_waarden(g)))
        .collect();
    let groepen = upsert(tx, "groep", &GROEP, vestiging, gewenst, &mut uit.groepen).await?;
    voortgang.stap(bestand.groepen.len());
    let gewenst = bestand
        .medewerkers
        .iter()
        .map(|m| (m.key.clone(), medewerker_waarden(m)))
        .collect();
    let medewerkers = upsert(
        tx,
        "medewerker",
        &MEDEWERKER,
        vestiging,
        gewenst,
        &mut uit.medewerkers,
    )
    .await?;
    let gewenst = alleen_rooster
        .iter()
        .map(|(at, mist)| {
            let l = &bestand.leerlingen[*at];
            (l.key.clone(), roosterleerling_waarden(l, mist))
        })
        .collect();
    let rooster = upsert(
        tx,
        "roosterleerling",
        &ROOSTERLEERLING,
        vestiging,
        gewenst,
        &mut uit.roosterleerlingen,
    )
    .await?;
    // The memberships first, so that those of removed groups count as changes too.
    let verplaatst =
        leden_van_groepen(tx, vestiging, bestand, leerlingen, &groepen.ids, PUPILS).await?;
    uit.indelingen += verplaatst.1;
    uit.leerlingen_verplaatst = verplaatst.0;
    let alleen: Vec<(usize, i64)> = alleen_rooster
        .iter()
        .filter_map(|(at, _)| {
            let key = &bestand.leerlingen[*at].key;
            rooster.ids.get(key).map(|&id| (*at, id))
        })
        .collect();
    let (geraakt, n) =
        leden_van_groepen(tx, vestiging, bestand, &alleen, &groepen.ids, ROOSTER).await?;
    uit.indelingen += n;
    // A roster-only pupil whose groups changed is a changed one.
    let ook_gewijzigd = geraakt.intersection(&rooster.ongewijzigd).count();
    uit.roosterleerlingen.ongewijzigd -= ook_gewijzigd;
    uit.roosterleerlingen.gewijzigd += ook_gewijzigd;
    let (geraakt, n) =
        medewerkers_in_groepen(tx, vestiging, bestand, &groepen.ids, &medewerkers.ids).await?;
    uit.indelingen += n;
    // A staff member whose groups changed is a changed staff member.
    let ook_gewijzigd = geraakt.intersection(&medewerkers.ongewijzigd).count();
    uit.medewerkers.ongewijzigd -= ook_gewijzigd;
    uit.medewerkers.gewijzigd += ook_gewijzigd;
    let weg_g: Vec<Value> = groepen.weg.iter().copied().map(Value::from).collect();
    let weg_m: Vec<Value> = medewerkers.weg.iter().copied().map(Value::from).collect();
    let weg_r: Vec<Value> = rooster.weg.iter().copied().map(Value::from).collect();
    for (sql, ids) in [
        ("DELETE FROM groep_leerling WHERE groep_id IN", &weg_g),
        (
            "DELETE FROM groep_roosterleerling WHERE groep_id IN",
            &weg_g,
        ),
        (
            "DELETE FROM groep_roosterleerling WHERE roosterleerling_id IN",
            &weg_r,
        ),
        ("DELETE FROM roosterleerling WHERE id IN", &weg_r),
        ("DELETE FROM groep_medewerker WHERE groep_id IN", &weg_g),
        (
            "DELETE FROM groep_medewerker WHERE medewerker_id IN",
            &weg_m,
        ),
        ("DELETE FROM groep WHERE id IN", &weg_g),
        ("DELETE FROM medewerker WHERE id IN", &weg_m),
    ] {
        execute_in(tx, sql, &[], ids.clone()).await?;
    }
    voortgang.stap(bestand.medewerkers.len());
    Ok(uit)
}

/// A membership table of pupils: (table, pupil column).
type Leden = (&'static str, &'static str);
const PUPILS: Leden = ("groep_leerling", "leerling_id");
const ROOSTER: Leden = ("groep_roosterleerling", "roosterleerling_id");

/// Replaces the memberships of the vestiging's groups in `tabel` by the file's, for the
/// pupils given. Returns the pupils whose groups changed and the number of memberships
/// added or removed.
async fn leden_van_groepen(
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
async fn medewerkers_in_groepen(
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

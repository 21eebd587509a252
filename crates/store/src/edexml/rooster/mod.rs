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

mod leden;
mod upsert;
mod waarden;

use leden::*;
use upsert::*;
use waarden::*;

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

//! The column values of groups, staff and roster pupils, and comparing them with a stored row.

use super::*;

/// Roles are stored one per line (free-text roles may hold commas).
pub(super) fn rollen(lijst: &[String]) -> String {
    lijst
        .iter()
        .map(|r| r.trim())
        .filter(|r| !r.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

pub(super) fn groep_waarden(g: &Groep) -> Vec<Value> {
    vec![
        g.naam.trim().into(),
        g.jaargroep.clone().into(),
        i64::from(g.samengesteld).into(),
        g.omschrijving.clone().into(),
    ]
}

pub(super) fn medewerker_waarden(m: &Medewerker) -> Vec<Value> {
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
pub(super) fn roosterleerling_waarden(l: &Leerling, ontbreekt: &[String]) -> Vec<Value> {
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

pub(super) const ROOSTERLEERLING: [&str; 7] = [
    "eckid",
    "voornaam",
    "tussenvoegsel",
    "achternaam",
    "geboortedatum",
    "jaargroep",
    "ontbreekt",
];

pub(super) const GROEP: [&str; 4] = ["naam", "jaargroep", "samengesteld", "omschrijving"];
pub(super) const MEDEWERKER: [&str; 8] = [
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
pub(super) fn zelfde(rij: &AnyRow, waarden: &[Value]) -> Result<bool, StoreError> {
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

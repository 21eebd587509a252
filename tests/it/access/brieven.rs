//! The letters of the decisions (issue 20, part 8): a letter follows the child's dossier.
//! For each kind, decisions of the sample's pupils (or the first ones): whoever may see the
//! pupil reads the letter (page and PDF), everyone else gets "not found", as for a letter
//! that does not exist. An unknown kind is "not found" for everyone.

use super::*;
use passend_domain::brief::Briefsoort;

pub(super) async fn dekt(m: &Matrix<'_>, pad: &str, toegang: Toegang) -> bool {
    if toegang != Toegang::Leerlinggegevens || !pad.starts_with("/brieven/") {
        return false;
    }
    for c in m.callers {
        let url = pad.replace("{soort}", "onbekend").replace("{id}", "1");
        let reply = get(m.store, &url, Some(&c.cookie)).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{} GET {url}", c.user);
    }
    for soort in Briefsoort::ALL {
        let besluiten = besluiten(m, soort).await;
        for c in m.callers {
            for (id, f) in &besluiten {
                let url = pad
                    .replace("{soort}", soort.slug())
                    .replace("{id}", &id.to_string());
                let want = if may_see(c.user, f) || afzender(soort, c.user) {
                    StatusCode::OK
                } else {
                    StatusCode::NOT_FOUND
                };
                let reply = get(m.store, &url, Some(&c.cookie)).await;
                assert_eq!(reply.status, want, "{} GET {url}", c.user);
            }
        }
    }
    true
}

/// The SQL of (decision id, pupil id) of this kind's decisions that have a letter, or
/// `None` where the demo has none.
fn sql(soort: Briefsoort) -> Option<&'static str> {
    match soort {
        // The demo's registrations were recorded by a school: no receipt (see `ouder_stappen`).
        Briefsoort::Ontvangstbevestiging => None,
        Briefsoort::Aanmeldingsbesluit => Some(
            "SELECT id, leerling_id FROM aanmelding WHERE besluit IS NOT NULL AND besluit_datum IS NOT NULL \
             AND vestiging_code = '90AA00' ORDER BY id",
        ),
        Briefsoort::Schorsing => Some("SELECT id, leerling_id FROM schorsing ORDER BY id"),
        Briefsoort::Verwijdering => Some("SELECT id, leerling_id FROM verwijdering ORDER BY id"),
        Briefsoort::Vrijstelling => Some(
            "SELECT id, leerling_id FROM vrijstelling WHERE status <> 'aangevraagd' AND besluit_datum IS NOT NULL ORDER BY id",
        ),
        _ => None,
    }
}

/// The school that decided on a registration (the SQL above: the demo school's) reads its
/// letter without the dossier: it sends it.
fn afzender(soort: Briefsoort, user: &str) -> bool {
    soort == Briefsoort::Aanmeldingsbesluit && user == "ib"
}

/// Two decisions of this kind that have a letter, with the facts of their pupil, read below
/// the store: about the sample's pupils where there are, else the first (the demo's
/// measures and vrijstellingen are about pupils outside the sample).
async fn besluiten(m: &Matrix<'_>, soort: Briefsoort) -> Vec<(i64, Facts)> {
    let Some(sql) = sql(soort) else {
        return vec![];
    };
    let mut raw = sqlx::AnyConnection::connect(&store_url(m.store))
        .await
        .unwrap();
    let rows: Vec<(i64, i64)> = sqlx::query(sql)
        .fetch_all(&mut raw)
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get::<i64, _>(0), r.get::<i64, _>(1)))
        .collect();
    let in_sample = |l: &i64| m.sample.iter().any(|f| f.id.0 == *l);
    let mut gekozen: Vec<(i64, i64)> = rows
        .iter()
        .filter(|(_, l)| in_sample(l))
        .take(2)
        .copied()
        .collect();
    if gekozen.is_empty() {
        gekozen = rows.into_iter().take(2).collect();
    }
    let ids = gekozen.iter().map(|&(_, l)| LeerlingId(l)).collect();
    let feiten = facts(m.store, ids, m.today).await;
    gekozen.into_iter().map(|(id, _)| id).zip(feiten).collect()
}

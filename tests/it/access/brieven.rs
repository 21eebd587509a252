//! The letters of the decisions (issue 20, part 8): a letter follows the child's dossier.
//! For each kind, decisions of the sample's pupils: whoever may see the pupil reads the
//! letter (page and PDF), everyone else gets "not found", as for a letter that does not
//! exist. An unknown kind is "not found" for everyone.

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
            for &(id, leerling) in &besluiten {
                let url = pad
                    .replace("{soort}", soort.slug())
                    .replace("{id}", &id.to_string());
                let f = m.sample.iter().find(|f| f.id.0 == leerling).unwrap();
                let want = if may_see(c.user, f) {
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
        _ => None,
    }
}

/// (decision id, pupil id) of the decisions of this kind about the sample's pupils that
/// have a letter, read below the store.
async fn besluiten(m: &Matrix<'_>, soort: Briefsoort) -> Vec<(i64, i64)> {
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
    rows.into_iter()
        .filter(|(_, l)| m.sample.iter().any(|f| f.id.0 == *l))
        .take(2)
        .collect()
}

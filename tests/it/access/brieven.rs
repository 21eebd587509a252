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
        let reply = if pad.ends_with("/rectificatie") {
            let form = format!("csrf={}&tekst=x", c.csrf);
            crate::web::post_form(m.store, &url, Some(&c.cookie), &form).await
        } else {
            get(m.store, &url, Some(&c.cookie)).await
        };
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{} {url}", c.user);
    }
    let rectificeren = pad.ends_with("/rectificatie");
    for soort in Briefsoort::ALL {
        let besluiten = besluiten(m, soort).await;
        for c in m.callers {
            for (id, f) in &besluiten {
                let url = pad
                    .replace("{soort}", soort.slug())
                    .replace("{id}", &id.to_string());
                if rectificeren {
                    // An empty correction: the rule's 400 for the party that took the
                    // decision, "not found" for everyone else; nothing is stored.
                    let form = format!("csrf={}&tekst=", c.csrf);
                    let reply = crate::web::post_form(m.store, &url, Some(&c.cookie), &form).await;
                    let want = if beslisser(m, c.user, soort, *id).await {
                        StatusCode::BAD_REQUEST
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} POST {url}", c.user);
                    continue;
                }
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

/// Whether the demo user took this decision: its school, SWV or gemeente is the decision's
/// own, and the role is the one that takes this kind.
async fn beslisser(m: &Matrix<'_>, user: &str, soort: Briefsoort, id: i64) -> bool {
    let (tabel, kolom) = match soort {
        Briefsoort::Aanmeldingsbesluit => ("aanmelding", "vestiging_code"),
        Briefsoort::Schorsing => ("schorsing", "vestiging_code"),
        Briefsoort::Verwijdering => ("verwijdering", "vestiging_code"),
        Briefsoort::Tlv => ("tlv", "swv_code"),
        Briefsoort::Arrangement => ("arrangement", "swv_code"),
        Briefsoort::Escalatie => ("thuiszitter_zaak", "swv_code"),
        Briefsoort::Vrijstelling => ("vrijstelling", "gemeentecode"),
        Briefsoort::Ontvangstbevestiging => return false,
    };
    let mut raw = sqlx::AnyConnection::connect(&store_url(m.store))
        .await
        .unwrap();
    let eigenaar: String = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {kolom} FROM {tabel} WHERE id = $1"
    )))
    .bind(id)
    .fetch_one(&mut raw)
    .await
    .unwrap()
    .get(0);
    let school = matches!(
        soort,
        Briefsoort::Aanmeldingsbesluit | Briefsoort::Schorsing | Briefsoort::Verwijdering
    );
    match user {
        "ib" => school && eigenaar == "90AA00",
        "swv-po" => !school && soort != Briefsoort::Vrijstelling && eigenaar == "PO2605",
        "swv-vo" => !school && soort != Briefsoort::Vrijstelling && eigenaar == "VO2605",
        "leerplicht" => soort == Briefsoort::Vrijstelling && eigenaar == NIEUWEGEIN,
        _ => false,
    }
}

/// The demo leerplicht's gemeente (CBS code of Nieuwegein).
const NIEUWEGEIN: &str = "0356";

/// The SQL of (decision id, pupil id) of this kind's decisions that have a letter, or
/// `None` where the demo has none.
fn sql(soort: Briefsoort) -> Option<&'static str> {
    match soort {
        // The demo's registrations were recorded by a school: no receipt (see `ouder_stappen`).
        Briefsoort::Ontvangstbevestiging => None,
        // Decided in passend (with its letter text), the demo school's first.
        Briefsoort::Tlv => {
            Some("SELECT id, leerling_id FROM tlv WHERE brief IS NOT NULL ORDER BY id")
        }
        Briefsoort::Arrangement => {
            Some("SELECT id, leerling_id FROM arrangement WHERE besluit IS NOT NULL ORDER BY id")
        }
        Briefsoort::Escalatie => Some(
            "SELECT id, leerling_id FROM thuiszitter_zaak WHERE besluit IS NOT NULL ORDER BY id",
        ),
        Briefsoort::Aanmeldingsbesluit => Some(
            "SELECT id, leerling_id FROM aanmelding WHERE besluit IS NOT NULL AND besluit_datum IS NOT NULL \
             AND vestiging_code = '90AA00' ORDER BY id",
        ),
        Briefsoort::Schorsing => Some("SELECT id, leerling_id FROM schorsing ORDER BY id"),
        Briefsoort::Verwijdering => Some("SELECT id, leerling_id FROM verwijdering ORDER BY id"),
        Briefsoort::Vrijstelling => Some(
            "SELECT id, leerling_id FROM vrijstelling WHERE status <> 'aangevraagd' AND besluit_datum IS NOT NULL ORDER BY id",
        ),
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

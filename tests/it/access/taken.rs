//! Tasks, the inspectie's inbox and the notification setting in the role matrix: each
//! role's tasks concern only pupils its scope covers (by the rule written out in
//! `feiten.rs`, not by the code under test); the inbox is the inspectie's alone.

use super::*;

/// The pupils in a caller's own tasks, through the API.
async fn taak_leerlingen(store: &Store, c: &Caller) -> Vec<LeerlingId> {
    let reply = api_get(store, "/api/v1/taken?paginaGrootte=200", Some(&c.key)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}: {}", c.user, reply.body);
    let v: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
    v["taken"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t["leerlingId"].as_i64().map(LeerlingId))
        .collect()
}

/// The names of the pupils in a caller's tasks, each checked by its id against the rule:
/// the school decides on its registrations, everything else follows the dossier's scope.
async fn toegestane_namen(store: &Store, c: &Caller, today: jiff::civil::Date) -> Vec<String> {
    let ids = taak_leerlingen(store, c).await;
    let mut namen = Vec::new();
    for f in facts(store, ids, today).await {
        let aanmelding = c.user == "ib" && f.aanmeldingen.iter().any(|s| s == "90AA00");
        assert!(
            may_see(c.user, &f) || aanmelding,
            "{} has a task about {}",
            c.user,
            f.id.0
        );
        namen.push(f.naam);
    }
    namen
}

/// A signed-in page: signed out it asks to sign in; signed in, each caller's answer.
async fn per_gebruiker<'c>(
    store: &Store,
    pad: &str,
    callers: &'c [Caller],
) -> Vec<(&'c Caller, crate::web::Reply)> {
    let anoniem = get(store, pad, None).await;
    assert_eq!(anoniem.location.as_deref(), Some("/aanmelden"), "{pad}");
    let mut uit = Vec::new();
    for c in callers {
        uit.push((c, get(store, pad, Some(&c.cookie)).await));
    }
    uit
}

pub(super) async fn dekt(m: &Matrix<'_>, pad: &str, toegang: Toegang) -> bool {
    let Matrix {
        store,
        callers,
        sample,
        today,
        ..
    } = *m;
    match (pad, toegang) {
        ("/api/v1/taken", Toegang::Leerlinggegevens) => {
            assert_eq!(
                api_get(store, pad, None).await.status,
                StatusCode::UNAUTHORIZED
            );
            for c in callers {
                let namen = toegestane_namen(store, c, today).await;
                let geen = ["opr", "inspectie", "ministerie", "beheerder", "ouder"];
                if geen.contains(&c.user) {
                    assert!(namen.is_empty(), "{} has no steps: {namen:?}", c.user);
                }
            }
            let ib = callers.iter().find(|c| c.user == "ib").unwrap();
            assert!(
                !taak_leerlingen(store, ib).await.is_empty(),
                "the demo school has tasks"
            );
        }
        ("/mijn-werk", Toegang::Leerlinggegevens) => {
            for (c, reply) in per_gebruiker(store, pad, callers).await {
                assert_eq!(reply.status, StatusCode::OK, "{}", c.user);
                // A name on the page is that of a pupil in the user's tasks, each checked by id
                // (names alone repeat in the demo).
                let namen = toegestane_namen(store, c, today).await;
                for f in sample
                    .iter()
                    .filter(|f| reply.body.contains(&format!("<td>{}</td>", f.naam)))
                {
                    assert!(namen.contains(&f.naam), "{} sees {}", c.user, f.naam);
                }
            }
        }
        ("/inspectie/meldingen", Toegang::Aangemeld) => {
            for (c, reply) in per_gebruiker(store, pad, callers).await {
                if c.user == "inspectie" {
                    assert_eq!(reply.status, StatusCode::OK);
                    assert!(
                        reply.body.contains("class=\"melding-inspectie\""),
                        "the demo's meldingen"
                    );
                    for f in sample {
                        assert!(!reply.body.contains(&f.naam), "no name in the inbox");
                    }
                } else {
                    assert_eq!(reply.status, StatusCode::NOT_FOUND, "{}", c.user);
                }
            }
        }
        ("/account/berichten", Toegang::Aangemeld) => {
            for (c, reply) in per_gebruiker(store, pad, callers).await {
                assert_eq!(reply.status, StatusCode::OK, "{}", c.user);
                assert!(
                    reply.body.contains("value=\"direct\" checked"),
                    "{}",
                    c.user
                );
                let forged =
                    crate::web::post_form(store, pad, Some(&c.cookie), "voorkeur=dagelijks").await;
                assert_eq!(forged.status, StatusCode::FORBIDDEN, "{pad} without CSRF");
                // A choice that is not one: the message beside the field, nothing changed.
                let body = format!("csrf={}&voorkeur=wekelijks", c.csrf);
                let fout = crate::web::post_form(store, pad, Some(&c.cookie), &body).await;
                assert_eq!(fout.status, StatusCode::BAD_REQUEST, "{}", c.user);
                assert!(
                    fout.body
                        .contains("<p id=\"voorkeur-fout\" class=\"fout\">")
                );
                let weer = get(store, pad, Some(&c.cookie)).await;
                assert!(weer.body.contains("value=\"direct\" checked"), "{}", c.user);
            }
        }
        _ => return false,
    }
    true
}

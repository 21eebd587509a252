//! Public routes, signing out, API keys and dekkend aanbod.

use super::*;

pub(super) async fn dekt(m: &Matrix<'_>, pad: &str, toegang: Toegang) -> bool {
    let Matrix {
        store,
        today,
        callers,
        sample,
        ..
    } = *m;
    match (pad, toegang) {
        ("/scholen/{code}/ondersteuningsprofiel", Toegang::Publiek) => {
            let page = get(store, "/scholen/90AA00/ondersteuningsprofiel", None).await;
            assert_eq!(page.status, StatusCode::OK);
            for c in callers {
                let body = format!(
                    "csrf={}&vastgesteld=2026-01-01&niveau_0=3&plaatsen_0=4",
                    c.csrf
                );
                let reply = crate::web::post_form(
                    store,
                    "/scholen/90AA00/ondersteuningsprofiel",
                    Some(&c.cookie),
                    &body,
                )
                .await;
                let want = if c.user == "ib" {
                    StatusCode::SEE_OTHER
                } else {
                    StatusCode::NOT_FOUND
                };
                assert_eq!(reply.status, want, "{} saving the profile", c.user);
            }
        }
        ("/swv/{code}/escalatieladder", Toegang::Publiek) => {
            let page = get(store, "/swv/PO2605/escalatieladder", None).await;
            assert_eq!(page.status, StatusCode::OK);
            for f in sample {
                assert!(!page.body.contains(&f.naam));
            }
            // Saving: only staff of that SWV.
            for c in callers {
                let body = format!(
                    "csrf={}&naam_1=Team&eigenaar_1=ondersteuningsteam&weken_1=4&naam_2=Directeur&eigenaar_2=directeur&weken_2=2&naam_3=Commissie&eigenaar_3=commissie&weken_3=2",
                    c.csrf
                );
                let reply = crate::web::post_form(
                    store,
                    "/swv/PO2605/escalatieladder",
                    Some(&c.cookie),
                    &body,
                )
                .await;
                let want = if c.user == "swv-po" {
                    StatusCode::SEE_OTHER
                } else {
                    StatusCode::NOT_FOUND
                };
                assert_eq!(reply.status, want, "{} saving the ladder", c.user);
            }
        }
        ("/api/v1/samenwerkingsverbanden/{code}/escalatieladder", Toegang::Publiek) => {
            // Anyone reads the ladder; only the SWV itself changes it (an empty ladder is
            // refused by the rule after that check).
            let url = "/api/v1/samenwerkingsverbanden/PO2605/escalatieladder";
            assert_eq!(api_get(store, url, None).await.status, StatusCode::OK);
            for c in callers {
                let reply = api_send(store, "PUT", url, &c.key, r#"{"stappen":[]}"#).await;
                let want = if c.user == "swv-po" {
                    StatusCode::BAD_REQUEST
                } else {
                    StatusCode::NOT_FOUND
                };
                assert_eq!(reply.status, want, "{} PUT {url}", c.user);
            }
        }
        ("/api/v1/scholen/{code}/ondersteuningsprofiel", Toegang::Publiek) => {
            // Anyone reads the profile; only the school itself sets it (a date in the
            // future is refused by the rule after that check).
            let url = "/api/v1/scholen/90AA00/ondersteuningsprofiel";
            assert_eq!(api_get(store, url, None).await.status, StatusCode::OK);
            let future = (today + jiff::ToSpan::days(30)).to_string();
            let body = format!("{{\"vastgesteld\":\"{future}\",\"aanbod\":[]}}");
            for c in callers {
                let reply = api_send(store, "PUT", url, &c.key, &body).await;
                let want = if c.user == "ib" {
                    StatusCode::BAD_REQUEST
                } else {
                    StatusCode::NOT_FOUND
                };
                assert_eq!(reply.status, want, "{} PUT {url}", c.user);
            }
        }
        ("/aanmelden/code", Toegang::Publiek) => {
            // Without the password step's cookie there is no code step: back to the password,
            // for anyone, signed in or not; a posted code signs no one in.
            for cookie in [None]
                .into_iter()
                .chain(callers.iter().map(|c| Some(c.cookie.as_str())))
            {
                let reply = get(store, pad, cookie).await;
                assert_eq!(reply.location.as_deref(), Some("/aanmelden"), "{cookie:?}");
                let post = crate::web::post_form(store, pad, cookie, "code=123456").await;
                assert!(post.status.is_client_error() || post.status.is_redirection());
                assert!(post.location.as_deref() != Some("/"), "{cookie:?}");
            }
        }
        (
            "/aanmelden/oidc/{aanbieder}"
            | "/aanmelden/oidc/{aanbieder}/terug"
            | "/uitnodiging/{token}/koppel/{aanbieder}",
            Toegang::Publiek,
        ) => {
            // Without that provider (none is configured here) there is nothing to start or
            // finish, for anyone; a configured one is tested in tests/it/oidc.
            let url = pad
                .replace("{aanbieder}", "onbekend")
                .replace("{token}", "onbekend");
            for cookie in [None]
                .into_iter()
                .chain(callers.iter().map(|c| Some(c.cookie.as_str())))
            {
                let reply = get(store, &url, cookie).await;
                assert_eq!(reply.status, StatusCode::NOT_FOUND, "{url}");
                assert!(reply.location.is_none(), "{url} redirects");
            }
        }
        (p, Toegang::Publiek)
            if !matches!(
                p,
                "/scholen/{code}"
                    | "/uitnodiging/{token}"
                    | "/wachtwoord-herstel/{token}"
                    | "/wachtwoord-vergeten"
                    | "/aanmelden/code"
                    | "/aanmelden/oidc/{aanbieder}"
                    | "/aanmelden/oidc/{aanbieder}/terug"
                    | "/uitnodiging/{token}/koppel/{aanbieder}"
            ) =>
        {
            let url = public_sample(pad);
            for cookie in [None]
                .into_iter()
                .chain(callers.iter().map(|c| Some(c.cookie.as_str())))
            {
                let reply = get(store, url, cookie).await;
                assert!(
                    !reply.body.contains("href=\"/leerlingen/"),
                    "{pad} links to a dossier"
                );
                for f in sample {
                    assert!(
                        !reply.body.contains(&f.naam),
                        "{pad} shows pupil {}",
                        f.id.0
                    );
                }
            }
        }
        (
            "/afmelden"
            | "/account/api-sleutels/intrekken"
            | "/account/rol"
            | "/account/tweede-factor/uit"
            | "/account/tweede-factor/herstelcodes",
            Toegang::Aangemeld,
        ) => {
            let anon = crate::web::post_form(store, pad, None, "id=1").await;
            let refused = anon.status == StatusCode::FORBIDDEN
                || anon.location.as_deref() == Some("/aanmelden");
            assert!(refused, "{pad} without a session: {}", anon.status);
            // Signed in but without the form's CSRF value: refused too.
            let forged = crate::web::post_form(store, pad, Some(&callers[0].cookie), "id=1").await;
            assert_eq!(
                forged.status,
                StatusCode::FORBIDDEN,
                "{pad} without the CSRF value"
            );
        }
        ("/uitnodiging/{token}", Toegang::Publiek) => {
            // An unknown link shows nothing of any account, to anyone.
            for c in callers {
                let reply = get(store, "/uitnodiging/onbekend", Some(&c.cookie)).await;
                assert_eq!(reply.status, StatusCode::NOT_FOUND, "{}", c.user);
                assert!(!reply.body.contains("<form"));
            }
        }
        ("/account/tweede-factor", Toegang::Aangemeld) => {
            assert_eq!(
                get(store, pad, None).await.location.as_deref(),
                Some("/aanmelden")
            );
            // Everyone signed in may set up their own; a forged confirmation changes nothing.
            for c in callers {
                let reply = get(store, pad, Some(&c.cookie)).await;
                assert_eq!(reply.status, StatusCode::OK, "{}", c.user);
                assert!(reply.body.contains("id=\"geheim\""), "{}", c.user);
                let forged =
                    crate::web::post_form(store, pad, Some(&c.cookie), "code=123456").await;
                assert_eq!(forged.status, StatusCode::FORBIDDEN, "{pad} without CSRF");
            }
        }
        ("/wachtwoord-herstel/{token}", Toegang::Publiek) => {
            // An unknown reset link shows nothing of any account, to anyone.
            for c in callers {
                let reply = get(store, "/wachtwoord-herstel/onbekend", Some(&c.cookie)).await;
                assert_eq!(reply.status, StatusCode::NOT_FOUND, "{}", c.user);
                assert!(!reply.body.contains("<form"));
                let post = crate::web::post_form(
                    store,
                    "/wachtwoord-herstel/onbekend",
                    Some(&c.cookie),
                    "wachtwoord=een+lang+wachtwoord&herhaling=een+lang+wachtwoord",
                )
                .await;
                assert_eq!(post.status, StatusCode::NOT_FOUND, "{}", c.user);
            }
        }
        ("/wachtwoord-vergeten", Toegang::Publiek) => {
            // Anyone may ask; without the double-submit value nothing is sent.
            assert_eq!(get(store, pad, None).await.status, StatusCode::OK);
            for c in callers {
                let reply = get(store, pad, Some(&c.cookie)).await;
                assert_eq!(reply.status, StatusCode::OK, "{}", c.user);
                for f in sample {
                    assert!(!reply.body.contains(&f.naam));
                }
                let forged =
                    crate::web::post_form(store, pad, Some(&c.cookie), "email=a%40b.nl").await;
                assert_eq!(forged.status, StatusCode::FORBIDDEN, "{}", c.user);
            }
        }
        ("/account/wachtwoord", Toegang::Aangemeld) => {
            assert_eq!(
                get(store, pad, None).await.location.as_deref(),
                Some("/aanmelden")
            );
            // Everyone signed in keeps their own password; a forged post changes nothing.
            for c in callers {
                let reply = get(store, pad, Some(&c.cookie)).await;
                assert_eq!(reply.status, StatusCode::OK, "{}", c.user);
                let forged = crate::web::post_form(
                    store,
                    pad,
                    Some(&c.cookie),
                    "huidig=x&nieuw=een+lang+wachtwoord&herhaling=een+lang+wachtwoord",
                )
                .await;
                assert_eq!(
                    forged.status,
                    StatusCode::FORBIDDEN,
                    "{pad} without the CSRF value"
                );
            }
        }
        ("/account/api-sleutels", Toegang::Aangemeld) => {
            assert_eq!(
                get(store, pad, None).await.location.as_deref(),
                Some("/aanmelden")
            );
            for c in callers {
                let reply = get(store, pad, Some(&c.cookie)).await;
                assert_eq!(reply.status, StatusCode::OK);
                assert!(!reply.body.contains(&c.key), "a key is never shown again");
            }
        }
        ("/swv/{code}/dekkend-aanbod", Toegang::Aangemeld) => {
            assert_eq!(
                get(store, "/swv/PO2605/dekkend-aanbod", None)
                    .await
                    .location
                    .as_deref(),
                Some("/aanmelden")
            );
            for c in callers {
                let reply = get(store, "/swv/PO2605/dekkend-aanbod", Some(&c.cookie)).await;
                let may = matches!(c.user, "swv-po" | "opr" | "inspectie" | "ministerie");
                let want = if may {
                    StatusCode::OK
                } else {
                    StatusCode::NOT_FOUND
                };
                assert_eq!(reply.status, want, "{} on {pad}", c.user);
                for f in sample {
                    assert!(!reply.body.contains(&f.naam), "aggregates only");
                }
            }
        }
        ("/api/v1/samenwerkingsverbanden/{code}/dekkend-aanbod", Toegang::Aangemeld) => {
            let url = "/api/v1/samenwerkingsverbanden/PO2605/dekkend-aanbod";
            assert_eq!(
                api_get(store, url, None).await.status,
                StatusCode::UNAUTHORIZED
            );
            for c in callers {
                let may = matches!(c.user, "swv-po" | "opr" | "inspectie" | "ministerie");
                let want = if may {
                    StatusCode::OK
                } else {
                    StatusCode::NOT_FOUND
                };
                assert_eq!(
                    api_get(store, url, Some(&c.key)).await.status,
                    want,
                    "{} on {pad}",
                    c.user
                );
            }
        }
        _ => return false,
    }
    true
}

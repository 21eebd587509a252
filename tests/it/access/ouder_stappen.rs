//! The parents' own steps (issue 20, part 4): only the parent with gezag, signed in, takes
//! them. Who sees the child but is not the parent (the school, the SWV, leerplicht) gets the
//! reason; everyone else "not found"; the parent gets past the policy to the rule that the
//! subject does not exist. The paper form is the school's record (multipart).

use super::*;

pub(super) async fn dekt(m: &Matrix<'_>, pad: &str, toegang: Toegang) -> bool {
    let Matrix {
        store,
        callers,
        sample,
        ..
    } = *m;
    if toegang != Toegang::Leerlinggegevens {
        return false;
    }
    let body = match pad {
        "/leerlingen/{id}/opp/antwoord" => "opp=0&versie=1&antwoord=instemming",
        "/leerlingen/{id}/zienswijze" => "onderwerp=tlv&onderwerp_id=0&zienswijze=graag+dichtbij",
        "/leerlingen/{id}/tlv/ondertekening" => "tlv=0",
        "/leerlingen/{id}/aanmelden" => "vestiging=",
        "/leerlingen/{id}/opp/instemming" => return papier(m, pad).await,
        "/aanmeldingen/{id}/ontvangstbevestiging"
        | "/aanmeldingen/{id}/ontvangstbevestiging.pdf" => {
            return ontvangst(m, pad).await;
        }
        _ => return false,
    };
    for c in callers {
        for f in paar(c.user, pad, sample) {
            let url = pad.replace("{id}", &f.id.0.to_string());
            let ouder = c.user == "ouder" && may_see("ouder", f);
            if pad.ends_with("/aanmelden") {
                let want = if ouder {
                    StatusCode::OK
                } else {
                    StatusCode::NOT_FOUND
                };
                assert_eq!(
                    get(store, &url, Some(&c.cookie)).await.status,
                    want,
                    "{} GET {url}",
                    c.user
                );
            }
            let form = format!("csrf={}&{body}", c.csrf);
            let reply = crate::web::post_form(store, &url, Some(&c.cookie), &form).await;
            let want = if may_see(c.user, f) {
                StatusCode::BAD_REQUEST
            } else {
                StatusCode::NOT_FOUND
            };
            assert_eq!(reply.status, want, "{} POST {url}", c.user);
            if ouder {
                assert!(
                    !reply.body.contains("stap van de ouder"),
                    "{url}: {}",
                    reply.body
                );
            } else if may_see(c.user, f) {
                assert!(
                    reply
                        .body
                        .contains("stap van de ouder of voogd met gezag zelf"),
                    "{} {url}",
                    c.user
                );
            }
        }
    }
    true
}

/// The signed paper form, dated in the future: the school's rule refuses it (400) for the
/// school of the child; whoever else sees the child gets the reason; the rest 404.
async fn papier(m: &Matrix<'_>, pad: &str) -> bool {
    let Matrix {
        store,
        callers,
        sample,
        ..
    } = *m;
    for c in callers {
        for f in paar(c.user, pad, sample) {
            let url = pad.replace("{id}", &f.id.0.to_string());
            let grens = "----grens";
            let body = format!(
                "--{grens}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{}\r\n\
                 --{grens}\r\nContent-Disposition: form-data; name=\"datum\"\r\n\r\n2999-01-01\r\n\
                 --{grens}\r\nContent-Disposition: form-data; name=\"formulier\"; filename=\"scan.pdf\"\r\n\r\n%PDF\r\n--{grens}--\r\n",
                c.csrf
            );
            let req = axum::http::Request::post(&url)
                .header(
                    header::CONTENT_TYPE,
                    format!("multipart/form-data; boundary={grens}"),
                )
                .header(header::COOKIE, &c.cookie)
                .body(axum::body::Body::from(body))
                .unwrap();
            let reply = crate::web::send(store, req).await;
            let want = if may_see(c.user, f) {
                StatusCode::BAD_REQUEST
            } else {
                StatusCode::NOT_FOUND
            };
            assert_eq!(reply.status, want, "{} POST {url}", c.user);
        }
    }
    true
}

/// The demo's registrations were all recorded by a school, none sent by the parents in the
/// app: no receipt letter for anyone (the parent's own receipt is tested in `brieven`).
async fn ontvangst(m: &Matrix<'_>, pad: &str) -> bool {
    for c in m.callers {
        // The demo's first registrations (ids from 1).
        for id in [1, 2] {
            let url = pad.replace("{id}", &id.to_string());
            let reply = get(m.store, &url, Some(&c.cookie)).await;
            assert_eq!(reply.status, StatusCode::NOT_FOUND, "{} GET {url}", c.user);
        }
    }
    true
}

//! A pupil's parents page: only the school where the child is enrolled (or registered)
//! invites or unlinks a parent; who sees the dossier otherwise gets the reason, everyone
//! else "not found".

use super::*;

pub(super) async fn dekt(m: &Matrix<'_>, pad: &str, toegang: Toegang) -> bool {
    let Matrix {
        store,
        registered,
        callers,
        sample,
        ..
    } = *m;
    let lezen = match (pad, toegang) {
        ("/leerlingen/{id}/ouders", Toegang::Leerlinggegevens) => true,
        ("/leerlingen/{id}/ouders/ontkoppelen", Toegang::Leerlinggegevens) => false,
        _ => return false,
    };
    for c in callers {
        for f in paar(c.user, pad, sample) {
            // A registration alone gives the school this page too: that case has its own
            // test (web::ouders), so the matrix leaves ib's registered-only pupils out.
            if c.user == "ib" && !may_see("ib", f) && registered.contains(&f.id.0) {
                continue;
            }
            let url = format!("/leerlingen/{}/ouders", f.id.0);
            let school = c.user == "ib" && may_see("ib", f);
            // Who sees the dossier but is not the school gets the reason.
            let refused = if may_see(c.user, f) {
                StatusCode::BAD_REQUEST
            } else {
                StatusCode::NOT_FOUND
            };
            if lezen {
                let reply = get(store, &url, Some(&c.cookie)).await;
                let want = if school { StatusCode::OK } else { refused };
                assert_eq!(reply.status, want, "{} GET {url}", c.user);
                // An invitation without names: the school's form answers beside the field.
                let body = format!(
                    "csrf={}&voornaam=&achternaam=&email=x&relatie=ouder",
                    c.csrf
                );
                let posted = crate::web::post_form(store, &url, Some(&c.cookie), &body).await;
                let want = if school {
                    StatusCode::BAD_REQUEST
                } else {
                    refused
                };
                assert_eq!(posted.status, want, "{} POST {url}", c.user);
                if school {
                    assert!(
                        posted.body.contains(
                            "<p id=\"voornaam-fout\" class=\"fout\">vul de voornaam in</p>"
                        )
                    );
                }
            } else {
                // A parent who is not linked to this child: not found for the school too.
                let body = format!("csrf={}&ouder=999999", c.csrf);
                let pad = format!("{url}/ontkoppelen");
                let posted = crate::web::post_form(store, &pad, Some(&c.cookie), &body).await;
                let want = if school {
                    StatusCode::NOT_FOUND
                } else {
                    refused
                };
                assert_eq!(posted.status, want, "{} POST {pad}", c.user);
            }
        }
    }
    true
}

//! `/organisatie/briefhoofd`: the SWV's staff keep their own SWV's letterhead, the
//! leerplichtambtenaar the gemeente's; `/account/postadres`: the parent keeps their own
//! address for letters. For every other role there is no such page (404), and a refused
//! post changes nothing.

use super::*;

pub(super) async fn dekt(m: &Matrix<'_>, pad: &str, toegang: Toegang) -> bool {
    let wie: &[&str] = match (pad, toegang) {
        ("/organisatie/briefhoofd", Toegang::Aangemeld) => &["swv-po", "swv-vo", "leerplicht"],
        ("/account/postadres", Toegang::Aangemeld) => &["ouder"],
        _ => return false,
    };
    for c in m.callers {
        let eigen = wie.contains(&c.user);
        let reply = get(m.store, pad, Some(&c.cookie)).await;
        let want = if eigen {
            StatusCode::OK
        } else {
            StatusCode::NOT_FOUND
        };
        assert_eq!(reply.status, want, "{} GET {pad}", c.user);
        let body = "straat=X&huisnummer=1&postcode=3431AB&plaats=Y";
        let forged = crate::web::post_form(m.store, pad, Some(&c.cookie), body).await;
        assert_eq!(
            forged.status,
            StatusCode::FORBIDDEN,
            "{} without CSRF",
            c.user
        );
        // A postcode that is none: refused beside the field for the own staff, no page for
        // the rest.
        let body = format!("csrf={}&straat=X&huisnummer=1&postcode=12&plaats=Y", c.csrf);
        let reply = crate::web::post_form(m.store, pad, Some(&c.cookie), &body).await;
        let want = if eigen {
            StatusCode::BAD_REQUEST
        } else {
            StatusCode::NOT_FOUND
        };
        assert_eq!(reply.status, want, "{} POST {pad}", c.user);
    }
    true
}

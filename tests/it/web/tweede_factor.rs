//! A second factor over HTTP (issue 19 part 3): setting it up on `/account/tweede-factor`,
//! then signing in in two steps, a wrong or reused code refused beside the field, and a
//! recovery code accepted once. Both databases.

use super::{csrf_of, get, post_form, try_sign_in};
use crate::support::{TestDb, contract_db, foute_code, totp_code};
use axum::http::StatusCode;
use passend_domain::Rol;
use passend_store::{AccountRol, NewAccount, Store};

pub(super) const WACHTWOORD: &str = "een lang wachtwoord";

/// An account with the password [`WACHTWOORD`]; its id.
pub(super) async fn account(store: &Store, naam: &str, rol: Rol, scope: Option<&str>) -> i64 {
    store
        .accounts()
        .create_account(&NewAccount {
            gebruikersnaam: naam.into(),
            weergavenaam: naam.into(),
            wachtwoord: WACHTWOORD.into(),
            rollen: vec![AccountRol {
                rol,
                scope: scope.map(Into::into),
            }],
        })
        .await
        .unwrap()
}

/// The text of the element with this id (up to its first tag end).
fn tekst_van<'a>(body: &'a str, open: &str) -> &'a str {
    let at = body
        .find(open)
        .unwrap_or_else(|| panic!("{open} in {body}"))
        + open.len();
    &body[at..at + body[at..].find('<').unwrap()]
}

/// Sets up a second factor for a signed-in user: its secret and recovery codes.
pub(super) async fn stel_in(store: &Store, cookie: &str) -> (String, Vec<String>) {
    let pagina = get(store, "/account/tweede-factor", Some(cookie)).await;
    assert_eq!(pagina.status, StatusCode::OK);
    let geheim = tekst_van(&pagina.body, r#"<code id="geheim">"#).to_string();
    let body = format!(
        "csrf={}&code={}",
        csrf_of(&pagina.body),
        totp_code(&geheim, 0)
    );
    let klaar = post_form(store, "/account/tweede-factor", Some(cookie), &body).await;
    assert_eq!(klaar.status, StatusCode::OK, "{}", klaar.body);
    let at = klaar.body.find(r#"<ul id="herstelcodes">"#).expect("codes");
    let lijst = &klaar.body[at..at + klaar.body[at..].find("</ul>").unwrap()];
    let codes: Vec<String> = lijst
        .split("<li><code>")
        .skip(1)
        .map(|s| s[..s.find('<').unwrap()].to_string())
        .collect();
    (geheim, codes)
}

/// The password step: the cookies the code step needs (the step's token and the sign-in
/// form's double-submit value). No session exists yet.
async fn wachtwoord_stap(store: &Store, naam: &str) -> String {
    let page = get(store, "/aanmelden", None).await;
    let login = page.cookie.expect("sign-in cookie");
    let body = format!(
        "csrf={}&gebruikersnaam={naam}&wachtwoord={}",
        csrf_of(&page.body),
        WACHTWOORD.replace(' ', "+")
    );
    let reply = post_form(store, "/aanmelden", Some(&login), &body).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.location.as_deref(), Some("/aanmelden/code"));
    let stap = reply.cookie.expect("the step's cookie");
    assert!(stap.starts_with("passend_aanmeldstap="), "{stap}");
    format!("{login}; {stap}")
}

async fn code_stap(store: &Store, cookies: &str, code: &str) -> super::Reply {
    let form = get(store, "/aanmelden/code", Some(cookies)).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    let body = format!("csrf={}&code={code}", csrf_of(&form.body));
    post_form(store, "/aanmelden/code", Some(cookies), &body).await
}

fn sessie(reply: &super::Reply) -> String {
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(reply.location.as_deref(), Some("/"));
    let cookie = reply.cookie.clone().expect("a session");
    assert!(cookie.starts_with("passend_sessie="), "{cookie}");
    cookie
}

async fn a_user_sets_up_a_second_factor_and_signs_in_with_a_code(db: &TestDb) {
    let store = &db.store;
    account(store, "ib", Rol::School, Some("90AA00")).await;
    let cookie = try_sign_in(store, "ib", "een+lang+wachtwoord")
        .await
        .cookie
        .unwrap();
    // A wrong code: the message beside the field, the input kept, nothing set up.
    let pagina = get(store, "/account/tweede-factor", Some(&cookie)).await;
    let geheim = tekst_van(&pagina.body, r#"<code id="geheim">"#).to_string();
    assert!(pagina.body.contains("otpauth://totp/passend:ib?secret="));
    assert!(pagina.body.contains("<svg role=\"img\""), "a QR code");
    let fout = foute_code(&geheim);
    let body = format!("csrf={}&code={fout}", csrf_of(&pagina.body));
    let reply = post_form(store, "/account/tweede-factor", Some(&cookie), &body).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(
        reply
            .body
            .contains(r#"<p id="code-fout" class="fout">deze code klopt niet"#)
    );
    assert!(reply.body.contains(&format!(r#"value="{fout}""#)));
    let (zelfde, herstel) = stel_in(store, &cookie).await;
    assert_eq!(zelfde, geheim, "the secret did not change on reload");
    assert_eq!(herstel.len(), 10);
    let daarna = get(store, "/account/tweede-factor", Some(&cookie)).await;
    assert!(
        !daarna.body.contains(r#"id="geheim""#),
        "the secret is shown no more"
    );
    assert!(daarna.body.contains("10 ongebruikte herstelcodes"));

    // The password alone makes no session: the step's cookie opens nothing else.
    let stap = wachtwoord_stap(store, "ib").await;
    let elders = get(store, "/account/tweede-factor", Some(&stap)).await;
    assert_eq!(elders.location.as_deref(), Some("/aanmelden"));
    let reply = code_stap(store, &stap, &foute_code(&geheim)).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(
        reply
            .body
            .contains(r#"<p id="code-fout" class="fout">deze code klopt niet"#)
    );
    assert!(reply.cookie.is_none(), "no session after a wrong code");
    // The code that confirmed the set-up is spent; the next one signs in.
    let reply = code_stap(store, &stap, &totp_code(&geheim, 0)).await;
    assert!(
        reply
            .body
            .contains(r#"<p id="code-fout" class="fout">deze code is al gebruikt"#)
    );
    let volgende = totp_code(&geheim, 30);
    let nieuw = sessie(&code_stap(store, &stap, &volgende).await);
    assert_eq!(
        get(store, "/account/tweede-factor", Some(&nieuw))
            .await
            .status,
        StatusCode::OK
    );
    // The step is gone; a used code stays used in a new sign-in.
    let weg = get(store, "/aanmelden/code", Some(&stap)).await;
    assert_eq!(weg.location.as_deref(), Some("/aanmelden"));
    let stap = wachtwoord_stap(store, "ib").await;
    let reply = code_stap(store, &stap, &volgende).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(
        reply
            .body
            .contains(r#"<p id="code-fout" class="fout">deze code is al gebruikt"#)
    );
    // A recovery code works once.
    sessie(&code_stap(store, &stap, &herstel[0]).await);
    let stap = wachtwoord_stap(store, "ib").await;
    let reply = code_stap(store, &stap, &herstel[0]).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(
        reply
            .body
            .contains(r#"<p id="code-fout" class="fout">deze code klopt niet"#)
    );
    let over = get(store, "/account/tweede-factor", Some(&nieuw)).await;
    assert!(over.body.contains("9 ongebruikte herstelcodes"));
    // Turning it off with a recovery code: the page offers a new secret at once.
    let body = format!("csrf={}&code={}", csrf_of(&over.body), herstel[1]);
    let uit = post_form(store, "/account/tweede-factor/uit", Some(&nieuw), &body).await;
    assert_eq!(uit.status, StatusCode::OK, "{}", uit.body);
    assert!(uit.body.contains("Uw tweede factor is uitgeschakeld"));
    assert_ne!(tekst_van(&uit.body, r#"<code id="geheim">"#), geheim);
    assert_eq!(
        try_sign_in(store, "ib", "een+lang+wachtwoord")
            .await
            .location
            .as_deref(),
        Some("/"),
        "the password alone signs in again"
    );
}

contract_db!(a_user_sets_up_a_second_factor_and_signs_in_with_a_code);

//! Parents linked by the school (issue 19 part 5): the school where a child is enrolled or
//! registered invites a parent with gezag; the parent sets a password through the link and
//! sees only the children linked to them; unlinking ends that at once and is audited.
//! Both databases.

use super::{csrf_of, get, post_form, try_sign_in, with_state};
use crate::store::{pupil, school_with_vestiging};
use crate::support::{TestDb, contract_db};
use axum::http::StatusCode;
use jiff::civil::date;
use passend_domain::{Inschrijving, Rol, Schoolsoort, VestigingCode};
use passend_store::{AccountRol, LeerlingId, NewAccount, Store};
use sqlx::{Connection, Row};

async fn ingeschreven(store: &Store, bsn: &str, vestiging: &str) -> LeerlingId {
    let id = store.create_leerling(&pupil(bsn, "3431AB")).await.unwrap();
    let v = VestigingCode::parse(vestiging).unwrap();
    store
        .add_inschrijving(id, Inschrijving::new(v, date(2022, 8, 20), None).unwrap())
        .await
        .unwrap();
    id
}

async fn account(store: &Store, naam: &str, rol: Rol, scope: &str) -> String {
    let wachtwoord = format!("{naam}-wachtwoord-2026");
    store
        .accounts()
        .create_account(&NewAccount {
            gebruikersnaam: naam.into(),
            weergavenaam: naam.into(),
            wachtwoord: wachtwoord.clone(),
            rollen: vec![AccountRol {
                rol,
                scope: Some(scope.into()),
            }],
        })
        .await
        .unwrap();
    let reply = try_sign_in(store, naam, &wachtwoord).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    reply.cookie.unwrap()
}

/// The text between `voor` and the next `"` or `<` in `body`.
fn na<'a>(body: &'a str, voor: &str) -> &'a str {
    let rest = &body[body
        .find(voor)
        .unwrap_or_else(|| panic!("{voor} in {body}"))
        + voor.len()..];
    &rest[..rest.find(['"', '<']).unwrap()]
}

async fn a_school_invites_a_parent_who_then_sees_only_that_child(db: &TestDb) {
    let map = crate::support::tempdir();
    let state = passend_web::AppState::met_mail(
        db.store.clone(),
        passend_web::mail::MailInstelling::map(map.path(), "https://passend.example.nl"),
    );
    with_state(state, invite_and_see(db, map.path())).await;
}

async fn invite_and_see(db: &TestDb, map: &std::path::Path) {
    let store = &db.store;
    school_with_vestiging(store, "90AA00", "3431AB", Schoolsoort::Bao).await;
    school_with_vestiging(store, "90AB00", "3431AB", Schoolsoort::Bao).await;
    let kind = ingeschreven(store, "123456782", "90AA00").await;
    let ander = ingeschreven(store, "111222333", "90AB00").await;
    let school = account(store, "ib-test", Rol::School, "90AA00").await;
    let andere_school = account(store, "ib-ander", Rol::School, "90AB00").await;
    let pad = format!("/leerlingen/{}/ouders", kind.0);

    let leeg = get(store, &pad, Some(&school)).await;
    assert_eq!(leeg.status, StatusCode::OK);
    assert!(leeg.body.contains("<p>Nog niemand.</p>"));
    // Another school does not reach this child at all.
    assert_eq!(
        get(store, &pad, Some(&andere_school)).await.status,
        StatusCode::NOT_FOUND
    );
    let csrf = csrf_of(&leeg.body);

    // A wrong address: the message beside the field, the input kept, nothing linked.
    let fout = post_form(
        store,
        &pad,
        Some(&school),
        &format!("csrf={csrf}&voornaam=Jan&achternaam=Jansen&email=jan.voorbeeld.nl&relatie=ouder&gezag=ja"),
    )
    .await;
    assert_eq!(fout.status, StatusCode::BAD_REQUEST);
    assert!(fout.body.contains(r#"<p id="email-fout" class="fout">&#39;jan.voorbeeld.nl&#39; is geen e-mailadres: verwacht iets als naam@school.nl</p>"#));
    assert!(fout.body.contains(r#"value="Jansen""#));
    assert!(fout.body.contains("<p>Nog niemand.</p>"));
    // Without gezag: refused, beside the checkbox.
    let geen_gezag = post_form(
        store,
        &pad,
        Some(&school),
        &format!(
            "csrf={csrf}&voornaam=Jan&achternaam=Jansen&email=jan%40voorbeeld.nl&relatie=ouder"
        ),
    )
    .await;
    assert_eq!(geen_gezag.status, StatusCode::BAD_REQUEST);
    assert!(geen_gezag.body.contains(r#"<p id="gezag-fout" class="fout">alleen een ouder of voogd met gezag over het kind krijgt toegang</p>"#));

    let goed = format!(
        "csrf={csrf}&voornaam=Jan&achternaam=Jansen&email=Jan%40Voorbeeld.nl&relatie=ouder&gezag=ja"
    );
    let uitgenodigd = post_form(store, &pad, Some(&school), &goed).await;
    assert_eq!(uitgenodigd.status, StatusCode::OK, "{}", uitgenodigd.body);
    assert!(uitgenodigd.body.contains(
        r#"<p id="uitgenodigd">De uitnodiging is per e-mail verstuurd naar jan@voorbeeld.nl.</p>"#
    ));
    // The mail has the link and nothing of the child: no name, no number.
    let mails = crate::smtp::wacht(|| crate::smtp::lees_map(map, ".eml"), 1).await;
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("To: jan@voorbeeld.nl"));
    let tekst = crate::smtp::tekst(&mails[0]);
    assert!(
        !tekst.contains("Sanne") && !tekst.contains("123456782"),
        "{tekst}"
    );
    let link = crate::smtp::link(&mails[0], "https://passend.example.nl/uitnodiging/");
    let link = link
        .trim_start_matches("https://passend.example.nl")
        .to_string();
    assert!(
        uitgenodigd
            .body
            .contains("<td>uitgenodigd, nog niet aangemeld</td>")
    );
    let nog_eens = post_form(store, &pad, Some(&school), &goed).await;
    assert_eq!(nog_eens.status, StatusCode::CONFLICT);
    assert!(nog_eens.body.contains(
        r#"<p id="email-fout" class="fout">jan@voorbeeld.nl is al gekoppeld aan dit kind</p>"#
    ));

    // The parent sets a password through the link and sees this child, not another.
    let gezet = post_form(
        store,
        &link,
        None,
        "wachtwoord=een+eigen+wachtwoord&herhaling=een+eigen+wachtwoord",
    )
    .await;
    assert_eq!(gezet.status, StatusCode::OK, "{}", gezet.body);
    let ouder = try_sign_in(store, "jan%40voorbeeld.nl", "een+eigen+wachtwoord").await;
    assert_eq!(ouder.status, StatusCode::SEE_OTHER, "{}", ouder.body);
    let ouder = ouder.cookie.unwrap();
    let kinderen = get(store, "/mijn-kinderen", Some(&ouder)).await;
    assert!(
        kinderen
            .body
            .contains(&format!("href=\"/leerlingen/{}\"", kind.0))
    );
    assert!(
        !kinderen
            .body
            .contains(&format!("href=\"/leerlingen/{}\"", ander.0))
    );
    let eigen = format!("/leerlingen/{}", kind.0);
    assert_eq!(
        get(store, &eigen, Some(&ouder)).await.status,
        StatusCode::OK
    );
    let vreemd = format!("/leerlingen/{}", ander.0);
    assert_eq!(
        get(store, &vreemd, Some(&ouder)).await.status,
        StatusCode::NOT_FOUND
    );

    // The school sees the account is in use, and unlinks: the parent's view ends at once.
    let lijst = get(store, &pad, Some(&school)).await;
    assert!(lijst.body.contains("<td>heeft een account</td>"));
    let ouder_id = na(&lijst.body, r#"name="ouder" value=""#).to_string();
    let weg = post_form(
        store,
        &format!("{pad}/ontkoppelen"),
        Some(&school),
        &format!("csrf={csrf}&ouder={ouder_id}"),
    )
    .await;
    assert_eq!(weg.status, StatusCode::SEE_OTHER);
    assert_eq!(
        get(store, &eigen, Some(&ouder)).await.status,
        StatusCode::NOT_FOUND
    );

    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let wijzigingen: Vec<(String, String)> = sqlx::query(
        "SELECT actie, route FROM audit_log WHERE leerling_id = $1 AND wijzigingen = 'ouder_leerling' ORDER BY id",
    )
    .bind(kind.0)
    .fetch_all(&mut raw)
    .await
    .unwrap()
    .iter()
    .map(|r| (r.get(0), r.get(1)))
    .collect();
    assert_eq!(
        wijzigingen,
        [
            (
                "aanmaken".to_string(),
                "/leerlingen/{id}/ouders".to_string()
            ),
            (
                "wijzigen".to_string(),
                "/leerlingen/{id}/ouders/ontkoppelen".to_string()
            ),
        ]
    );
    raw.close().await.unwrap();
}

/// A registration is enough: the school that must decide on it knows the parents from the
/// registration form and can invite them before the child is enrolled.
async fn a_registration_lets_the_school_invite_the_parents(db: &TestDb) {
    let store = &db.store;
    school_with_vestiging(store, "90AA00", "3431AB", Schoolsoort::Bao).await;
    let today = passend_web::vandaag();
    let wie = store
        .systeem_verzoeker(Rol::School, "90AA00")
        .await
        .unwrap();
    let nieuw = passend_store::NieuweAanmelding {
        leerling: passend_domain::Leerling::new(
            passend_domain::Naam::new("Noor", None, "Visser").unwrap(),
            date(2019, 3, 14),
            passend_domain::Postcode::parse("3431AB").unwrap(),
            Some(passend_domain::Bsn::parse("111222333").unwrap()),
            None,
            today,
        )
        .unwrap(),
        vestiging: VestigingCode::parse("90AA00").unwrap(),
        ontvangen: today,
        gewenste_start: None,
        eerste_voorkeur: true,
        andere_scholen: String::new(),
        extra_ondersteuning: false,
        beoordeling: None,
    };
    let aanmelding = store
        .aanmeldingen()
        .registreer_aanmelding(&wie, &nieuw, today, "/test")
        .await
        .unwrap();
    let school = account(store, "ib-test", Rol::School, "90AA00").await;
    let detail = get(store, &format!("/aanmeldingen/{aanmelding}"), Some(&school)).await;
    let pad = na(&detail.body, "<p><a href=\"").to_string();
    assert!(pad.ends_with("/ouders"), "{pad}");
    let pagina = get(store, &pad, Some(&school)).await;
    assert_eq!(pagina.status, StatusCode::OK);
    assert!(pagina.body.contains("<h1>Ouders van Noor Visser</h1>"));
}

contract_db!(
    a_school_invites_a_parent_who_then_sees_only_that_child,
    a_registration_lets_the_school_invite_the_parents
);

//! The parents' own address on the letters (0038): the parent sets it on
//! `/account/postadres` (a wrong field refused beside it, the input kept, nothing stored);
//! the letters about their child are then addressed to that street and place instead of
//! the child's postcode alone. Nobody but a parent has the page.

use super::*;
use crate::web::{csrf_of, post_form, try_sign_in};
use jiff::ToSpan;
use passend_domain::VestigingCode;
use passend_store::{AccountRol, NewAccount, NieuweSchorsing};

#[tokio::test]
async fn a_parent_sets_their_address_and_the_letters_go_there() {
    let db = crate::support::demo_sqlite().await;
    let store = &db.store;
    let today = passend_web::vandaag();
    let school = briefhoofd(&db, "90AA00").await;
    let ib = als(store, Rol::School, "90AA00").await;
    let vestiging = VestigingCode::parse("90AA00").unwrap();
    let kind = &store
        .leerlingen_van_vestiging(&vestiging, today)
        .await
        .unwrap()[7];
    let ouder = store
        .create_ouder(
            &Naam::new("Anna", Some("de"), "Wit").unwrap(),
            None,
            &[(kind.id, "ouder")],
        )
        .await
        .unwrap();
    let nieuw = NewAccount {
        gebruikersnaam: "anna".into(),
        weergavenaam: OUDER.into(),
        wachtwoord: "anna-wachtwoord-2026".into(),
        rollen: vec![AccountRol {
            rol: Rol::Ouder,
            scope: Some(ouder.to_string()),
        }],
    };
    store.accounts().create_account(&nieuw).await.unwrap();
    let anna = try_sign_in(store, "anna", "anna-wachtwoord-2026")
        .await
        .cookie
        .unwrap();
    let schorsing = NieuweSchorsing {
        van: today,
        tot: today + 1.days(),
        reden: "Pesten".into(),
        schriftelijk: true,
        stem_kind: "Het kind is gehoord.".into(),
    };
    let m = store.maatregelen();
    m.schors(&ib, kind.id, &schorsing, today, "/t")
        .await
        .unwrap();
    let id = m.schorsingen(&ib, kind.id, today, "/t").await.unwrap()[0].id;
    let brief = |cookie: String| async move {
        let r = get(
            store,
            &format!("/brieven/schorsing/{id}/pdf"),
            Some(&cookie),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK);
        passend_web::pdf::tekst(r.body.as_bytes())
            .lines()
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let voor = brief(anna.clone()).await;
    kop(&voor, &school, &STRAAT, &kind.postcode, today);

    let pagina = get(store, "/account/postadres", Some(&anna)).await;
    assert_eq!(pagina.status, StatusCode::OK);
    assert!(pagina.body.contains("<h1>Uw adres voor brieven</h1>"));
    let csrf = csrf_of(&pagina.body);
    let fout = post_form(
        store,
        "/account/postadres",
        Some(&anna),
        &format!("csrf={csrf}&straat=Dorpsstraat&huisnummer=12a&postcode=12&plaats=Nieuwegein"),
    )
    .await;
    assert_eq!(fout.status, StatusCode::BAD_REQUEST);
    assert!(
        fout.body
            .contains("<p id=\"postcode-fout\" class=\"fout\">"),
        "{}",
        fout.body
    );
    assert!(fout.body.contains("value=\"Dorpsstraat\""), "input kept");
    assert_eq!(brief(anna.clone()).await, voor, "nothing stored");

    let ok = post_form(
        store,
        "/account/postadres",
        Some(&anna),
        &format!("csrf={csrf}&straat=Dorpsstraat&huisnummer=12a&postcode=3431ab&plaats=Nieuwegein"),
    )
    .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    assert!(ok.body.contains("Het adres is opgeslagen."));
    let na = brief(anna).await;
    let n = STRAAT.len();
    assert!(na[n + 1].split(" en ").any(|o| o == OUDER), "{na:?}");
    assert_eq!(
        na[n + 2..n + 4],
        ["Dorpsstraat 12a", "3431 AB Nieuwegein"],
        "the parent's own address: {na:?}"
    );
    let school_cookie = sign_in(store, "ib").await;
    let geen = get(store, "/account/postadres", Some(&school_cookie)).await;
    assert_eq!(geen.status, StatusCode::NOT_FOUND);
    db.finish().await;
}

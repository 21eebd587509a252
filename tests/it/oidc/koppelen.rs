//! Binding through an invitation, then signing in through the provider; an ended account
//! cannot; a subject binds to one account only. Both databases, both key types.

use super::{BASIS, HOOG, Testaanbieder, meld_aan};
use crate::support::{TestDb, contract_db};
use crate::web::{get, try_sign_in, with_state};
use axum::http::StatusCode;
use passend_domain::Rol;
use passend_store::AccountRol;

fn leerplicht() -> AccountRol {
    AccountRol {
        rol: Rol::Leerplicht,
        scope: Some("0356".into()),
    }
}

/// The refusal text on passend's page, where only a refusal puts it.
pub fn fout(body: &str) -> &str {
    let start = body
        .find(r#"<p id="oidc-fout" class="fout" role="alert">"#)
        .unwrap_or_else(|| panic!("no refusal on the page: {body}"));
    let rest = &body[start..];
    &rest[rest.find('>').unwrap() + 1..rest.find("</p>").unwrap()]
}

async fn an_invitee_binds_through_the_provider_and_signs_in(db: &TestDb) {
    let test = "an_invitee_binds_through_the_provider_and_signs_in";
    let Some(aanbieder) = Testaanbieder::start(test, BASIS).await else {
        return;
    };
    let store = &db.store;
    with_state(aanbieder.state(store), async {
        let beheer = store.systeem_verzoeker(Rol::Beheerder, "").await.unwrap();
        let token = store
            .accounts()
            .nodig_uit(&beheer, "lpa", "L. Plicht", leerplicht())
            .await
            .unwrap();
        let pad = format!("/uitnodiging/{token}");
        let form = get(store, &pad, None).await;
        assert!(form.body.contains(&format!(
            r#"<a class="knop" href="{pad}/koppel/entree">Koppel met Entree</a>"#
        )));
        let aanmelden = get(store, "/aanmelden", None).await;
        assert!(aanmelden.body.contains(
            r#"<a class="knop" href="/aanmelden/oidc/digid">Inloggen met DigiD</a>"#
        ));

        // Not bound yet: the provider knows the person, passend does not.
        let vooraf = meld_aan(store, "/aanmelden/oidc/entree", "l.plicht", HOOG).await;
        assert_eq!(vooraf.status, StatusCode::FORBIDDEN);
        assert_eq!(
            fout(&vooraf.body),
            "Dit account is nog niet gekoppeld; gebruik de uitnodigingslink die u van de beheerder kreeg."
        );

        let koppel = format!("{pad}/koppel/entree");
        let gekoppeld = meld_aan(store, &koppel, "l.plicht", HOOG).await;
        assert_eq!(gekoppeld.status, StatusCode::SEE_OTHER, "{}", gekoppeld.body);
        assert_eq!(gekoppeld.location.as_deref(), Some("/"));
        let sessie = gekoppeld.cookie.expect("session cookie");
        let start = get(store, "/", Some(&sessie)).await;
        assert!(start.body.contains("<span>L. Plicht · "), "{}", start.body);
        // The invitation is used up, and there is no password to sign in with.
        assert_eq!(get(store, &pad, None).await.status, StatusCode::GONE);
        let r = try_sign_in(store, "lpa", "een+willekeurig+wachtwoord").await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);

        // From now on the provider's sign-in is enough.
        let weer = meld_aan(store, "/aanmelden/oidc/entree", "l.plicht", HOOG).await;
        assert_eq!(weer.status, StatusCode::SEE_OTHER, "{}", weer.body);
        let sessie = weer.cookie.unwrap();
        assert!(
            get(store, "/", Some(&sessie))
                .await
                .body
                .contains("<span>L. Plicht · ")
        );

        // A second invitee cannot take the same subject; their invitation still works.
        let tweede = store
            .accounts()
            .nodig_uit(&beheer, "lpa2", "K. Plicht", leerplicht())
            .await
            .unwrap();
        let pad2 = format!("/uitnodiging/{tweede}");
        let dubbel = meld_aan(store, &format!("{pad2}/koppel/entree"), "l.plicht", HOOG).await;
        assert_eq!(dubbel.status, StatusCode::CONFLICT);
        assert_eq!(
            fout(&dubbel.body),
            "Dit account bij de aanbieder is al aan een ander passend-account gekoppeld."
        );
        assert_eq!(get(store, &pad2, None).await.status, StatusCode::OK);
        // Through the other provider (P-256 key) the second invitee binds their own.
        let digid = meld_aan(store, &format!("{pad2}/koppel/digid"), "k.plicht", HOOG).await;
        assert_eq!(digid.status, StatusCode::SEE_OTHER, "{}", digid.body);
        let s2 = digid.cookie.unwrap();
        assert!(
            get(store, "/", Some(&s2))
                .await
                .body
                .contains("<span>K. Plicht · ")
        );

        // An ended account cannot sign in this way either.
        store.accounts().deactiveer(&beheer, "lpa").await.unwrap();
        let na = meld_aan(store, "/aanmelden/oidc/entree", "l.plicht", HOOG).await;
        assert_eq!(na.status, StatusCode::FORBIDDEN);
        assert_eq!(
            fout(&na.body),
            "Dit account is beëindigd; neem contact op met de beheerder."
        );
        assert!(na.cookie.is_none());
    })
    .await;
}

contract_db!(an_invitee_binds_through_the_provider_and_signs_in);

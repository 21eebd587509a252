//! The receiving school fetches the TLV in the app (issue 20, parts 2 and 6): the so school
//! where the parents register a child with a granted so TLV sees the decision on the
//! registration's page and in the API; a so school without that registration gets "not
//! found"; a vso school where the same child is registered sees nothing of a so TLV, and a
//! withdrawn registration shows it no longer.

use super::*;
use crate::access::api_get;
use sqlx::{Connection, Row};

/// The TLV's section of a registration page, if it has one.
fn tlv_sectie(body: &str) -> Option<&str> {
    let (_, rest) = body.split_once("id=\"tlv-toelating\"")?;
    rest.split("</table>").next()
}

/// Registers the child as school `cookie` through the form; the registration's URL.
async fn registreer(store: &passend_store::Store, cookie: &str, kind: &str) -> String {
    let csrf = csrf_of(&get(store, "/aanmeldingen", Some(cookie)).await.body);
    let ontvangen = passend_web::vandaag() - jiff::ToSpan::days(3);
    let body =
        format!("csrf={csrf}&{kind}&ontvangen={ontvangen}&extra_ondersteuning=ja&beoordeling=");
    let made = post_form(store, "/aanmeldingen", Some(cookie), &body).await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    made.location.unwrap()
}

#[tokio::test]
async fn the_receiving_school_sees_the_tlv_of_a_child_registered_there() {
    let db = demo_sqlite().await;
    let store = &db.store;
    // The demo's granted so TLV, asked by the demo school, and its pupil.
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let r = sqlx::query(
        "SELECT t.beschikkingsnummer, t.ingang, t.einde, t.toelichting, l.voornaam, l.achternaam, \
         l.geboortedatum, l.postcode, l.bsn FROM tlv t JOIN leerling l ON l.id = t.leerling_id \
         WHERE t.soort = 'so' AND t.besluit = 'toegekend' AND t.extern = 0 ORDER BY t.id",
    )
    .fetch_one(&mut raw)
    .await
    .unwrap();
    raw.close().await.unwrap();
    let veld = |i: usize| r.get::<String, _>(i);
    let (nummer, toelichting) = (veld(0), veld(3));
    let periode = format!(
        "{} tot en met {}",
        passend_web::datum(veld(1).parse().unwrap()),
        passend_web::datum(veld(2).parse().unwrap())
    );
    let kind = format!(
        "voornaam={}&achternaam={}&geboortedatum={}&postcode={}&persoonsnummer={}",
        veld(4),
        veld(5),
        veld(6),
        veld(7).replace(' ', "+"),
        veld(8)
    );

    let (_, so) = account_in_role(store, "so-lekstroom", Rol::School, Some("90BT00")).await;
    let url = registreer(store, &so, &kind).await;
    let page = get(store, &url, Some(&so)).await;
    assert_eq!(page.status, StatusCode::OK);
    let sectie = tlv_sectie(&page.body).expect("the TLV on the registration page");
    for woord in [
        nummer.as_str(),
        &periode,
        "midden",
        "speciaal onderwijs",
        "PO2605",
    ] {
        assert!(sectie.contains(woord), "{woord} in {sectie}");
    }
    // The decision only: not the request's reasons, not the advices, no dossier link.
    assert!(!page.body.contains(&toelichting));
    assert!(!page.body.contains("Toelaatbaar tot"));
    assert!(!page.body.contains("href=\"/tlv/"));
    let id = url.rsplit('/').next().unwrap();
    let key = crate::api::api_key(store, "so-lekstroom").await;
    let api = api_get(store, &format!("/api/v1/aanmeldingen/{id}"), Some(&key)).await;
    assert_eq!(api.status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_str(&api.body).unwrap();
    assert_eq!(
        json["toelaatbaarheidsverklaringen"][0]["beschikkingsnummer"],
        nummer.as_str()
    );
    assert_eq!(json["toelaatbaarheidsverklaringen"][0]["soort"], "so");

    // A so school of the same bestuur without this registration: not found, page and TLV.
    let (_, ander) = account_in_role(store, "so-zonnehuis", Rol::School, Some("90BU00")).await;
    assert_eq!(
        get(store, &url, Some(&ander)).await.status,
        StatusCode::NOT_FOUND
    );
    // The vso school where the child is registered too needs a vso TLV: it sees none.
    let (_, vso) = account_in_role(store, "vso-lekstroom", Rol::School, Some("90BV00")).await;
    let vso_url = registreer(store, &vso, &kind).await;
    let vso_page = get(store, &vso_url, Some(&vso)).await;
    assert_eq!(vso_page.status, StatusCode::OK);
    assert!(tlv_sectie(&vso_page.body).is_none());
    assert!(!vso_page.body.contains(&nummer));

    // Withdrawn by the parents: the school keeps its record, and no longer sees the TLV.
    let intrekken = post_form(
        store,
        &format!("{url}/intrekken"),
        Some(&so),
        &format!(
            "csrf={}&datum={}",
            csrf_of(&page.body),
            passend_web::vandaag()
        ),
    )
    .await;
    assert_eq!(
        intrekken.status,
        StatusCode::SEE_OTHER,
        "{}",
        intrekken.body
    );
    let na = get(store, &url, Some(&so)).await;
    assert_eq!(na.status, StatusCode::OK);
    assert!(tlv_sectie(&na.body).is_none() && !na.body.contains(&nummer));
    db.finish().await;
}

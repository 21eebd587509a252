//! The receiving school: the demo's granted so TLV (asked by the demo school) is read by the
//! so school where the parents then register the child, on the registration's page and in
//! the API; its bevoegd gezag too; nobody else gets it there, and a so school without that
//! registration gets "not found".

use super::*;
use passend_domain::Rol;
use passend_store::{AccountRol, NewAccount};

/// The extra accounts: the so school where the child is registered, its bestuur, and a so
/// school of the same bestuur without a registration. (user, may read the TLV, may read
/// the registration)
const ONTVANGERS: [(&str, Rol, &str, bool); 3] = [
    ("so-lekstroom", Rol::School, "90BT00", true),
    ("bestuur-lekstroom", Rol::Bestuur, "90005", true),
    ("so-zonnehuis", Rol::School, "90BU00", false),
];

async fn caller(store: &Store, user: &'static str, rol: Rol, scope: &str) -> Caller {
    let wachtwoord = format!("demo-{user}-2026");
    let account = match store.accounts().verify_password(user, &wachtwoord).await {
        Ok(Some(a)) => a.id,
        _ => store
            .accounts()
            .create_account(&NewAccount {
                gebruikersnaam: user.into(),
                weergavenaam: format!("{user} (matrix)"),
                wachtwoord,
                rollen: vec![AccountRol {
                    rol,
                    scope: Some(scope.into()),
                }],
            })
            .await
            .unwrap(),
    };
    let key = store
        .accounts()
        .create_api_sleutel(account, "matrix")
        .await
        .unwrap();
    let cookie = sign_in(store, user).await;
    Caller {
        user,
        csrf: String::new(),
        cookie,
        key,
    }
}

/// Registers the TLV's pupil at 90BT00 for the check (below the store) and removes the
/// registration again, so the other routes of this part see the demo as it was.
pub(super) async fn tlv_voor_de_ontvangende_school(m: &Matrix<'_>, api: bool) {
    let mut raw = sqlx::AnyConnection::connect(&store_url(m.store))
        .await
        .unwrap();
    let tlv = sqlx::query(
        "SELECT leerling_id, beschikkingsnummer, toelichting FROM tlv \
         WHERE soort = 'so' AND besluit = 'toegekend' AND extern = 0 ORDER BY id",
    )
    .fetch_one(&mut raw)
    .await
    .unwrap();
    let (leerling, nummer, toelichting): (i64, String, String) =
        (tlv.get(0), tlv.get(1), tlv.get(2));
    let id: i64 = sqlx::query(
        "INSERT INTO aanmelding (leerling_id, vestiging_code, ontvangen, extra_ondersteuning, aangemaakt) \
         VALUES ($1, '90BT00', '2026-11-02', 1, 'nu') RETURNING id",
    )
    .bind(leerling)
    .fetch_one(&mut raw)
    .await
    .unwrap()
    .get(0);
    let mut extra = Vec::new();
    for (user, rol, scope, _) in ONTVANGERS {
        extra.push(caller(m.store, user, rol, scope).await);
    }
    for c in m.callers.iter().chain(&extra) {
        let (tlv, leest) = match ONTVANGERS.iter().find(|o| o.0 == c.user) {
            Some(o) => (o.3, o.3),
            None => (false, c.user == "swv-po"),
        };
        let want = if leest {
            StatusCode::OK
        } else {
            StatusCode::NOT_FOUND
        };
        let (reply, getoond) = if api {
            let url = format!("/api/v1/aanmeldingen/{id}");
            let reply = api_get(m.store, &url, Some(&c.key)).await;
            let json: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
            let lijst = &json["toelaatbaarheidsverklaringen"];
            let getoond = lijst.as_array().is_some_and(|l| {
                l.iter().any(|t| {
                    t["beschikkingsnummer"] == nummer.as_str() && t["categorie"] == "midden"
                })
            });
            (reply, getoond)
        } else {
            let reply = get(m.store, &format!("/aanmeldingen/{id}"), Some(&c.cookie)).await;
            let getoond = reply
                .body
                .split_once("id=\"tlv-toelating\"")
                .is_some_and(|(_, t)| t.split("</table>").next().unwrap().contains(&nummer));
            (reply, getoond)
        };
        assert_eq!(reply.status, want, "{} on registration {id}", c.user);
        assert_eq!(getoond, tlv, "{} sees the TLV on registration {id}", c.user);
        // The decision, never the request's reasons or the advices.
        assert!(!reply.body.contains(&toelichting), "{}", c.user);
        assert!(!reply.body.contains("Toelaatbaar tot"), "{}", c.user);
    }
    sqlx::query("DELETE FROM aanmelding WHERE id = $1")
        .bind(id)
        .execute(&mut raw)
        .await
        .unwrap();
    raw.close().await.unwrap();
}

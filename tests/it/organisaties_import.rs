//! Organisations from a file (issue 19 part 2): a region's besturen, scholen and vestigingen
//! without the demo; idempotent, changes recorded, a missing vestiging closed. Both databases.

use crate::support::{TestDb, contract_db};
use jiff::civil::date;
use passend_domain::organisaties::lees;
use passend_domain::{RegioIndeling, Rol, VestigingCode};
use passend_store::OrganisatieUitkomst;
use sqlx::{Connection, Row};

const KOP: &str = "bestuur,bestuur_naam,brin,vestiging,naam,soort,straat,huisnummer,postcode,plaats,gemeentecode,swv\n";
const BOOG: &str =
    "41000,Stichting Lek,90AA,00,De Boog,bao,Dorpsstraat,12a,3431 AB,Nieuwegein,0356,\n";
const DEPENDANCE: &str =
    "41000,Stichting Lek,90AA,01,De Boog Zuid,bao,Kerkweg,3,3431AC,Nieuwegein,0356,\n";
const ROC: &str = "42000,ROC Midden,91BB,00,ROC Nieuwegein,mbo,Laan,1,3431AB,Nieuwegein,0356,\n";

async fn importeer(db: &TestDb, rijen: &[&str], dag: jiff::civil::Date) -> OrganisatieUitkomst {
    let tekst = format!("{KOP}{}", rijen.concat());
    let rijen = lees(&tekst, RegioIndeling::officieel()).unwrap();
    let beheer = db
        .store
        .systeem_verzoeker(Rol::Beheerder, "")
        .await
        .unwrap();
    db.store
        .organisaties()
        .importeer_organisaties(&beheer, &rijen, dag, "/beheer/organisaties")
        .await
        .unwrap()
}

async fn a_region_from_its_organisations_file(db: &TestDb) {
    let eerst = importeer(db, &[BOOG, DEPENDANCE, ROC], date(2026, 12, 1)).await;
    assert_eq!(
        eerst,
        OrganisatieUitkomst {
            nieuw: 2,
            mbo: 1,
            ..Default::default()
        }
    );
    let v = db
        .store
        .organisaties()
        .vestiging(&VestigingCode::parse("90AA01").unwrap())
        .await
        .unwrap();
    assert_eq!(
        v.vestiging.swv_code, "PO2605",
        "from the postcode and the sector"
    );

    // The same file again changes nothing.
    let weer = importeer(db, &[BOOG, DEPENDANCE, ROC], date(2026, 12, 2)).await;
    assert_eq!(
        weer,
        OrganisatieUitkomst {
            ongewijzigd: 2,
            mbo: 1,
            ..Default::default()
        }
    );

    // A new name is recorded; the dependance, missing from the file, is closed.
    let hernoemd = BOOG.replace("De Boog,", "De Regenboog,");
    let later = importeer(db, &[&hernoemd], date(2026, 12, 3)).await;
    assert_eq!(
        later,
        OrganisatieUitkomst {
            gewijzigd: 1,
            gesloten: 1,
            ..Default::default()
        }
    );
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let wijzigingen: Vec<(String, String, String, String)> =
        sqlx::query("SELECT code, veld, oud, nieuw FROM organisatie_wijziging ORDER BY id")
            .fetch_all(&mut raw)
            .await
            .unwrap()
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3)))
            .collect();
    assert!(
        wijzigingen.contains(&(
            "90AA00".into(),
            "naam".into(),
            "De Boog".into(),
            "De Regenboog".into()
        )),
        "{wijzigingen:?}"
    );
    assert!(
        wijzigingen.contains(&(
            "90AA01".into(),
            "gesloten".into(),
            String::new(),
            "2026-12-03".into()
        )),
        "{wijzigingen:?}"
    );
    let gesloten: Option<String> =
        sqlx::query("SELECT gesloten_op FROM vestiging WHERE code = '90AA01'")
            .fetch_one(&mut raw)
            .await
            .unwrap()
            .get(0);
    assert_eq!(
        gesloten.as_deref(),
        Some("2026-12-03"),
        "closed, not deleted"
    );
    raw.close().await.unwrap();

    // Only the beheerder imports; an unknown SWV is refused with its line; nothing changes.
    let rijen = lees(&format!("{KOP}{BOOG}"), RegioIndeling::officieel()).unwrap();
    let school = db
        .store
        .systeem_verzoeker(Rol::School, "90AA00")
        .await
        .unwrap();
    assert!(
        db.store
            .organisaties()
            .importeer_organisaties(&school, &rijen, date(2026, 12, 4), "/x")
            .await
            .is_err()
    );
    let onbekend = BOOG.replace("0356,\n", "0356,PO9999\n");
    let rijen = lees(&format!("{KOP}{onbekend}"), RegioIndeling::officieel()).unwrap();
    let beheer = db
        .store
        .systeem_verzoeker(Rol::Beheerder, "")
        .await
        .unwrap();
    let fout = db
        .store
        .organisaties()
        .importeer_organisaties(&beheer, &rijen, date(2026, 12, 4), "/x")
        .await
        .unwrap_err();
    assert_eq!(
        fout.to_string(),
        "regel 2, kolom swv: samenwerkingsverband PO9999 bestaat niet"
    );
}

contract_db!(a_region_from_its_organisations_file);

/// The same two imports as API operations for the beheerder's scripts: organisations and
/// holidays; a refused file is a 422 naming its line, and changes nothing.
async fn the_beheerder_sets_up_a_region_through_the_api(db: &TestDb) {
    use crate::access::api_send;
    use axum::http::StatusCode;
    let store = &db.store;
    let id = store
        .accounts()
        .create_account(&passend_store::NewAccount {
            gebruikersnaam: "beheer".into(),
            weergavenaam: "Beheer".into(),
            wachtwoord: "beheer-wachtwoord-2026".into(),
            rollen: vec![passend_store::AccountRol {
                rol: Rol::Beheerder,
                scope: None,
            }],
        })
        .await
        .unwrap();
    let key = store
        .accounts()
        .create_api_sleutel(id, "inrichting")
        .await
        .unwrap();
    let pad = "/api/v1/organisaties/import";
    let fout = format!(
        "{KOP}{BOOG}41000,Stichting Lek,90AA,01,De Boog Zuid,bao,Kerkweg,3,9999,Nieuwegein,0356,\n"
    );
    let geweigerd = api_send(store, "POST", pad, &key, &fout).await;
    assert_eq!(geweigerd.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(geweigerd.body.contains("regel 3"), "{}", geweigerd.body);
    let goed = api_send(
        store,
        "POST",
        pad,
        &key,
        &format!("{KOP}{BOOG}{DEPENDANCE}"),
    )
    .await;
    assert_eq!(goed.status, StatusCode::OK, "{}", goed.body);
    let u: serde_json::Value = serde_json::from_str(&goed.body).unwrap();
    assert_eq!(
        u,
        serde_json::json!({"nieuw": 2, "gewijzigd": 0, "ongewijzigd": 0, "gesloten": 0, "mbo": 0})
    );
    let pad = "/api/v1/schoolvakanties/import";
    let kalender = crate::verzuim_kalender::VAKANTIES_2026_2027;
    let geladen = api_send(store, "POST", pad, &key, kalender).await;
    assert_eq!(geladen.status, StatusCode::OK, "{}", geladen.body);
    assert_eq!(geladen.body, r#"{"schooljaren":["2026-2027"]}"#);
    let kapot = api_send(store, "POST", pad, &key, "{\"content\": 1}").await;
    assert_eq!(
        kapot.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        kapot.body
    );
}

contract_db!(the_beheerder_sets_up_a_region_through_the_api);

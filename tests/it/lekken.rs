//! The leaks found by trying the demo as an attacker would (issue 18), each on SQLite and
//! PostgreSQL: a known BSN opened a child's dossier and let the school move its address; an
//! OSO dossier attached to any pupil on the BSN alone; the SWV wrote a deskundige's advice
//! and a deskundige read the other's; two decisions on one registration both went through.

use crate::store::{pupil, school_with_vestiging};
use crate::support::{TestDb, contract_db};
use jiff::civil::{Date, date};
use passend_domain::{
    Bsn, Inschrijving, Leerling, Naam, Postcode, Rol, Schoolsoort, VestigingCode,
};
use passend_store::{
    LeerlingId, NieuwAdvies, NieuweAanmelding, OsoKoppeling, Persoonsnummer, Store, StoreError,
    TlvAanvraag, Verzoeker,
};
use sqlx::{Connection, Row};

contract_db!(
    een_bekend_bsn_opent_geen_dossier,
    een_aanmelding_verplaatst_het_kind_niet,
    een_oso_dossier_koppelt_niet_op_het_bsn_alleen,
    alleen_de_deskundige_schrijft_en_leest_het_eigen_advies,
    twee_besluiten_tegelijk_geven_een_besluit,
);

const TODAY: Date = date(2026, 11, 22);
const BSN: &str = "123456782";

async fn count(db: &TestDb, sql: &str) -> i64 {
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let n = sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get::<i64, _>(0);
    raw.close().await.unwrap();
    n
}

async fn als(store: &Store, rol: Rol, scope: &str) -> Verzoeker {
    store.systeem_verzoeker(rol, scope).await.unwrap()
}

/// Sanne van den Berg (BSN 123456782), enrolled at 90AA00; another school 90AB00.
async fn regio(store: &Store) -> LeerlingId {
    school_with_vestiging(store, "90AA00", "3431AB", Schoolsoort::Bao).await;
    school_with_vestiging(store, "90AB00", "3431AC", Schoolsoort::Bao).await;
    let id = store.create_leerling(&pupil(BSN, "3431AB")).await.unwrap();
    let vestiging = VestigingCode::parse("90AA00").unwrap();
    store
        .add_inschrijving(
            id,
            Inschrijving::new(vestiging, date(2022, 8, 20), None).unwrap(),
        )
        .await
        .unwrap();
    id
}

fn aanmelding(voornaam: &str, geboren: Date) -> NieuweAanmelding {
    NieuweAanmelding {
        leerling: Leerling::new(
            Naam::new(voornaam, Some("van den"), "Berg").unwrap(),
            geboren,
            Postcode::parse("3431AB").unwrap(),
            Some(Bsn::parse(BSN).unwrap()),
            None,
            TODAY,
        )
        .unwrap(),
        vestiging: VestigingCode::parse("90AB00").unwrap(),
        ontvangen: TODAY,
        gewenste_start: None,
        eerste_voorkeur: true,
        andere_scholen: String::new(),
        extra_ondersteuning: false,
        beoordeling: None,
    }
}

fn niet_gevonden<T: std::fmt::Debug>(r: Result<T, StoreError>) -> bool {
    matches!(r, Err(StoreError::NietGevonden { .. }))
}

async fn een_bekend_bsn_opent_geen_dossier(db: &TestDb) {
    let store = &db.store;
    let id = regio(store).await;
    let ib = als(store, Rol::School, "90AB00").await;
    // Another name with the known number: refused, naming nothing of the known child.
    let fout = store
        .aanmeldingen()
        .registreer_aanmelding(&ib, &aanmelding("Lotte", date(2016, 5, 3)), TODAY, "test")
        .await
        .unwrap_err();
    let melding = fout.to_string();
    assert!(melding.contains("horen niet bij elkaar"), "{melding}");
    assert!(
        !melding.contains("Sanne") && !melding.contains("2016-05-03"),
        "{melding}"
    );
    let fout = store
        .aanmeldingen()
        .registreer_aanmelding(&ib, &aanmelding("Sanne", date(2016, 5, 4)), TODAY, "test")
        .await;
    assert!(matches!(fout, Err(StoreError::Ongeldig(_))), "{fout:?}");
    assert_eq!(count(db, "SELECT COUNT(*) FROM aanmelding").await, 0);

    // The same child: the registration links, and gives the registration, not the dossier.
    let a = store
        .aanmeldingen()
        .registreer_aanmelding(&ib, &aanmelding("sanne", date(2016, 5, 3)), TODAY, "test")
        .await
        .unwrap();
    assert_eq!(
        store
            .aanmeldingen()
            .aanmelding_voor(&ib, a, TODAY, "test")
            .await
            .unwrap()
            .leerling_id,
        id
    );
    assert!(niet_gevonden(
        store.dossier_voor(&ib, id, TODAY, "test").await
    ));
    let geweigerd = format!(
        "SELECT COUNT(*) FROM audit_log WHERE actie = 'geweigerd' AND leerling_id = {}",
        id.0
    );
    assert_eq!(count(db, &geweigerd).await, 1, "the refused read is logged");
    // Withdrawn: the school keeps its own record and gets nothing more.
    store
        .aanmeldingen()
        .trek_aanmelding_in(&ib, a, TODAY, TODAY, "test")
        .await
        .unwrap();
    assert!(niet_gevonden(
        store.dossier_voor(&ib, id, TODAY, "test").await
    ));
    assert!(
        store
            .aanmeldingen()
            .aanmelding_voor(&ib, a, TODAY, "test")
            .await
            .is_ok()
    );
    let school = als(store, Rol::School, "90AA00").await;
    assert!(store.dossier_voor(&school, id, TODAY, "test").await.is_ok());
}

async fn een_aanmelding_verplaatst_het_kind_niet(db: &TestDb) {
    let store = &db.store;
    let id = regio(store).await;
    let ib = als(store, Rol::School, "90AB00").await;
    store
        .aanmeldingen()
        .registreer_aanmelding(&ib, &aanmelding("Sanne", date(2016, 5, 3)), TODAY, "test")
        .await
        .unwrap();
    let elders = Postcode::parse("1011AB").unwrap();
    let r = store.wijzig_postcode(&ib, id, &elders, TODAY, "test").await;
    assert!(niet_gevonden(r), "the registering school changes nothing");
    let pc = format!(
        "SELECT COUNT(*) FROM leerling WHERE id = {} AND pc4 = 3431",
        id.0
    );
    assert_eq!(count(db, &pc).await, 1);
    let school = als(store, Rol::School, "90AA00").await;
    assert!(
        store
            .wijzig_postcode(&school, id, &elders, TODAY, "test")
            .await
            .unwrap()
    );
}

async fn een_oso_dossier_koppelt_niet_op_het_bsn_alleen(db: &TestDb) {
    let store = &db.store;
    let id = regio(store).await;
    let dossier = passend_uitwisseling::oso::lees(crate::oso::FULL).unwrap();
    let nummer = OsoKoppeling::Persoonsnummer(Persoonsnummer::parse(BSN).unwrap());
    // The example is about Daan Berg, born 2003: not our Sanne, whoever posts it.
    for (rol, scope) in [
        (Rol::Swv, "PO2605"),
        (Rol::School, "90AA00"),
        (Rol::School, "90AB00"),
    ] {
        let wie = als(store, rol, scope).await;
        let fout = store
            .oso()
            .importeer_oso(&wie, &dossier, &nummer, TODAY, "test")
            .await;
        assert!(
            matches!(fout, Err(StoreError::Ongeldig(_))),
            "{rol:?}: {fout:?}"
        );
        let gekozen = store
            .oso()
            .importeer_oso(&wie, &dossier, &OsoKoppeling::Leerling(id), TODAY, "test")
            .await;
        assert!(gekozen.is_err(), "{rol:?} chose the pupil: {gekozen:?}");
    }
    for tabel in ["oso_dossier", "beperkt_gegeven", "bijlage", "tlv"] {
        assert_eq!(
            count(db, &format!("SELECT COUNT(*) FROM {tabel}")).await,
            0,
            "{tabel}"
        );
    }
    // A new number: a new pupil; the example's TLV of the fictitious SWV is no TLV.
    let nieuw = OsoKoppeling::Persoonsnummer(Persoonsnummer::parse("111222333").unwrap());
    let swv = als(store, Rol::Swv, "PO2605").await;
    let uit = store
        .oso()
        .importeer_oso(&swv, &dossier, &nieuw, TODAY, "test")
        .await
        .unwrap();
    assert!(uit.nieuwe_leerling && uit.leerling != id);
    assert_eq!(uit.tlvs, 0);
    assert_eq!(count(db, "SELECT COUNT(*) FROM tlv").await, 0);
}

async fn alleen_de_deskundige_schrijft_en_leest_het_eigen_advies(db: &TestDb) {
    let store = &db.store;
    let id = regio(store).await;
    let school = als(store, Rol::School, "90AA00").await;
    let aanvraag = TlvAanvraag {
        soort: passend_domain::tlv::TlvSoort::So,
        aanvragende_vestiging: VestigingCode::parse("90AA00").unwrap(),
        ontvangende_vestiging: None,
        toelichting: String::new(),
    };
    let tlv = store
        .tlvs()
        .vraag_tlv_aan(&school, id, &aanvraag, TODAY, "test")
        .await
        .unwrap();
    let swv = als(store, Rol::Swv, "PO2605").await;
    let d1 = store
        .tlvs()
        .voeg_deskundige_toe(&swv, "J. de Vries", "orthopedagoog", "", "t")
        .await
        .unwrap();
    let d2 = store
        .tlvs()
        .voeg_deskundige_toe(&swv, "M. Bakker", "arts", "", "t")
        .await
        .unwrap();
    store
        .tlvs()
        .wijs_deskundigen_toe(&swv, tlv, d1, d2, TODAY, "t")
        .await
        .unwrap();
    let advies = |volgorde| NieuwAdvies {
        volgorde,
        datum: TODAY,
        advies: "Toelaatbaar tot het so.".into(),
    };
    let fout = store
        .tlvs()
        .geef_advies(&swv, tlv, &advies(1), TODAY, "t")
        .await;
    assert!(
        matches!(&fout, Err(StoreError::Ongeldig(m)) if m.contains("alleen de gevraagde deskundige")),
        "{fout:?}"
    );
    let eerste = als(store, Rol::Deskundige, &d1.to_string()).await;
    let tweede = als(store, Rol::Deskundige, &d2.to_string()).await;
    assert!(
        store
            .tlvs()
            .geef_advies(&tweede, tlv, &advies(1), TODAY, "t")
            .await
            .is_err()
    );
    store
        .tlvs()
        .geef_advies(&eerste, tlv, &advies(1), TODAY, "t")
        .await
        .unwrap();
    let tekst = |t: passend_store::Tlv| t.adviezen[0].advies.clone();
    let gezien = store
        .tlvs()
        .tlv_voor(&tweede, tlv, TODAY, "t")
        .await
        .unwrap();
    assert_eq!(
        gezien.adviezen[0].datum,
        Some(TODAY),
        "the other advice is there, dated"
    );
    assert_eq!(
        tekst(gezien),
        None,
        "but its text is not for the other deskundige"
    );
    for wie in [&eerste, &swv, &school] {
        let t = store.tlvs().tlv_voor(wie, tlv, TODAY, "t").await.unwrap();
        assert_eq!(tekst(t).as_deref(), Some("Toelaatbaar tot het so."));
    }
}

async fn twee_besluiten_tegelijk_geven_een_besluit(db: &TestDb) {
    let store = &db.store;
    regio(store).await;
    let ib = als(store, Rol::School, "90AB00").await;
    let mut n = aanmelding("Noor", date(2017, 1, 9));
    n.leerling.bsn = Some(Bsn::parse("111222333").unwrap());
    let a = store
        .aanmeldingen()
        .registreer_aanmelding(&ib, &n, TODAY, "test")
        .await
        .unwrap();
    let besluit = passend_domain::zorgplicht::Besluit::Toegelaten {
        extra_ondersteuning: false,
    };
    let (x, y) = tokio::join!(
        store
            .aanmeldingen()
            .beslis_aanmelding(&ib, a, &besluit, "wil graag", TODAY, "t"),
        store
            .aanmeldingen()
            .beslis_aanmelding(&ib, a, &besluit, "wil graag", TODAY, "t"),
    );
    assert_eq!(u8::from(x.is_ok()) + u8::from(y.is_ok()), 1, "{x:?} {y:?}");
    let besluiten = "SELECT COUNT(*) FROM audit_log WHERE actie = 'wijzigen' AND route = 't' AND leerling_id IS NOT NULL";
    assert_eq!(count(db, besluiten).await, 1);
}

//! The parents' own steps (issue 20, part 4) on both databases: the parent with gezag
//! consents or not, gives a view with the child's voice, signs a TLV request and registers
//! the child digitally; another parent without gezag, a parent of another child and the
//! school acting for the parent are refused with the reason, and nothing is stored.

use super::{TODAY, pupil, school_with_vestiging};
use crate::support::TestDb;
use jiff::civil::date;
use passend_domain::ondersteuning::{Domein, Niveau};
use passend_domain::opp::Uitstroom;
use passend_domain::tlv::TlvSoort;
use passend_domain::{Inschrijving, Kijker, Naam, Rol, Schoolsoort, VestigingCode};
use passend_store::{
    AccountRol, Doel, LeerlingId, NewAccount, NieuweOppVersie, Onderwerp, OppAntwoord,
    PapierenFormulier, Store, StoreError, TlvAanvraag, Verzoeker, Zienswijze,
};
use sqlx::{Connection, Row};

pub(super) async fn verzoeker(store: &Store, naam: &str, rol: Rol, scope: &str) -> Verzoeker {
    let rollen = vec![AccountRol {
        rol,
        scope: Some(scope.into()),
    }];
    let account_id = store
        .accounts()
        .create_account(&NewAccount {
            gebruikersnaam: naam.into(),
            weergavenaam: naam.into(),
            wachtwoord: format!("{naam}-wachtwoord-2026"),
            rollen,
        })
        .await
        .unwrap();
    Verzoeker {
        account_id,
        kijker: Kijker {
            rol,
            scope: Some(scope.into()),
        },
    }
}

pub(super) async fn ouder(store: &Store, voornaam: &str, kind: LeerlingId) -> i64 {
    let email = format!("{voornaam}@ouders.example.nl");
    let naam = Naam::new(voornaam, None, "Berg").unwrap();
    store
        .create_ouder(&naam, Some(&email), &[(kind, "ouder")])
        .await
        .unwrap()
}

pub(super) fn versie() -> NieuweOppVersie {
    NieuweOppVersie {
        uitstroom: Uitstroom::VmboKader,
        belemmerend: "leest traag".into(),
        bevorderend: "gemotiveerd".into(),
        behoeften: vec![(Domein::LerenEnOntwikkelen, Niveau::new(3).unwrap())],
        doelen: vec![Doel {
            doel: "technisch lezen AVI E5".into(),
            ondersteuning: "verlengde instructie".into(),
            wie: "remedial teacher".into(),
            frequentie: "3 keer per week".into(),
        }],
        overleg_ouders: Some(date(2026, 11, 10)),
        overleg_verslag: "besproken".into(),
        instemming_ouders: None,
        stem_kind: String::new(),
    }
}

pub(super) fn reden(e: StoreError) -> String {
    match e {
        StoreError::Ongeldig(m) | StoreError::Conflict(m) => m,
        other => format!("{other:?}"),
    }
}

pub(super) async fn parents_take_their_own_steps_and_nobody_else_does(db: &TestDb) {
    let store = &db.store;
    let r = "/t";
    school_with_vestiging(store, "90AA00", "3431AB", Schoolsoort::Bao).await;
    school_with_vestiging(store, "90AB00", "3431AB", Schoolsoort::Bao).await;
    let kind = store
        .create_leerling(&pupil("123456782", "3431AB"))
        .await
        .unwrap();
    let v = VestigingCode::parse("90AA00").unwrap();
    store
        .add_inschrijving(kind, Inschrijving::new(v, date(2022, 8, 20), None).unwrap())
        .await
        .unwrap();
    let ander_kind = store
        .create_leerling(&pupil("111222333", "3431AB"))
        .await
        .unwrap();
    let school = verzoeker(store, "ib", Rol::School, "90AA00").await;
    let (a, b, c) = (
        ouder(store, "anna", kind).await,
        ouder(store, "bert", kind).await,
        ouder(store, "cor", ander_kind).await,
    );
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    sqlx::query("UPDATE ouder_leerling SET gezag = 0 WHERE ouder_id = $1")
        .bind(b)
        .execute(&mut raw)
        .await
        .unwrap();
    let anna = verzoeker(store, "anna", Rol::Ouder, &a.to_string()).await;
    let bert = verzoeker(store, "bert", Rol::Ouder, &b.to_string()).await;
    let cor = verzoeker(store, "cor", Rol::Ouder, &c.to_string()).await;

    // The school adopts an OPP; it waits for the parent with gezag only.
    store
        .opps()
        .stel_opp_vast(&school, kind, &versie(), TODAY, r)
        .await
        .unwrap();
    let opp_id: i64 = sqlx::query("SELECT id FROM opp WHERE leerling_id = $1")
        .bind(kind.0)
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get(0);
    let opp = Onderwerp::Opp { opp_id, versie: 1 };
    let wacht = store
        .ouders()
        .opps_wachtend_op_instemming(&anna)
        .await
        .unwrap();
    assert_eq!(
        (wacht.len(), wacht[0].opp_id, wacht[0].versie),
        (1, opp_id, 1)
    );
    assert!(
        store
            .ouders()
            .opps_wachtend_op_instemming(&bert)
            .await
            .unwrap()
            .is_empty()
    );
    // It is Anna's task on Mijn werk (no term in the law), not Bert's (no gezag).
    let soort = passend_domain::taken::TaakSoort::OppInstemmen;
    let instemmen = |wie| crate::stappen::taken_van(store, wie, TODAY, soort);
    assert_eq!(
        instemmen(&anna).await,
        vec![(format!("/leerlingen/{}/ondersteuning#opp", kind.0), None)]
    );
    assert!(instemmen(&bert).await.is_empty());
    assert!(
        store
            .ouders()
            .opps_wachtend_op_instemming(&school)
            .await
            .unwrap()
            .is_empty()
    );

    // The wrong parties: the school for the parent, a parent without gezag, a stranger.
    let ja = OppAntwoord::Instemming;
    let e = store
        .ouders()
        .opp_antwoord(&school, kind, opp, &ja, TODAY, r)
        .await
        .unwrap_err();
    assert!(reden(e).contains("stap van de ouder of voogd met gezag zelf"));
    let e = store
        .ouders()
        .opp_antwoord(&bert, kind, opp, &ja, TODAY, r)
        .await
        .unwrap_err();
    assert!(reden(e).starts_with("alleen een ouder of voogd met gezag"));
    let e = store
        .ouders()
        .opp_antwoord(&cor, kind, opp, &ja, TODAY, r)
        .await
        .unwrap_err();
    assert!(matches!(e, StoreError::NietGevonden { .. }), "{e:?}");
    // No reason for disagreeing: refused, nothing stored.
    let leeg = OppAntwoord::GeenInstemming("  ".into());
    let e = store
        .ouders()
        .opp_antwoord(&anna, kind, opp, &leeg, TODAY, r)
        .await
        .unwrap_err();
    assert!(reden(e).contains("waarom u niet instemt"));
    assert!(
        store
            .ouders()
            .stappen_van(&school, kind, TODAY, r)
            .await
            .unwrap()
            .is_empty()
    );

    // Anna disagrees with her reason, then consents; the OPP shows who and when.
    let nee = OppAntwoord::GeenInstemming("te weinig leestijd".into());
    store
        .ouders()
        .opp_antwoord(&anna, kind, opp, &nee, TODAY, r)
        .await
        .unwrap();
    assert!(
        store
            .ouders()
            .opps_wachtend_op_instemming(&anna)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(instemmen(&anna).await.is_empty(), "done by answering");
    store
        .ouders()
        .opp_antwoord(&anna, kind, opp, &ja, TODAY, r)
        .await
        .unwrap();
    let e = store
        .ouders()
        .opp_antwoord(&anna, kind, opp, &ja, TODAY, r)
        .await
        .unwrap_err();
    assert!(matches!(e, StoreError::Conflict(_)), "{e:?}");
    let opps = store
        .opps()
        .opps_van(&school, kind, TODAY, r)
        .await
        .unwrap();
    assert_eq!(opps[0].versies[0].instemming_ouders, Some(TODAY));
    let stappen = store
        .ouders()
        .stappen_van(&school, kind, TODAY, r)
        .await
        .unwrap();
    let soorten: Vec<_> = stappen
        .iter()
        .map(|s| (s.stap.as_str(), s.ouder.as_deref(), s.tekst.as_deref()))
        .collect();
    assert_eq!(
        soorten,
        [
            (
                "opp_geen_instemming",
                Some("anna Berg"),
                Some("te weinig leestijd")
            ),
            ("opp_instemming", Some("anna Berg"), None),
        ]
    );

    // The paper alternative: a new version, the school records the signed form.
    store
        .opps()
        .stel_opp_vast(&school, kind, &versie(), TODAY, r)
        .await
        .unwrap();
    let zonder = PapierenFormulier {
        naam: "scan.pdf".into(),
        mime: "application/pdf".into(),
        inhoud: vec![],
    };
    let e = store
        .opps()
        .opp_instemming(&school, kind, TODAY, &zonder, TODAY, r)
        .await
        .unwrap_err();
    assert!(reden(e).contains("ondertekende formulier"));
    let scan = PapierenFormulier {
        inhoud: b"%PDF-1.7 handtekening".to_vec(),
        ..zonder
    };
    let e = store
        .opps()
        .opp_instemming(&anna, kind, TODAY, &scan, TODAY, r)
        .await
        .unwrap_err();
    assert!(
        reden(e).contains("alleen de school"),
        "the paper form is the school's record"
    );
    store
        .opps()
        .opp_instemming(&school, kind, TODAY, &scan, TODAY, r)
        .await
        .unwrap();
    let papier = store
        .ouders()
        .stappen_van(&anna, kind, TODAY, r)
        .await
        .unwrap()
        .pop()
        .unwrap();
    assert_eq!(
        (papier.stap.as_str(), papier.versie, papier.ouder.as_deref()),
        ("opp_instemming", Some(2), None)
    );
    let (_, _, bytes) = store
        .oso()
        .bijlage_voor(&anna, papier.bijlage_id.unwrap(), TODAY, r)
        .await
        .unwrap();
    assert_eq!(bytes, b"%PDF-1.7 handtekening");

    // A view with the child's voice on a pending arrangement request; the school cannot.
    let arr = store
        .arrangementen()
        .vraag_arrangement_aan(&school, kind, "extra leestijd", TODAY, r)
        .await
        .unwrap();
    let z = Zienswijze {
        ouders: "graag in de eigen klas".into(),
        kind: "ik wil bij mijn vriendjes blijven".into(),
    };
    let e = store
        .ouders()
        .geef_zienswijze(&school, kind, Onderwerp::Arrangement(arr), &z, TODAY, r)
        .await
        .unwrap_err();
    assert!(reden(e).contains("stap van de ouder"));
    store
        .ouders()
        .geef_zienswijze(&anna, kind, Onderwerp::Arrangement(arr), &z, TODAY, r)
        .await
        .unwrap();
    let swv = verzoeker(store, "swv", Rol::Swv, &opps_swv(&mut raw).await).await;
    let gezien = store
        .ouders()
        .stappen_van(&swv, kind, TODAY, r)
        .await
        .unwrap();
    let zw = gezien
        .iter()
        .find(|s| s.over("arrangement", arr))
        .expect("the deciding SWV sees the view");
    assert_eq!(
        zw.stem_kind.as_deref(),
        Some("ik wil bij mijn vriendjes blijven")
    );

    // The signature on a TLV request: once, by the parent with gezag.
    let aanvraag = TlvAanvraag {
        soort: TlvSoort::So,
        aanvragende_vestiging: VestigingCode::parse("90AA00").unwrap(),
        ontvangende_vestiging: None,
        toelichting: "zie OPP".into(),
    };
    let tlv = store
        .tlvs()
        .vraag_tlv_aan(&school, kind, &aanvraag, TODAY, r)
        .await
        .unwrap();
    for (wie, verwacht) in [(&school, "stap van de ouder"), (&bert, "gezag")] {
        let e = store
            .ouders()
            .onderteken_tlv(wie, kind, tlv, TODAY, r)
            .await
            .unwrap_err();
        assert!(reden(e).contains(verwacht));
    }
    store
        .ouders()
        .onderteken_tlv(&anna, kind, tlv, TODAY, r)
        .await
        .unwrap();
    let e = store
        .ouders()
        .onderteken_tlv(&anna, kind, tlv, TODAY, r)
        .await
        .unwrap_err();
    assert!(reden(e).contains("al ondertekend"));

    // Every act and every refusal is in the audit log.
    let n: i64 = sqlx::query(
        "SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE route = '/t' AND actie = 'geweigerd'",
    )
    .fetch_one(&mut raw)
    .await
    .unwrap()
    .get(0);
    assert!(n >= 6, "refusals logged: {n}");
    raw.close().await.unwrap();
}

async fn opps_swv(raw: &mut sqlx::AnyConnection) -> String {
    sqlx::query("SELECT swv_code FROM vestiging WHERE code = '90AA00'")
        .fetch_one(raw)
        .await
        .unwrap()
        .get(0)
}

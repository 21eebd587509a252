//! WPO art. 40 lid 4: a refusal waits for the other school's own yes, in time, from a real
//! vestiging; the asked school sees the request, never the dossier.

use super::{ONTVANGEN, aangemeld, als};
use crate::support::contract;
use jiff::ToSpan;
use passend_domain::Rol;
use passend_domain::taken::TaakSoort;
use passend_domain::zorgplicht::Besluit;
use passend_store::{Store, StoreError};

contract!(
    a_refusal_waits_for_the_other_schools_yes,
    a_no_a_late_answer_or_an_unknown_school_unlocks_nothing,
    the_asked_school_sees_the_request_and_no_dossier
);

fn elders(school: &str) -> Besluit {
    Besluit::ElderToegelaten {
        andere_school: school.into(),
        bereid_op: None,
    }
}

fn ongeldig(r: Result<impl std::fmt::Debug, StoreError>, woord: &str) {
    assert!(
        matches!(&r, Err(StoreError::Ongeldig(m)) if m.contains(woord)),
        "expected a refusal with '{woord}', got {r:?}"
    );
}

async fn a_refusal_waits_for_the_other_schools_yes(store: &Store) {
    let (id, ib) = aangemeld(store, true).await;
    let a = store.aanmeldingen();
    let dag = ONTVANGEN + 7.days();
    ongeldig(
        a.beslis_aanmelding(&ib, id, &elders("34CD00"), "gehoord", dag, "/t")
            .await,
        "vraag eerst",
    );
    let vraag = a
        .vraag_bereidheid(&ib, id, "34CD00", "Kleine groep", true, dag, "/t")
        .await
        .unwrap();
    // The request waits with its deadline (the decision term) for the asked school's tasks.
    let open = a.open_bereidheidsvragen("34CD00").await.unwrap();
    assert_eq!(
        (open.len(), open[0].id, open[0].uiterlijk),
        (1, vraag, ONTVANGEN + 42.days())
    );
    ongeldig(
        a.beslis_aanmelding(&ib, id, &elders("34CD00"), "gehoord", dag, "/t")
            .await,
        "nog niet geantwoord",
    );
    // The school of aanmelding cannot answer for the other school: refused with the reason.
    ongeldig(
        a.beantwoord_bereidheid(&ib, vraag, true, dag, dag, "/t")
            .await,
        "alleen de gevraagde school",
    );
    let linde = als(store, "ib-linde", Rol::School, "34CD00").await;
    // The answer is the asked school's task (Mijn werk), due by the decision term.
    let taak = super::taken_van(store, &linde, dag, TaakSoort::BereidheidBevestigen).await;
    assert_eq!(
        taak,
        vec![(format!("/bereidheid/{vraag}"), Some(ONTVANGEN + 42.days()))]
    );
    a.beantwoord_bereidheid(&linde, vraag, true, dag, dag, "/t")
        .await
        .unwrap();
    assert!(a.open_bereidheidsvragen("34CD00").await.unwrap().is_empty());
    let taak = super::taken_van(store, &linde, dag, TaakSoort::BereidheidBevestigen).await;
    assert!(taak.is_empty(), "done by answering");
    let brief = a
        .beslis_aanmelding(&ib, id, &elders("34CD00"), "gehoord", dag, "/t")
        .await
        .unwrap();
    assert!(brief.contains("(34CD00) heeft laten weten"), "{brief}");
}

async fn a_no_a_late_answer_or_an_unknown_school_unlocks_nothing(store: &Store) {
    let (id, ib) = aangemeld(store, true).await;
    let a = store.aanmeldingen();
    let dag = ONTVANGEN + 7.days();
    ongeldig(
        a.vraag_bereidheid(&ib, id, "De Linde", "x", true, dag, "/t")
            .await,
        "geen vestiging in het register",
    );
    ongeldig(
        a.vraag_bereidheid(&ib, id, "12AB00", "x", true, dag, "/t")
            .await,
        "andere school",
    );
    ongeldig(
        a.vraag_bereidheid(&ib, id, "34CD00", "x", false, dag, "/t")
            .await,
        "ingestemd",
    );
    ongeldig(
        a.beslis_aanmelding(&ib, id, &elders("De Linde"), "gehoord", dag, "/t")
            .await,
        "geen vestiging in het register",
    );
    let vraag = a
        .vraag_bereidheid(&ib, id, "34CD00", "Kleine groep", true, dag, "/t")
        .await
        .unwrap();
    let linde = als(store, "ib-linde", Rol::School, "34CD00").await;
    // Past the deadline the asked school can no longer answer, and silence unlocks nothing.
    let laat = ONTVANGEN + 43.days();
    ongeldig(
        a.beantwoord_bereidheid(&linde, vraag, true, laat, laat, "/t")
            .await,
        "verstreken",
    );
    ongeldig(
        a.beslis_aanmelding(&ib, id, &elders("34CD00"), "gehoord", laat, "/t")
            .await,
        "verstreken",
    );
    // A no, in time, unlocks nothing either.
    a.beantwoord_bereidheid(&linde, vraag, false, dag, dag, "/t")
        .await
        .unwrap();
    ongeldig(
        a.beslis_aanmelding(&ib, id, &elders("34CD00"), "gehoord", dag, "/t")
            .await,
        "niet bereid",
    );
    let again = a
        .beantwoord_bereidheid(&linde, vraag, true, dag, dag, "/t")
        .await;
    assert!(again.is_err(), "an answer is given once");
}

async fn the_asked_school_sees_the_request_and_no_dossier(store: &Store) {
    let (id, ib) = aangemeld(store, true).await;
    let a = store.aanmeldingen();
    let dag = ONTVANGEN + 7.days();
    let vraag = a
        .vraag_bereidheid(
            &ib,
            id,
            "34CD00",
            "Kleine groep, vaste begeleider",
            true,
            dag,
            "/t",
        )
        .await
        .unwrap();
    let linde = als(store, "ib-linde", Rol::School, "34CD00").await;
    let b = a
        .bereidheidsvraag_voor(&linde, vraag, dag, "/t")
        .await
        .unwrap();
    assert_eq!((b.naam.as_str(), b.leeftijd), ("Sanne van den Berg", 10));
    assert_eq!(b.ondersteuningsbehoefte, "Kleine groep, vaste begeleider");
    assert_eq!(
        a.bereidheidsvragen_voor(&linde, dag, "/t")
            .await
            .unwrap()
            .len(),
        1
    );
    let leerling = a
        .aanmelding_voor(&ib, id, dag, "/t")
        .await
        .unwrap()
        .leerling_id;
    // No dossier, no registration: only the request.
    assert!(matches!(
        store.dossier_voor(&linde, leerling, dag, "/t").await,
        Err(StoreError::NietGevonden { .. })
    ));
    assert!(matches!(
        a.aanmelding_voor(&linde, id, dag, "/t").await,
        Err(StoreError::NietGevonden { .. })
    ));
    // A school that was not asked sees nothing of it.
    let ander = als(store, "ib-ander", Rol::School, "56EF00").await;
    assert!(matches!(
        a.bereidheidsvraag_voor(&ander, vraag, dag, "/t").await,
        Err(StoreError::NietGevonden { .. })
    ));
    assert!(
        a.bereidheidsvragen_voor(&ander, dag, "/t")
            .await
            .unwrap()
            .is_empty()
    );
}

//! Every party does its own step, on both databases: the other school's willingness, the
//! SWV's advice on a vrijstelling, and the facts that follow the decisions.

use crate::store::{pupil, school_with_vestiging};
use jiff::civil::{Date, date};
use passend_domain::{Kijker, Rol, Schoolsoort};
use passend_store::{AccountRol, NewAccount, NieuweAanmelding, Store, Verzoeker};

mod behoefte;
mod bereidheid;
mod feiten;
mod ontvanger;
mod voornemen;
mod vrijstelling;
mod zorgplicht;

/// An account with one role, signed in as it.
async fn als(store: &Store, naam: &str, rol: Rol, scope: &str) -> Verzoeker {
    let id = store
        .accounts()
        .create_account(&NewAccount {
            gebruikersnaam: naam.into(),
            weergavenaam: format!("{naam} (test)"),
            wachtwoord: "een lang wachtwoord".into(),
            rollen: vec![AccountRol {
                rol,
                scope: Some(scope.into()),
            }],
        })
        .await
        .unwrap();
    Verzoeker {
        account_id: id,
        kijker: Kijker {
            rol,
            scope: Some(scope.into()),
        },
    }
}

/// The day the registrations below are received.
const ONTVANGEN: Date = date(2026, 11, 2);

/// Two bao schools in Nieuwegein (12AB00 and 34CD00), a child registered at 12AB00 with a
/// support need, and the school's account. Returns (registration, ib of 12AB00).
async fn aangemeld(store: &Store, extra_ondersteuning: bool) -> (i64, Verzoeker) {
    school_with_vestiging(store, "12AB00", "3431AB", Schoolsoort::Bao).await;
    school_with_vestiging(store, "34CD00", "3431AB", Schoolsoort::Bao).await;
    let ib = als(store, "ib", Rol::School, "12AB00").await;
    let n = NieuweAanmelding {
        leerling: pupil("111222333", "3431AB"),
        vestiging: passend_domain::VestigingCode::parse("12AB00").unwrap(),
        ontvangen: ONTVANGEN,
        gewenste_start: Some(date(2027, 1, 4)),
        eerste_voorkeur: true,
        andere_scholen: String::new(),
        extra_ondersteuning,
        beoordeling: Some("Dyslexie en concentratie".into()),
    };
    let id = store
        .aanmeldingen()
        .registreer_aanmelding(&ib, &n, ONTVANGEN, "/t")
        .await
        .unwrap();
    (id, ib)
}

/// The open tasks of one kind for `wie` (Mijn werk): each task's link and deadline.
pub(crate) async fn taken_van(
    store: &Store,
    wie: &Verzoeker,
    dag: Date,
    soort: passend_domain::taken::TaakSoort,
) -> Vec<(String, Option<Date>)> {
    let procedure = passend_domain::taken::Procedure::default();
    store
        .taken()
        .open_taken(wie, dag, &procedure, "/t")
        .await
        .unwrap()
        .into_iter()
        .filter(|t| t.soort == soort)
        .map(|t| (t.link, t.termijn))
        .collect()
}

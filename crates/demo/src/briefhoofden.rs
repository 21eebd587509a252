//! The letterheads of the demo's two SWVs and five gemeenten: fictional addresses, set by
//! each organisation's own account through the store, so that every demo letter names its
//! sender with an address.

use passend_domain::Rol;
use passend_domain::brief::Briefhoofd;
use passend_store::{Store, StoreError};

/// (role, organisation, street, number, postcode, place): invented, not the real offices.
const BRIEFHOOFDEN: [(Rol, &str, &str, &str, &str, &str); 7] = [
    (
        Rol::Swv,
        "PO2605",
        "Passendweg",
        "12",
        "3431 AB",
        "Nieuwegein",
    ),
    (
        Rol::Swv,
        "VO2605",
        "Onderwijsplein",
        "3",
        "3992 KA",
        "Houten",
    ),
    (
        Rol::Leerplicht,
        "0356",
        "Stadhuisplein",
        "1",
        "3431 XA",
        "Nieuwegein",
    ),
    (
        Rol::Leerplicht,
        "0321",
        "Raadhuisplein",
        "1",
        "3991 EA",
        "Houten",
    ),
    (
        Rol::Leerplicht,
        "0353",
        "Raadhuisplein",
        "1",
        "3401 DB",
        "IJsselstein",
    ),
    (
        Rol::Leerplicht,
        "0331",
        "Raadhuisplein",
        "1",
        "3411 AA",
        "Lopik",
    ),
    (
        Rol::Leerplicht,
        "1961",
        "Raadhuisplein",
        "1",
        "4131 EA",
        "Vianen",
    ),
];

/// The demo SWVs' names on their letters: after the region the demo describes (the register
/// of SWVs has codes only; each SWV gives its own name when it goes live).
fn naam(scope: &str) -> Option<&'static str> {
    match scope {
        "PO2605" => Some("Samenwerkingsverband primair onderwijs Lek en IJssel"),
        "VO2605" => Some("Samenwerkingsverband voortgezet onderwijs Lek en IJssel"),
        _ => None,
    }
}

pub(crate) async fn insert(store: &Store) -> Result<(), StoreError> {
    for (rol, scope, straat, huisnummer, postcode, plaats) in BRIEFHOOFDEN {
        let b = Briefhoofd::lees(straat, huisnummer, postcode, plaats)
            .map_err(|f| StoreError::Ongeldig(format!("briefhoofd {scope}: {f:?}")))?;
        let wie = store.systeem_verzoeker(rol, scope).await?;
        store
            .brieven()
            .zet_briefhoofd(&wie, &b, naam(scope), crate::ROUTE)
            .await?;
    }
    Ok(())
}

//! The other parties' steps in the demo: the demo school has asked another school of its
//! SWV whether it is willing to admit a child with a support need that it registered; that
//! school has not answered yet, so the refusal waits (WPO art. 40 lid 4).

use crate::ROUTE;
use jiff::civil::Date;
use passend_domain::Rol;
use passend_store::{Store, StoreError};

pub(crate) async fn insert(store: &Store, today: Date) -> Result<(), StoreError> {
    let ib = store.systeem_verzoeker(Rol::School, "90AA00").await?;
    let a = store.aanmeldingen();
    let lijst = a.aanmeldingen_voor(&ib, ROUTE).await?;
    let open = lijst
        .iter()
        .find(|x| x.open() && x.extra_ondersteuning && x.termijnen.beslissen_uiterlijk >= today);
    // The last school of the list: a school a visitor can ask next is the first.
    let school = a.kandidaten("90AA00").await?.pop();
    if let (Some(open), Some((code, _))) = (open, school) {
        let behoefte = "Leest en rekent op niveau; heeft een kleine groep en een vaste begeleider nodig bij overgangen.";
        a.vraag_bereidheid(&ib, open.id, &code, behoefte, true, today, ROUTE)
            .await?;
    }
    Ok(())
}

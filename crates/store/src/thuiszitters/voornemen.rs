//! The binding decision at the top of the ladder, checked and put in words before it is
//! recorded.

use super::*;
use crate::repo::ThuiszittersStore;
use crate::voornemen::{Voornemen, dag};

impl ThuiszittersStore<'_> {
    /// What [`Self::neem_besluit`] would record, after the same checks; nothing is stored.
    pub async fn controleer_zaakbesluit(
        self,
        wie: &Verzoeker,
        id: i64,
        besluit: &str,
        today: Date,
        route: &str,
    ) -> Result<Voornemen, StoreError> {
        let (z, besluit) = self
            .voorbereid_besluit(wie, id, besluit, today, route)
            .await?;
        Ok(Voornemen::new(z.leerling_id, &z.naam)
            .met(
                "Zaak",
                format!("{} (thuiszitter sinds {})", z.naam, dag(z.startdatum)),
            )
            .met("Stap", &z.stap_naam)
            .met("Bindend besluit (doorzettingsmacht)", besluit)
            .met("Datum van het besluit", dag(today))
            .met("De zaak", "blijft open tot het kind weer naar school gaat"))
    }
}

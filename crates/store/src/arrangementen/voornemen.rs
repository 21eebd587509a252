//! The SWV's decision on an arrangement, checked and put in words before it is recorded.

use super::*;
use crate::repo::ArrangementenStore;
use crate::voornemen::{Voornemen, dag, euro, periode};

impl ArrangementenStore<'_> {
    /// What [`Self::beslis_arrangement`] would record, after the same checks; nothing is
    /// stored.
    pub async fn controleer_arrangementsbesluit(
        self,
        wie: &Verzoeker,
        id: i64,
        b: &Beslissing,
        today: Date,
        route: &str,
    ) -> Result<Voornemen, StoreError> {
        let a = self.voorbereid_besluit(wie, id, b, today, route).await?;
        let aanvrager = school(&self, &a.vestiging_code).await?;
        let v = Voornemen::new(a.leerling_id, &a.naam).met(
            "Arrangement",
            format!("voor {}: {}", a.naam, a.vraag.trim()),
        );
        let v = match b {
            Beslissing::Toegekend {
                inhoud,
                van,
                tot,
                kosten,
            } => v
                .met("Besluit", "toegekend")
                .met("Wat wordt ingezet", inhoud.trim())
                .met("Periode", periode(*van, *tot))
                .met("Kosten", euro(*kosten)),
            Beslissing::Afgewezen { reden } => {
                v.met("Besluit", "afgewezen").met("Redenen", reden.trim())
            }
        };
        Ok(v.met("Datum van het besluit", dag(today))
            .naar(format!("{} (de school die aanvroeg)", aanvrager.naam)))
    }
}

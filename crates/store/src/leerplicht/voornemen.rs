//! The leerplicht's decision on a vrijstelling, checked and put in words before it is
//! recorded.

use super::*;
use crate::repo::LeerplichtStore;
use crate::voornemen::{Voornemen, dag};

impl LeerplichtStore<'_> {
    /// What [`Self::beslis_vrijstelling`] would record, after the same checks; nothing is
    /// stored. The read of the pupil's name is logged.
    pub async fn controleer_vrijstellingsbesluit(
        self,
        wie: &Verzoeker,
        id: i64,
        verlenen: bool,
        today: Date,
        route: &str,
    ) -> Result<Voornemen, StoreError> {
        let (leerling, verzoek, _) = self
            .voorbereid_vrijstelling(wie, id, verlenen, today)
            .await?;
        let naam = self.leerling_dossier(leerling).await?.leerling.naam;
        self.audit(wie, Some(leerling), Actie::Lezen, route).await?;
        let periode = match verzoek.tot {
            Some(tot) => format!("{} tot en met {}", dag(verzoek.van), dag(tot)),
            None => format!("vanaf {}", dag(verzoek.van)),
        };
        Ok(Voornemen::new(leerling, &naam)
            .met("Vrijstelling", format!("voor {naam}"))
            .met("Grond (Leerplichtwet)", verzoek.grond.omschrijving())
            .met("Periode", periode)
            .met("Besluit", if verlenen { "verleend" } else { "geweigerd" })
            .met("Datum van het besluit", dag(today)))
    }
}

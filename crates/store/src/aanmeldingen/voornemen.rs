//! The school's decision on a registration, checked and put in words before it is
//! recorded.

use super::*;
use crate::repo::AanmeldingenStore;
use crate::voornemen::{Voornemen, dag};
use passend_domain::zorgplicht::Uitzondering;

impl AanmeldingenStore<'_> {
    /// What [`Self::beslis_aanmelding`] would record, after the same checks; nothing is
    /// stored. The read is logged.
    pub async fn controleer_besluit(
        self,
        wie: &Verzoeker,
        id: i64,
        besluit: &Besluit,
        stem_kind: &str,
        today: Date,
        route: &str,
    ) -> Result<Voornemen, StoreError> {
        let (a, besluit, u) = self
            .voorbereid_besluit(wie, id, besluit, stem_kind, today, route)
            .await?;
        // The page that follows shows the child and the registration: a read.
        self.audit(wie, Some(a.leerling_id), Actie::Lezen, route)
            .await?;
        let (wat, reden) = match &besluit {
            Besluit::Toegelaten {
                extra_ondersteuning: false,
            } => ("toegelaten".to_string(), None),
            Besluit::Toegelaten {
                extra_ondersteuning: true,
            } => (
                "toegelaten, met de extra ondersteuning die het kind nodig heeft".into(),
                None,
            ),
            Besluit::ElderToegelaten { andere_school, .. } => (
                format!("geweigerd: {andere_school} is bereid het kind toe te laten"),
                None,
            ),
            Besluit::TlvRoute => (
                "de school vraagt een toelaatbaarheidsverklaring aan voor het speciaal (basis)onderwijs".into(),
                None,
            ),
            Besluit::NietBehandeld => (
                "niet behandeld: de gevraagde gegevens zijn niet op tijd aangevuld".into(),
                None,
            ),
            Besluit::Uitzondering { soort, reden } => (
                match soort {
                    Uitzondering::GeenPlaatsruimte => "geweigerd: er is geen plaats",
                    Uitzondering::Grondslag => {
                        "geweigerd: de ouders respecteren de grondslag van de school niet"
                    }
                    Uitzondering::Toelatingsvoorwaarden => {
                        "geweigerd: het kind voldoet niet aan de toelatingsvoorwaarden"
                    }
                }
                .to_string(),
                Some(reden.as_str()),
            ),
        };
        let mut v = Voornemen::new(a.leerling_id, &a.naam)
            .met("Aanmelding", format!("{} bij {}", a.naam, a.vestiging_naam))
            .met("Besluit", wat)
            .met_tekst("Reden", reden);
        if let Some(d) = u.bereid_op {
            v = v.met("Bereid verklaard op", dag(d));
        }
        if matches!(besluit, Besluit::Toegelaten { .. }) {
            // As the decision enrols (unless a temporary placement already did).
            let van = a.gewenste_start.map_or(today, |d| d.max(today));
            v = v.met(
                "Inschrijving",
                format!("bij {} vanaf {}", a.vestiging_naam, dag(van)),
            );
        }
        Ok(v.met("Stem van het kind", &u.stem_kind)
            .met("Datum van het besluit", dag(today)))
    }
}

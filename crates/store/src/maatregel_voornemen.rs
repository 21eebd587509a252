//! A schorsing or verwijdering, checked and put in words before it is recorded.

use crate::repo::MaatregelenStore;
use crate::toegang::Verzoeker;
use crate::voornemen::{Voornemen, dag, periode};
use crate::{LeerlingDossier, LeerlingId, NieuweSchorsing, NieuweVerwijdering, StoreError};
use jiff::civil::Date;

/// The name of vestiging `code` among the pupil's enrolments.
fn schoolnaam(d: &LeerlingDossier, code: &str) -> String {
    d.inschrijvingen
        .iter()
        .find(|i| i.vestiging_code == code)
        .map_or_else(|| code.to_string(), |i| i.vestiging_naam.clone())
}

fn ja_nee(b: bool) -> &'static str {
    if b { "ja" } else { "nee" }
}

impl MaatregelenStore<'_> {
    /// What [`Self::schors`] would record, after the same checks; nothing is stored.
    pub async fn controleer_schorsing(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        s: &NieuweSchorsing,
        today: Date,
        route: &str,
    ) -> Result<Voornemen, StoreError> {
        let (d, b) = self
            .voorbereid_schorsing(wie, leerling, s, today, route)
            .await?;
        let naam = &d.leerling.naam;
        let v = Voornemen::new(leerling, naam)
            .met(
                "Schorsing",
                format!("{naam}, door {}", schoolnaam(&d, &b.vestiging)),
            )
            .met("Periode", periode(s.van, s.tot))
            .met("Reden", s.reden.trim())
            .met("Besluit schriftelijk aan de ouders", ja_nee(s.schriftelijk))
            .met("Stem van het kind", s.stem_kind.trim());
        Ok(match b.inspectie_melding {
            // WPO art. 40c lid 3, IbWVO art. 13: longer than one day.
            Some(_) => v.naar("de inspectie van het onderwijs: een melding, want de schorsing duurt langer dan één dag"),
            None => v,
        })
    }

    /// What [`Self::verwijder`] would record, after the same checks; nothing is stored.
    pub async fn controleer_verwijdering(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        v: &NieuweVerwijdering,
        today: Date,
        route: &str,
    ) -> Result<Voornemen, StoreError> {
        let (d, school, melden) = self
            .voorbereid_verwijdering(wie, leerling, v, today, route)
            .await?;
        let naam = &d.leerling.naam;
        let school = schoolnaam(&d, &school);
        let mut vn = Voornemen::new(leerling, naam)
            .met("Definitieve verwijdering", format!("{naam}, van {school}"))
            .met("Met ingang van", dag(v.datum))
            .met("Inschrijving", format!("eindigt op {}", dag(v.datum)))
            .met("Leraar gehoord", ja_nee(v.leraar_gehoord))
            .met("Ouders gehoord", ja_nee(v.ouders_gehoord))
            .met_tekst(
                "School die bereid is de leerling toe te laten",
                Some(&v.andere_school),
            )
            .met("Stem van het kind", v.stem_kind.trim())
            .met("Redenen van de school", v.reden.trim());
        if melden {
            vn = vn
                .met("Overleg met de inspectie", ja_nee(v.overleg_inspectie))
                .naar("de inspectie van het onderwijs: een melding van de verwijdering");
        }
        Ok(vn)
    }
}

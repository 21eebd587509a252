//! The SWV's decision on a school's arrangement request as a letter to the parents: what
//! was asked, granted with what and from when to when, or refused with the reasons. No
//! clause: RULES gives none that holds for every SWV ([`Briefsoort::clausule`]).

use super::besluit::Lezing;
use super::{BrievenStore, niet_gevonden};
use crate::StoreError;
use passend_domain::brief::{Brief, Briefsoort, datum_voluit};

impl BrievenStore<'_> {
    /// The letter of arrangement request `id`, once the SWV decided on it.
    pub(super) async fn arrangement_brief(self, l: &Lezing<'_>) -> Result<Brief, StoreError> {
        let (id, leerling) = (l.id, l.leerling);
        let a = self
            .arrangementen()
            .arrangementen_van(l.wie, leerling, l.today, l.route)
            .await?
            .into_iter()
            .find(|a| a.id == id)
            .ok_or_else(|| niet_gevonden(id))?;
        let (Some(besluit), Some(datum)) = (a.besluit.as_deref(), a.besluit_datum) else {
            return Err(niet_gevonden(id));
        };
        let school = self.vestiging_adres(&a.vestiging_code).await?.naam;
        let afzender = self.swv_adres(&a.swv_code).await?;
        let swv = afzender.naam.clone();
        let mut b = Brief::nieuw(
            Briefsoort::Arrangement,
            afzender,
            self.ouders_van(leerling).await?,
            datum,
        );
        b.kenmerk = Some(format!("arrangement {id}"));
        b.besluit.push(format!(
            "{school} vroeg op {} bij {swv} een arrangement aan voor {}. De vraag: {}",
            datum_voluit(a.aangevraagd_op),
            a.naam,
            zin(&a.vraag)
        ));
        if let Some(o) = a.overleg_datum {
            b.besluit.push(format!(
                "Het samenwerkingsverband besliste na het overleg van {}{}.",
                datum_voluit(o),
                a.deelnemers
                    .as_deref()
                    .map(|d| format!(" met {d}"))
                    .unwrap_or_default()
            ));
        }
        if besluit == "toegekend" {
            b.besluit.push(format!(
                "{swv} kent het arrangement toe: {}",
                zin(a.inhoud.as_deref().unwrap_or_default())
            ));
            if let (Some(van), Some(tot)) = (a.van, a.tot) {
                b.besluit.push(format!(
                    "Het arrangement loopt van {} tot en met {}.",
                    datum_voluit(van),
                    datum_voluit(tot)
                ));
            }
        } else {
            b.besluit
                .push(format!("{swv} wijst de aanvraag van het arrangement af."));
            b.redenen.extend(a.reden.clone());
        }
        Ok(b)
    }
}

/// Text typed in a form as a sentence: trimmed, with a full stop where it has none.
fn zin(t: &str) -> String {
    let t = t.trim();
    if t.ends_with(['.', '!', '?']) {
        t.to_string()
    } else {
        format!("{t}.")
    }
}

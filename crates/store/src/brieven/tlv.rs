//! The SWV's decision on a TLV as a letter to the parents: toelaatbaar with the soort, the
//! category and the period, or not with the reasons; the beschikkingsnummer as kenmerk; and
//! a copy of each deskundige's advice (WPO art. 18a lid 14).

use super::besluit::Lezing;
use super::{BrievenStore, niet_gevonden};
use crate::{StoreError, Tlv};
use passend_domain::brief::{Bijlage, Brief, Briefsoort, datum_voluit};
use passend_domain::tlv::{Categorie, TlvSoort};

impl BrievenStore<'_> {
    /// The letter of TLV `id`, once the SWV decided on it in passend (a TLV brought in from
    /// elsewhere or taken over from before has no letter here: passend holds neither its
    /// advices nor its decision). Each advice's text only where the reader may read it.
    pub(super) async fn tlv_brief(self, l: &Lezing<'_>) -> Result<Brief, StoreError> {
        let (id, leerling) = (l.id, l.leerling);
        let t = self
            .tlvs()
            .tlvs_voor(l.wie, leerling, l.today, l.route)
            .await?
            .into_iter()
            // The decision in passend writes its text with it (`beslis_tlv`).
            .find(|t| t.id == id && t.brief.is_some())
            .ok_or_else(|| niet_gevonden(id))?;
        let datum = t.besluit_datum.ok_or_else(|| niet_gevonden(id))?;
        let afzender = self.swv_adres(&t.swv_code).await?;
        let mut b = Brief::nieuw(
            Briefsoort::Tlv,
            afzender,
            self.ouders_van(leerling).await?,
            datum,
        );
        b.kenmerk = t.beschikkingsnummer.clone();
        b.besluit = besluit(&t, &b.afzender.naam)?;
        if t.besluit.as_deref() != Some("toegekend") {
            b.redenen.extend(t.reden.clone());
        }
        b.bijlagen =
            t.adviezen
                .iter()
                .map(|a| Bijlage {
                    titel: format!(
                        "advies van {} ({}){}",
                        a.deskundige,
                        a.discipline,
                        a.datum
                            .map(|d| format!(", {}", datum_voluit(d)))
                            .unwrap_or_default()
                    ),
                    tekst: a.advies.clone().unwrap_or_else(|| {
                        "De tekst van dit advies is voor u niet in te zien.".into()
                    }),
                })
                .collect();
        Ok(b)
    }
}

/// The decision's paragraphs.
fn besluit(t: &Tlv, swv: &str) -> Result<Vec<String>, StoreError> {
    let soort = TlvSoort::parse(&t.soort).map_err(|e| StoreError::Ongeldig(e.to_string()))?;
    let tot = format!(
        "tot het {} ({})",
        soort.schoolsoort().omschrijving(),
        soort.as_str()
    );
    let mut p = Vec::new();
    if t.besluit.as_deref() == Some("toegekend") {
        p.push(format!("{swv} verklaart {} toelaatbaar {tot}.", t.naam));
        if let Some(c) = t
            .categorie
            .as_deref()
            .and_then(|c| Categorie::parse(c).ok())
        {
            p.push(format!(
                "Bekostigingscategorie: {} ({}).",
                c.as_str(),
                c.code()
            ));
        }
        if let (Some(ingang), Some(einde)) = (t.ingang, t.einde) {
            p.push(format!(
                "De verklaring geldt van {} tot en met {}.",
                datum_voluit(ingang),
                datum_voluit(einde)
            ));
        }
        if let Some(n) = &t.beschikkingsnummer {
            p.push(format!("Beschikkingsnummer: {n}."));
        }
    } else {
        p.push(format!(
            "{swv} verklaart {} niet toelaatbaar {tot}.",
            t.naam
        ));
    }
    p.push(
        "Het samenwerkingsverband besliste na het advies van twee deskundigen (WPO art. 18a lid 11, WVO art. 17a lid 12). U ontvangt een afschrift van beide adviezen (WPO art. 18a lid 14).".into(),
    );
    Ok(p)
}

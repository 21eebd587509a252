//! The SWV's decision on a TLV, checked and put in words before it is recorded.

use super::*;
use crate::repo::TlvsStore;
use crate::voornemen::{Voornemen, dag, periode};

impl TlvsStore<'_> {
    /// What [`Self::beslis_tlv`] would record, after the same checks (the domain's
    /// [`tlv::beslis`]); nothing is stored. A grant shows the number the next decision of the
    /// SWV this year would get: the confirmed decision takes it in its own transaction.
    pub async fn controleer_tlv_besluit(
        self,
        wie: &Verzoeker,
        tlv: i64,
        besluit: &TlvBesluit,
        today: Date,
        route: &str,
    ) -> Result<Voornemen, StoreError> {
        let (t, mut feiten) = self.voorbereid_besluit(wie, tlv, today, route).await?;
        if matches!(besluit, TlvBesluit::Toegekend { .. }) {
            let laatste: Option<i64> =
                sqlx::query("SELECT laatste FROM tlv_volgnummer WHERE swv_code = $1 AND jaar = $2")
                    .bind(&t.swv_code)
                    .bind(i64::from(tlv::uitgiftejaar(today)))
                    .fetch_optional(&self.pool)
                    .await?
                    .map(|r| r.try_get(0))
                    .transpose()?;
            let volgende = laatste.unwrap_or(0) + 1;
            feiten.volgnummer = Some(u32::try_from(volgende).unwrap_or(u32::MAX));
        }
        let u = tlv::beslis(&feiten, besluit, today).map_err(ongeldig)?;
        let mut v = Voornemen::new(t.leerling_id, &t.naam)
            .met(
                "Toelaatbaarheidsverklaring",
                format!(
                    "tot het {} voor {}",
                    feiten.soort.schoolsoort().omschrijving(),
                    t.naam
                ),
            )
            .met(
                "Besluit",
                match u.status {
                    tlv::TlvStatus::Toegekend => "toelaatbaar",
                    tlv::TlvStatus::Afgewezen => "niet toelaatbaar",
                },
            );
        if let Some(c) = u.categorie {
            v = v.met("Bekostigingscategorie", c.as_str());
        }
        if let (Some(van), Some(tot)) = (u.ingang, u.einde) {
            v = v.met("Periode", periode(van, tot));
        }
        if let Some(n) = &u.nummer {
            v = v.met(
                "Beschikkingsnummer",
                format!("{n} (het volgende nummer van het samenwerkingsverband)"),
            );
        }
        v = v
            .met_tekst("Redenen", u.reden.as_deref())
            .met("Datum van het besluit", dag(today));
        if let Some(code) = &t.aanvragende_vestiging {
            let aanvrager = school(&self, code).await?;
            v = v.naar(format!("{} (de school die aanvroeg)", aanvrager.naam));
        }
        Ok(v)
    }
}

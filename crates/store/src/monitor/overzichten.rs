//! Single-purpose views: disputes per SWV, one SWV's own counts.

use super::*;
use crate::repo::MonitorStore;

impl MonitorStore<'_> {
    /// Disputes per SWV and kind as the monitor publishes them to this viewer (exact for the
    /// SWV's staff, protected for everyone else, the same cells hidden as in the monitor);
    /// cells that are shown as 0 are left out.
    pub async fn geschillen_overzicht(
        self,
        wie: &Verzoeker,
        schooljaar: Schooljaar,
        today: Date,
    ) -> Result<Vec<(String, &'static str, Cel)>, StoreError> {
        let m = self
            .monitor_met(wie, schooljaar, None, drempel(), today, false)
            .await?;
        let Some(f) = m
            .indicatoren
            .into_iter()
            .find(|i| i.sleutel == "geschillen")
        else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for (rij, cellen) in f.tabel.rijen.iter().zip(&f.tabel.cellen) {
            for ((soort, _), cel) in GESCHIL_KOLOMMEN.iter().zip(cellen) {
                if *cel != Cel::Getoond(0) {
                    out.push((rij.clone(), *soort, *cel));
                }
            }
        }
        Ok(out)
    }

    /// One SWV's own counts in every figure of a schooljaar, by (figure, column): what the
    /// targets of its ondersteuningsplan measure. Unprotected: the caller decides what a
    /// viewer may see of it.
    pub(crate) async fn monitor_rij(
        self,
        wie: &Verzoeker,
        swv: &str,
        schooljaar: Schooljaar,
        today: Date,
    ) -> Result<Vec<((&'static str, String), u64)>, StoreError> {
        let mut out = Vec::new();
        for (sleutel, _, _, _, tellingen, kolommen, _) in
            self.ruwe_indicatoren(wie, schooljaar, today).await?
        {
            for (kolom, _) in kolommen {
                let n = tellingen
                    .get(&(swv.to_string(), kolom.clone()))
                    .copied()
                    .unwrap_or(0);
                out.push(((sleutel, kolom), n));
            }
        }
        Ok(out)
    }
}

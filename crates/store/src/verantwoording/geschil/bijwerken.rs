//! Recording the steps of a dispute.

use super::*;
use crate::repo::VerantwoordingStore;

impl VerantwoordingStore<'_> {
    /// Records the oordeel (or the onderwijsconsulent's outcome) and the board's response;
    /// each is written once.
    pub async fn werk_geschil_bij(
        self,
        wie: &Verzoeker,
        id: i64,
        stap: &GeschilStap,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let g = self.geschil_voor(wie, id, today, route).await?;
        partij(&self, wie, &g.vestiging_code).await?;
        let soort = GeschilSoort::parse(&g.soort)
            .ok_or_else(|| ongeldig("onbekend soort geschil in de database"))?;
        let oordeel = stap
            .oordeel
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let reactie = stap
            .reactie
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        // A stated position without the response itself: a deviation needs its reasons.
        if let (Some(volgt), None) = (stap.volgt_oordeel, reactie) {
            toets_reactie_bestuur(volgt, "").map_err(ongeldig)?;
            return Err(ongeldig(
                "reactie: beschrijf wat het bestuur met het oordeel doet",
            ));
        }
        let mut velden = Vec::new();
        if let Some(o) = oordeel {
            if g.oordeel.is_some() {
                return Err(ongeldig(
                    "oordeel: is al vastgelegd en wordt niet vervangen",
                ));
            }
            let d = stap.oordeel_datum.unwrap_or(today);
            if d < g.ingediend_op || d > today {
                return Err(ongeldig(
                    "datum van het oordeel: ligt tussen de indiening en vandaag",
                ));
            }
            velden.push(("oordeel", o.to_string(), d));
        }
        if let Some(r) = reactie {
            if !soort.geschillencommissie() {
                return Err(ongeldig(
                    "reactie: alleen op een oordeel van de geschillencommissie reageert het bestuur",
                ));
            }
            if g.reactie.is_some() {
                return Err(ongeldig(
                    "reactie: is al vastgelegd en wordt niet vervangen",
                ));
            }
            let oordeel_datum = match (g.oordeel_datum, &velden[..]) {
                (Some(d), _) => d,
                (None, [(_, _, d)]) => *d,
                _ => {
                    return Err(ongeldig(
                        "reactie: eerst het oordeel van de geschillencommissie",
                    ));
                }
            };
            let volgt = stap
                .volgt_oordeel
                .ok_or_else(|| ongeldig("volgt oordeel: zeg of het bestuur het oordeel volgt"))?;
            // The motivation of a deviation is the response text itself.
            toets_reactie_bestuur(volgt, r).map_err(ongeldig)?;
            let d = stap.reactie_datum.unwrap_or(today);
            if d < oordeel_datum || d > today {
                return Err(ongeldig(
                    "datum van de reactie: ligt tussen het oordeel en vandaag",
                ));
            }
            velden.push(("reactie", r.to_string(), d));
        }
        if velden.is_empty() {
            return Err(ongeldig(
                "niets om vast te leggen: vul het oordeel of de reactie in",
            ));
        }
        let mut tx = self.begin_write().await?;
        let mut namen = Vec::new();
        for (veld, tekst, datum) in &velden {
            let q = if *veld == "oordeel" {
                sqlx::query(
                    "UPDATE geschil SET oordeel = $1, oordeel_datum = $2 WHERE id = $3 AND oordeel IS NULL",
                )
            } else {
                sqlx::query(
                    "UPDATE geschil SET reactie = $1, reactie_datum = $2, volgt_oordeel = $4 WHERE id = $3 AND reactie IS NULL",
                )
            };
            let mut q = q.bind(tekst).bind(datum.to_string()).bind(id);
            if *veld == "reactie" {
                q = q.bind(i64::from(stap.volgt_oordeel.unwrap_or(true)));
            }
            let n = q.execute(&mut *tx).await?.rows_affected();
            // Written by a concurrent request since the check above: it stays as written.
            if n == 0 {
                return Err(ongeldig(format!("{veld}: is al vastgelegd")));
            }
            namen.push(*veld);
        }
        commit_audited(tx, wie, Some(g.leerling_id), Actie::Wijzigen, route, &namen).await
    }
}

//! The money figures in the monitor.

use super::*;
use crate::repo::MonitorStore;

impl MonitorStore<'_> {
    /// Budget, spending and reserve from the money area, for the SWVs in the view.
    pub(super) async fn monitor_geld(
        self,
        wie: &Verzoeker,
        sj: Schooljaar,
        basis: &BTreeSet<String>,
        swv: Option<&str>,
    ) -> Result<Vec<GeldRegel>, StoreError> {
        let cijfers = match self.geld().geld_kerncijfers(wie, sj).await {
            Ok(c) => c,
            // No rule set or figures for this schooljaar: the rows stay empty.
            Err(StoreError::Ongeldig(_)) => Vec::new(),
            Err(e) => return Err(e),
        };
        let mut out: Vec<GeldRegel> = cijfers
            .into_iter()
            .filter(|k| {
                let code = k.swv.to_string();
                match swv {
                    Some(s) => code == s,
                    None => basis.contains(&code) || k.lasten.is_some() || k.reserve.is_some(),
                }
            })
            .map(|k| GeldRegel {
                swv: k.swv.to_string(),
                budget: k.budget,
                boekjaar: k.boekjaar,
                baten: k.baten,
                lasten: k.lasten,
                reserve: k.reserve,
                signaleringswaarde_overschreden: k.signaleringswaarde_overschreden,
            })
            .collect();
        if swv.is_none() && out.len() > 1 {
            let som = |f: fn(&GeldRegel) -> Option<Decimal>| {
                out.iter().filter_map(f).reduce(|a, b| a + b)
            };
            let landelijk = GeldRegel {
                swv: "landelijk".into(),
                budget: som(|r| r.budget),
                boekjaar: None,
                baten: som(|r| r.baten),
                lasten: som(|r| r.lasten),
                reserve: som(|r| r.reserve),
                signaleringswaarde_overschreden: None,
            };
            out.push(landelijk);
        }
        Ok(out)
    }
}

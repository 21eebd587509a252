//! The figures of a run: latency per request kind, throughput, and every response that was
//! not 2xx or 3xx (which must not happen).

use crate::gebruiker::Soort;
use std::collections::BTreeMap;
use std::time::Duration;

#[derive(Default)]
pub struct Meting {
    duren: BTreeMap<Soort, Vec<Duration>>,
    /// "status pad" → count, for the responses that were not served.
    fouten: BTreeMap<String, u64>,
    voorbeelden: Vec<String>,
}

/// The path without numbers, so that errors group by route.
fn sjabloon(pad: &str) -> String {
    let pad = pad.split('?').next().unwrap_or(pad);
    pad.split('/')
        .map(|d| {
            if !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()) {
                "{id}"
            } else {
                d
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

impl Meting {
    pub fn gelukt(&mut self, soort: Soort, duur: Duration) {
        self.duren.entry(soort).or_default().push(duur);
    }

    pub fn fout(&mut self, soort: Soort, pad: &str, status: String, detail: &str, duur: Duration) {
        self.duren.entry(soort).or_default().push(duur);
        *self
            .fouten
            .entry(format!("{status} {}", sjabloon(pad)))
            .or_default() += 1;
        if self.voorbeelden.len() < 5 {
            let kort: String = detail.chars().take(200).collect();
            self.voorbeelden.push(format!("{status} {pad}: {kort}"));
        }
    }

    pub fn voeg_toe(&mut self, ander: Meting) {
        for (soort, d) in ander.duren {
            self.duren.entry(soort).or_default().extend(d);
        }
        for (k, n) in ander.fouten {
            *self.fouten.entry(k).or_default() += n;
        }
        let ruimte = 5usize.saturating_sub(self.voorbeelden.len());
        self.voorbeelden
            .extend(ander.voorbeelden.into_iter().take(ruimte));
    }

    pub fn verzoeken(&self) -> usize {
        self.duren.values().map(Vec::len).sum()
    }

    pub fn fouten(&self) -> u64 {
        self.fouten.values().sum()
    }

    pub fn voorbeelden(&self) -> &[String] {
        &self.voorbeelden
    }

    fn alle(&self) -> Vec<Duration> {
        self.duren.values().flatten().copied().collect()
    }

    /// The report as JSON; `seconden` is the wall-clock time of the measured phase.
    pub fn json(&self, seconden: f64) -> serde_json::Value {
        let mut per_soort = serde_json::Map::new();
        for (soort, d) in &self.duren {
            per_soort.insert(soort.naam().into(), Verdeling::van(d.clone()).json());
        }
        serde_json::json!({
            "verzoeken": self.verzoeken(),
            "seconden": rond(seconden, 2),
            "perSeconde": rond(self.verzoeken() as f64 / seconden.max(1e-9), 1),
            "latentieMs": Verdeling::van(self.alle()).json(),
            "perSoort": per_soort,
            "fouten": self.fouten(),
            "foutenPerRoute": self.fouten,
        })
    }

    /// The report as text lines.
    pub fn tekst(&self, seconden: f64) -> String {
        let mut out = format!(
            "verzoeken {} in {:.1} s: {:.1} per seconde\n",
            self.verzoeken(),
            seconden,
            self.verzoeken() as f64 / seconden.max(1e-9)
        );
        let regel = |naam: &str, v: Verdeling| {
            format!(
                "  {naam:<10} n={:<7} p50 {:>7.1} ms  p90 {:>7.1} ms  p99 {:>7.1} ms  max {:>7.1} ms\n",
                v.n, v.p50, v.p90, v.p99, v.max
            )
        };
        out.push_str(&regel("alles", Verdeling::van(self.alle())));
        for (soort, d) in &self.duren {
            out.push_str(&regel(soort.naam(), Verdeling::van(d.clone())));
        }
        out.push_str(&format!("antwoorden buiten 2xx/3xx: {}\n", self.fouten()));
        for (k, n) in &self.fouten {
            out.push_str(&format!("  {n} × {k}\n"));
        }
        out
    }
}

fn rond(x: f64, decimalen: i32) -> f64 {
    let f = 10f64.powi(decimalen);
    (x * f).round() / f
}

/// Percentiles (nearest rank) in milliseconds.
pub struct Verdeling {
    pub n: usize,
    pub p50: f64,
    pub p90: f64,
    pub p99: f64,
    pub max: f64,
}

impl Verdeling {
    pub fn van(mut d: Vec<Duration>) -> Self {
        d.sort_unstable();
        let ms = |p: f64| {
            if d.is_empty() {
                return 0.0;
            }
            let rang = ((p / 100.0) * d.len() as f64).ceil() as usize;
            d[rang.clamp(1, d.len()) - 1].as_secs_f64() * 1000.0
        };
        Self {
            n: d.len(),
            p50: ms(50.0),
            p90: ms(90.0),
            p99: ms(99.0),
            max: ms(100.0),
        }
    }

    fn json(&self) -> serde_json::Value {
        serde_json::json!({
            "n": self.n,
            "p50": rond(self.p50, 2),
            "p90": rond(self.p90, 2),
            "p99": rond(self.p99, 2),
            "max": rond(self.max, 2),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let d: Vec<Duration> = (1..=100).map(Duration::from_millis).collect();
        let v = Verdeling::van(d);
        assert_eq!((v.p50, v.p90, v.p99, v.max), (50.0, 90.0, 99.0, 100.0));
        assert_eq!(Verdeling::van(vec![Duration::from_millis(7)]).p50, 7.0);
        assert_eq!(Verdeling::van(Vec::new()).n, 0);
    }

    #[test]
    fn errors_group_by_route() {
        assert_eq!(
            sjabloon("/api/v1/aanmeldingen/12/verlenging"),
            "/api/v1/aanmeldingen/{id}/verlenging"
        );
        assert_eq!(
            sjabloon("/api/v1/leerlingen?pagina=2"),
            "/api/v1/leerlingen"
        );
    }
}

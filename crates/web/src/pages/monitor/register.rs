//! The register's thuiszitters per schooljaar against the SWV's own targets.

use super::grafiek::{Lijn, lijn};
use passend_domain::Schooljaar;
use passend_store::monitor::{EERSTE_JAAR, Monitor};
use std::collections::BTreeMap;

/// One schooljaar of the thuiszitters trend against the SWV's own target.
pub struct RegisterRij {
    pub schooljaar: String,
    pub gemeten: String,
    pub streefwaarde: String,
    pub behaald: &'static str,
}

/// The register's thuiszitters per schooljaar against the targets of the SWV's adopted
/// plans: a line each, and a table.
pub fn register_trend(m: &Monitor, drempel: u64) -> (Lijn, Lijn, String, Vec<RegisterRij>) {
    let laatste = m
        .trend_thuiszitters
        .iter()
        .map(|(sj, _)| sj.start().year())
        .chain(
            m.traject_thuiszitters
                .iter()
                .map(|(sj, _, _)| sj.start().year()),
        )
        .max()
        .unwrap_or(EERSTE_JAAR);
    let top = m
        .trend_thuiszitters
        .iter()
        .filter_map(|(_, n)| *n)
        .chain(m.traject_thuiszitters.iter().map(|(_, _, d)| *d))
        .max()
        .unwrap_or(0);
    // The axis runs to the next multiple of 10 above the top.
    let max = i64::try_from((top / 10 + 1) * 10).unwrap_or(i64::MAX);
    let gemeten = lijn(
        &m.trend_thuiszitters
            .iter()
            .map(|(sj, n)| {
                let w = n.and_then(|n| i64::try_from(n).ok());
                (
                    sj.start().year(),
                    w,
                    w.map(crate::format::aantal).unwrap_or_default(),
                )
            })
            .collect::<Vec<_>>(),
        EERSTE_JAAR,
        laatste,
        max,
    );
    let doel = lijn(
        &m.traject_thuiszitters
            .iter()
            .map(|(sj, richting, d)| {
                let d = i64::try_from(*d).unwrap_or(i64::MAX);
                (
                    sj.start().year(),
                    Some(d),
                    format!("{richting} {}", crate::format::aantal(d)),
                )
            })
            .collect::<Vec<_>>(),
        EERSTE_JAAR,
        laatste,
        max,
    );
    // Per schooljaar: the count if the year is in the trend (`Some(None)`: hidden), and the
    // target if a plan sets one.
    type Jaar = (Option<Option<u64>>, Option<(String, u64)>);
    let mut jaren: BTreeMap<Schooljaar, Jaar> = BTreeMap::new();
    for (sj, n) in &m.trend_thuiszitters {
        jaren.entry(*sj).or_default().0 = Some(*n);
    }
    for (sj, r, d) in &m.traject_thuiszitters {
        jaren.entry(*sj).or_default().1 = Some((r.clone(), *d));
    }
    let rijen = jaren
        .into_iter()
        .map(|(sj, (gemeten, doel))| RegisterRij {
            schooljaar: sj.to_string(),
            gemeten: match gemeten {
                Some(Some(n)) => crate::format::aantal(i64::try_from(n).unwrap_or(i64::MAX)),
                Some(None) => format!("afgeschermd (<{drempel} of ×)"),
                None => "—".into(),
            },
            streefwaarde: doel
                .as_ref()
                .map_or("—".into(), |(r, d)| format!("{r} {d}")),
            behaald: match (gemeten, &doel) {
                (Some(Some(n)), Some((r, d))) if r == "minstens" => {
                    if n >= *d {
                        "ja"
                    } else {
                        "nee"
                    }
                }
                (Some(Some(n)), Some((_, d))) => {
                    if n <= *d {
                        "ja"
                    } else {
                        "nee"
                    }
                }
                _ => "—",
            },
        })
        .collect();
    (gemeten, doel, crate::format::aantal(max), rijen)
}

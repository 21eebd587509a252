//! Budget, lasten and reserve per SWV as the monitor shows them.

use passend_store::monitor::Monitor;

pub struct GeldRij {
    pub swv: String,
    pub budget: String,
    pub boekjaar: String,
    pub baten: String,
    pub lasten: String,
    pub reserve: String,
    pub signalering: &'static str,
}

/// An amount as "€ 1.234,56"; "—" when there is none.
fn euro(d: Option<passend_domain::bekostiging::Decimal>) -> String {
    d.and_then(|d| {
        format!("{:.2}", d.round_dp(2))
            .replace('.', "")
            .parse::<i64>()
            .ok()
    })
    .map(crate::format::euro)
    .unwrap_or_else(|| "—".into())
}

pub(super) fn geld_rijen(m: &Monitor) -> Vec<GeldRij> {
    m.geld
        .iter()
        .map(|g| GeldRij {
            swv: g.swv.clone(),
            budget: euro(g.budget),
            boekjaar: g.boekjaar.map_or("—".into(), |j| j.to_string()),
            baten: euro(g.baten),
            lasten: euro(g.lasten),
            reserve: euro(g.reserve),
            signalering: match g.signaleringswaarde_overschreden {
                Some(true) => "boven de signaleringswaarde",
                Some(false) => "niet boven de signaleringswaarde",
                None => "—",
            },
        })
        .collect()
}

//! The monitor's figures turned into the API's answer.

use super::cel;
use super::schema::{
    MonitorAntwoord, MonitorGeld, MonitorIndicator, MonitorJaar, MonitorRij, MonitorStreefwaarde,
};
use passend_store::monitor::{Bereik, Monitor};

pub fn antwoord(m: &Monitor) -> MonitorAntwoord {
    let d = m.drempel;
    MonitorAntwoord {
        schooljaar: m.schooljaar.to_string(),
        bereik: match (&m.swv, &m.bereik) {
            (Some(s), _) => s.clone(),
            (None, Bereik::EigenSwv(s) | Bereik::Opr(s)) => s.clone(),
            (None, Bereik::Landelijk) => "landelijk".into(),
        },
        afgeschermd: m.bereik.beschermd(),
        drempel: d,
        indicatoren: m
            .indicatoren
            .iter()
            .map(|i| {
                let t = &i.tabel;
                MonitorIndicator {
                    sleutel: i.sleutel.into(),
                    titel: i.titel.into(),
                    definitie: i.definitie.clone(),
                    peildatum: i.peildatum.clone(),
                    kolommen: t.kolommen.clone(),
                    rijen: t
                        .rijen
                        .iter()
                        .enumerate()
                        .map(|(r, swv)| MonitorRij {
                            samenwerkingsverband: Some(swv.clone()),
                            cellen: t.cellen[r].iter().map(|c| cel(*c, d)).collect(),
                            totaal: t.rijtotalen.as_ref().map(|rt| cel(rt[r], d)),
                        })
                        .collect(),
                    landelijk: t.kolomtotalen.as_ref().map(|kt| MonitorRij {
                        samenwerkingsverband: None,
                        cellen: kt.iter().map(|c| cel(*c, d)).collect(),
                        totaal: t.totaal.map(|c| cel(c, d)),
                    }),
                }
            })
            .collect(),
        trend_thuiszitters: m
            .trend_thuiszitters
            .iter()
            .map(|(sj, n)| MonitorJaar {
                schooljaar: sj.to_string(),
                aantal: *n,
            })
            .collect(),
        traject_thuiszitters: m
            .traject_thuiszitters
            .iter()
            .map(|(sj, richting, d)| MonitorStreefwaarde {
                schooljaar: sj.to_string(),
                richting: richting.clone(),
                streefwaarde: *d,
            })
            .collect(),
        geld: m
            .geld
            .iter()
            .map(|g| {
                let bedrag = |d: Option<passend_domain::bekostiging::Decimal>| {
                    d.map(|d| format!("{:.2}", d.round_dp(2)))
                };
                MonitorGeld {
                    samenwerkingsverband: g.swv.clone(),
                    budget: bedrag(g.budget),
                    boekjaar: g.boekjaar,
                    baten: bedrag(g.baten),
                    lasten: bedrag(g.lasten),
                    reserve: bedrag(g.reserve),
                    signaleringswaarde_overschreden: g.signaleringswaarde_overschreden,
                }
            })
            .collect(),
    }
}

//! The monitor's tables as one download.

use super::figuur::figuur;
use crate::export::{Cel as ExportCel, Tabel};
use passend_store::monitor::Monitor;

/// The monitor's tables as one long table for a download: one row per cell, with the
/// figure's definition and date; hidden cells as "<10" or "×", never their value.
pub fn tabel(m: &Monitor) -> Tabel {
    let mut out = Tabel::new(
        &format!("monitor-{}", m.schooljaar),
        &[
            "schooljaar",
            "indicator",
            "definitie",
            "peildatum_of_periode",
            "samenwerkingsverband",
            "categorie",
            "aantal",
            "onderdrukt",
        ],
    );
    for g in &m.geld {
        for (k, v) in [
            ("budget", g.budget),
            ("baten", g.baten),
            ("lasten", g.lasten),
            ("reserve", g.reserve),
        ] {
            out.rij(vec![
                m.schooljaar.to_string().into(),
                "Budget, lasten en reserve (euro)".into(),
                passend_store::monitor::GELD_DEFINITIE.into(),
                match (k, g.boekjaar) {
                    ("budget", _) | (_, None) => format!("schooljaar {}", m.schooljaar),
                    (_, Some(j)) => format!("boekjaar {j}"),
                }
                .into(),
                g.swv.clone().into(),
                k.into(),
                v.map_or(ExportCel::Leeg, ExportCel::Bedrag),
                "nee".into(),
            ]);
        }
    }
    for i in &m.indicatoren {
        let f = figuur(i, m.drempel);
        let mut kolommen = f.kolommen.clone();
        if f.totaalkolom {
            kolommen.push("totaal".into());
        }
        for rij in &f.rijen {
            for (k, v) in kolommen.iter().zip(&rij.vakken) {
                let aantal = if v.onderdrukt {
                    ExportCel::Tekst(v.label.clone())
                } else {
                    ExportCel::Getal(v.label.parse().unwrap_or(0))
                };
                out.rij(vec![
                    m.schooljaar.to_string().into(),
                    i.titel.into(),
                    i.definitie.clone().into(),
                    i.peildatum.clone().into(),
                    rij.naam.clone().into(),
                    k.clone().into(),
                    aantal,
                    (if v.onderdrukt { "ja" } else { "nee" }).into(),
                ]);
            }
        }
    }
    out
}

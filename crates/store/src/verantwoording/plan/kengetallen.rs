//! The figures an ondersteuningsplan can set targets on.

use super::*;
use crate::repo::VerantwoordingStore;

/// A figure a plan target can name: one of the monitor's figures (optionally some of its
/// columns) for the SWV, so that the plan and the monitor count the same thing.
#[derive(Debug, Clone, Copy)]
pub struct Kengetal {
    pub sleutel: &'static str,
    /// The monitor figure (its `sleutel`) this counts.
    pub figuur: &'static str,
    /// The figure's columns that count; empty: all of them (the SWV's row total).
    pub kolommen: &'static [&'static str],
    pub uitleg: &'static str,
}

/// The figures a target can name, each counted by the monitor (see [`Store::kengetal`]).
pub const KENGETALLEN: [Kengetal; 8] = [
    Kengetal {
        sleutel: "thuiszitters",
        figuur: "thuiszitters",
        kolommen: &[],
        uitleg: "thuiszitters langer dan drie maanden dit schooljaar (monitor)",
    },
    Kengetal {
        sleutel: "tlv-toegekend",
        figuur: "tlv",
        kolommen: &[],
        uitleg: "toegekende toelaatbaarheidsverklaringen dit schooljaar (monitor)",
    },
    Kengetal {
        sleutel: "opp",
        figuur: "opp",
        kolommen: &[],
        uitleg: "leerlingen met een vastgesteld ontwikkelingsperspectief dit schooljaar (monitor)",
    },
    Kengetal {
        sleutel: "arrangementen",
        figuur: "arrangementen",
        kolommen: &["toegekend"],
        uitleg: "toegekende arrangementen, aangevraagd dit schooljaar (monitor)",
    },
    Kengetal {
        sleutel: "geschillen",
        figuur: "geschillen",
        kolommen: &[],
        uitleg: "geschillen, verwijzingen naar een onderwijsconsulent en bezwaren tegen een tlv-besluit dit schooljaar (monitor)",
    },
    Kengetal {
        sleutel: "aanmeldingen-na-termijn",
        figuur: "aanmeldingen",
        kolommen: &["na", "verstreken"],
        uitleg: "aanmeldingen dit schooljaar waarover niet binnen de termijn is besloten (monitor)",
    },
    Kengetal {
        sleutel: "schorsingen",
        figuur: "schorsingen",
        kolommen: &[],
        uitleg: "schorsingen langer dan één dag dit schooljaar (monitor)",
    },
    Kengetal {
        sleutel: "verwijderingen",
        figuur: "verwijderingen",
        kolommen: &[],
        uitleg: "verwijderingen dit schooljaar (monitor)",
    },
];

pub(super) fn kengetal_van(sleutel: &str) -> Option<&'static Kengetal> {
    KENGETALLEN.iter().find(|k| k.sleutel == sleutel)
}

impl VerantwoordingStore<'_> {
    /// This schooljaar's value of each target figure for an SWV, counted by the monitor with
    /// its definitions and period (see [`KENGETALLEN`]).
    pub async fn kengetallen(
        self,
        wie: &Verzoeker,
        swv: &str,
        today: Date,
    ) -> Result<Vec<(&'static str, u64)>, StoreError> {
        let rij = self
            .monitor()
            .monitor_rij(wie, swv, Schooljaar::of(today), today)
            .await?;
        Ok(KENGETALLEN
            .iter()
            .map(|k| {
                let n = rij
                    .iter()
                    .filter(|((figuur, kolom), _)| {
                        *figuur == k.figuur
                            && (k.kolommen.is_empty() || k.kolommen.contains(&kolom.as_str()))
                    })
                    .map(|(_, n)| n)
                    .sum();
                (k.sleutel, n)
            })
            .collect())
    }
}

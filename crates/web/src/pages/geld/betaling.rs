//! The payments per school and per board, as the verdeling and jaarverslag pages show them.

use super::eur;
use passend_store::geld::Betalingen;

pub struct BetalingRij {
    pub vestiging: String,
    pub naam: String,
    pub bestuur: String,
    pub leerlingen: u64,
    pub arrangementen: String,
    pub per_leerling: String,
    pub arrangement: String,
    pub totaal: String,
}

pub(super) fn betaling_rijen(b: &Betalingen) -> (Vec<BetalingRij>, Vec<(String, String, String)>) {
    (
        b.scholen
            .iter()
            .map(|s| BetalingRij {
                vestiging: s.vestiging.clone(),
                naam: s.naam.clone(),
                bestuur: format!("{} ({})", s.bestuur_naam, s.bestuur),
                leerlingen: s.leerlingen,
                arrangementen: eur(s.arrangementen),
                per_leerling: eur(s.per_leerling),
                arrangement: eur(s.arrangement),
                totaal: eur(s.totaal),
            })
            .collect(),
        b.per_bestuur
            .iter()
            .map(|(bg, n, t)| (bg.clone(), n.clone(), eur(*t)))
            .collect(),
    )
}

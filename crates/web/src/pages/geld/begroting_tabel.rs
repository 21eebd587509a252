//! The begroting as a download: every explained line, then the netto.

use super::component_naam;
use crate::export::{Cel, Tabel};
use passend_domain::{Schooljaar, SwvCode};
use passend_store::geld::Begroting;

pub(super) fn tabel(b: &Begroting, swv: &SwvCode, schooljaar: Schooljaar) -> Tabel {
    let r = &b.berekening.regelset;
    let mut t = Tabel::new(
        &format!("begroting-{swv}-{schooljaar}"),
        &["onderdeel", "invoer", "sleutel", "factor", "bron", "bedrag"],
    );
    for l in &b.eigen.toelichting {
        t.rij(vec![
            component_naam(l.component).into(),
            l.invoer.clone().into(),
            l.sleutel.clone().into(),
            l.factor.map(|f| f.to_string()).into(),
            l.bron.clone().into(),
            l.uitkomst.into(),
        ]);
    }
    let soort = if b.berekening.rekenvoorbeeld {
        format!(
            "rekenvoorbeeld met de bedragen van {}, geen beschikking",
            r.schooljaar
        )
    } else {
        format!("regelset {}", r.schooljaar)
    };
    t.rij(vec![
        "Netto".into(),
        soort.into(),
        Cel::Leeg,
        Cel::Leeg,
        r.regeling.clone().into(),
        b.eigen.netto.into(),
    ]);
    t
}

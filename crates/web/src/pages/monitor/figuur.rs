//! One monitor figure as a table, with small cells shown as hidden.

use passend_store::monitor::Indicator;

/// One table cell as the page shows it.
pub struct Vak {
    pub label: String,
    pub onderdrukt: bool,
}

pub struct Rij {
    pub naam: String,
    pub vakken: Vec<Vak>,
}

pub struct Figuur {
    pub sleutel: &'static str,
    pub titel: &'static str,
    pub definitie: String,
    pub peildatum: String,
    pub kolommen: Vec<String>,
    pub totaalkolom: bool,
    pub rijen: Vec<Rij>,
}

fn vak(c: passend_domain::monitor::Cel, drempel: u64) -> Vak {
    Vak {
        label: c.label(drempel),
        onderdrukt: c.onderdrukt(),
    }
}

pub(super) fn figuur(i: &Indicator, drempel: u64) -> Figuur {
    let t = &i.tabel;
    let mut rijen: Vec<Rij> = t
        .rijen
        .iter()
        .enumerate()
        .map(|(r, naam)| {
            let mut vakken: Vec<Vak> = t.cellen[r].iter().map(|c| vak(*c, drempel)).collect();
            if let Some(rt) = &t.rijtotalen {
                vakken.push(vak(rt[r], drempel));
            }
            Rij {
                naam: naam.clone(),
                vakken,
            }
        })
        .collect();
    if let Some(kt) = &t.kolomtotalen {
        let mut vakken: Vec<Vak> = kt.iter().map(|c| vak(*c, drempel)).collect();
        if let Some(tt) = t.totaal {
            vakken.push(vak(tt, drempel));
        }
        rijen.push(Rij {
            naam: "Landelijk".into(),
            vakken,
        });
    }
    Figuur {
        sleutel: i.sleutel,
        titel: i.titel,
        definitie: i.definitie.clone(),
        peildatum: i.peildatum.clone(),
        kolommen: t.kolommen.clone(),
        totaalkolom: t.rijtotalen.is_some(),
        rijen,
    }
}

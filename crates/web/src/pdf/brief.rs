//! A decision letter ([`Brief`], built in the domain) as PDF: sender, addressee, date in
//! words, subject, decision, reasons, rectification, the clause, and the copies.

use super::{Alinea, document};
use passend_domain::brief::{Adres, Brief};

fn adres(a: &Adres) -> String {
    std::iter::once(a.naam.as_str())
        .chain(a.regels.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn brief_van(b: &Brief) -> Vec<u8> {
    let mut a = vec![
        Alinea::new(adres(&b.afzender), 9.5, 0.0),
        Alinea::new(adres(&b.geadresseerde), 10.5, 36.0),
        Alinea::new(format!("Datum: {}", b.datum_voluit()), 10.5, 28.0),
    ];
    if let Some(k) = &b.kenmerk {
        a.push(Alinea::new(format!("Kenmerk: {k}"), 10.5, 0.0));
    }
    a.push(Alinea::new(b.onderwerp(), 13.0, 20.0));
    a.extend(
        b.besluit
            .iter()
            .map(|p| Alinea::new(p.as_str(), 10.5, 10.0)),
    );
    if !b.redenen.is_empty() {
        a.push(Alinea::new("Redenen", 11.5, 14.0));
        a.extend(b.redenen.iter().map(|r| Alinea::new(r.as_str(), 10.5, 4.0)));
    }
    if let Some(r) = &b.rectificatie {
        a.push(Alinea::new("Rectificatie", 11.5, 14.0));
        a.push(Alinea::new(r.as_str(), 10.5, 4.0));
    }
    if let Some(c) = b.clausule() {
        a.push(Alinea::new(c, 10.5, 14.0));
    }
    for bijlage in &b.bijlagen {
        a.push(Alinea::new(
            format!("Afschrift: {}", bijlage.titel),
            11.5,
            20.0,
        ));
        a.push(Alinea::new(bijlage.tekst.as_str(), 10.0, 4.0));
    }
    document(&a)
}

//! The two official OSO example dossiers, and refusals built from them.

use super::*;
use jiff::civil::date;
use passend_uitwisseling::oso::{
    self, Antwoord, BijlageBron, OsoDossier, SoortOndersteuning, TlvCategorie,
};
use passend_uitwisseling::{Afwijzing, Geslacht, Identificatie};

mod voorbeelden;
mod weigering;

fn lees_ok(xml: &[u8]) -> OsoDossier {
    oso::lees(xml).unwrap_or_else(|afwijzing| panic!("afgewezen:\n{afwijzing}"))
}

fn lees_fout(xml: &[u8]) -> Afwijzing {
    match oso::lees(xml) {
        Ok(_) => panic!("geaccepteerd, verwacht een afwijzing"),
        Err(afwijzing) => {
            assert!(!afwijzing.problemen().is_empty());
            afwijzing
        }
    }
}

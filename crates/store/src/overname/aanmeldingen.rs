//! Registrations as they stand: open, extended, decided or withdrawn.

use super::{Tx, datum, datum_of, nu, vlag};
use crate::bulk::{Value, insert_rows};
use crate::{LeerlingId, StoreError};
use jiff::civil::Date;
use passend_domain::VestigingCode;
use passend_domain::zorgplicht::Besluit;

#[derive(Debug, Clone)]
pub struct Aanmelding {
    pub leerling: LeerlingId,
    pub vestiging: VestigingCode,
    pub ontvangen: Date,
    pub eerste_voorkeur: bool,
    pub extra_ondersteuning: bool,
    /// The school's assessment of the support need.
    pub beoordeling: Option<String>,
    pub verlenging: Option<Verlenging>,
    pub besluit: Option<Besluitvorming>,
    pub ingetrokken_op: Option<Date>,
}

/// The decision term extended by some weeks, notified to the parents on a day.
#[derive(Debug, Clone)]
pub struct Verlenging {
    pub weken: i64,
    pub kennisgeving: Date,
}

/// The decision with its date, the letter the parents had and the child's voice.
#[derive(Debug, Clone)]
pub struct Besluitvorming {
    pub besluit: Besluit,
    pub datum: Date,
    pub brief: String,
    pub stem_kind: String,
}

pub(super) async fn insert(tx: &mut Tx, lijst: &[Aanmelding]) -> Result<(), StoreError> {
    let rows = lijst.iter().map(rij).collect();
    let kolommen = [
        "leerling_id",
        "vestiging_code",
        "ontvangen",
        "eerste_voorkeur",
        "extra_ondersteuning",
        "beoordeling",
        "verlenging_weken",
        "verlenging_kennisgeving",
        "besluit",
        "besluit_datum",
        "andere_school",
        "bereid_op",
        "brief",
        "stem_kind",
        "ingetrokken_op",
        "aangemaakt",
    ];
    insert_rows(tx, "aanmelding", &kolommen, rows).await?;
    // An admission taken over brings its assessed need to the dossier, as a decision in
    // passend does (WPO art. 40 lid 3).
    for a in lijst {
        if let Some(Besluit::Toegelaten {
            extra_ondersteuning,
        }) = a.besluit.as_ref().map(|b| &b.besluit)
        {
            let behoefte = passend_domain::zorgplicht::behoefte_na_toelating(
                a.extra_ondersteuning,
                *extra_ondersteuning,
                a.beoordeling.as_deref(),
                a.ontvangen,
            );
            crate::aanmeldingen::inschrijven::zet_behoefte(tx, a.leerling, behoefte).await?;
        }
    }
    Ok(())
}

fn rij(a: &Aanmelding) -> Vec<Value> {
    let b = a.besluit.as_ref();
    let (andere_school, bereid_op) = match b.map(|b| &b.besluit) {
        Some(Besluit::ElderToegelaten {
            andere_school,
            bereid_op,
        }) => (Some(andere_school.clone()), *bereid_op),
        _ => (None, None),
    };
    vec![
        Value::from(a.leerling.0),
        a.vestiging.as_str().into(),
        datum(a.ontvangen),
        vlag(a.eerste_voorkeur),
        vlag(a.extra_ondersteuning),
        a.beoordeling.clone().into(),
        Value::Int(a.verlenging.as_ref().map(|v| v.weken)),
        datum_of(a.verlenging.as_ref().map(|v| v.kennisgeving)),
        b.map(|b| b.besluit.code().to_string()).into(),
        datum_of(b.map(|b| b.datum)),
        andere_school.into(),
        datum_of(bereid_op),
        b.map(|b| b.brief.clone()).into(),
        b.map(|b| b.stem_kind.clone()).into(),
        datum_of(a.ingetrokken_op),
        nu(),
    ]
}

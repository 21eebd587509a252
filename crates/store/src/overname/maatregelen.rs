//! Schorsingen, verwijderingen and granted vrijstellingen as recorded before.

use super::{Overname, Tx, datum, datum_of, nu, vlag};
use crate::bulk::{Value, insert_rows};
use crate::{LeerlingId, StoreError};
use jiff::civil::Date;
use passend_domain::vrijstelling::Grond;
use passend_domain::{Gemeentecode, VestigingCode};

#[derive(Debug, Clone)]
pub struct Schorsing {
    pub leerling: LeerlingId,
    pub vestiging: VestigingCode,
    pub van: Date,
    pub tot: Date,
    pub reden: String,
    /// When the inspectie was notified (a schorsing of more than one day).
    pub inspectie_melding: Option<Date>,
}

#[derive(Debug, Clone)]
pub struct Verwijdering {
    pub leerling: LeerlingId,
    pub vestiging: VestigingCode,
    pub datum: Date,
    /// The school that agreed to admit the pupil.
    pub andere_school: String,
    pub stem_kind: String,
    pub overleg_inspectie: bool,
}

/// A vrijstelling the gemeente granted.
#[derive(Debug, Clone)]
pub struct Vrijstelling {
    pub leerling: LeerlingId,
    pub gemeente: Gemeentecode,
    pub grond: Grond,
    pub van: Date,
    pub tot: Option<Date>,
    pub verklaring_datum: Option<Date>,
    pub verklaring_van_behandelaar: bool,
    pub besluit_datum: Date,
}

pub(super) async fn insert(tx: &mut Tx, o: &Overname) -> Result<(), StoreError> {
    let rows = o.schorsingen.iter().map(|s| {
        vec![
            Value::from(s.leerling.0),
            s.vestiging.as_str().into(),
            datum(s.van),
            datum(s.tot),
            s.reden.as_str().into(),
            datum_of(s.inspectie_melding),
            nu(),
        ]
    });
    let kolommen = [
        "leerling_id",
        "vestiging_code",
        "van",
        "tot",
        "reden",
        "inspectie_melding",
        "aangemaakt",
    ];
    insert_rows(tx, "schorsing", &kolommen, rows.collect()).await?;
    // The meldingen made then, for the inspectie's inbox (newest first by their day; a day
    // still to come counts as now, so that what is recorded later stays newer).
    let nu_tekst = crate::instant_text(jiff::Timestamp::now());
    let rows = o.schorsingen.iter().filter_map(|s| {
        let gemeld = format!("{}T00:00:00Z", s.inspectie_melding?).min(nu_tekst.clone());
        Some(vec![
            Value::from("schorsing"),
            s.vestiging.as_str().into(),
            Value::from(s.leerling.0),
            datum(s.van),
            datum(s.tot),
            s.reden.as_str().into(),
            gemeld.into(),
        ])
    });
    let kolommen = [
        "soort",
        "vestiging_code",
        "leerling_id",
        "van",
        "tot",
        "reden",
        "aangemaakt",
    ];
    insert_rows(tx, "inspectie_melding", &kolommen, rows.collect()).await?;
    let rows = o.verwijderingen.iter().map(|v| {
        vec![
            Value::from(v.leerling.0),
            v.vestiging.as_str().into(),
            datum(v.datum),
            v.andere_school.as_str().into(),
            v.stem_kind.as_str().into(),
            vlag(v.overleg_inspectie),
            nu(),
        ]
    });
    let kolommen = [
        "leerling_id",
        "vestiging_code",
        "datum",
        "andere_school",
        "stem_kind",
        "overleg_inspectie",
        "aangemaakt",
    ];
    insert_rows(tx, "verwijdering", &kolommen, rows.collect()).await?;
    let rows = o.vrijstellingen.iter().map(|v| {
        vec![
            Value::from(v.leerling.0),
            v.gemeente.as_str().into(),
            v.grond.as_str().into(),
            datum(v.van),
            datum_of(v.tot),
            "verleend".into(),
            datum_of(v.verklaring_datum),
            vlag(v.verklaring_van_behandelaar),
            datum(v.besluit_datum),
            nu(),
        ]
    });
    let kolommen = [
        "leerling_id",
        "gemeentecode",
        "grond",
        "van",
        "tot",
        "status",
        "verklaring_datum",
        "verklaring_van_behandelaar",
        "besluit_datum",
        "aangemaakt",
    ];
    insert_rows(tx, "vrijstelling", &kolommen, rows.collect()).await
}

//! The support caseload's lists as downloads: OPP signals, arrangement requests, TLVs and a
//! deskundige's advice requests, each exactly as the caseload page shows them.

use crate::WebError;
use crate::export::{Cel, Tabel};
use passend_store::{Arrangement, OppSignaal, Tlv};

/// Which of the caseload's lists to download (`?lijst=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lijst {
    Signalen,
    Arrangementen,
    Tlvs,
    Adviesvragen,
}

impl Lijst {
    pub fn van(waarde: Option<&str>) -> Result<Lijst, WebError> {
        match waarde.map(str::trim).unwrap_or("signalen") {
            "signalen" => Ok(Lijst::Signalen),
            "arrangementen" => Ok(Lijst::Arrangementen),
            "tlvs" => Ok(Lijst::Tlvs),
            "adviesvragen" => Ok(Lijst::Adviesvragen),
            other => Err(WebError::Ongeldig(format!(
                "lijst: '{other}' kennen we niet; kies signalen, arrangementen, tlvs of adviesvragen"
            ))),
        }
    }
}

pub fn signalen(rijen: &[OppSignaal]) -> Tabel {
    let mut t = Tabel::new(
        "opp-signalen",
        &[
            "leerling_id",
            "naam",
            "vestiging",
            "wat",
            "datum",
            "te_laat",
        ],
    );
    for s in rijen {
        t.rij(vec![
            Cel::Getal(s.leerling_id.0),
            s.naam.clone().into(),
            s.vestiging_code.clone().into(),
            s.wat.clone().into(),
            s.datum.into(),
            ja_nee(s.te_laat),
        ]);
    }
    t
}

pub fn arrangementen(rijen: &[Arrangement]) -> Tabel {
    let mut t = Tabel::new(
        "arrangementen",
        &[
            "arrangement",
            "leerling_id",
            "naam",
            "vestiging",
            "swv",
            "status",
            "aangevraagd_op",
            "overleg_op",
            "besluit",
            "besluit_datum",
            "van",
            "tot",
            "kosten",
            "evaluatie_op",
        ],
    );
    for a in rijen {
        t.rij(vec![
            Cel::Getal(a.id),
            Cel::Getal(a.leerling_id.0),
            a.naam.clone().into(),
            a.vestiging_code.clone().into(),
            a.swv_code.clone().into(),
            a.status().into(),
            a.aangevraagd_op.into(),
            a.overleg_datum.into(),
            a.besluit.clone().into(),
            a.besluit_datum.into(),
            a.van.into(),
            a.tot.into(),
            a.kosten.clone().into(),
            a.evaluatie_datum.into(),
        ]);
    }
    t
}

pub fn tlvs(naam: &str, rijen: &[Tlv]) -> Tabel {
    let mut t = Tabel::new(
        naam,
        &[
            "tlv",
            "leerling_id",
            "naam",
            "soort",
            "swv",
            "aangevraagd_op",
            "besluit",
            "besluit_datum",
            "categorie",
            "ingang",
            "einde",
            "beschikkingsnummer",
            "adviezen",
            "bezwaren",
        ],
    );
    for v in rijen {
        t.rij(vec![
            Cel::Getal(v.id),
            Cel::Getal(v.leerling_id.0),
            v.naam.clone().into(),
            v.soort.clone().into(),
            v.swv_code.clone().into(),
            v.aangevraagd_op.into(),
            v.besluit.clone().into(),
            v.besluit_datum.into(),
            v.categorie.clone().into(),
            v.ingang.into(),
            v.einde.into(),
            v.beschikkingsnummer.clone().into(),
            Cel::Getal(v.adviezen.len() as i64),
            Cel::Getal(v.bezwaren.len() as i64),
        ]);
    }
    t
}

fn ja_nee(b: bool) -> Cel {
    if b { "ja" } else { "nee" }.into()
}

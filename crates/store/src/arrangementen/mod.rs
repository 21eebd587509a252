//! Arrangement requests from a school to its SWV (meeting, decision, evaluation), the
//! one-table integral arrangement, and symbiose agreements. Rules in the domain crate.

use crate::audit::{Actie, commit_audited};
use crate::kolom::{get_date, get_opt_date};
use crate::tlv::school;
use crate::toegang::Verzoeker;
use crate::{LeerlingId, StoreError, instant_text};
use jiff::civil::Date;
use passend_domain::arrangement::{
    Aanvraagfeiten, Afspraak, Beslissing, Onderdeel, Partij, toets_besluitstap, toets_integraal,
    toets_overlegstap, verloopt_binnenkort,
};
use passend_domain::richtlijnen::Richtlijnen;
use passend_domain::symbiose::{self, Overeenkomst};
use passend_domain::toegang::Functie;
use passend_domain::{Schooljaar, Schoolsoort};
use rust_decimal::Decimal;
use sqlx::Row;
use sqlx::any::AnyRow;

mod aanvraag;
mod besluit;
mod integraal;
mod lezen;
mod symbioses;
mod voornemen;

pub use besluit::*;
pub use integraal::*;
pub use symbioses::*;

fn ongeldig(e: impl ToString) -> StoreError {
    StoreError::Ongeldig(e.to_string())
}

#[derive(Debug, Clone)]
pub struct Arrangement {
    pub id: i64,
    pub leerling_id: LeerlingId,
    pub naam: String,
    pub vestiging_code: String,
    pub swv_code: String,
    pub vraag: String,
    pub aangevraagd_op: Date,
    pub overleg_datum: Option<Date>,
    pub deelnemers: Option<String>,
    pub ouders_aanwezig: Option<bool>,
    pub stem_kind: Option<String>,
    pub overleg_verslag: Option<String>,
    pub besluit: Option<String>,
    pub besluit_datum: Option<Date>,
    pub inhoud: Option<String>,
    pub van: Option<Date>,
    pub tot: Option<Date>,
    pub kosten: Option<String>,
    pub reden: Option<String>,
    pub evaluatie_datum: Option<Date>,
    pub evaluatie: Option<String>,
}

impl Arrangement {
    /// Where the request stands, in words for school, parents and SWV.
    pub fn status(&self) -> &'static str {
        match (
            self.besluit.as_deref(),
            self.overleg_datum,
            self.evaluatie_datum,
        ) {
            (None, None, _) => "aangevraagd",
            (None, Some(_), _) => "besproken",
            (Some("afgewezen"), _, _) => "afgewezen",
            (Some(_), _, Some(_)) => "geëvalueerd",
            (Some(_), _, None) => "toegekend",
        }
    }

    pub fn verloopt_binnenkort(&self, today: Date) -> bool {
        self.besluit.as_deref() == Some("toegekend")
            && self.tot.is_some_and(|t| verloopt_binnenkort(t, today))
    }
}

const COLUMNS: &str = "a.id, a.leerling_id, l.voornaam, l.tussenvoegsel, l.achternaam, a.vestiging_code, a.swv_code, a.vraag, \
     a.aangevraagd_op, a.overleg_datum, a.deelnemers, a.ouders_aanwezig, a.stem_kind, a.overleg_verslag, a.besluit, a.besluit_datum, \
     a.inhoud, a.van, a.tot, a.kosten, a.reden, a.evaluatie_datum, a.evaluatie";

fn arrangement_row(r: &AnyRow) -> Result<Arrangement, StoreError> {
    Ok(Arrangement {
        id: r.try_get("id")?,
        leerling_id: LeerlingId(r.try_get("leerling_id")?),
        naam: passend_domain::Naam {
            voornaam: r.try_get("voornaam")?,
            tussenvoegsel: r.try_get("tussenvoegsel")?,
            achternaam: r.try_get("achternaam")?,
        }
        .volledig(),
        vestiging_code: r.try_get("vestiging_code")?,
        swv_code: r.try_get("swv_code")?,
        vraag: r.try_get("vraag")?,
        aangevraagd_op: get_date(r, "aangevraagd_op")?,
        overleg_datum: get_opt_date(r, "overleg_datum")?,
        deelnemers: r.try_get("deelnemers")?,
        ouders_aanwezig: r
            .try_get::<Option<i64>, _>("ouders_aanwezig")?
            .map(|v| v != 0),
        stem_kind: r.try_get("stem_kind")?,
        overleg_verslag: r.try_get("overleg_verslag")?,
        besluit: r.try_get("besluit")?,
        besluit_datum: get_opt_date(r, "besluit_datum")?,
        inhoud: r.try_get("inhoud")?,
        van: get_opt_date(r, "van")?,
        tot: get_opt_date(r, "tot")?,
        kosten: r.try_get("kosten")?,
        reden: r.try_get("reden")?,
        evaluatie_datum: get_opt_date(r, "evaluatie_datum")?,
        evaluatie: r.try_get("evaluatie")?,
    })
}

/// Parses a euro amount as users type it ("4.500,00", "4500.00", "4500").
pub fn bedrag(s: &str) -> Result<Decimal, StoreError> {
    let t = s.trim().trim_start_matches('€').trim();
    let normalised = if t.contains(',') {
        t.replace('.', "").replace(',', ".")
    } else {
        t.to_string()
    };
    normalised
        .parse::<Decimal>()
        .map_err(|_| ongeldig(format!("'{s}' is geen bedrag in euro")))
}

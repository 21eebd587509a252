//! Disputes about toelating, verwijdering or the OPP sent to the geschillencommissie (its term
//! for an oordeel, the oordeel, what the board did with it and why), and referrals to an
//! onderwijsconsulent. Recorded by a party on the school's side (the school, its bestuur or
//! its SWV) through the pupil's dossier scope; parents see them in their child's dossier.

use super::ongeldig;
use crate::audit::{Actie, commit_audited};
use crate::kolom::{get_date, get_opt_date};
use crate::toegang::{Verzoeker, scope_condition};
use crate::{LeerlingId, Store, StoreError, instant_text};
use jiff::civil::Date;
use passend_domain::richtlijnen::Richtlijnen;
use passend_domain::toegang::Functie;
use passend_domain::verantwoording::{GeschilSoort, oordeel_uiterlijk, toets_reactie_bestuur};
use passend_domain::{Handeling, LeerlingFilter};
use sqlx::Row;
use sqlx::any::AnyRow;

mod bijwerken;
mod lezen;
mod registratie;

#[derive(Debug, Clone)]
pub struct NieuwGeschil {
    pub soort: GeschilSoort,
    /// The school whose board is the other party.
    pub vestiging: String,
    /// Received by the commission, or the day of the referral.
    pub ingediend_op: Date,
    pub omschrijving: String,
}

/// Later steps, each optional: the oordeel (for an onderwijsconsulent: the outcome) and the
/// board's response to it.
#[derive(Debug, Clone, Default)]
pub struct GeschilStap {
    pub oordeel_datum: Option<Date>,
    pub oordeel: Option<String>,
    pub reactie_datum: Option<Date>,
    pub volgt_oordeel: Option<bool>,
    pub reactie: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Geschil {
    pub id: i64,
    pub leerling_id: LeerlingId,
    pub naam: String,
    pub vestiging_code: String,
    pub vestiging_naam: String,
    pub swv_code: String,
    pub soort: String,
    pub soort_omschrijving: String,
    pub ingediend_op: Date,
    pub omschrijving: String,
    /// The geschillencommissie's term; none for an onderwijsconsulent.
    pub oordeel_uiterlijk: Option<Date>,
    pub oordeel_datum: Option<Date>,
    pub oordeel: Option<String>,
    pub reactie_datum: Option<Date>,
    pub volgt_oordeel: Option<bool>,
    pub reactie: Option<String>,
    /// The reader may open the pupil's dossier (a party to a toelating dispute through the
    /// registration alone may not): pages link to it only then.
    pub dossier: bool,
}

impl Geschil {
    /// The commission's term has passed without an oordeel.
    pub fn oordeel_te_laat(&self, today: Date) -> bool {
        self.oordeel.is_none() && self.oordeel_uiterlijk.is_some_and(|d| d < today)
    }

    pub fn afgerond(&self) -> bool {
        match GeschilSoort::parse(&self.soort) {
            Some(GeschilSoort::Onderwijsconsulent) => self.oordeel.is_some(),
            _ => self.reactie.is_some(),
        }
    }
}

const COLUMNS: &str = "g.id, g.leerling_id, l.voornaam, l.tussenvoegsel, l.achternaam, g.vestiging_code, v.naam AS vestiging_naam, \
     g.swv_code, g.soort, g.ingediend_op, g.omschrijving, g.oordeel_uiterlijk, g.oordeel_datum, g.oordeel, g.reactie_datum, \
     g.volgt_oordeel, g.reactie";

fn geschil_row(r: &AnyRow) -> Result<Geschil, StoreError> {
    let soort: String = r.try_get("soort")?;
    Ok(Geschil {
        id: r.try_get("id")?,
        leerling_id: LeerlingId(r.try_get("leerling_id")?),
        naam: passend_domain::Naam {
            voornaam: r.try_get("voornaam")?,
            tussenvoegsel: r.try_get("tussenvoegsel")?,
            achternaam: r.try_get("achternaam")?,
        }
        .volledig(),
        vestiging_code: r.try_get("vestiging_code")?,
        vestiging_naam: r.try_get("vestiging_naam")?,
        swv_code: r.try_get("swv_code")?,
        soort_omschrijving: GeschilSoort::parse(&soort)
            .map(|s| s.omschrijving().to_string())
            .unwrap_or_else(|| soort.clone()),
        soort,
        ingediend_op: get_date(r, "ingediend_op")?,
        omschrijving: r.try_get("omschrijving")?,
        oordeel_uiterlijk: get_opt_date(r, "oordeel_uiterlijk")?,
        oordeel_datum: get_opt_date(r, "oordeel_datum")?,
        oordeel: r.try_get("oordeel")?,
        reactie_datum: get_opt_date(r, "reactie_datum")?,
        volgt_oordeel: r
            .try_get::<Option<i64>, _>("volgt_oordeel")?
            .map(|v| v != 0),
        dossier: true,
        reactie: r.try_get("reactie")?,
    })
}

/// Is the caller a party on the school's side for this vestiging: the school itself, its
/// bestuur, or its SWV?
async fn partij(store: &Store, wie: &Verzoeker, vestiging: &str) -> Result<String, StoreError> {
    let s = crate::tlv::school(store, vestiging)
        .await
        .map_err(|_| ongeldig(format!("vestiging: '{vestiging}' bestaat niet")))?;
    if !wie
        .kijker
        .bereikt_school(&Functie::GeschilPartij, &s.context())
    {
        return Err(ongeldig(
            "een geschil legt de school, haar bestuur of haar samenwerkingsverband vast",
        ));
    }
    Ok(s.swv_code)
}

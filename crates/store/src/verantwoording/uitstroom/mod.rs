//! Where vso leavers went, against the uitstroomprofiel their OPP expected: recorded by the
//! vso school (or its bestuur or SWV) at leaving, and again a year later when known; shown per
//! school and per SWV as counts only.

use super::{Bereik, bereik, ongeldig};
use crate::audit::{Actie, commit_audited};
use crate::kolom::{get_date, get_opt_date};
use crate::toegang::Verzoeker;
use crate::{LeerlingId, StoreError, instant_text};
use jiff::ToSpan;
use jiff::civil::Date;
use passend_domain::monitor::{Cel, Kruistabel, bescherm, onbeschermd};
use passend_domain::opp::Uitstroom;
use passend_domain::toegang::Functie;
use passend_domain::verantwoording::{
    Bestemming, Vergelijking, conform, toets_uitstroom, vergelijk, vso_profiel,
};
use passend_domain::{Schooljaar, Schoolsoort};
use sqlx::Row;
use sqlx::any::AnyRow;

mod opvolging;
mod registratie;
mod vergelijking;

#[derive(Debug, Clone)]
pub struct NieuweUitstroom {
    pub vestiging: String,
    pub uitstroomdatum: Date,
    pub bestemming: Bestemming,
    /// The kind of vervolgonderwijs (only with that destination).
    pub vervolg_soort: Option<String>,
}

/// One leaver, for the school's follow-up list.
#[derive(Debug, Clone)]
pub struct UitstroomRegel {
    pub id: i64,
    pub leerling_id: LeerlingId,
    pub naam: String,
    pub vestiging_code: String,
    pub vestiging_naam: String,
    pub swv_code: String,
    pub uitstroomdatum: Date,
    /// The OPP's uitstroomprofiel at leaving, if any.
    pub verwacht: Option<String>,
    pub bestemming: String,
    pub vervolg_soort: Option<String>,
    pub na_jaar_datum: Option<Date>,
    pub na_jaar_bestemming: Option<String>,
    pub na_jaar_soort: Option<String>,
    /// Went where the OPP expected; `None` when there is nothing to compare.
    pub conform: Option<bool>,
}

/// Leavers with one expected profile, by actual destination at leaving, as the viewer may
/// see them.
#[derive(Debug, Clone)]
pub struct UitstroomRij {
    /// The expected uitstroomprofiel; `None`: no OPP profile known.
    pub verwacht: Option<Uitstroom>,
    /// Per [`Bestemming::ALL`], in that order.
    pub feitelijk: [Cel; 4],
    /// Went where expected (the cell of the matching destination; 0 without a profile).
    pub conform: Cel,
    pub totaal: Cel,
}

/// Counts for one SWV or one school. Outside the SWV's staff and the schools themselves
/// (OPR, inspectie, ministerie) small counts are hidden as in the monitor, with a
/// complementary cell where a total would give them back.
#[derive(Debug, Clone)]
pub struct UitstroomGroep {
    pub code: String,
    pub naam: String,
    /// Per expected profile, by actual destination at leaving.
    pub rijen: Vec<UitstroomRij>,
    /// Per destination, over every profile.
    pub per_bestemming: [Cel; 4],
    /// A year later, per [`Bestemming::ALL`].
    pub na_jaar: [Cel; 4],
    pub totaal: Cel,
}

const COLUMNS: &str = "u.id, u.leerling_id, l.voornaam, l.tussenvoegsel, l.achternaam, u.vestiging_code, v.naam AS vestiging_naam, \
     u.swv_code, u.uitstroomdatum, u.verwacht, u.bestemming, u.vervolg_soort, u.na_jaar_datum, u.na_jaar_bestemming, u.na_jaar_soort";

fn regel(r: &AnyRow) -> Result<UitstroomRegel, StoreError> {
    let verwacht: Option<String> = r.try_get("verwacht")?;
    let bestemming: String = r.try_get("bestemming")?;
    Ok(UitstroomRegel {
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
        uitstroomdatum: get_date(r, "uitstroomdatum")?,
        conform: Bestemming::parse(&bestemming).and_then(|b| {
            conform(
                verwacht.as_deref().and_then(|v| Uitstroom::parse(v).ok()),
                b,
            )
        }),
        verwacht,
        bestemming,
        vervolg_soort: r.try_get("vervolg_soort")?,
        na_jaar_datum: get_opt_date(r, "na_jaar_datum")?,
        na_jaar_bestemming: r.try_get("na_jaar_bestemming")?,
        na_jaar_soort: r.try_get("na_jaar_soort")?,
    })
}

/// The SQL condition on `vestiging v` for the leavers a caller records and follows up: its
/// own school, its bestuur's schools, its SWV's schools.
fn partij_conditie(wie: &Verzoeker) -> Option<(&'static str, String)> {
    use passend_domain::toegang::Bereik as B;
    match wie.kijker.bereik(&Functie::UitstroomVastleggen)? {
        B::Vestiging(v) => Some(("v.code = $1", v)),
        B::Bestuur(b) => Some((
            "v.brin IN (SELECT s.brin FROM school s JOIN bestuur b ON b.id = s.bestuur_id WHERE b.bevoegd_gezag = $1)",
            b,
        )),
        B::Swv(s) => Some(("v.swv_code = $1", s)),
        _ => None,
    }
}

//! Aanmeldingen: the written registration with the school, the clocks of the law computed
//! by the domain, the one extension, the decision with its letter to the parents and the
//! child's voice, and withdrawal. A registration makes the child visible to the school, its
//! bestuur and its SWV (see `toegang`).

use crate::audit::{Actie, append};
use crate::toegang::Verzoeker;
use crate::{LeerlingId, StoreError, instant_text};
use jiff::civil::Date;
use passend_domain::toegang::{Bereik, Functie};
use passend_domain::zorgplicht::{
    self, AanmeldingFeiten, Besluit, Opschorting, Registratie, Termijnen, Verlenging, termijnen,
    zorgplicht_bij,
};
use passend_domain::{
    Handeling, Leerling, RegioIndeling, SchoolContext, Schoolsoort, VestigingCode,
};
use sqlx::Row;
use sqlx::any::AnyRow;

mod antwoord;
mod bereidheid;
mod besluit;
pub(crate) mod inschrijven;
mod lezen;
mod opschorting;
mod registratie;
mod rij;
mod voornemen;

pub use bereidheid::{Bereidheid, OpenBereidheidsvraag};

/// A new registration, with the child's person data (found by BSN or onderwijsnummer, or
/// registered as a new pupil).
#[derive(Debug, Clone)]
pub struct NieuweAanmelding {
    pub leerling: Leerling,
    pub vestiging: VestigingCode,
    pub ontvangen: Date,
    pub gewenste_start: Option<Date>,
    pub eerste_voorkeur: bool,
    pub andere_scholen: String,
    pub extra_ondersteuning: bool,
    pub beoordeling: Option<String>,
}

/// A registration as lists and pages show it.
#[derive(Debug, Clone)]
pub struct Aanmelding {
    pub id: i64,
    pub leerling_id: LeerlingId,
    pub naam: String,
    pub vestiging_code: String,
    pub vestiging_naam: String,
    pub ontvangen: Date,
    pub gewenste_start: Option<Date>,
    pub eerste_voorkeur: bool,
    pub andere_scholen: Option<String>,
    pub extra_ondersteuning: bool,
    pub beoordeling: Option<String>,
    pub termijnen: Termijnen,
    /// At a VO school: only there a request to complete suspends the term (WVO art. 27 lid 2g).
    pub vo: bool,
    /// The requests to complete the registration, which suspend the decision term.
    pub opschortingen: Vec<Opschorting>,
    pub besluit: Option<String>,
    pub besluit_datum: Option<Date>,
    pub brief: Option<String>,
    pub stem_kind: Option<String>,
    pub ingetrokken_op: Option<Date>,
    /// This school holds the zorgplicht among the registrations of the same round (RULES §1.2).
    pub zorgplicht_hier: bool,
}

impl Aanmelding {
    pub fn open(&self) -> bool {
        self.besluit.is_none() && self.ingetrokken_op.is_none()
    }

    /// Open past its decision term.
    pub fn te_laat(&self, today: Date) -> bool {
        self.open() && self.termijnen.beslissen_uiterlijk < today
    }

    /// Open, and the temporary placement is due.
    pub fn plaatsing_verplicht(&self, today: Date) -> bool {
        self.open()
            && self
                .termijnen
                .tijdelijke_plaatsing_vanaf
                .is_some_and(|d| d <= today)
    }

    pub fn mogelijk_ontweken(&self) -> bool {
        passend_domain::zorgplicht::mogelijk_ontweken(
            self.ontvangen,
            self.extra_ondersteuning,
            self.ingetrokken_op,
        )
    }
}

fn niet_gevonden(id: i64) -> StoreError {
    StoreError::NietGevonden {
        wat: "aanmelding",
        sleutel: id.to_string(),
    }
}

/// Of two changes sent at once, only the first finds the registration still open.
fn al_beslist() -> StoreError {
    StoreError::Conflict("over deze aanmelding is al beslist of zij is ingetrokken".into())
}

/// Commits a change of a registration with its audit entry when its guarded `UPDATE … AND
/// besluit IS NULL AND ingetrokken_op IS NULL` changed the row; otherwise the registration
/// was decided or withdrawn meanwhile, and nothing is stored.
async fn bevestig_open(
    tx: sqlx::Transaction<'static, sqlx::Any>,
    gezet: u64,
    wie: &Verzoeker,
    leerling: LeerlingId,
    route: &str,
    velden: &[&str],
) -> Result<(), StoreError> {
    if gezet == 0 {
        return Err(al_beslist());
    }
    crate::audit::commit_audited(tx, wie, Some(leerling), Actie::Wijzigen, route, velden).await
}

fn date(s: &str) -> Result<Date, StoreError> {
    s.parse()
        .map_err(|_| StoreError::Ongeldig(format!("ongeldige datum {s}")))
}

fn opt_date(s: Option<String>) -> Result<Option<Date>, StoreError> {
    s.as_deref().map(date).transpose()
}

const COLUMNS: &str = "a.id, a.leerling_id, l.voornaam, l.tussenvoegsel, l.achternaam, a.vestiging_code, v.naam AS vnaam, \
     v.schoolsoort, a.ontvangen, a.gewenste_start, a.eerste_voorkeur, a.andere_scholen, a.extra_ondersteuning, a.beoordeling, \
     a.verlenging_weken, a.verlenging_kennisgeving, a.opschorting_van, a.opschorting_tot, a.besluit, a.besluit_datum, a.brief, a.stem_kind, a.ingetrokken_op";
const FROM: &str = "FROM aanmelding a JOIN leerling l ON l.id = a.leerling_id JOIN vestiging v ON v.code = a.vestiging_code \
     JOIN school s ON s.brin = v.brin JOIN bestuur b ON b.id = s.bestuur_id";

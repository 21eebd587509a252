//! The EDEXML 2.1 roster import: a school's groups, pupils (with the identifiers EDEXML
//! carries) and staff, as its administration system (LAS) exports them.
//!
//! - One file is the roster of one vestiging: the `school` block's brincode and
//!   dependancecode (`00` when absent). The `<vestiging>` elements are the LAS's own
//!   locations (keys such as `VH`), not BRIN vestigingen; one whose key *is* another
//!   vestiging's code is refused (one file per vestiging). Vestigingen are managed elsewhere
//!   and must exist.
//! - Pupils are found by BSN or onderwijsnummer, then by the EDEXML key or ECK iD stored for
//!   the vestiging at an earlier import. Known pupils get name, birth date, postcode and a
//!   missing person number from the file. A new pupil becomes a passend pupil when the file
//!   gives what every pupil needs (a checked BSN or onderwijsnummer, name, birth date, a
//!   postcode in the regio-indeling) and is enrolled from the instroomdatum (else the
//!   peildatum). A new pupil the file leaves incomplete — EDEXML allows a pupil without any
//!   number — stays a *roosterleerling*: name, birth date, class and groups, with what is
//!   missing, until a later file completes them. Pupils who left before the peildatum are
//!   skipped.
//! - A value that fails its check (a BSN against the elfproef, a postcode outside the
//!   regio-indeling) is never stored; it is reported as a warning and the import goes on.
//!   A broken record (a birth date in the future, one number for two pupils, a number that
//!   contradicts the stored pupil, an enrolment that overlaps another school's) refuses the
//!   file, as the schema's own errors do.
//! - Groups and staff are upserted by key; ones the file no longer lists are removed; the
//!   memberships of the vestiging's groups become the file's.
//! - All or nothing, in one transaction with one audit entry (names of changed fields and
//!   counts, never values); every problem is collected first and the file refused with the
//!   whole list, each pupil named by key and line. The same file twice changes nothing.

mod alleen_rooster;
mod controle;
mod leerlingen;
mod rooster;
mod sql;

pub use alleen_rooster::Roosterleerling;

use crate::StoreError;
use crate::audit::{Actie, commit_audited};
use crate::repo::RoosterStore;
use crate::toegang::Verzoeker;
use jiff::civil::Date;
use passend_domain::VestigingCode;
use passend_domain::toegang::Functie;
use passend_uitwisseling::edexml::EdexmlBestand;

/// New, changed, unchanged and removed records of one kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Telling {
    pub nieuw: usize,
    pub gewijzigd: usize,
    pub ongewijzigd: usize,
    pub verwijderd: usize,
}

/// "3 nieuw, 1 gewijzigd, 10 ongewijzigd" (and "2 verwijderd" when any were).
impl std::fmt::Display for Telling {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} nieuw, {} gewijzigd, {} ongewijzigd",
            self.nieuw, self.gewijzigd, self.ongewijzigd
        )?;
        if self.verwijderd > 0 {
            write!(f, ", {} verwijderd", self.verwijderd)?;
        }
        Ok(())
    }
}

/// What an EDEXML import stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EdexmlUitkomst {
    pub vestiging: String,
    /// Pupils of the file (removed is always 0: a pupil is never deleted by a roster).
    pub leerlingen: Telling,
    pub groepen: Telling,
    pub medewerkers: Telling,
    /// Pupils of the file passend cannot hold yet (see the `roosterleerling` table): in the
    /// roster with name and groups only, until a file completes them.
    pub roosterleerlingen: Telling,
    /// Enrolments at the vestiging added.
    pub inschrijvingen: usize,
    /// Group memberships of pupils and staff added or removed.
    pub indelingen: usize,
    /// Pupils whose uitstroomdatum lies before the peildatum: not imported.
    pub uitgestroomd: usize,
    /// What the school should complete: roster-only pupils and values that failed their
    /// check (not used). Named by key and line, never by value.
    pub waarschuwingen: Vec<String>,
}

impl EdexmlUitkomst {
    /// True when the import found everything as it was (a re-import of the same file).
    pub fn niets_gewijzigd(&self) -> bool {
        [
            self.leerlingen,
            self.groepen,
            self.medewerkers,
            self.roosterleerlingen,
        ]
        .iter()
        .all(|t| t.nieuw == 0 && t.gewijzigd == 0 && t.verwijderd == 0)
            && self.inschrijvingen == 0
            && self.indelingen == 0
    }
}

/// Reports progress as (done, total) to the caller's callback.
pub(crate) struct Voortgang<'a> {
    melden: &'a mut (dyn FnMut(usize, usize) + Send),
    gedaan: usize,
    totaal: usize,
}

impl Voortgang<'_> {
    fn stap(&mut self, n: usize) {
        self.gedaan = (self.gedaan + n).min(self.totaal);
        (self.melden)(self.gedaan, self.totaal);
    }
}

/// The vestiging an EDEXML file is the roster of: brincode + dependancecode (`00`, the
/// main vestiging, when the file gives none).
pub fn vestiging_van_edexml(bestand: &EdexmlBestand) -> Result<VestigingCode, StoreError> {
    let s = &bestand.school;
    let Some(brin) = s.brin.as_deref().map(str::trim).filter(|b| !b.is_empty()) else {
        return Err(StoreError::Geweigerd(vec![
            "het bestand noemt geen brincode (een Vlaams instellingsnummer kent passend niet)"
                .into(),
        ]));
    };
    let dependance = s.dependancecode.as_deref().map(str::trim).unwrap_or("00");
    VestigingCode::parse(&format!("{brin}{dependance}"))
        .map_err(|e| StoreError::Geweigerd(vec![e.to_string()]))
}

impl RoosterStore<'_> {
    /// Imports a checked EDEXML file for the caller's vestiging (a school user, or the
    /// system account acting for the school on the command line). See the module comment
    /// for what is matched, created, updated and refused. `voortgang` is called with
    /// (done, total) as the work proceeds.
    pub async fn importeer_edexml(
        self,
        wie: &Verzoeker,
        bestand: &EdexmlBestand,
        today: Date,
        route: &str,
        voortgang: &mut (dyn FnMut(usize, usize) + Send),
    ) -> Result<EdexmlUitkomst, StoreError> {
        let vestiging = vestiging_van_edexml(bestand)?;
        let eigen = wie
            .kijker
            .schrijft_voor_vestiging(&Functie::LeerlingenInlezen);
        if eigen.as_deref() != Some(vestiging.as_str()) {
            return Err(StoreError::Geweigerd(vec![format!(
                "dit is het leerlingenbestand van vestiging {vestiging}; een school leest alleen dat van haar eigen vestiging in"
            )]));
        }
        let n = bestand.leerlingen.len();
        let mut voortgang = Voortgang {
            melden: voortgang,
            gedaan: 0,
            totaal: 2 * n + bestand.groepen.len() + bestand.medewerkers.len(),
        };
        voortgang.stap(0);
        let mut problemen = andere_vestigingen(bestand, &vestiging);
        let gelezen = controle::lees(bestand, today);
        problemen.extend(gelezen.problemen);
        let mut tx = self.begin_write().await?;
        let bekend = sqlx::query("SELECT 1 FROM vestiging WHERE code = $1")
            .bind(vestiging.as_str())
            .fetch_optional(&mut *tx)
            .await?;
        if bekend.is_none() {
            return Err(StoreError::Geweigerd(vec![format!(
                "vestiging {vestiging} (brincode {}, dependancecode {}) staat niet in passend; scholen en vestigingen worden apart beheerd",
                vestiging.brin(),
                &vestiging.as_str()[4..]
            )]));
        }
        // Uitgestroomd pupils are skipped; they count as done at once.
        voortgang.stap(gelezen.uitgestroomd);
        let mut plan = leerlingen::plan(
            &mut tx,
            &vestiging,
            &gelezen.rijen,
            today,
            &mut problemen,
            &mut voortgang,
        )
        .await?;
        if !problemen.is_empty() {
            // The transaction is dropped unfinished: nothing is stored.
            return Err(StoreError::Geweigerd(ingekort(problemen)));
        }
        leerlingen::schrijf(
            &mut tx,
            &vestiging,
            &gelezen.rijen,
            &mut plan,
            &mut voortgang,
        )
        .await?;
        voortgang.stap(gelezen.uitgestroomd);
        let ids: Vec<(usize, i64)> = gelezen
            .rijen
            .iter()
            .zip(&plan.ids)
            .filter_map(|(rij, id)| id.map(|id| (rij.at, id)))
            .collect();
        let rooster = rooster::schrijf(
            &mut tx,
            &vestiging,
            bestand,
            &ids,
            &plan.rooster,
            &mut voortgang,
        )
        .await?;
        let mut leerlingen = Telling {
            nieuw: plan.nieuw(),
            ..Telling::default()
        };
        let is_nieuw = plan.is_nieuw();
        for (k, id) in plan.ids.iter().enumerate() {
            // New pupils are counted above; roster-only ones have no id and count apart.
            if is_nieuw[k] || id.is_none() {
                continue;
            }
            let verplaatst = id.is_some_and(|id| rooster.leerlingen_verplaatst.contains(&id));
            if plan.gewijzigd[k] || verplaatst {
                leerlingen.gewijzigd += 1;
            } else {
                leerlingen.ongewijzigd += 1;
            }
        }
        if !rooster.leerlingen_verplaatst.is_empty() {
            plan.velden.insert("groep_leerling");
        }
        let uitkomst = EdexmlUitkomst {
            vestiging: vestiging.to_string(),
            leerlingen,
            groepen: rooster.groepen,
            medewerkers: rooster.medewerkers,
            roosterleerlingen: rooster.roosterleerlingen,
            inschrijvingen: plan.inschrijvingen(),
            indelingen: rooster.indelingen,
            uitgestroomd: gelezen.uitgestroomd,
            waarschuwingen: ingekort(std::mem::take(&mut plan.waarschuwingen)),
        };
        let velden = audit_velden(&uitkomst, &plan.velden);
        let velden: Vec<&str> = velden.iter().map(String::as_str).collect();
        let actie = if uitkomst.leerlingen.nieuw + uitkomst.roosterleerlingen.nieuw > 0 {
            Actie::Aanmaken
        } else {
            Actie::Wijzigen
        };
        commit_audited(tx, wie, None, actie, route, &velden).await?;
        Ok(uitkomst)
    }
}

/// The audit entry: which columns changed and how many records — never a value.
fn audit_velden(
    u: &EdexmlUitkomst,
    velden: &std::collections::BTreeSet<&'static str>,
) -> Vec<String> {
    let mut uit = vec![format!("edexml {}", u.vestiging)];
    for (wat, t) in [
        ("leerling", u.leerlingen),
        ("groep", u.groepen),
        ("medewerker", u.medewerkers),
        ("roosterleerling", u.roosterleerlingen),
    ] {
        for (hoe, n) in [
            ("nieuw", t.nieuw),
            ("gewijzigd", t.gewijzigd),
            ("verwijderd", t.verwijderd),
        ] {
            if n > 0 {
                uit.push(format!("{wat} {hoe}: {n}"));
            }
        }
    }
    if u.inschrijvingen > 0 {
        uit.push(format!("inschrijving nieuw: {}", u.inschrijvingen));
    }
    if u.indelingen > 0 {
        uit.push(format!("groepsindeling gewijzigd: {}", u.indelingen));
    }
    uit.extend(velden.iter().map(|v| v.to_string()));
    if u.niets_gewijzigd() {
        uit.push("geen wijzigingen".into());
    }
    uit
}

/// A user reads the first problems (or warnings); a file wrong throughout would list
/// thousands.
fn ingekort(mut problemen: Vec<String>) -> Vec<String> {
    const MAX: usize = passend_uitwisseling::afwijzing::MAX_PROBLEMEN;
    if problemen.len() > MAX {
        let rest = problemen.len() - MAX;
        problemen.truncate(MAX);
        problemen.push(format!(
            "… en nog {rest} andere problemen (alleen de eerste {MAX} worden getoond)"
        ));
    }
    problemen
}

/// `<vestiging>` keys that are the code of another vestiging: that part of the file is
/// another vestiging's roster.
fn andere_vestigingen(bestand: &EdexmlBestand, eigen: &VestigingCode) -> Vec<String> {
    bestand
        .vestigingen
        .iter()
        .filter_map(|v| VestigingCode::parse(&v.key).ok())
        .filter(|code| code != eigen)
        .map(|code| {
            format!(
                "het bestand noemt ook vestiging {code}; lees per vestiging een eigen bestand in (dit is dat van {eigen})"
            )
        })
        .collect()
}

//! What an EDEXML 2.1 file holds once read: the school, its vestigingen, groups, pupils and
//! staff. Keys are the sending system's own (`key` attributes); they link the lists.

use std::fmt;

use jiff::civil::{Date, DateTime};

use crate::persoon::{Geslacht, Identificatie};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EdexmlBestand {
    pub school: School,
    pub vestigingen: Vec<Vestiging>,
    /// Groups and composed groups (`samengestelde_groep`), in file order.
    pub groepen: Vec<Groep>,
    pub leerlingen: Vec<Leerling>,
    /// `leerkrachten`: every staff member the file lists, with their roles.
    pub medewerkers: Vec<Medewerker>,
}

/// The `school` block. EDEXML has no school name; the names are on [`Vestiging`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct School {
    /// `2014-2015`.
    pub schooljaar: String,
    pub peildatum: Option<Date>,
    pub brin: Option<String>,
    /// Two digits; BRIN + dependancecode names the vestiging (`00`: the main one).
    pub dependancecode: Option<String>,
    /// Flemish schools: the instellingsnummer instead of a BRIN.
    pub instellingsnummer: Option<String>,
    pub schoolkey: Option<String>,
    pub aanmaakdatum: Option<DateTime>,
    pub auteur: Option<String>,
    pub xsdversie: Option<String>,
    pub commentaar: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vestiging {
    pub key: String,
    pub naam: String,
    pub omschrijving: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Groep {
    pub key: String,
    pub naam: String,
    /// `EDEXJaargroepType`: `0`–`8` PO, `11`–`16` VO, `S`, `V`, `C`, `N`, `H`, …; `None` for a
    /// composed group.
    pub jaargroep: Option<String>,
    /// A `samengestelde_groep` (e.g. a cluster across classes) rather than a class.
    pub samengesteld: bool,
    pub omschrijving: Option<String>,
}

/// `Debug` hides [`Leerling::eckid`] and [`Leerling::identificatie`].
#[derive(Clone, PartialEq, Eq)]
pub struct Leerling {
    pub key: String,
    /// The line of the pupil's `<leerling>` start tag, to name it in a problem.
    pub regel: Option<u32>,
    /// The Edu-iDentifier (ECK iD), a pseudonymous chain id; treat it as personal data.
    pub eckid: Option<String>,
    /// BSN, onderwijsnummer or one of the other numbers EDEXML allows; `Debug` hides it.
    pub identificatie: Option<Identificatie>,
    /// EDEXML allows a pupil with only a roepnaam.
    pub achternaam: Option<String>,
    pub voorvoegsel: Option<String>,
    pub voornamen: Option<String>,
    pub voorletters: Option<String>,
    pub roepnaam: Option<String>,
    pub geboortedatum: Option<Date>,
    pub geslacht: Option<Geslacht>,
    pub jaargroep: Option<String>,
    /// Key of the pupil's [`Groep`].
    pub groep: Option<String>,
    pub samengestelde_groepen: Vec<String>,
    /// Key of the pupil's [`Vestiging`].
    pub vestiging: Option<String>,
    /// `postcodenl`: `9999XX`.
    pub postcode: Option<String>,
    /// `postnummerbe` or `postcodeoverig`.
    pub postcode_buitenland: Option<String>,
    pub instroomdatum: Option<Date>,
    pub uitstroomdatum: Option<Date>,
    pub emailadres: Option<String>,
}

/// `Debug` hides [`Medewerker::eckid`].
#[derive(Clone, PartialEq, Eq)]
pub struct Medewerker {
    pub key: String,
    pub eckid: Option<String>,
    pub achternaam: Option<String>,
    pub voorvoegsel: Option<String>,
    pub voornamen: Option<String>,
    pub voorletters: Option<String>,
    pub roepnaam: Option<String>,
    pub emailadres: Option<String>,
    /// Roles independent of a group: `EDEXLeerkrachtRolType` codes (`TAL`, `IB`, …) or free
    /// text (`rolomschrijving`).
    pub rollen: Vec<String>,
    pub groepen: Vec<GroepRol>,
}

/// A staff member's link to a group, with the roles in that group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroepRol {
    pub groep: String,
    pub samengesteld: bool,
    pub rollen: Vec<String>,
}

/// Shows whether an id is there, never its value.
struct Verborgen<'a>(&'a Option<String>);

impl fmt::Debug for Verborgen<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(_) => f.write_str("Some(<verborgen>)"),
            None => f.write_str("None"),
        }
    }
}

impl fmt::Debug for Leerling {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Leerling")
            .field("key", &self.key)
            .field("regel", &self.regel)
            .field("eckid", &Verborgen(&self.eckid))
            .field("identificatie", &self.identificatie)
            .field("achternaam", &self.achternaam)
            .field("voorvoegsel", &self.voorvoegsel)
            .field("voornamen", &self.voornamen)
            .field("voorletters", &self.voorletters)
            .field("roepnaam", &self.roepnaam)
            .field("geboortedatum", &self.geboortedatum)
            .field("geslacht", &self.geslacht)
            .field("jaargroep", &self.jaargroep)
            .field("groep", &self.groep)
            .field("samengestelde_groepen", &self.samengestelde_groepen)
            .field("vestiging", &self.vestiging)
            .field("postcode", &self.postcode)
            .field("postcode_buitenland", &self.postcode_buitenland)
            .field("instroomdatum", &self.instroomdatum)
            .field("uitstroomdatum", &self.uitstroomdatum)
            .field("emailadres", &self.emailadres)
            .finish()
    }
}

impl fmt::Debug for Medewerker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Medewerker")
            .field("key", &self.key)
            .field("eckid", &Verborgen(&self.eckid))
            .field("achternaam", &self.achternaam)
            .field("voorvoegsel", &self.voorvoegsel)
            .field("voornamen", &self.voornamen)
            .field("voorletters", &self.voorletters)
            .field("roepnaam", &self.roepnaam)
            .field("emailadres", &self.emailadres)
            .field("rollen", &self.rollen)
            .field("groepen", &self.groepen)
            .finish()
    }
}

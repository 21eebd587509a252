//! What an OSO dossier holds once read: plain data, dates as calendar dates, codes as enums
//! where the code list is closed. Field names follow the OSO element names.

use std::fmt;

use jiff::civil::Date;

use crate::persoon::{Geslacht, Identificatie};

/// A read and checked OSO dossier (gegevensset 2019.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OsoDossier {
    pub metadata: Metadata,
    /// Ouderinzage: did the parents see the dossier, agree with it and consent to sending it.
    pub inzage: Option<Inzage>,
    /// The sending school (`huidigeschool`).
    pub school: School,
    pub leerling: Leerling,
    pub verzorgers: Vec<Verzorger>,
    pub schoolloopbaan: Vec<Schoolloopbaan>,
    pub opp: Option<Opp>,
    /// Toelaatbaarheidsverklaringen the pupil holds (OSO allows several).
    pub tlv: Vec<Tlv>,
    /// Support history: arrangementen, handelingsplannen and the lwoo-aanwijzing.
    pub ondersteuning: Vec<Ondersteuning>,
    pub verzuim: Option<Verzuim>,
    /// Every attached document in the dossier, wherever it was attached.
    pub bijlagen: Vec<Bijlage>,
    /// Diagnoses, medication, intelligence tests and RVC findings: store these restricted.
    pub beperkt: Vec<BeperktGegeven>,
    /// The categories the sender marked VERBODEN or OPT-UIT, by name ("Verzuim"):
    /// show these as "niet geleverd".
    pub opt_out: Vec<String>,
}

/// `metadata` and `overdrachtsoort`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Metadata {
    /// LAS, LVS or LASLVS.
    pub deeldossier: String,
    pub pakketnaam: String,
    pub pakketversie: String,
    /// When the sending system made the dossier.
    pub datum: Date,
    pub standaardversie: String,
    pub validatieversie: String,
    /// Codelijst 16, e.g. `POSWV` (PO school to SWV).
    pub overstap: Option<String>,
    /// Codelijst 29: `swv-dossier`, `overstapdossier` or `overdrachtbinnenbrin`.
    pub overdrachtsoort: String,
}

/// OSO codelijst 37.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Antwoord {
    Ja,
    Nee,
    Onbekend,
}

/// The parents' (or pupil's) view of the dossier (`inzage`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inzage {
    /// The dossier is provisional; the final one follows.
    pub voorlopig: bool,
    /// Did the parents/pupil see it.
    pub ingezien: Option<bool>,
    pub inzagedatum: Option<Date>,
    /// Do they agree with the content.
    pub akkoord: Option<Antwoord>,
    pub reden_niet_akkoord: Option<String>,
    /// Did they consent to sending the dossier.
    pub toestemming: Option<Antwoord>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adres {
    /// `bezoek`, `post`, `gba`, …
    pub soort: String,
    pub straat: String,
    pub huisnummer: String,
    pub toevoeging: Option<String>,
    pub postcode: String,
    pub plaats: String,
    pub gemeente: Option<String>,
    /// GBA landcode (6030 = Nederland).
    pub land: Option<String>,
}

/// A phone number or e-mail address that the sender did not mark secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    /// `telefoon` or `e-mail`.
    pub soort: String,
    /// `werk`, `prive`, `overig`.
    pub aanduiding: Option<String>,
    pub nummer: String,
    pub noodnummer: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct School {
    pub naam: String,
    pub brin: String,
    /// Two digits; BRIN + vestigingscode names the vestiging.
    pub vestigingscode: String,
    pub soort: Option<String>,
    pub schooltype: Option<String>,
    pub directeur: Option<String>,
    pub adressen: Vec<Adres>,
    pub contact: Vec<Contact>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leerling {
    pub voornamen: Vec<String>,
    pub voorletters: Option<String>,
    pub voorvoegsel: Option<String>,
    pub achternaam: String,
    pub roepnaam: Option<String>,
    pub geboortedatum: Option<Date>,
    pub geslacht: Option<Geslacht>,
    /// BSN or onderwijsnummer; OSO forbids both in a swv-dossier, so there it is `None`.
    pub identificatie: Option<Identificatie>,
    /// The pupil's key in the sending school's administration.
    pub leerlingid: Option<String>,
    pub adres_geheim: Option<bool>,
    pub adressen: Vec<Adres>,
    pub adres_buitenland: Vec<String>,
    pub datum_inschrijving: Option<Date>,
    pub datum_uitschrijving: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verzorger {
    pub voornamen: Vec<String>,
    pub voorletters: Option<String>,
    pub voorvoegsel: Option<String>,
    pub achternaam: String,
    pub geslacht: Option<Geslacht>,
    /// Codelijst 41 (1–9), as sent.
    pub relatie: Option<String>,
    pub wettig_vertegenwoordiger: bool,
    pub overleden: Option<bool>,
    pub adres_geheim: Option<bool>,
    pub adressen: Vec<Adres>,
    pub contact: Vec<Contact>,
}

/// One year (or part) at one school.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schoolloopbaan {
    /// `2015-2016`.
    pub schooljaar: String,
    pub groepscode: String,
    pub groepsnaam: Option<String>,
    pub jaargroep: String,
    pub begindatum: Option<Date>,
    pub einddatum: Option<Date>,
    pub brin: String,
    pub vestigingscode: String,
    pub schoolsoort: Option<String>,
}

/// The ontwikkelingsperspectief. OSO 2019.1 carries its period only; the plan itself
/// (perspective, handelingsdeel, evaluations) travels as documents in [`OsoDossier::bijlagen`]
/// with [`BijlageBron::Opp`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opp {
    pub ingangsdatum: Date,
    pub einddatum: Option<Date>,
}

/// TLV bekostigingscategorie, OSO codelijst 31.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TlvCategorie {
    Laag,
    Midden,
    Hoog,
    /// `Nvt`, e.g. a TLV for sbo.
    NietVanToepassing,
}

impl TlvCategorie {
    pub(crate) fn van_code(code: &str) -> Option<Self> {
        match code.trim() {
            "L" => Some(TlvCategorie::Laag),
            "M" => Some(TlvCategorie::Midden),
            "H" => Some(TlvCategorie::Hoog),
            "Nvt" => Some(TlvCategorie::NietVanToepassing),
            _ => None,
        }
    }

    /// The code as BRON and OSO write it: `L`, `M`, `H` or `Nvt`.
    pub fn code(self) -> &'static str {
        match self {
            TlvCategorie::Laag => "L",
            TlvCategorie::Midden => "M",
            TlvCategorie::Hoog => "H",
            TlvCategorie::NietVanToepassing => "Nvt",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tlv {
    /// The code of the SWV that issued it (`tlvswvnummer`, e.g. `PO2605`).
    pub swv: String,
    pub categorie: TlvCategorie,
    pub ingangsdatum: Date,
    pub einddatum: Option<Date>,
    pub beschikkingsnummer: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SoortOndersteuning {
    /// `arrangement_pao`: an arrangement under passend onderwijs.
    Arrangement,
    /// `arrangement_cluster12`: a cluster 1 or 2 arrangement (WEC).
    ArrangementCluster12,
    /// `handelingsplan`.
    Handelingsplan,
    /// `lwoo`: the aanwijzing for leerwegondersteuning.
    Lwoo,
}

/// One entry of the support history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ondersteuning {
    pub soort: SoortOndersteuning,
    pub begindatum: Date,
    pub einddatum: Option<Date>,
    /// `arrangement_kenmerk`, or what a handelingsplan `isgerichtop`.
    pub omschrijving: Option<String>,
    pub beschikkingsnummer: Option<String>,
    /// Cluster 1/2: the school of enrolment.
    pub brin: Option<String>,
    pub vestigingscode: Option<String>,
    /// Lwoo: the SWV that gave the aanwijzing.
    pub swv: Option<String>,
}

/// Absence over the 12 months before the dossier was made ([`Metadata::datum`]): PO counts
/// dagdelen, VO counts hours.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Verzuim {
    pub dagdelen_geoorloofd: Option<u32>,
    pub dagdelen_ongeoorloofd: Option<u32>,
    pub uren_geoorloofd: Option<u32>,
    pub uren_ongeoorloofd: Option<u32>,
    pub meer_dan_25_procent: Option<bool>,
    /// How often the pupil was absent without leave.
    pub frequentie: Option<u32>,
    pub contact_leerplicht: Option<bool>,
    pub rmc_melding: Option<bool>,
}

/// Where in the dossier a document was attached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BijlageBron {
    ToelichtingOnderwijsbehoeften,
    Diagnose,
    Handelingsplan,
    Opp,
    Tlv,
    Lwoo,
    Rvc,
    Verzuim,
    Eindtoets,
    Toets,
    /// `overigdocumentlijst` (categorie Bijlagedocs).
    Overig,
}

/// An attached document.
///
/// OSO prescribes that `bestandsinhoud` is a base64-encoded ZIP archive holding the
/// document; `inhoud` is that archive, decoded from base64 but not unpacked.
#[derive(Clone, PartialEq, Eq)]
pub struct Bijlage {
    /// `bestandsnaam`: the name of the document (inside the ZIP).
    pub naam: String,
    pub omschrijving: Option<String>,
    pub bron: BijlageBron,
    /// Part of a diagnosis, an intelligence test or an RVC file: store it restricted.
    pub beperkt: bool,
    /// `inhoud` is a ZIP archive (as OSO prescribes), not the document itself.
    pub ingepakt: bool,
    /// The media type of `inhoud`: `application/zip` when [`Bijlage::ingepakt`], else
    /// guessed from the name.
    pub mime_type: &'static str,
    /// `inhoud.len()`.
    pub grootte: usize,
    pub inhoud: Vec<u8>,
}

impl Bijlage {
    /// The media type of the document itself, guessed from [`Bijlage::naam`].
    pub fn document_mime_type(&self) -> &'static str {
        super::bijlage::mime_type_van_naam(&self.naam)
    }
}

impl fmt::Debug for Bijlage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Bijlage")
            .field("naam", &self.naam)
            .field("omschrijving", &self.omschrijving)
            .field("bron", &self.bron)
            .field("beperkt", &self.beperkt)
            .field("ingepakt", &self.ingepakt)
            .field("mime_type", &self.mime_type)
            .field("grootte", &self.grootte)
            .finish_non_exhaustive()
    }
}

/// A fact to be stored with restricted access (medical or psychodiagnostic).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BeperktGegeven {
    /// `diagnose`, `medicijngebruik`, `intelligentieonderzoek` or `rvc`.
    pub soort: String,
    pub omschrijving: String,
    pub datum: Option<Date>,
}

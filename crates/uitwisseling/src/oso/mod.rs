//! OSO gegevensset 2019.1: the dossier a school sends with a request for support, here
//! mainly as a *swv-dossier* from a PO or VO school to its samenwerkingsverband.
//!
//! [`lees`] checks, in this order: size, well-formed XML without DTD, root
//! `<dossier>` in the OSO namespace, the official XSD, then the business rules that matter
//! for an SWV (all from the official validation XSLTs):
//! - selective delivery: no data of a VERBODEN or OPT-UIT category, some data of a
//!   VERPLICHT one (OS.cat01–16, see `categorie.rs`);
//! - code lists 14 (geslacht), 29 (overdrachtsoort), 31 (tlvcategorie), 37 (akkoord,
//!   toestemming) and 48 (categorie);
//! - dates that are real calendar dates;
//! - in a swv-dossier: `categorie_uitlevering` present (PaO.MD03) and no BSN,
//!   onderwijsnummer, geboortemaand, postcode4adres, geboorteplaats, nationaliteit or
//!   banknummer (PaO.LL03, LL07, LL10, LL11, LL12, OV05).

mod bijlage;
mod categorie;
mod lezen;
mod ondersteuning;
mod typen;

pub use typen::*;

use libxml::readonly::RoNode;

use crate::afwijzing::{Afwijzing, Probleem, Problemen};
use crate::positie::regel_van_element;
use crate::schema::{self, Formaat};
use crate::xml::{self, kinderen, tekst};
use lezen::Lezer;

/// The namespace of OSO gegevensset 2019.1.
pub const NAMESPACE: &str = "http://www.edustandaard.nl/oso_gegevensset/2019/dossier";

/// The default size limit: 20 MiB.
pub const MAX_GROOTTE: usize = 20 * 1024 * 1024;

/// Reads and checks an OSO dossier of at most [`MAX_GROOTTE`] bytes.
pub fn lees(xml: &[u8]) -> Result<OsoDossier, Afwijzing> {
    lees_met_limiet(xml, MAX_GROOTTE)
}

/// Reads and checks an OSO dossier of at most `max_grootte` bytes.
///
/// Runs on the calling thread and returns plain data (libxml2's tree never leaves this call).
pub fn lees_met_limiet(xml: &[u8], max_grootte: usize) -> Result<OsoDossier, Afwijzing> {
    xml::controleer_vooraf(xml, max_grootte)?;
    let document = xml::parse(xml)?;
    let dossier = xml::root(&document, "dossier", Some(NAMESPACE), "OSO")?;
    schema::valideer(Formaat::Oso, &document).map_err(|problemen| {
        Afwijzing::van(problemen)
            .unwrap_or_else(|| Afwijzing::een(Probleem::new("schema: ongeldig dossier")))
    })?;
    let mut problemen = Problemen::default();
    let opt_out = categorie::controleer(dossier, xml, &mut problemen);
    let gelezen = lees_dossier(dossier, xml, opt_out, &mut problemen);
    problemen.klaar(gelezen)
}

/// Elements the SWV-profile rules forbid below `leerling` in a swv-dossier.
const VERBODEN_IN_SWV_DOSSIER: &[(&str, &str)] = &[
    ("bsn", "PaO.LL12"),
    ("onderwijsnummer", "PaO.LL12"),
    ("geboortemaand", "PaO.LL03"),
    ("postcode4adres", "PaO.LL07"),
    ("geboorteplaats", "PaO.LL10"),
    ("nationaliteit", "PaO.LL11"),
];

fn lees_dossier(
    dossier: RoNode,
    xml: &[u8],
    opt_out: Vec<String>,
    problemen: &mut Problemen,
) -> OsoDossier {
    let mut metadata_node = None;
    let mut overdrachtsoort = String::new();
    let mut inzage_node = None;
    let mut school_node = None;
    for kind in kinderen(dossier) {
        match kind.get_name().as_str() {
            "metadata" => metadata_node = Some(kind),
            "overdrachtsoort" => overdrachtsoort = tekst(kind).trim().to_string(),
            "inzage" => inzage_node = Some(kind),
            "huidigeschool" => school_node = Some(kind),
            _ => {}
        }
    }
    if !matches!(
        overdrachtsoort.as_str(),
        "swv-dossier" | "overstapdossier" | "overdrachtbinnenbrin"
    ) {
        problemen.push(Probleem::op_regel(
            regel_van_element(xml, "overdrachtsoort", 0),
            format!("<overdrachtsoort>: '{overdrachtsoort}' staat niet in OSO-codelijst 29"),
        ));
    }
    let swv_dossier = overdrachtsoort == "swv-dossier";
    let leerling_node = school_node.and_then(|s| kinderen(s).find(|k| k.get_name() == "leerling"));
    if swv_dossier {
        controleer_swv_profiel(metadata_node, leerling_node, xml, problemen);
    }

    let mut lezer = Lezer {
        xml,
        problemen,
        bijlagen: Vec::new(),
        beperkt: Vec::new(),
    };
    let metadata = match metadata_node {
        Some(m) => lezer.metadata(m, overdrachtsoort),
        None => {
            lezer.problemen.melding("<metadata> ontbreekt");
            lezer.metadata(dossier, overdrachtsoort)
        }
    };
    let inzage = inzage_node.map(|i| lezer.inzage(i));
    let school = school_node.map(|s| lezer.school(s));
    let mut uit = OsoDossier {
        metadata,
        inzage,
        school: school.unwrap_or_else(|| lezer.school(dossier)),
        leerling: lezer.leerling(leerling_node.unwrap_or(dossier)),
        verzorgers: Vec::new(),
        schoolloopbaan: Vec::new(),
        opp: None,
        tlv: Vec::new(),
        ondersteuning: Vec::new(),
        verzuim: None,
        bijlagen: Vec::new(),
        beperkt: Vec::new(),
        opt_out,
    };
    if let Some(leerling) = leerling_node {
        for kind in kinderen(leerling) {
            match kind.get_name().as_str() {
                "verzorger" => uit.verzorgers.push(lezer.verzorger(kind)),
                "schoolloopbaanlijst" => uit.schoolloopbaan = lezer.schoolloopbaan(kind),
                "onderwijsondersteuning" => {
                    let blok = lezer.onderwijsondersteuning(kind);
                    uit.opp = blok.opp;
                    uit.tlv = blok.tlv;
                    uit.ondersteuning = blok.ondersteuning;
                }
                "verzuim" => uit.verzuim = Some(lezer.verzuim(kind)),
                "eindtoets_basisonderwijs" => {
                    lezer.documenten_onder(kind, BijlageBron::Eindtoets, false);
                }
                "toetslijst" => lezer.toetslijst(kind),
                "overigdocumentlijst" => lezer.documenten_onder(kind, BijlageBron::Overig, false),
                _ => {}
            }
        }
    } else {
        lezer.problemen.melding("<leerling> ontbreekt");
    }
    uit.bijlagen = lezer.bijlagen;
    uit.beperkt = lezer.beperkt;
    uit
}

/// The SWV-profile rules of `ValideerSwvPaO-profielen.xsl` that keep data from the SWV.
fn controleer_swv_profiel(
    metadata: Option<RoNode>,
    leerling: Option<RoNode>,
    xml: &[u8],
    problemen: &mut Problemen,
) {
    let heeft_categorieen =
        metadata.is_some_and(|m| kinderen(m).any(|k| k.get_name() == "categorie_uitlevering"));
    if !heeft_categorieen {
        problemen.melding(
            "een swv-dossier moet <categorie_uitlevering> in <metadata> hebben (OSO-regel PaO.MD03)",
        );
    }
    let Some(leerling) = leerling else { return };
    for kind in kinderen(leerling) {
        let naam = kind.get_name();
        if let Some((_, regel)) = VERBODEN_IN_SWV_DOSSIER.iter().find(|(v, _)| *v == naam) {
            problemen.push(Probleem::op_regel(
                regel_van_element(xml, &naam, 0),
                format!(
                    "<{naam}> van de leerling mag niet in een swv-dossier staan (OSO-regel {regel})"
                ),
            ));
        }
        if naam == "verzorger" && kinderen(kind).any(|k| k.get_name() == "banknummer") {
            problemen.push(Probleem::op_regel(
                regel_van_element(xml, "banknummer", 0),
                "<banknummer> van een verzorger mag niet in een swv-dossier staan (OSO-regel PaO.OV05)",
            ));
        }
    }
}

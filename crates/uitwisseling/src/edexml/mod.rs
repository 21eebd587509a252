//! EDEXML 2.1: the roster a school's administration system (LAS) exports — school,
//! vestigingen, groups, pupils and staff.
//!
//! [`lees`] checks size, well-formed XML without DTD, root `<EDEX>` without namespace, the
//! official XSD (which also checks that every referenced group and vestiging key exists and
//! keys are unique), that dates are real calendar dates, and that the schooljaar is two
//! consecutive years (the published schema lists them and stops at 2024-2025; see
//! `schema.rs`).
//!
//! Memory: the file is streamed twice — once to read it (libxml2's `xmlTextReader`, one
//! record expanded at a time), once to validate it (libxml2's streaming validator) — from an
//! in-memory copy (see `geheugenbestand.rs`), so a reader needs about the file size for the
//! copy plus the result, not the 5–10 times the size a libxml2 tree takes. Only a file
//! that is not well-formed is parsed into a tree, to say where it breaks.

mod typen;

pub use typen::*;

use libxml::reader::TextReader;
use libxml::readonly::RoNode;

use crate::afwijzing::{Afwijzing, Probleem, Problemen};
use crate::datum;
use crate::geheugenbestand::Geheugenbestand;
use crate::persoon::{Geslacht, Identificatie};
use crate::positie::{regel_van_waarde, regels_van_elementen};
use crate::schema::{self, Formaat};
use crate::xml::{self, kinderen, tekst};

/// The default size limit: 200 MiB.
pub const MAX_GROOTTE: usize = 200 * 1024 * 1024;

/// Reads and checks an EDEXML file of at most [`MAX_GROOTTE`] bytes.
pub fn lees(xml: &[u8]) -> Result<EdexmlBestand, Afwijzing> {
    lees_met_limiet(xml, MAX_GROOTTE)
}

/// Reads and checks an EDEXML file of at most `max_grootte` bytes, on the calling thread.
pub fn lees_met_limiet(xml: &[u8], max_grootte: usize) -> Result<EdexmlBestand, Afwijzing> {
    xml::controleer_vooraf(xml, max_grootte)?;
    let bestand = Geheugenbestand::met(xml)?;
    let mut lezer = Lezer {
        xml,
        problemen: Problemen::default(),
    };
    // Read first: it proves the file well-formed, which the streaming validator needs.
    let gelezen = match lezer.stroom(bestand.pad()) {
        Ok(gelezen) => gelezen,
        Err(Stroomfout::Afgewezen(afwijzing)) => return Err(afwijzing),
        Err(Stroomfout::GeenXml) => return Err(waarom_geen_xml(xml)),
    };
    schema::valideer_bestand(Formaat::Edexml, bestand.pad()).map_err(|problemen| {
        Afwijzing::van(problemen)
            .unwrap_or_else(|| Afwijzing::een(Probleem::new("schema: ongeldig bestand")))
    })?;
    let mut gelezen = lezer.problemen.klaar(gelezen)?;
    // `leerling` is an element name only in the pupils' block (the schema says so); a count
    // that does not match leaves the lines out rather than naming wrong ones.
    let regels = regels_van_elementen(xml, "leerling");
    if regels.len() == gelezen.leerlingen.len() {
        for (l, regel) in gelezen.leerlingen.iter_mut().zip(regels) {
            l.regel = Some(regel);
        }
    }
    Ok(gelezen)
}

enum Stroomfout {
    Afgewezen(Afwijzing),
    GeenXml,
}

/// The reader only says *that* a file is not well-formed; a tree parse says where.
fn waarom_geen_xml(xml: &[u8]) -> Afwijzing {
    match xml::parse(xml) {
        Err(afwijzing) => afwijzing,
        Ok(_) => Afwijzing::een(Probleem::new("xml: het bestand kon niet worden gelezen")),
    }
}

struct Lezer<'a> {
    xml: &'a [u8],
    problemen: Problemen,
}

impl Lezer<'_> {
    /// One pass over the file: the root is checked, each record (the `school` block, and
    /// every child of `vestigingen`, `groepen`, `leerlingen`, `leerkrachten`) is expanded on
    /// its own, read, and left behind for the reader to free.
    fn stroom(&mut self, pad: &str) -> Result<EdexmlBestand, Stroomfout> {
        let mut reader = TextReader::from_file(pad, xml::LEZER_OPTIES).map_err(|()| {
            Stroomfout::Afgewezen(Afwijzing::een(Probleem::new(
                "interne fout: het bestand kon niet worden geopend",
            )))
        })?;
        let mut uit = EdexmlBestand {
            school: self.school(None),
            vestigingen: Vec::new(),
            groepen: Vec::new(),
            leerlingen: Vec::new(),
            medewerkers: Vec::new(),
        };
        let mut blok = String::new();
        let mut stap = reader.read();
        while let Ok(true) = stap {
            if !reader.is_element() {
                stap = reader.read();
                continue;
            }
            let naam = reader.local_name().unwrap_or_default();
            match reader.depth() {
                0 => xml::controleer_root(&naam, reader.namespace_uri(), "EDEX", None, "EDEXML")
                    .map_err(Stroomfout::Afgewezen)?,
                1 if naam == "school" => {
                    if let Some(school) = reader.expand() {
                        uit.school = self.school(Some(school));
                    }
                    stap = reader.read_next();
                    continue;
                }
                1 => blok = naam,
                2 => {
                    if let Some(record) = reader.expand() {
                        match blok.as_str() {
                            "vestigingen" => uit.vestigingen.push(vestiging(record)),
                            "groepen" => uit.groepen.push(groep(record)),
                            "leerlingen" => uit.leerlingen.push(self.leerling(record)),
                            "leerkrachten" => uit.medewerkers.push(medewerker(record)),
                            _ => {}
                        }
                    }
                    stap = reader.read_next();
                    continue;
                }
                _ => {}
            }
            stap = reader.read();
        }
        match stap {
            Ok(_) => Ok(uit),
            Err(()) => Err(Stroomfout::GeenXml),
        }
    }

    fn datum(&mut self, node: RoNode) -> Option<jiff::civil::Date> {
        let waarde = tekst(node);
        let datum = datum::datum(&waarde);
        if datum.is_none() {
            let element = node.get_name();
            let waarde = waarde.trim();
            self.problemen.push(Probleem::op_regel(
                regel_van_waarde(self.xml, &element, waarde),
                format!("<{element}>: '{waarde}' is geen geldige datum (verwacht JJJJ-MM-DD)"),
            ));
        }
        datum
    }

    fn school(&mut self, school: Option<RoNode>) -> School {
        let mut s = School {
            schooljaar: String::new(),
            peildatum: None,
            brin: None,
            dependancecode: None,
            instellingsnummer: None,
            schoolkey: None,
            aanmaakdatum: None,
            auteur: None,
            xsdversie: None,
            commentaar: None,
        };
        for kind in school.into_iter().flat_map(kinderen) {
            match kind.get_name().as_str() {
                "schooljaar" => {
                    s.schooljaar = tekst(kind).trim().to_string();
                    if !is_schooljaar(&s.schooljaar) {
                        self.problemen.push(Probleem::op_regel(
                            regel_van_waarde(self.xml, "schooljaar", &s.schooljaar),
                            format!(
                                "<schooljaar>: '{}' is geen schooljaar (verwacht bijvoorbeeld 2026-2027)",
                                s.schooljaar
                            ),
                        ));
                    }
                }
                "peildatum" => s.peildatum = self.datum(kind),
                "brincode" => s.brin = Some(tekst(kind)),
                "dependancecode" => s.dependancecode = Some(tekst(kind)),
                "instellingsnummer" => s.instellingsnummer = Some(tekst(kind)),
                "schoolkey" => s.schoolkey = Some(tekst(kind)),
                // A time of creation is informative only; one that does not parse is dropped.
                "aanmaakdatum" => s.aanmaakdatum = datum::datumtijd(&tekst(kind)),
                "auteur" => s.auteur = Some(tekst(kind)),
                "xsdversie" => s.xsdversie = Some(tekst(kind)),
                "commentaar" => s.commentaar = Some(tekst(kind)),
                _ => {}
            }
        }
        s
    }

    fn leerling(&mut self, leerling: RoNode) -> Leerling {
        let mut l = Leerling {
            key: leerling.get_property("key").unwrap_or_default(),
            regel: None,
            eckid: leerling.get_property("eckid"),
            identificatie: None,
            achternaam: None,
            voorvoegsel: None,
            voornamen: None,
            voorletters: None,
            roepnaam: None,
            geboortedatum: None,
            geslacht: None,
            jaargroep: None,
            groep: None,
            samengestelde_groepen: Vec::new(),
            vestiging: None,
            postcode: None,
            postcode_buitenland: None,
            instroomdatum: None,
            uitstroomdatum: None,
            emailadres: None,
        };
        for kind in kinderen(leerling) {
            let nummer = || tekst(kind).trim().to_string();
            match kind.get_name().as_str() {
                "achternaam" => l.achternaam = Some(tekst(kind)),
                "voorvoegsel" => l.voorvoegsel = Some(tekst(kind)),
                "voornamen" => l.voornamen = Some(tekst(kind)),
                "voorletters-1" => l.voorletters = Some(tekst(kind)),
                "roepnaam" => l.roepnaam = Some(tekst(kind)),
                "geboortedatum" => l.geboortedatum = self.datum(kind),
                // The schema allows only the codes `van_edexml` knows.
                "geslacht" => l.geslacht = Geslacht::van_edexml(&tekst(kind)),
                "jaargroep" => l.jaargroep = Some(tekst(kind)),
                "groep" => l.groep = kind.get_property("key"),
                "samengestelde_groepen" => {
                    l.samengestelde_groepen = kinderen(kind)
                        .filter_map(|g| g.get_property("key"))
                        .collect();
                }
                "vestiging" => l.vestiging = kind.get_property("key"),
                "emailadres" => l.emailadres = Some(tekst(kind)),
                "bsn" => l.identificatie = Some(Identificatie::Bsn(nummer())),
                "onderwijsnummer" => {
                    l.identificatie = Some(Identificatie::Onderwijsnummer(nummer()))
                }
                "sofinummer" => l.identificatie = Some(Identificatie::Sofinummer(nummer())),
                "bsn_ondwnr-4" => l.identificatie = Some(Identificatie::BsnLaatste4(nummer())),
                "rijksregisternummer" => {
                    l.identificatie = Some(Identificatie::Rijksregisternummer(nummer()));
                }
                "postcodenl" => l.postcode = Some(nummer()),
                "postnummerbe" | "postcodeoverig" => l.postcode_buitenland = Some(nummer()),
                "instroomdatum" => l.instroomdatum = self.datum(kind),
                "uitstroomdatum" => l.uitstroomdatum = self.datum(kind),
                _ => {}
            }
        }
        l
    }
}

/// `JJJJ-JJJJ` with consecutive years, from 1991-1992 (the first the schema listed).
fn is_schooljaar(tekst: &str) -> bool {
    let Some((van, tot)) = tekst.split_once('-') else {
        return false;
    };
    match (van.parse::<u16>(), tot.parse::<u16>()) {
        (Ok(van), Ok(tot)) => van >= 1991 && tot == van + 1,
        _ => false,
    }
}

fn vestiging(v: RoNode) -> Vestiging {
    let mut uit = Vestiging {
        key: v.get_property("key").unwrap_or_default(),
        naam: String::new(),
        omschrijving: None,
    };
    for kind in kinderen(v) {
        match kind.get_name().as_str() {
            "naam" => uit.naam = tekst(kind),
            "omschrijving" => uit.omschrijving = Some(tekst(kind)),
            _ => {}
        }
    }
    uit
}

fn groep(g: RoNode) -> Groep {
    let mut uit = Groep {
        key: g.get_property("key").unwrap_or_default(),
        naam: String::new(),
        jaargroep: None,
        samengesteld: g.get_name() == "samengestelde_groep",
        omschrijving: None,
    };
    for kind in kinderen(g) {
        match kind.get_name().as_str() {
            "naam" => uit.naam = tekst(kind),
            "jaargroep" => uit.jaargroep = Some(tekst(kind)),
            "omschrijving" => uit.omschrijving = Some(tekst(kind)),
            _ => {}
        }
    }
    uit
}

fn medewerker(m: RoNode) -> Medewerker {
    let mut uit = Medewerker {
        key: m.get_property("key").unwrap_or_default(),
        eckid: m.get_property("eckid"),
        achternaam: None,
        voorvoegsel: None,
        voornamen: None,
        voorletters: None,
        roepnaam: None,
        emailadres: None,
        rollen: Vec::new(),
        groepen: Vec::new(),
    };
    for kind in kinderen(m) {
        match kind.get_name().as_str() {
            "achternaam" => uit.achternaam = Some(tekst(kind)),
            "voorvoegsel" => uit.voorvoegsel = Some(tekst(kind)),
            "voornamen" => uit.voornamen = Some(tekst(kind)),
            "voorletters-1" => uit.voorletters = Some(tekst(kind)),
            "roepnaam" => uit.roepnaam = Some(tekst(kind)),
            "emailadres" => uit.emailadres = Some(tekst(kind)),
            "rol" | "rolomschrijving" => uit.rollen.push(tekst(kind)),
            "groepen" => {
                uit.groepen = kinderen(kind)
                    .map(|g| GroepRol {
                        groep: g.get_property("key").unwrap_or_default(),
                        samengesteld: g.get_name() == "samengestelde_groep",
                        rollen: kinderen(g).map(tekst).collect(),
                    })
                    .collect();
            }
            _ => {}
        }
    }
    uit
}

#[cfg(test)]
mod tests {
    use super::is_schooljaar;

    #[test]
    fn a_schooljaar_is_two_consecutive_years() {
        assert!(is_schooljaar("2014-2015"));
        assert!(is_schooljaar("2026-2027"));
        assert!(!is_schooljaar("2026-2028"));
        assert!(!is_schooljaar("1990-1991"));
        assert!(!is_schooljaar("9999-0000"));
    }
}

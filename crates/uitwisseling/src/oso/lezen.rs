//! From a schema-valid `<dossier>` tree to [`OsoDossier`].
//!
//! Each block is read in one pass over its children, matched by local name (the schema has
//! already checked names, order and namespace). Code lists and dates the schema leaves open
//! are checked here; a bad value becomes a problem, and because any problem refuses the
//! whole file, the placeholder put in its place never leaves this crate.

use jiff::civil::Date;
use libxml::readonly::RoNode;

use super::bijlage;
use super::typen::*;
use crate::afwijzing::{Probleem, Problemen};
use crate::datum;
use crate::persoon::{Geslacht, Identificatie};
use crate::positie::regel_van_waarde;
use crate::xml::{kinderen, tekst};

/// Stands in for a required date that did not parse; see the module comment.
const ONGELDIG: Date = Date::MIN;

pub(super) struct Lezer<'a> {
    pub(super) xml: &'a [u8],
    pub(super) problemen: &'a mut Problemen,
    pub(super) bijlagen: Vec<Bijlage>,
    pub(super) beperkt: Vec<BeperktGegeven>,
}

impl Lezer<'_> {
    pub(super) fn fout(&mut self, element: &str, waarde: &str, melding: String) {
        let regel = regel_van_waarde(self.xml, element, waarde);
        self.problemen.push(Probleem::op_regel(regel, melding));
    }

    pub(super) fn datum(&mut self, node: RoNode) -> Option<Date> {
        let waarde = tekst(node);
        let datum = datum::datum(&waarde);
        if datum.is_none() {
            let element = node.get_name();
            self.fout(
                &element,
                waarde.trim(),
                format!(
                    "<{element}>: '{}' is geen geldige datum (verwacht JJJJ-MM-DD)",
                    waarde.trim()
                ),
            );
        }
        datum
    }

    fn getal(&mut self, node: RoNode) -> Option<u32> {
        let waarde = tekst(node);
        let getal = waarde.trim().parse().ok();
        if getal.is_none() {
            let element = node.get_name();
            self.fout(
                &element,
                waarde.trim(),
                format!(
                    "<{element}>: '{}' is geen aantal van 0 of meer",
                    waarde.trim()
                ),
            );
        }
        getal
    }

    fn geslacht(&mut self, node: RoNode) -> Option<Geslacht> {
        let waarde = tekst(node);
        let geslacht = Geslacht::van_oso(&waarde);
        if geslacht.is_none() {
            self.fout(
                "geslacht",
                waarde.trim(),
                format!(
                    "<geslacht>: '{}' staat niet in OSO-codelijst 14 (0, 1 of 2)",
                    waarde.trim()
                ),
            );
        }
        geslacht
    }

    fn antwoord(&mut self, node: RoNode) -> Option<Antwoord> {
        let waarde = tekst(node);
        let antwoord = match waarde.trim() {
            "Ja" => Some(Antwoord::Ja),
            "Nee" => Some(Antwoord::Nee),
            "Onbekend" => Some(Antwoord::Onbekend),
            _ => None,
        };
        if antwoord.is_none() {
            let element = node.get_name();
            self.fout(
                &element,
                waarde.trim(),
                format!(
                    "<{element}>: '{}' staat niet in OSO-codelijst 37 (Ja, Nee of Onbekend)",
                    waarde.trim()
                ),
            );
        }
        antwoord
    }

    pub(super) fn bijlage(&mut self, document: RoNode, bron: BijlageBron, beperkt: bool) {
        if let Some(b) = bijlage::lees(document, bron, beperkt, self.problemen) {
            self.bijlagen.push(b);
        }
    }

    pub(super) fn metadata(&mut self, metadata: RoNode, overdrachtsoort: String) -> Metadata {
        let mut m = Metadata {
            deeldossier: String::new(),
            pakketnaam: String::new(),
            pakketversie: String::new(),
            datum: ONGELDIG,
            standaardversie: String::new(),
            validatieversie: String::new(),
            overstap: None,
            overdrachtsoort,
        };
        for kind in kinderen(metadata) {
            match kind.get_name().as_str() {
                "deeldossier" => m.deeldossier = tekst(kind),
                "pakketnaam" => m.pakketnaam = tekst(kind),
                "pakketversie" => m.pakketversie = tekst(kind),
                "datum" => m.datum = self.datum(kind).unwrap_or(ONGELDIG),
                "standaardversie" => m.standaardversie = tekst(kind),
                "validatieversie" => m.validatieversie = tekst(kind),
                "overstap" => m.overstap = Some(tekst(kind)),
                _ => {}
            }
        }
        m
    }

    pub(super) fn inzage(&mut self, inzage: RoNode) -> Inzage {
        let mut i = Inzage {
            voorlopig: false,
            ingezien: None,
            inzagedatum: None,
            akkoord: None,
            reden_niet_akkoord: None,
            toestemming: None,
        };
        for kind in kinderen(inzage) {
            match kind.get_name().as_str() {
                "voorlopigdossier" => i.voorlopig = boolean(kind),
                "inzage" => i.ingezien = Some(boolean(kind)),
                "inzagedatum" => i.inzagedatum = self.datum(kind),
                "akkoord" => i.akkoord = self.antwoord(kind),
                "redennietakkoord" => i.reden_niet_akkoord = Some(tekst(kind)),
                "toestemming" => i.toestemming = self.antwoord(kind),
                _ => {}
            }
        }
        i
    }

    /// `huidigeschool` without its `leerling`.
    pub(super) fn school(&mut self, school: RoNode) -> School {
        let mut s = School {
            naam: String::new(),
            brin: String::new(),
            vestigingscode: String::new(),
            soort: None,
            schooltype: None,
            directeur: None,
            adressen: Vec::new(),
            contact: Vec::new(),
        };
        for kind in kinderen(school) {
            match kind.get_name().as_str() {
                "naam" => s.naam = tekst(kind),
                "adreslijst" => s.adressen = adressen(kind),
                "communicatielijst" => s.contact = contact(kind),
                "brincode" => s.brin = tekst(kind),
                "vestigingscode" => s.vestigingscode = tekst(kind),
                "soort" => s.soort = Some(tekst(kind)),
                "type" => s.schooltype = Some(tekst(kind)),
                "naamdirecteur" => s.directeur = Some(tekst(kind)),
                _ => {}
            }
        }
        s
    }

    /// The pupil's own fields; the blocks below `leerling` are read by [`super::lees`].
    pub(super) fn leerling(&mut self, leerling: RoNode) -> Leerling {
        let mut l = Leerling {
            voornamen: Vec::new(),
            voorletters: None,
            voorvoegsel: None,
            achternaam: String::new(),
            roepnaam: None,
            geboortedatum: None,
            geslacht: None,
            identificatie: None,
            leerlingid: None,
            adres_geheim: None,
            adressen: Vec::new(),
            adres_buitenland: Vec::new(),
            datum_inschrijving: None,
            datum_uitschrijving: None,
        };
        for kind in kinderen(leerling) {
            match kind.get_name().as_str() {
                "voornaam" => l.voornamen.push(tekst(kind)),
                "voorletters-1" => l.voorletters = Some(tekst(kind)),
                "voorvoegsel" => l.voorvoegsel = Some(tekst(kind)),
                "achternaam" => l.achternaam = tekst(kind),
                "roepnaam" => l.roepnaam = Some(tekst(kind)),
                "geboortedatum" => l.geboortedatum = self.datum(kind),
                "geslacht" => l.geslacht = self.geslacht(kind),
                "adresgeheim" => l.adres_geheim = Some(boolean(kind)),
                "adreslijst" => l.adressen = adressen(kind),
                "adresbuitenland" => l.adres_buitenland.push(tekst(kind)),
                "bsn" => l.identificatie = Some(Identificatie::Bsn(tekst(kind).trim().into())),
                "onderwijsnummer" => {
                    l.identificatie =
                        Some(Identificatie::Onderwijsnummer(tekst(kind).trim().into()));
                }
                "leerlingid" => l.leerlingid = Some(tekst(kind)),
                "datuminschrijving" => l.datum_inschrijving = self.datum(kind),
                "datumuitschrijving" => l.datum_uitschrijving = self.datum(kind),
                _ => {}
            }
        }
        l
    }

    pub(super) fn verzorger(&mut self, verzorger: RoNode) -> Verzorger {
        let mut v = Verzorger {
            voornamen: Vec::new(),
            voorletters: None,
            voorvoegsel: None,
            achternaam: String::new(),
            geslacht: None,
            relatie: None,
            wettig_vertegenwoordiger: false,
            overleden: None,
            adres_geheim: None,
            adressen: Vec::new(),
            contact: Vec::new(),
        };
        for kind in kinderen(verzorger) {
            match kind.get_name().as_str() {
                "voornaam" => v.voornamen.push(tekst(kind)),
                "voorletters-1" => v.voorletters = Some(tekst(kind)),
                "voorvoegsel" => v.voorvoegsel = Some(tekst(kind)),
                "achternaam" => v.achternaam = tekst(kind),
                "geslacht" => v.geslacht = self.geslacht(kind),
                "adresgeheim" => v.adres_geheim = Some(boolean(kind)),
                "adreslijst" => v.adressen = adressen(kind),
                "communicatielijst" => v.contact = contact(kind),
                "relatietotkind" => v.relatie = Some(tekst(kind)),
                "overleden" => v.overleden = Some(boolean(kind)),
                "wettigevertegenwoordiger" => v.wettig_vertegenwoordiger = boolean(kind),
                _ => {}
            }
        }
        v
    }

    pub(super) fn schoolloopbaan(&mut self, lijst: RoNode) -> Vec<Schoolloopbaan> {
        let mut regels = Vec::new();
        for item in kinderen(lijst) {
            let mut s = Schoolloopbaan {
                schooljaar: String::new(),
                groepscode: String::new(),
                groepsnaam: None,
                jaargroep: String::new(),
                begindatum: None,
                einddatum: None,
                brin: String::new(),
                vestigingscode: String::new(),
                schoolsoort: None,
            };
            for kind in kinderen(item) {
                match kind.get_name().as_str() {
                    "schooljaar" => s.schooljaar = tekst(kind),
                    "groepscode" => s.groepscode = tekst(kind),
                    "groepsnaam" => s.groepsnaam = Some(tekst(kind)),
                    "jaargroep" => s.jaargroep = tekst(kind),
                    "begindatum" => s.begindatum = self.datum(kind),
                    "einddatum" => s.einddatum = self.datum(kind),
                    "brincode" => s.brin = tekst(kind),
                    "vestigingscode" => s.vestigingscode = tekst(kind),
                    "schoolsoort" => s.schoolsoort = Some(tekst(kind)),
                    _ => {}
                }
            }
            regels.push(s);
        }
        regels
    }

    pub(super) fn verzuim(&mut self, verzuim: RoNode) -> Verzuim {
        let mut v = Verzuim::default();
        for kind in kinderen(verzuim) {
            match kind.get_name().as_str() {
                "dagdelengeoorloofd" => v.dagdelen_geoorloofd = self.getal(kind),
                "dagdelenongeoorloofd" => v.dagdelen_ongeoorloofd = self.getal(kind),
                "urengeoorloofd" => v.uren_geoorloofd = self.getal(kind),
                "urenongeoorloofd" => v.uren_ongeoorloofd = self.getal(kind),
                "meerdan25percent" => v.meer_dan_25_procent = Some(boolean(kind)),
                "frequentie" => v.frequentie = self.getal(kind),
                "contactleerplicht" => v.contact_leerplicht = Some(boolean(kind)),
                "rmcmelding" => v.rmc_melding = Some(boolean(kind)),
                "documentLijst" => {
                    for document in kinderen(kind) {
                        self.bijlage(document, BijlageBron::Verzuim, false);
                    }
                }
                _ => {}
            }
        }
        v
    }

    pub(super) fn documenten_onder(&mut self, node: RoNode, bron: BijlageBron, beperkt: bool) {
        for kind in kinderen(node) {
            if kind.get_name() == "document" {
                self.bijlage(kind, bron, beperkt);
            }
        }
    }
}

/// `xs:boolean`: `true`/`1` or `false`/`0` (the schema allows nothing else).
pub(super) fn boolean(node: RoNode) -> bool {
    matches!(tekst(node).trim(), "true" | "1")
}

/// The text of the first child named `naam`.
pub(super) fn veld(node: RoNode, naam: &str) -> Option<String> {
    kinderen(node).find(|k| k.get_name() == naam).map(tekst)
}

fn adressen(lijst: RoNode) -> Vec<Adres> {
    kinderen(lijst)
        .map(|adres| {
            let mut a = Adres {
                soort: String::new(),
                straat: String::new(),
                huisnummer: String::new(),
                toevoeging: None,
                postcode: String::new(),
                plaats: String::new(),
                gemeente: None,
                land: None,
            };
            for kind in kinderen(adres) {
                match kind.get_name().as_str() {
                    "soortadres" => a.soort = tekst(kind),
                    "straat" => a.straat = tekst(kind),
                    "nummer" => a.huisnummer = tekst(kind),
                    "toevoeging" => a.toevoeging = Some(tekst(kind)),
                    "postcode" => a.postcode = tekst(kind),
                    "plaats" => a.plaats = tekst(kind),
                    "gemeente" => a.gemeente = Some(tekst(kind)),
                    "land" => a.land = Some(tekst(kind)),
                    _ => {}
                }
            }
            a
        })
        .collect()
}

/// Phone numbers and e-mail addresses, without those the sender marked secret (OSO replaces
/// their value by 9999999999 or geheim@geheim.geheim anyway).
fn contact(lijst: RoNode) -> Vec<Contact> {
    kinderen(lijst)
        .filter(|c| !veld(*c, "geheim").is_some_and(|g| matches!(g.trim(), "true" | "1")))
        .map(|c| Contact {
            soort: veld(c, "soort").unwrap_or_default(),
            aanduiding: veld(c, "aanduiding"),
            nummer: veld(c, "nummer").unwrap_or_default(),
            noodnummer: veld(c, "noodnummer").is_some_and(|n| matches!(n.trim(), "true" | "1")),
        })
        .collect()
}

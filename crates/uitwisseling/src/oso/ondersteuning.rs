//! `onderwijsondersteuning` (OPP, TLV, arrangementen, diagnoses, …) and the blocks whose only
//! use here is their documents or their restricted facts: test results, the eindtoets and the
//! other documents.

use libxml::readonly::RoNode;

use super::lezen::{Lezer, boolean, veld};
use super::typen::*;
use crate::xml::{kinderen, tekst};

/// What `onderwijsondersteuning` yields besides documents and restricted facts.
#[derive(Default)]
pub(super) struct Ondersteuningsblok {
    pub(super) opp: Option<Opp>,
    pub(super) tlv: Vec<Tlv>,
    pub(super) ondersteuning: Vec<Ondersteuning>,
}

impl Lezer<'_> {
    pub(super) fn onderwijsondersteuning(&mut self, blok: RoNode) -> Ondersteuningsblok {
        let mut uit = Ondersteuningsblok::default();
        for kind in kinderen(blok) {
            match kind.get_name().as_str() {
                "toelichting_onderwijsbehoeften" => {
                    self.documenten_onder(kind, BijlageBron::ToelichtingOnderwijsbehoeften, false);
                }
                "diagnose" => self.diagnose(kind),
                "medicijngebruik" => {
                    let ja = boolean(kind);
                    self.beperkt.push(BeperktGegeven {
                        soort: "medicijngebruik".into(),
                        omschrijving: format!(
                            "medicijngebruik dat relevant is voor het leren: {}",
                            if ja { "ja" } else { "nee" }
                        ),
                        datum: None,
                    });
                }
                "handelingsplan" => {
                    if let Some(plan) = self.handelingsplan(kind) {
                        uit.ondersteuning.push(plan);
                    }
                }
                "opp" => uit.opp = self.opp(kind),
                "tlv" => {
                    if let Some(tlv) = self.tlv(kind) {
                        uit.tlv.push(tlv);
                    }
                }
                "arrangement_cluster12" | "arrangement_pao" | "lwoo" => {
                    if let Some(o) = self.arrangement(kind) {
                        uit.ondersteuning.push(o);
                    }
                }
                "rvc" => self.rvc(kind),
                _ => {}
            }
        }
        uit
    }

    fn diagnose(&mut self, diagnose: RoNode) {
        let mut codes = Vec::new();
        let (mut naam, mut datum, mut door, mut instantie) = (None, None, None, None);
        for kind in kinderen(diagnose) {
            match kind.get_name().as_str() {
                "code" => codes.push(tekst(kind)),
                "naam" => naam = Some(tekst(kind)),
                "datum" => datum = self.datum(kind),
                "doorwie" => door = Some(tekst(kind)),
                "instantie" => instantie = Some(tekst(kind)),
                "document" => self.bijlage(kind, BijlageBron::Diagnose, true),
                _ => {}
            }
        }
        let mut omschrijving = match naam {
            Some(naam) => format!("{naam} ({})", codes.join(", ")),
            None => codes.join(", "),
        };
        let vastgesteld: Vec<String> = door.into_iter().chain(instantie).collect();
        if !vastgesteld.is_empty() {
            omschrijving.push_str(&format!("; vastgesteld door {}", vastgesteld.join(", ")));
        }
        self.beperkt.push(BeperktGegeven {
            soort: "diagnose".into(),
            omschrijving,
            datum,
        });
    }

    fn handelingsplan(&mut self, plan: RoNode) -> Option<Ondersteuning> {
        let (mut begin, mut einde, mut gericht_op) = (None, None, None);
        for kind in kinderen(plan) {
            match kind.get_name().as_str() {
                "startdatum" => begin = self.datum(kind),
                "einddatum" => einde = self.datum(kind),
                "isgerichtop" => gericht_op = Some(tekst(kind)),
                "document" => self.bijlage(kind, BijlageBron::Handelingsplan, false),
                _ => {}
            }
        }
        Some(Ondersteuning {
            soort: SoortOndersteuning::Handelingsplan,
            begindatum: begin?,
            einddatum: einde,
            omschrijving: gericht_op,
            beschikkingsnummer: None,
            brin: None,
            vestigingscode: None,
            swv: None,
        })
    }

    fn opp(&mut self, opp: RoNode) -> Option<Opp> {
        let (mut begin, mut einde) = (None, None);
        for kind in kinderen(opp) {
            match kind.get_name().as_str() {
                "opp_ingangdatum" => begin = self.datum(kind),
                "opp_einddatum" => einde = self.datum(kind),
                "document" => self.bijlage(kind, BijlageBron::Opp, false),
                _ => {}
            }
        }
        Some(Opp {
            ingangsdatum: begin?,
            einddatum: einde,
        })
    }

    fn tlv(&mut self, tlv: RoNode) -> Option<Tlv> {
        let (mut begin, mut einde, mut categorie) = (None, None, None);
        let (mut swv, mut nummer) = (String::new(), String::new());
        for kind in kinderen(tlv) {
            match kind.get_name().as_str() {
                "tlvingangdatum" => begin = self.datum(kind),
                "tlvswvnummer" => swv = tekst(kind),
                "tlvcategorie" => {
                    let code = tekst(kind);
                    categorie = TlvCategorie::van_code(&code);
                    if categorie.is_none() {
                        self.fout(
                            "tlvcategorie",
                            code.trim(),
                            format!(
                                "<tlvcategorie>: '{}' staat niet in OSO-codelijst 31 (H, M, L of Nvt)",
                                code.trim()
                            ),
                        );
                    }
                }
                "tlvbeschikkingsnummer" => nummer = tekst(kind),
                "tlveinddatum" => einde = self.datum(kind),
                "document" => self.bijlage(kind, BijlageBron::Tlv, false),
                _ => {}
            }
        }
        Some(Tlv {
            swv,
            categorie: categorie?,
            ingangsdatum: begin?,
            einddatum: einde,
            beschikkingsnummer: nummer,
        })
    }

    /// `arrangement_pao`, `arrangement_cluster12` and `lwoo` share one shape.
    fn arrangement(&mut self, blok: RoNode) -> Option<Ondersteuning> {
        let soort = match blok.get_name().as_str() {
            "arrangement_cluster12" => SoortOndersteuning::ArrangementCluster12,
            "lwoo" => SoortOndersteuning::Lwoo,
            _ => SoortOndersteuning::Arrangement,
        };
        let mut begin = None;
        let mut o = Ondersteuning {
            soort,
            begindatum: jiff::civil::Date::MIN,
            einddatum: None,
            omschrijving: None,
            beschikkingsnummer: None,
            brin: None,
            vestigingscode: None,
            swv: None,
        };
        for kind in kinderen(blok) {
            match kind.get_name().as_str() {
                "arrangement_datum" | "lwoo_ingangdatum" => begin = self.datum(kind),
                "arrangement_einddatum" | "lwoo_einddatum" => o.einddatum = self.datum(kind),
                "arrangement_kenmerk" => o.omschrijving = Some(tekst(kind)),
                "arrangement_beschikkingsnr" | "lwoo_beschikkingsnummer" => {
                    o.beschikkingsnummer = Some(tekst(kind));
                }
                "arrangement_brin" => o.brin = Some(tekst(kind)),
                "arrangement_vestigingscode" => o.vestigingscode = Some(tekst(kind)),
                "lwoo_swvnummer" => o.swv = Some(tekst(kind)),
                "document" => self.bijlage(kind, BijlageBron::Lwoo, false),
                _ => {}
            }
        }
        o.begindatum = begin?;
        Some(o)
    }

    /// The RVC (regionale verwijzingscommissie) findings describe the pupil's problems.
    fn rvc(&mut self, rvc: RoNode) {
        let mut delen = Vec::new();
        let mut datum = None;
        for kind in kinderen(rvc) {
            match kind.get_name().as_str() {
                "centraleproblematiek" => {
                    delen.push(format!("centrale problematiek: {}", tekst(kind)))
                }
                "maatregelen" => delen.push(format!("maatregelen: {}", tekst(kind))),
                "rvcindicatie" => delen.push(format!("indicatie: {}", tekst(kind))),
                "rvcdatum" => datum = self.datum(kind),
                "document" => self.bijlage(kind, BijlageBron::Rvc, true),
                _ => {}
            }
        }
        self.beperkt.push(BeperktGegeven {
            soort: "rvc".into(),
            omschrijving: delen.join("; "),
            datum,
        });
    }

    /// Test results are not mapped, except that an intelligence test (a reference score
    /// `IQ`) is a restricted fact, and every test's documents are attachments.
    pub(super) fn toetslijst(&mut self, lijst: RoNode) {
        for toets in kinderen(lijst) {
            let naam = kinderen(toets)
                .find(|k| k.get_name() == "toetsidentificatie")
                .and_then(|id| veld(id, "toetsnaam").or_else(|| veld(id, "eldtoetscode")))
                .unwrap_or_default();
            let afname = kinderen(toets).find(|k| k.get_name() == "afname");
            let datum = afname
                .and_then(|a| kinderen(a).find(|k| k.get_name() == "afnamedatum"))
                .and_then(|d| self.datum(d));
            let mut iq = Vec::new();
            let mut documenten = Vec::new();
            for kind in kinderen(toets) {
                match kind.get_name().as_str() {
                    "resultaat" => resultaat(kind, None, &mut iq, &mut documenten),
                    "toetsonderdeel" => {
                        let onderdeel =
                            veld(kind, "onderdeelnaam").or_else(|| veld(kind, "eldonderdeelcode"));
                        for r in kinderen(kind).filter(|k| k.get_name() == "resultaat") {
                            resultaat(r, onderdeel.as_deref(), &mut iq, &mut documenten);
                        }
                    }
                    _ => {}
                }
            }
            let beperkt = !iq.is_empty();
            if beperkt {
                self.beperkt.push(BeperktGegeven {
                    soort: "intelligentieonderzoek".into(),
                    omschrijving: format!("{naam}: {}", iq.join("; ")),
                    datum,
                });
            }
            for document in documenten {
                self.bijlage(document, BijlageBron::Toets, beperkt);
            }
        }
    }
}

/// Collects the IQ scores and the document of one `resultaat`.
fn resultaat(
    resultaat: RoNode,
    onderdeel: Option<&str>,
    iq: &mut Vec<String>,
    documenten: &mut Vec<RoNode>,
) {
    for kind in kinderen(resultaat) {
        match kind.get_name().as_str() {
            "referentiescore" if veld(kind, "codereferentiescore").as_deref() == Some("IQ") => {
                let waarde = veld(kind, "waarde").unwrap_or_default();
                iq.push(match onderdeel {
                    Some(o) => format!("{o}: IQ {waarde}"),
                    None => format!("IQ {waarde}"),
                });
            }
            "document" => documenten.push(kind),
            _ => {}
        }
    }
}

//! Selective delivery (`categorie_uitlevering`, OSO 2017.1+): per category the sender says
//! whether its data is VERPLICHT, OPTIONEEL, VERBODEN or OPT-UIT (the parents objected).
//!
//! Business rules OS.cat01–OS.cat16 of the official validation XSLT
//! (`ValideerOSOgegevensset_2019.1.xsl`): data of a VERBODEN or OPT-UIT category must be
//! absent, and a VERPLICHT category must have some data. One deviation: the XSLT looks for
//! `toelichting_onderwijsbehoefte` (a typo, never present); we check the real element
//! `toelichting_onderwijsbehoeften`.

use libxml::readonly::RoNode;

use crate::afwijzing::{Probleem, Problemen};
use crate::positie::regel_van_element;
use crate::xml::{kinderen, tekst};

/// A category: its element in `categorie_uitlevering`, its name, and where its data lives
/// (paths of local names from `<dossier>`).
struct Categorie {
    element: &'static str,
    naam: &'static str,
    paden: &'static [&'static [&'static str]],
}

const LEERLING: [&str; 2] = ["huidigeschool", "leerling"];

macro_rules! onder_leerling {
    ($($naam:literal),+) => {
        &[$(&["huidigeschool", "leerling", $naam]),+]
    };
}

const CATEGORIEEN: &[Categorie] = &[
    Categorie {
        element: "cat_metadata",
        naam: "Metadata",
        paden: &[&["metadata"], &["overdrachtsoort"]],
    },
    Categorie {
        element: "cat_ouderinzage",
        naam: "Ouderinzage",
        paden: &[&["inzage"]],
    },
    // School and pupil are required by the XSD, so they can never be withheld.
    Categorie {
        element: "cat_school",
        naam: "School",
        paden: &[&["huidigeschool"]],
    },
    Categorie {
        element: "cat_leerling",
        naam: "Leerling",
        paden: &[&LEERLING],
    },
    Categorie {
        element: "cat_oudersverzorgers",
        naam: "Ouders/Verzorgers",
        paden: onder_leerling!(
            "verzorgersaansprakelijk",
            "verzorger",
            "aansprakelijkeinstelling"
        ),
    },
    Categorie {
        element: "cat_vve",
        naam: "VVE",
        paden: onder_leerling!(
            "vanpeuterspeelzaal",
            "naampeuterspeelzaal",
            "voorschools",
            "vroegschools"
        ),
    },
    Categorie {
        element: "cat_schoolloopbaan",
        naam: "Schoolloopbaan",
        paden: onder_leerling!("schoolloopbaanlijst"),
    },
    Categorie {
        element: "cat_overstapadvies",
        naam: "Overstapadvies",
        paden: onder_leerling!("overstapadvies"),
    },
    Categorie {
        element: "cat_onderwijsondersteuning",
        naam: "Onderwijsondersteuning",
        paden: &[
            &[
                "huidigeschool",
                "leerling",
                "onderwijsondersteuning",
                "toelichting_onderwijsbehoeften",
            ],
            &[
                "huidigeschool",
                "leerling",
                "onderwijsondersteuning",
                "diagnose",
            ],
            &[
                "huidigeschool",
                "leerling",
                "onderwijsondersteuning",
                "medicijngebruik",
            ],
            &["huidigeschool", "leerling", "onderwijsondersteuning", "opp"],
            &["huidigeschool", "leerling", "onderwijsondersteuning", "tlv"],
            &[
                "huidigeschool",
                "leerling",
                "onderwijsondersteuning",
                "arrangement_cluster12",
            ],
            &[
                "huidigeschool",
                "leerling",
                "onderwijsondersteuning",
                "arrangement_pao",
            ],
            &[
                "huidigeschool",
                "leerling",
                "onderwijsondersteuning",
                "lwoo",
            ],
            &["huidigeschool", "leerling", "onderwijsondersteuning", "rvc"],
        ],
    },
    Categorie {
        element: "cat_verzuim",
        naam: "Verzuim",
        paden: onder_leerling!("verzuim"),
    },
    Categorie {
        element: "cat_eindtoetsbo",
        naam: "Eindtoets BO",
        paden: onder_leerling!("eindtoets_basisonderwijs"),
    },
    Categorie {
        element: "cat_toetsresultaten",
        naam: "Toetsresultaten",
        paden: onder_leerling!("toetslijst"),
    },
    Categorie {
        element: "cat_handelingsplannen",
        naam: "Handelingsplannen",
        paden: &[&[
            "huidigeschool",
            "leerling",
            "onderwijsondersteuning",
            "handelingsplan",
        ]],
    },
    Categorie {
        element: "cat_cijferlijsten",
        naam: "Cijferlijsten",
        paden: onder_leerling!("cijferlijstlijst"),
    },
    Categorie {
        element: "cat_vombo",
        naam: "VO-MBO",
        paden: onder_leerling!(
            "bevorderd",
            "examenresultaat",
            "resultaatvakkenvo",
            "certificaat",
            "competenties",
            "stage",
            "overigvombo"
        ),
    },
    Categorie {
        element: "cat_bijlagedocs",
        naam: "Bijlagedocs",
        paden: onder_leerling!("overigdocumentlijst"),
    },
];

/// Checks the categories and returns the names of those marked VERBODEN or OPT-UIT, in the
/// order the dossier lists them. A dossier without `categorie_uitlevering` has none.
pub(super) fn controleer(dossier: RoNode, xml: &[u8], problemen: &mut Problemen) -> Vec<String> {
    let mut niet_geleverd = Vec::new();
    let Some(uitlevering) = pad(dossier, &["metadata", "categorie_uitlevering"]) else {
        return niet_geleverd;
    };
    for aanduiding in kinderen(uitlevering) {
        let element = aanduiding.get_name();
        let Some(categorie) = CATEGORIEEN.iter().find(|c| c.element == element) else {
            continue;
        };
        let waarde = tekst(aanduiding);
        let aanwezig = categorie
            .paden
            .iter()
            .find_map(|p| pad(dossier, p).map(|_| p[p.len() - 1]));
        match waarde.trim() {
            "OPTIONEEL" => {}
            "VERPLICHT" => {
                if aanwezig.is_none() {
                    problemen.melding(format!(
                        "categorie {} ({element}) is VERPLICHT, maar het dossier bevat er geen gegevens van",
                        categorie.naam
                    ));
                }
            }
            status @ ("VERBODEN" | "OPT-UIT") => {
                niet_geleverd.push(categorie.naam.to_string());
                if let Some(gevonden) = aanwezig {
                    problemen.push(Probleem::op_regel(
                        regel_van_element(xml, gevonden, 0),
                        format!(
                            "categorie {} ({element}) is {status}, maar het dossier bevat <{gevonden}>; \
                             deze gegevens mogen niet worden meegestuurd",
                            categorie.naam
                        ),
                    ));
                }
            }
            // Codelijst 48.
            anders => problemen.push(Probleem::op_regel(
                regel_van_element(xml, &element, 0),
                format!(
                    "categorie {} ({element}) heeft de onbekende waarde '{anders}' \
                     (verwacht VERPLICHT, OPTIONEEL, VERBODEN of OPT-UIT)",
                    categorie.naam
                ),
            )),
        }
    }
    niet_geleverd
}

/// The first element at `pad` (local names) below `node`.
fn pad(node: RoNode, pad: &[&str]) -> Option<RoNode> {
    let mut huidig = node;
    for naam in pad {
        huidig = kinderen(huidig).find(|k| k.get_name() == *naam)?;
    }
    Some(huidig)
}

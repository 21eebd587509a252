//! The official XSDs, embedded in the binary and compiled once per thread.
//!
//! libxml2's compiled schemas are not `Send`, so each thread that reads files keeps its own
//! (a thread-local cache); nothing crosses threads. The EDEXML schema is split over four
//! files joined by `xs:include`, which libxml2 resolves against the schema's location: the
//! four embedded files are written to a private temporary directory (mode 0700, random
//! name) just long enough to compile them, then removed.
//!
//! One deliberate deviation: EDEXML 2.1 lists the schooljaren it accepts, and the list
//! ends at 2024-2025, so every current roster would fail. Before compiling, that list is
//! replaced by the pattern `[0-9]{4}-[0-9]{4}`; `edexml` then checks that the two years
//! follow each other. The embedded files stay byte-identical to the published ones.

use std::cell::RefCell;

use libxml::schemas::{SchemaParserContext, SchemaValidationContext};
use libxml::tree::Document;

use crate::afwijzing::Probleem;
use crate::xml::problemen_uit;

const OSO_XSD: &[u8] = include_bytes!("../schemas/oso-2019.1/OSO_gegevensset_2019.1.xsd");

/// The EDEXML 2.1 files; the first one is the entry point that includes the others.
const EDEXML_XSD: [(&str, &[u8]); 4] = [
    (
        "EDEXML.structuur.xsd",
        include_bytes!("../schemas/edexml-2.1/EDEXML.structuur.xsd"),
    ),
    (
        "EDEXML.elementen.xsd",
        include_bytes!("../schemas/edexml-2.1/EDEXML.elementen.xsd"),
    ),
    (
        "EDEXML.types.vast.xsd",
        include_bytes!("../schemas/edexml-2.1/EDEXML.types.vast.xsd"),
    ),
    (
        "EDEXML.types.variabel.xsd",
        include_bytes!("../schemas/edexml-2.1/EDEXML.types.variabel.xsd"),
    ),
];

#[derive(Debug, Clone, Copy)]
pub(crate) enum Formaat {
    Oso,
    Edexml,
}

thread_local! {
    static OSO: RefCell<Option<SchemaValidationContext>> = const { RefCell::new(None) };
    static EDEXML: RefCell<Option<SchemaValidationContext>> = const { RefCell::new(None) };
}

/// Validates `document` (a tree) against the format's schema.
pub(crate) fn valideer(formaat: Formaat, document: &Document) -> Result<(), Vec<Probleem>> {
    met_validator(formaat, |context| {
        context
            .validate_document(document)
            .map_err(|fouten| problemen_uit(&fouten, "schema", true))
    })
}

/// Validates the file at `pad` while streaming it, without building a tree: memory stays
/// small and line numbers are exact. The file must be known to be well-formed XML (libxml2
/// prints, rather than reports, the parse errors of this path).
pub(crate) fn valideer_bestand(formaat: Formaat, pad: &str) -> Result<(), Vec<Probleem>> {
    met_validator(formaat, |context| {
        context
            .validate_file(pad)
            .map_err(|fouten| problemen_uit(&fouten, "schema", false))
    })
}

fn met_validator(
    formaat: Formaat,
    valideer: impl FnOnce(&mut SchemaValidationContext) -> Result<(), Vec<Probleem>>,
) -> Result<(), Vec<Probleem>> {
    let cache = match formaat {
        Formaat::Oso => &OSO,
        Formaat::Edexml => &EDEXML,
    };
    cache.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            *slot = Some(compileer(formaat)?);
        }
        let Some(context) = slot.as_mut() else {
            return Err(vec![Probleem::new("interne fout: geen schema")]);
        };
        // Warnings of an earlier, accepted file may still sit in the log.
        context.drain_errors();
        valideer(context)
    })
}

fn compileer(formaat: Formaat) -> Result<SchemaValidationContext, Vec<Probleem>> {
    let intern = |melding: String| {
        vec![Probleem::new(format!(
            "interne fout: het ingebouwde {formaat:?}-schema kon niet worden geladen: {melding}"
        ))]
    };
    match formaat {
        Formaat::Oso => {
            let mut parser = SchemaParserContext::from_buffer(OSO_XSD);
            SchemaValidationContext::from_parser(&mut parser)
                .map_err(|fouten| intern(samenvatting(&fouten)))
        }
        Formaat::Edexml => {
            let dir = tempfile::Builder::new()
                .prefix("passend-edexml-xsd-")
                .tempdir()
                .map_err(|e| intern(e.to_string()))?;
            for (naam, inhoud) in EDEXML_XSD {
                let inhoud = if naam == "EDEXML.types.variabel.xsd" {
                    verruim_schooljaar(inhoud)
                        .ok_or_else(|| intern("de schooljaarlijst is niet gevonden".into()))?
                } else {
                    inhoud.to_vec()
                };
                std::fs::write(dir.path().join(naam), inhoud).map_err(|e| intern(e.to_string()))?;
            }
            let ingang = dir.path().join(EDEXML_XSD[0].0);
            let Some(ingang) = ingang.to_str() else {
                return Err(intern("tijdelijke map heeft geen UTF-8-pad".into()));
            };
            let mut parser = SchemaParserContext::from_file(ingang);
            let context = SchemaValidationContext::from_parser(&mut parser)
                .map_err(|fouten| intern(samenvatting(&fouten)));
            // The compiled schema no longer needs the files.
            drop(parser);
            drop(dir);
            context
        }
    }
}

/// `EDEXSchooljaarType` with its closed list (1991-1992 … 2024-2025) replaced by a pattern.
fn verruim_schooljaar(xsd: &[u8]) -> Option<Vec<u8>> {
    const EERSTE: &[u8] = br#"<xs:enumeration value="1991-1992"/>"#;
    const LAATSTE: &[u8] = br#"<xs:enumeration value="2024-2025"/>"#;
    let begin = xsd.windows(EERSTE.len()).position(|w| w == EERSTE)?;
    let einde = begin
        + xsd[begin..]
            .windows(LAATSTE.len())
            .position(|w| w == LAATSTE)?
        + LAATSTE.len();
    let mut uit = xsd[..begin].to_vec();
    uit.extend_from_slice(br#"<xs:pattern value="[0-9]{4}-[0-9]{4}"/>"#);
    uit.extend_from_slice(&xsd[einde..]);
    Some(uit)
}

fn samenvatting(fouten: &[libxml::error::StructuredError]) -> String {
    fouten
        .iter()
        .filter_map(|f| f.message.as_deref())
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schooljaar_list_is_replaced_by_a_pattern() {
        let verruimd = verruim_schooljaar(EDEXML_XSD[3].1).unwrap();
        let tekst = String::from_utf8(verruimd).unwrap();
        assert!(!tekst.contains("2024-2025"));
        assert!(tekst.contains(r#"<xs:simpleType name="EDEXSchooljaarType">"#));
        assert!(tekst.contains(r#"<xs:pattern value="[0-9]{4}-[0-9]{4}"/>"#));
    }
}

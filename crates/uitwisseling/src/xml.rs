//! The hardened path every file takes before it is read: size limit, no DTD, a strict
//! libxml2 parse without network or entity loading, and the expected root element.
//!
//! libxml2's documents are not `Send`; everything here runs inside one call on one thread.

use libxml::error::{StructuredError, XmlErrorLevel};
use libxml::parser::{ParseFormat, Parser, ParserOptions, XmlParseFailure};
use libxml::readonly::RoNode;
use libxml::tree::{Document, NodeType};

use crate::afwijzing::{Afwijzing, Probleem};
use crate::positie::{regel_op, zoek};

/// Refuses a file over `max` bytes before anything is parsed.
fn controleer_grootte(xml: &[u8], max: usize) -> Result<(), Afwijzing> {
    if xml.is_empty() {
        return Err(Afwijzing::een(Probleem::new(
            "het bestand is leeg (verwacht: een XML-bestand)",
        )));
    }
    if xml.len() > max {
        return Err(Afwijzing::een(Probleem::new(format!(
            "het bestand is te groot: {} bytes, de grens is {max} bytes",
            xml.len()
        ))));
    }
    Ok(())
}

/// Encodings whose bytes for `<`, `!` and ASCII letters are the ASCII bytes, so the byte
/// scan in [`verbied_doctype`] sees every declaration. Both formats are UTF-8 in practice;
/// the Latin ones are allowed for older school systems.
const CODERINGEN: &[&str] = &[
    "utf-8",
    "utf8",
    "us-ascii",
    "ascii",
    "iso-8859-1",
    "latin1",
    "iso-8859-15",
    "windows-1252",
    "cp1252",
];

/// Refuses UTF-16, UCS-4, EBCDIC, UTF-7 and the like: in those a DTD could hide from the
/// byte scan, and no school system sends them.
fn controleer_codering(xml: &[u8]) -> Result<(), Afwijzing> {
    let zonder_bom = xml.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(xml);
    let begin = zonder_bom.iter().position(|b| !b.is_ascii_whitespace());
    let begint_met_tag = begin
        .is_some_and(|i| zonder_bom[i] == b'<' && zonder_bom.get(i + 1).is_some_and(|&b| b != 0));
    if !begint_met_tag {
        return Err(Afwijzing::een(Probleem::op_regel(
            Some(1),
            "het bestand begint niet met een XML-element of XML-declaratie \
             (alleen UTF-8 of een ASCII-compatibele codering wordt gelezen)",
        )));
    }
    if let Some(declaratie) = zonder_bom.strip_prefix(b"<?xml") {
        let einde = zoek(declaratie, b"?>").unwrap_or(declaratie.len().min(200));
        let declaratie = String::from_utf8_lossy(&declaratie[..einde]).to_ascii_lowercase();
        if let Some(rest) = declaratie.split("encoding").nth(1) {
            let codering: String = rest
                .trim_start()
                .trim_start_matches('=')
                .trim_start()
                .trim_start_matches(['"', '\''])
                .chars()
                .take_while(|c| !matches!(c, '"' | '\'' | '?') && !c.is_whitespace())
                .collect();
            if !CODERINGEN.contains(&codering.as_str()) {
                return Err(Afwijzing::een(Probleem::op_regel(
                    Some(1),
                    format!("de tekencodering '{codering}' wordt niet gelezen; gebruik UTF-8"),
                )));
            }
        }
    }
    Ok(())
}

/// Neither format uses a DTD, and a DTD is where entity bombs and external entities (XXE)
/// live; refusing it outright is simpler than trusting the parser's limits. This cheap scan
/// catches ASCII-compatible files before libxml2 sees them; [`parse`] checks the tree too.
fn verbied_doctype(xml: &[u8]) -> Result<(), Afwijzing> {
    for needle in [&b"<!DOCTYPE"[..], b"<!ENTITY"] {
        if let Some(at) = zoek(xml, needle) {
            return Err(Afwijzing::een(Probleem::op_regel(
                Some(regel_op(xml, at)),
                "een DOCTYPE- of ENTITY-declaratie is niet toegestaan",
            )));
        }
    }
    Ok(())
}

/// The byte checks every file gets before any parser sees it.
pub(crate) fn controleer_vooraf(xml: &[u8], max: usize) -> Result<(), Afwijzing> {
    controleer_grootte(xml, max)?;
    controleer_codering(xml)?;
    verbied_doctype(xml)
}

/// libxml2 parser options (`xmlParserOption`) for the streaming reader: as [`parse`], and
/// silent (errors are not printed: a printed line could hold a BSN). Never add NOENT (2),
/// DTDLOAD (4), DTDATTR (8), DTDVALID (16) or XINCLUDE (1024): each makes libxml2 fetch or
/// expand what a file names.
pub(crate) const LEZER_OPTIES: i32 = XML_PARSE_NOERROR
    | XML_PARSE_NOWARNING
    | XML_PARSE_NONET
    | XML_PARSE_NOBLANKS
    | XML_PARSE_COMPACT;
const XML_PARSE_NOERROR: i32 = 1 << 5;
const XML_PARSE_NOWARNING: i32 = 1 << 6;
const XML_PARSE_NOBLANKS: i32 = 1 << 8;
const XML_PARSE_NONET: i32 = 1 << 11;
const XML_PARSE_COMPACT: i32 = 1 << 16;

/// Parses strictly: no recovery, no network, no DTD loading, no entity substitution.
/// Call [`controleer_vooraf`] first.
pub(crate) fn parse(xml: &[u8]) -> Result<Document, Afwijzing> {
    let options = ParserOptions {
        recover: false,
        // Careful: the `libxml` crate maps this HTML option to the XML value 4, which is
        // XML_PARSE_DTDLOAD (load external DTDs). It must stay off.
        no_def_dtd: false,
        // Printing only; the diagnostics are collected either way.
        no_error: true,
        no_warning: true,
        pedantic: false,
        // Whitespace between elements means nothing in either format; dropping it saves memory.
        no_blanks: true,
        no_net: true,
        // Maps to XML_PARSE_NSCLEAN (8192) in the crate; not needed.
        no_implied: false,
        // Keep libxml2's limits on depth, text size and entity amplification.
        huge: false,
        compact: true,
        ignore_enc: false,
        encoding: None,
    };
    let parser = Parser {
        format: ParseFormat::XML,
    };
    let (document, diagnostics) = match parser.parse_string_with_diagnostics(xml, options) {
        Ok(parsed) => parsed,
        Err(XmlParseFailure::ParseFailed(diagnostics)) => {
            return Err(afwijzing_uit(
                &diagnostics,
                "xml",
                "het bestand is geen geldige XML",
            ));
        }
        Err(other) => {
            return Err(Afwijzing::een(Probleem::new(format!(
                "xml: het bestand kon niet worden gelezen ({other})"
            ))));
        }
    };
    let fouten: Vec<&StructuredError> = diagnostics
        .iter()
        .filter(|d| matches!(d.level, XmlErrorLevel::Error | XmlErrorLevel::Fatal))
        .collect();
    if !fouten.is_empty() {
        let fouten: Vec<StructuredError> = diagnostics
            .into_iter()
            .filter(|d| matches!(d.level, XmlErrorLevel::Error | XmlErrorLevel::Fatal))
            .collect();
        return Err(afwijzing_uit(
            &fouten,
            "xml",
            "het bestand is geen geldige XML",
        ));
    }
    // A DTD that slipped past the byte scan (a UTF-16 file, say) is refused here.
    if let Some(root) = document.get_root_readonly() {
        let mut node = root.get_prev_sibling();
        while let Some(n) = node {
            if matches!(n.get_type(), Some(NodeType::DTDNode)) {
                return Err(Afwijzing::een(Probleem::new(
                    "een DOCTYPE-declaratie is niet toegestaan",
                )));
            }
            node = n.get_prev_sibling();
        }
    }
    Ok(document)
}

/// The root element, if it has the expected name and namespace (`None`: no namespace).
pub(crate) fn root(
    document: &Document,
    naam: &str,
    namespace: Option<&str>,
    formaat: &str,
) -> Result<RoNode, Afwijzing> {
    let Some(root) = document.get_root_readonly() else {
        return Err(Afwijzing::een(Probleem::new(
            "het bestand heeft geen root-element",
        )));
    };
    let gevonden_ns = root.get_namespace().map(|ns| ns.get_href());
    controleer_root(&root.get_name(), gevonden_ns, naam, namespace, formaat)?;
    Ok(root)
}

/// Whether the root element found is the one the format has.
pub(crate) fn controleer_root(
    gevonden_naam: &str,
    gevonden_ns: Option<String>,
    naam: &str,
    namespace: Option<&str>,
    formaat: &str,
) -> Result<(), Afwijzing> {
    let verwacht = match namespace {
        Some(ns) => format!("<{naam}> in namespace {ns}"),
        None => format!("<{naam}> zonder namespace"),
    };
    if gevonden_naam != naam {
        return Err(Afwijzing::een(Probleem::new(format!(
            "dit is geen {formaat}-bestand: het root-element is <{gevonden_naam}>, verwacht {verwacht}"
        ))));
    }
    if gevonden_ns.as_deref() != namespace {
        let gevonden = gevonden_ns.unwrap_or_else(|| "(geen)".to_string());
        return Err(Afwijzing::een(Probleem::new(format!(
            "dit is geen {formaat}-bestand: <{naam}> heeft namespace {gevonden}, verwacht {verwacht}"
        ))));
    }
    Ok(())
}

/// libxml2 2.9 stores line numbers of tree nodes in 16 bits; 65535 means "this line or later".
const LIBXML_MAX_NODE_LINE: i32 = 65535;

/// Turns libxml2 diagnostics into problems, prefixed with `bron` (`xml`, `schema`).
/// `uit_boom`: the lines come from tree nodes, where libxml2 2.9 caps them at 65535.
pub(crate) fn problemen_uit(
    diagnostics: &[StructuredError],
    bron: &str,
    uit_boom: bool,
) -> Vec<Probleem> {
    diagnostics
        .iter()
        .map(|d| {
            let tekst = d
                .message
                .as_deref()
                .map(str::trim)
                .filter(|m| !m.is_empty())
                .unwrap_or("onbekende fout")
                .replace(&format!("{{{}}}", crate::oso::NAMESPACE), "");
            match d.line {
                Some(LIBXML_MAX_NODE_LINE) if uit_boom => {
                    Probleem::new(format!("{bron} (na regel {LIBXML_MAX_NODE_LINE}): {tekst}"))
                }
                Some(line) => {
                    Probleem::op_regel(u32::try_from(line).ok(), format!("{bron}: {tekst}"))
                }
                None => Probleem::new(format!("{bron}: {tekst}")),
            }
        })
        .collect()
}

fn afwijzing_uit(diagnostics: &[StructuredError], bron: &str, anders: &str) -> Afwijzing {
    Afwijzing::van(problemen_uit(diagnostics, bron, false))
        .unwrap_or_else(|| Afwijzing::een(Probleem::new(format!("{bron}: {anders}"))))
}

/// The element children of `node`, in document order.
pub(crate) fn kinderen(node: RoNode) -> impl Iterator<Item = RoNode> {
    std::iter::successors(node.get_first_element_child(), |n| {
        n.get_next_element_sibling()
    })
}

/// The text of an element, as one string.
pub(crate) fn tekst(node: RoNode) -> String {
    node.get_content()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_ascii_compatible_encodings_are_read() {
        assert!(controleer_codering(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?><a/>").is_ok());
        assert!(controleer_codering(b"\xEF\xBB\xBF<a/>").is_ok());
        assert!(controleer_codering(b"<?xml version='1.0' encoding='ISO-8859-1'?><a/>").is_ok());
        assert!(controleer_codering(b"<?xml version=\"1.0\"?><a/>").is_ok());
        assert!(controleer_codering(b"<?xml version=\"1.0\" encoding=\"UTF-7\"?><a/>").is_err());
        assert!(controleer_codering(b"\xFF\xFE<\0a\0/\0>\0").is_err());
        assert!(controleer_codering(b"<\0a\0/\0>\0").is_err());
        assert!(controleer_codering(b"\x4C\x6F\xA7\x94").is_err());
        assert!(controleer_codering(b"   ").is_err());
        assert!(controleer_codering(b"PK\x03\x04").is_err());
    }

    #[test]
    fn a_doctype_is_refused_with_its_line() {
        let afwijzing =
            verbied_doctype(b"<?xml version=\"1.0\"?>\n<!DOCTYPE x>\n<x/>").unwrap_err();
        assert_eq!(afwijzing.problemen()[0].regel, Some(2));
    }

    /// A named pipe without writer: opening it blocks, so returning proves it was not opened.
    fn fifo(dir: &std::path::Path) -> Option<String> {
        let pad = dir.join("p");
        let ok = std::process::Command::new("mkfifo")
            .arg(&pad)
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| pad.to_string_lossy().into_owned())
    }

    fn keert_terug(pad: &str, werk: impl FnOnce() + Send + 'static) -> bool {
        let (klaar, wacht) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            werk();
            let _ = klaar.send(());
        });
        let ok = wacht
            .recv_timeout(std::time::Duration::from_secs(20))
            .is_ok();
        if !ok {
            let _ = std::fs::OpenOptions::new().write(true).open(pad);
        }
        ok
    }

    /// Past the byte checks (as a bug in them would let a file through), neither the tree
    /// parser nor the streaming reader may open what a DTD names.
    #[test]
    fn the_parser_options_load_no_external_dtd_or_entity() {
        let dir = tempfile::tempdir().unwrap();
        let Some(pad) = fifo(dir.path()) else {
            println!("SKIPPED: mkfifo is not available");
            return;
        };
        let documenten = [
            format!("<!DOCTYPE a SYSTEM \"{pad}\"><a/>"),
            format!("<!DOCTYPE a [<!ENTITY x SYSTEM \"file://{pad}\">]><a>&x;</a>"),
            format!("<!DOCTYPE a [<!ENTITY % p SYSTEM \"{pad}\"> %p;]><a/>"),
        ];
        for document in documenten {
            let boom = document.clone();
            assert!(
                keert_terug(&pad, move || {
                    assert!(parse(boom.as_bytes()).is_err());
                }),
                "tree parser opened the pipe: {document}"
            );
            let bestand = dir.path().join("doc.xml");
            std::fs::write(&bestand, &document).unwrap();
            let bestand = bestand.to_string_lossy().into_owned();
            assert!(
                keert_terug(&pad, move || {
                    let mut lezer =
                        libxml::reader::TextReader::from_file(&bestand, LEZER_OPTIES).unwrap();
                    while let Ok(true) = lezer.read() {}
                }),
                "streaming reader opened the pipe: {document}"
            );
        }
    }
}

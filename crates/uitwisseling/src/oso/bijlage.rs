//! Attached documents: `<document>` blocks with a name, a description and base64 content.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use libxml::readonly::RoNode;

use super::typen::{Bijlage, BijlageBron};
use crate::afwijzing::Problemen;
use crate::xml::{kinderen, tekst};

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";

/// Reads one `<document>`; a content that is not base64 is a problem, not a panic.
pub(super) fn lees(
    document: RoNode,
    bron: BijlageBron,
    beperkt: bool,
    problemen: &mut Problemen,
) -> Option<Bijlage> {
    let mut naam = String::new();
    let mut omschrijving = None;
    let mut inhoud_b64 = String::new();
    for kind in kinderen(document) {
        match kind.get_name().as_str() {
            "bestandsnaam" => naam = tekst(kind),
            "omschrijving" => omschrijving = Some(tekst(kind)),
            "bestandsinhoud" => inhoud_b64 = tekst(kind),
            _ => {}
        }
    }
    // Senders wrap base64 over lines; the alphabet has no whitespace, so dropping it is safe.
    inhoud_b64.retain(|c| !c.is_ascii_whitespace());
    let inhoud = match STANDARD.decode(inhoud_b64.as_bytes()) {
        Ok(inhoud) => inhoud,
        Err(fout) => {
            problemen.melding(format!(
                "bijlage '{naam}': de bestandsinhoud is geen geldige base64 ({fout})"
            ));
            return None;
        }
    };
    let ingepakt = inhoud.starts_with(ZIP_MAGIC);
    let mime_type = if ingepakt {
        "application/zip"
    } else {
        mime_type_van_naam(&naam)
    };
    Some(Bijlage {
        naam,
        omschrijving,
        bron,
        beperkt,
        ingepakt,
        mime_type,
        grootte: inhoud.len(),
        inhoud,
    })
}

/// The file types OSO allows as attachments (XSD, `bestandsnaam`), by extension.
pub(super) fn mime_type_van_naam(naam: &str) -> &'static str {
    let extensie = naam
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default();
    match extensie.as_str() {
        "pdf" => "application/pdf",
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "doc" => "application/msword",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "odf" | "odt" => "application/vnd.oasis.opendocument.text",
        "xls" => "application/vnd.ms-excel",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "txt" => "text/plain",
        "ppt" => "application/vnd.ms-powerpoint",
        "pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_allowed_types_have_their_media_type() {
        assert_eq!(
            mime_type_van_naam("advies mbt zicht.pdf"),
            "application/pdf"
        );
        assert_eq!(mime_type_van_naam("DREM8.JPG"), "image/jpeg");
        assert_eq!(
            mime_type_van_naam("zonder-extensie"),
            "application/octet-stream"
        );
    }
}

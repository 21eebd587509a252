//! Files a page and the API hand out alike: an OSO dossier's attachment and a TLV's decision
//! letter as PDF. The store has decided who may have them; this only builds the response.

use axum::http::header;
use axum::response::{IntoResponse, Response};
use passend_domain::brief::Brief;

/// A file name safe in a `Content-Disposition` header: ASCII letters and digits, `.`, `-`
/// and `_`; anything else becomes `_`.
pub fn veilige_naam(naam: &str) -> String {
    naam.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// An attachment as a download (never rendered in the application's origin), with its
/// stored type.
pub fn bijlage(naam: &str, mime: String, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, mime),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}\"", veilige_naam(naam)),
            ),
        ],
        bytes,
    )
        .into_response()
}

/// The decision letter of a TLV as a PDF, for printing and sending to the parents: the
/// same letter as `/brieven/tlv/{id}/pdf`, built by the store from the app's data.
pub fn besluitbrief(b: &Brief, id: i64) -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"besluit-tlv-{id}.pdf\""),
            ),
        ],
        crate::pdf::brief_van(b),
    )
        .into_response()
}

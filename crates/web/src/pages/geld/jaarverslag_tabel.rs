//! The jaarverslag as a download: the annual figures, or the payments per board.

use crate::WebError;
use crate::export::{Cel, Tabel};
use passend_domain::{Schooljaar, SwvCode};
use passend_store::geld::{Betalingen, Jaarcijfers};

/// `tabel=jaarcijfers`: the figures per year; otherwise the support money per board, or the
/// reason the payments could not be computed.
pub(super) fn tabel(
    tabel: Option<&str>,
    swv: &SwvCode,
    schooljaar: Schooljaar,
    jaren: &[Jaarcijfers],
    betalingen: Result<Betalingen, String>,
) -> Result<Tabel, WebError> {
    Ok(if tabel == Some("jaarcijfers") {
        let mut t = Tabel::new(
            &format!("jaarcijfers-{swv}"),
            &[
                "jaar",
                "baten",
                "lasten",
                "reserve",
                "signaleringswaarde",
                "boven_signaleringswaarde",
            ],
        );
        for j in jaren {
            t.rij(vec![
                Cel::Getal(i64::from(j.jaar)),
                j.baten.into(),
                j.lasten.into(),
                j.reserve.into(),
                j.toets.signaleringswaarde.into(),
                j.toets.boven.into(),
            ]);
        }
        t
    } else {
        let b = betalingen.map_err(WebError::Ongeldig)?;
        let mut t = Tabel::new(
            &format!("ondersteuningsmiddelen-per-bestuur-{swv}-{schooljaar}"),
            &["bevoegd_gezag", "bestuur", "betaald"],
        );
        for (bg, n, tot) in &b.per_bestuur {
            t.rij(vec![bg.clone().into(), n.clone().into(), (*tot).into()]);
        }
        t
    })
}

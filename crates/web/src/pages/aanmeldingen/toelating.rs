//! The TLV the admitting school needs, in words, on its registration page.

use crate::format::datum;
use jiff::civil::Date;
use passend_store::TlvVoorToelating;

/// One TLV as the registration page shows it.
pub struct TlvRegel {
    pub status: &'static str,
    pub soort: &'static str,
    pub categorie: String,
    pub periode: String,
    pub nummer: String,
    pub swv: String,
}

pub fn tlv_regel(t: &TlvVoorToelating, today: Date) -> TlvRegel {
    let dag = |d: Option<Date>| d.map(datum).unwrap_or_else(|| "—".into());
    TlvRegel {
        status: t.status(today),
        soort: t.soort.schoolsoort().omschrijving(),
        categorie: t
            .categorie
            .map(|c| c.as_str().to_string())
            .unwrap_or_else(|| "—".into()),
        periode: format!("{} tot en met {}", dag(t.ingang), dag(t.einde)),
        nummer: match (&t.beschikkingsnummer, t.extern_) {
            (Some(n), _) => n.clone(),
            (None, true) => "afgegeven elders (uit het OSO-dossier)".into(),
            (None, false) => "—".into(),
        },
        swv: match &t.swv_naam {
            Some(n) => format!("{n} ({})", t.swv_code),
            None => format!("samenwerkingsverband {}", t.swv_code),
        },
    }
}

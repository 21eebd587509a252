//! "Who looked at this dossier", in words a parent understands.

use crate::format::datum;

/// One line of "who looked at this dossier", in words a parent understands.
pub struct InzageRegel {
    pub(super) wanneer: String,
    pub(super) wie: String,
    pub(super) organisatie: String,
    pub(super) wat: &'static str,
}

impl From<passend_store::Inzage> for InzageRegel {
    fn from(i: passend_store::Inzage) -> Self {
        let wanneer = i
            .tijdstip
            .parse::<jiff::Timestamp>()
            .ok()
            .and_then(|t| t.in_tz("Europe/Amsterdam").ok())
            .map(|z| format!("{} om {:02}:{:02}", datum(z.date()), z.hour(), z.minute()))
            .unwrap_or(i.tijdstip);
        let wie = crate::toegang::rol_omschrijving(i.rol);
        let wat = match i.actie.as_str() {
            "lezen" => "heeft het dossier bekeken",
            "aanmaken" => "heeft gegevens toegevoegd",
            "wijzigen" => "heeft gegevens gewijzigd",
            "exporteren" => "heeft gegevens uitgevoerd",
            _ => "heeft het dossier gebruikt",
        };
        Self {
            wanneer,
            wie,
            organisatie: i.organisatie,
            wat,
        }
    }
}

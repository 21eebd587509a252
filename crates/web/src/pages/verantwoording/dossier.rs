//! Disputes and TLV bezwaren as a pupil's dossier shows them.

use super::dag;
use crate::format::datum;
use crate::{AppState, WebError};
use jiff::civil::Date;
use passend_domain::verantwoording::GeschilSoort;
use passend_store::Tlv;
use passend_store::verantwoording::Geschil;

pub struct GeschilView {
    pub(crate) g: Geschil,
    pub(crate) ingediend: String,
    pub(crate) uiterlijk: String,
    pub(crate) oordeel_datum: String,
    pub(crate) reactie_datum: String,
    pub(crate) te_laat: bool,
    pub(crate) commissie: bool,
}

impl GeschilView {
    pub fn new(g: Geschil, today: Date) -> Self {
        Self {
            ingediend: datum(g.ingediend_op),
            uiterlijk: dag(&g.oordeel_uiterlijk),
            oordeel_datum: dag(&g.oordeel_datum),
            reactie_datum: dag(&g.reactie_datum),
            te_laat: g.oordeel_te_laat(today),
            commissie: GeschilSoort::parse(&g.soort).is_some_and(|s| s.geschillencommissie()),
            g,
        }
    }
}

/// A TLV bezwaar (issue 5) shown beside the disputes.
pub struct BezwaarView {
    pub(crate) tlv: i64,
    pub(crate) naam: String,
    pub(crate) ingediend: String,
    pub(crate) beslissen_uiterlijk: String,
    pub(crate) advies: bool,
    pub(crate) uitkomst: String,
}

/// The disputes and TLV bezwaren of a pupil whose dossier the caller has just read (the
/// read is logged there), for the dossier page that parents see too.
pub async fn voor_dossier(
    state: &AppState,
    wie: &passend_store::Verzoeker,
    leerling: passend_store::LeerlingId,
    today: Date,
) -> Result<(Vec<GeschilView>, Vec<BezwaarView>), WebError> {
    let geschillen = state
        .store
        .verantwoording()
        .geschillen_van(wie, leerling, today, "/leerlingen/{id}")
        .await?
        .into_iter()
        .map(|g| GeschilView::new(g, today))
        .collect();
    let tlvs = state
        .store
        .tlvs()
        .tlvs_voor(wie, leerling, today, "/leerlingen/{id}")
        .await?;
    Ok((geschillen, bezwaren(&tlvs)))
}

pub fn bezwaren(tlvs: &[Tlv]) -> Vec<BezwaarView> {
    tlvs.iter()
        .flat_map(|t| {
            t.bezwaren.iter().map(|b| BezwaarView {
                tlv: t.id,
                naam: t.naam.clone(),
                ingediend: datum(b.ingediend_op),
                beslissen_uiterlijk: b
                    .klok
                    .as_ref()
                    .map(|k| datum(k.beslissen_uiterlijk))
                    .unwrap_or_default(),
                advies: b.advies.is_some(),
                uitkomst: b
                    .uitkomst
                    .clone()
                    .unwrap_or_else(|| "nog niet beslist".into()),
            })
        })
        .collect()
}

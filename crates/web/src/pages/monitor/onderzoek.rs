//! `/monitor/onderzoek`: the pseudonymous research extract (ministerie only).

use super::MonitorQuery;
use crate::export::{Cel as ExportCel, Formaat, Tabel};
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, vandaag};
use axum::extract::{Query, State};
use passend_domain::Schooljaar;
use passend_store::monitor::ExtractRegel;

/// The research extract (ministerie only): pseudonymous keys and coarse attributes, as CSV
/// unless `formaat=xlsx`. The store checks the role and writes the audit entry.
pub async fn onderzoek(
    State(state): State<AppState>,
    g: Gebruiker,
    Query(q): Query<MonitorQuery>,
) -> Page {
    let formaat = Formaat::van(q.formaat.as_deref())?.unwrap_or(Formaat::Csv);
    let today = vandaag();
    let (sj, _) =
        passend_store::MonitorStore::monitor_invoer(q.schooljaar.as_deref(), None, today)?;
    let regels = state
        .store
        .monitor()
        .onderzoeksextract(&g.verzoeker, sj, today, "/monitor/onderzoek")
        .await?;
    let t = onderzoek_tabel(sj, regels);
    // The store already wrote the export to the audit log.
    crate::export::bestand(&t, formaat)
}

/// The research extract as a table: the page's download and the API's file alike.
pub fn onderzoek_tabel(sj: Schooljaar, regels: Vec<ExtractRegel>) -> Tabel {
    let mut t = Tabel::new(
        &format!("onderzoek-{sj}"),
        &[
            "pseudoniem",
            "schooljaar",
            "samenwerkingsverband",
            "schoolsoort",
            "geboortejaar",
            "opp",
            "tlv",
            "arrangement_toegekend",
            "thuiszitter_langer_dan_3_maanden",
        ],
    );
    let jn = |b: bool| ExportCel::from(if b { "ja" } else { "nee" });
    for r in regels {
        t.rij(vec![
            r.pseudoniem.into(),
            r.schooljaar.into(),
            r.swv.into(),
            r.schoolsoort.into(),
            i64::from(r.geboortejaar).into(),
            jn(r.opp),
            r.tlv.into(),
            jn(r.arrangement_toegekend),
            jn(r.thuiszitter_langer_dan_3_maanden),
        ]);
    }
    t
}

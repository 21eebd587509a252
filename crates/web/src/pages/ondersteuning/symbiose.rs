//! Recording a symbiose agreement between a (v)so and a regular school.

use super::terug;
use crate::csrf::CsrfForm;
use crate::pages::{Page, leerling_id};
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use axum::extract::{Path, State};
use passend_domain::Schooljaar;
use passend_store::NieuweSymbiose;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct SymbioseForm {
    regulier_vestiging: String,
    van: String,
    tot: String,
    #[serde(default)]
    vakken: String,
    rooster_minuten: String,
    #[serde(default)]
    begeleiding: String,
    #[serde(default)]
    vergoeding_materiaal: String,
    #[serde(default)]
    vergoeding_lokalen: String,
    #[serde(default)]
    uitleg: String,
}

/// "rekenen 120; taal 90" → [(rekenen, 120), (taal, 90)].
fn vakken(s: &str) -> Result<Vec<(String, u32)>, WebError> {
    s.split([';', '\n'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| {
            let (vak, min) = t.rsplit_once(' ').ok_or_else(|| {
                WebError::Ongeldig(format!(
                    "vak '{t}': schrijf het vak en de minuten per week, zoals 'rekenen 120'"
                ))
            })?;
            let m = min.trim().parse::<u32>().map_err(|_| {
                WebError::Ongeldig(format!("vak '{t}': '{min}' is geen aantal minuten"))
            })?;
            Ok((vak.trim().to_string(), m))
        })
        .collect()
}

pub async fn symbiose(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<SymbioseForm>,
) -> Page {
    let id = leerling_id(&id)?;
    let jaar = |s: &str| Schooljaar::parse(s).map_err(|e| WebError::Ongeldig(e.to_string()));
    let n = NieuweSymbiose {
        regulier_vestiging: f.regulier_vestiging,
        van: jaar(&f.van)?,
        tot: jaar(&f.tot)?,
        vakken: vakken(&f.vakken)?,
        rooster_minuten: f.rooster_minuten.trim().parse().map_err(|_| {
            WebError::Ongeldig(format!(
                "weekrooster: '{}' is geen aantal minuten",
                f.rooster_minuten
            ))
        })?,
        begeleiding: f.begeleiding,
        vergoeding_materiaal: f.vergoeding_materiaal,
        vergoeding_lokalen: f.vergoeding_lokalen,
        uitleg: f.uitleg,
    };
    state
        .store
        .arrangementen()
        .leg_symbiose_vast(
            &g.verzoeker,
            id,
            &n,
            crate::vandaag(),
            "/leerlingen/{id}/symbiose",
        )
        .await?;
    terug(id)
}

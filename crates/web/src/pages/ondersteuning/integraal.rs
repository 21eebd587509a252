//! Recording an integral education-care arrangement (one table).

use super::{tekst, terug};
use crate::AppState;
use crate::csrf::CsrfForm;
use crate::pages::{Page, datum_of_leeg, datum_veld, leerling_id};
use crate::session::Gebruiker;
use axum::extract::{Path, State};
use passend_domain::arrangement::{Onderdeel, Partij};
use passend_store::NieuwIntegraal;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct IntegraalForm {
    datum: String,
    #[serde(default)]
    verslag: String,
    #[serde(flatten)]
    rest: std::collections::HashMap<String, String>,
}

pub async fn integraal(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<IntegraalForm>,
) -> Page {
    let id = leerling_id(&id)?;
    let deelnemers = Partij::ALL
        .into_iter()
        .filter(|p| f.rest.contains_key(&format!("partij_{}", p.as_str())))
        .collect();
    let mut afspraken = Vec::new();
    for o in Onderdeel::ALL {
        let veld = |k: &str| {
            f.rest
                .get(&format!("{k}_{}", o.as_str()))
                .map(|v| tekst(v))
                .unwrap_or_default()
        };
        let afspraak = veld("afspraak");
        if afspraak.is_empty() {
            continue;
        }
        afspraken.push((
            o,
            afspraak,
            veld("eigenaar"),
            datum_of_leeg(&veld("datum"), o.as_str())?,
        ));
    }
    let n = NieuwIntegraal {
        datum: datum_veld(&f.datum, "datum van het overleg")?,
        deelnemers,
        verslag: f.verslag,
        afspraken,
    };
    state
        .store
        .arrangementen()
        .leg_integraal_vast(
            &g.verzoeker,
            id,
            &n,
            crate::vandaag(),
            "/leerlingen/{id}/integraal",
        )
        .await?;
    terug(id)
}

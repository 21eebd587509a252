//! A new version of the ontwikkelingsperspectiefplan (OPP).

use super::{tekst, terug};
use crate::csrf::CsrfForm;
use crate::pages::{Page, datum_of_leeg, leerling_id};
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use axum::extract::{Path, State};
use passend_domain::ondersteuning::{Domein, Niveau};
use passend_domain::opp::Uitstroom;
use passend_store::{Doel, NieuweOppVersie};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct OppForm {
    uitstroom: String,
    #[serde(default)]
    belemmerend: String,
    #[serde(default)]
    bevorderend: String,
    #[serde(default)]
    overleg_ouders: String,
    #[serde(default)]
    overleg_verslag: String,
    #[serde(default)]
    stem_kind: String,
    #[serde(flatten)]
    rest: std::collections::HashMap<String, String>,
}

type Behoeften = Vec<(Domein, Niveau)>;

/// Needs per domain (`niveau_<domein>`) and up to five goals (`doel_N`, `ondersteuning_N`,
/// `wie_N`, `frequentie_N`) come as numbered fields.
fn behoeften_en_doelen(
    rest: &std::collections::HashMap<String, String>,
) -> Result<(Behoeften, Vec<Doel>), WebError> {
    let mut behoeften = Vec::new();
    for d in Domein::ALL {
        let key = format!("niveau_{}", d.as_str());
        if let Some(v) = rest
            .get(&key)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty() && *v != "0")
        {
            let n: i64 = v.parse().map_err(|_| {
                WebError::Ongeldig(format!("{}: '{v}' is geen niveau 1–7", d.as_str()))
            })?;
            behoeften.push((
                d,
                Niveau::new(n).map_err(|e| WebError::Ongeldig(e.to_string()))?,
            ));
        }
    }
    let mut doelen = Vec::new();
    for n in 1..=5 {
        let veld = |k: &str| {
            rest.get(&format!("{k}_{n}"))
                .map(|v| tekst(v))
                .unwrap_or_default()
        };
        let doel = Doel {
            doel: veld("doel"),
            ondersteuning: veld("ondersteuning"),
            wie: veld("wie"),
            frequentie: veld("frequentie"),
        };
        let leeg = [&doel.doel, &doel.ondersteuning, &doel.wie, &doel.frequentie]
            .iter()
            .all(|t| t.is_empty());
        if !leeg {
            doelen.push(doel);
        }
    }
    Ok((behoeften, doelen))
}

pub async fn opp(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<OppForm>,
) -> Page {
    let id = leerling_id(&id)?;
    let (behoeften, doelen) = behoeften_en_doelen(&f.rest)?;
    let v = NieuweOppVersie {
        uitstroom: Uitstroom::parse(&f.uitstroom).map_err(|e| WebError::Ongeldig(e.to_string()))?,
        belemmerend: f.belemmerend,
        bevorderend: f.bevorderend,
        behoeften,
        doelen,
        overleg_ouders: datum_of_leeg(&f.overleg_ouders, "overleg met de ouders")?,
        overleg_verslag: f.overleg_verslag,
        // The parents consent themselves, or the school records their signed form.
        instemming_ouders: None,
        stem_kind: f.stem_kind,
    };
    state
        .store
        .opps()
        .stel_opp_vast(
            &g.verzoeker,
            id,
            &v,
            crate::vandaag(),
            "/leerlingen/{id}/opp",
        )
        .await?;
    terug(id)
}

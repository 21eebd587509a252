//! The forms on a child's support page that only a parent with gezag gets.

use crate::AppState;
use crate::WebError;
use crate::csrf::CsrfForm;
use crate::formulier::ingevuld;
use crate::pages::{Page, leerling_id};
use crate::session::Gebruiker;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use passend_store::{LeerlingId, Onderwerp, OppAntwoord, Zienswijze};
use serde::Deserialize;

fn terug(id: LeerlingId) -> Page {
    Ok(Redirect::to(&format!("/leerlingen/{}/ondersteuning#ouders", id.0)).into_response())
}

fn nummer(s: &str, wat: &str) -> Result<i64, WebError> {
    s.trim()
        .parse()
        .map_err(|_| WebError::Ongeldig(format!("{wat}: geen geldig nummer")))
}

/// What a step is about, from the form's `onderwerp`, `onderwerp_id` and `versie`.
fn onderwerp(soort: &str, id: &str, versie: &str) -> Result<Onderwerp, WebError> {
    let id = nummer(id, "onderwerp")?;
    match soort {
        "opp" => Ok(Onderwerp::Opp {
            opp_id: id,
            versie: nummer(versie, "versie")?,
        }),
        "arrangement" => Ok(Onderwerp::Arrangement(id)),
        "tlv" => Ok(Onderwerp::Tlv(id)),
        _ => Err(WebError::Ongeldig("onbekend onderwerp".into())),
    }
}

#[derive(Deserialize)]
pub struct AntwoordForm {
    opp: String,
    versie: String,
    antwoord: String,
    #[serde(default)]
    reden: String,
}

/// `POST /leerlingen/{id}/opp/antwoord`: instemming with the handelingsdeel, or not.
pub async fn opp_antwoord(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<AntwoordForm>,
) -> Page {
    let id = leerling_id(&id)?;
    let antwoord = match f.antwoord.as_str() {
        "instemming" => OppAntwoord::Instemming,
        _ => OppAntwoord::GeenInstemming(f.reden),
    };
    state
        .store
        .ouders()
        .opp_antwoord(
            &g.verzoeker,
            id,
            onderwerp("opp", &f.opp, &f.versie)?,
            &antwoord,
            crate::vandaag(),
            "/leerlingen/{id}/opp/antwoord",
        )
        .await?;
    terug(id)
}

#[derive(Deserialize)]
pub struct ZienswijzeForm {
    onderwerp: String,
    onderwerp_id: String,
    #[serde(default)]
    versie: String,
    #[serde(default)]
    zienswijze: String,
    #[serde(default)]
    stem_kind: String,
}

/// `POST /leerlingen/{id}/zienswijze`: the parents' view and the child's own view.
pub async fn zienswijze(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<ZienswijzeForm>,
) -> Page {
    let id = leerling_id(&id)?;
    let z = Zienswijze {
        ouders: ingevuld(&f.zienswijze).unwrap_or_default().to_string(),
        kind: ingevuld(&f.stem_kind).unwrap_or_default().to_string(),
    };
    state
        .store
        .ouders()
        .geef_zienswijze(
            &g.verzoeker,
            id,
            onderwerp(&f.onderwerp, &f.onderwerp_id, &f.versie)?,
            &z,
            crate::vandaag(),
            "/leerlingen/{id}/zienswijze",
        )
        .await?;
    terug(id)
}

#[derive(Deserialize)]
pub struct OndertekenForm {
    tlv: String,
}

/// `POST /leerlingen/{id}/tlv/ondertekening`: the parent signs the TLV request.
pub async fn onderteken_tlv(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<OndertekenForm>,
) -> Page {
    let id = leerling_id(&id)?;
    state
        .store
        .ouders()
        .onderteken_tlv(
            &g.verzoeker,
            id,
            nummer(&f.tlv, "aanvraag")?,
            crate::vandaag(),
            "/leerlingen/{id}/tlv/ondertekening",
        )
        .await?;
    terug(id)
}

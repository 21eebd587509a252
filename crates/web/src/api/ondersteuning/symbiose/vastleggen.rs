//! A new symbiose agreement.

use super::schema::{Symbiose, SymbioseVak};
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::{Aangemaakt, aangemaakt, nummer, veld};
use crate::api::problem::{ApiError, Probleem};
use axum::extract::{Path, State};
use passend_domain::{Schooljaar, VestigingCode};
use passend_store::{LeerlingId, NieuweSymbiose};
use serde::Deserialize;
use utoipa::ToSchema;

/// Een symbiose-overeenkomst zoals de (v)so-school die vastlegt.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"regulierVestiging": "90AA00", "van": "2026-2027", "tot": "2027-2028",
    "vakken": [{"vak": "rekenen", "minuten": 180}, {"vak": "gym", "minuten": 90}], "roosterMinuten": 1500,
    "begeleiding": "ambulant begeleider 1 uur per week in de klas",
    "vergoedingMateriaal": "150.00 per jaar", "vergoedingLokalen": "geen"}))]
pub struct SymbioseInvoer {
    /// Vestigingscode van de reguliere school (bao, sbo of vo).
    pub regulier_vestiging: String,
    /// Eerste schooljaar, zoals 2026-2027.
    pub van: String,
    /// Laatste schooljaar: ten minste het schooljaar na `van`.
    pub tot: String,
    /// Ten minste 180 minuten per week samen.
    pub vakken: Vec<SymbioseVak>,
    pub rooster_minuten: u32,
    /// Hoe de (v)so-school aanwezig is of begeleidt.
    pub begeleiding: String,
    pub vergoeding_materiaal: Option<String>,
    pub vergoeding_lokalen: Option<String>,
    /// Nodig als de reguliere school meer dan 60% van de lesuren geeft.
    pub uitleg: Option<String>,
}

/// Een symbiose-overeenkomst vastleggen (de (v)so-school waar de leerling is ingeschreven).
#[utoipa::path(
    post,
    path = "/leerlingen/{id}/symbiose",
    tag = "ondersteuning",
    operation_id = "symbioseVastleggen",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    request_body = SymbioseInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Vastgelegd", body = Symbiose,
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Location" = String, description = "De overeenkomsten van de leerling"))),
        (status = 400, description = "Niet toegestaan: te weinig minuten, korter dan twee schooljaren, meer dan 60% zonder uitleg", body = Probleem,
         content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Ongeldige invoer", "status": 400,
             "detail": "symbiose is ten minste 180 minuten per week onderwijs op de andere school; 179 minuten is te weinig (ObWEC art. 11)"})),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn vastleggen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(s): ApiJson<SymbioseInvoer>,
) -> Result<Aangemaakt<Symbiose>, ApiError> {
    let leerling = LeerlingId(nummer(&id)?);
    let regulier =
        VestigingCode::parse(&s.regulier_vestiging).map_err(|e| veld("regulierVestiging", e))?;
    let nieuw = NieuweSymbiose {
        regulier_vestiging: regulier.as_str().to_string(),
        van: Schooljaar::parse(&s.van).map_err(|e| veld("van", e))?,
        tot: Schooljaar::parse(&s.tot).map_err(|e| veld("tot", e))?,
        vakken: s.vakken.into_iter().map(|v| (v.vak, v.minuten)).collect(),
        rooster_minuten: s.rooster_minuten,
        begeleiding: s.begeleiding,
        vergoeding_materiaal: s.vergoeding_materiaal.unwrap_or_default(),
        vergoeding_lokalen: s.vergoeding_lokalen.unwrap_or_default(),
        uitleg: s.uitleg.unwrap_or_default(),
    };
    let id = state
        .store
        .arrangementen()
        .leg_symbiose_vast(
            &g.verzoeker,
            leerling,
            &nieuw,
            crate::vandaag(),
            "/api/v1/leerlingen/{id}/symbiose",
        )
        .await?;
    let made = state
        .store
        .arrangementen()
        .symbioses_van(
            &g.verzoeker,
            leerling,
            crate::vandaag(),
            "/api/v1/leerlingen/{id}/symbiose",
        )
        .await?
        .into_iter()
        .find(|s| s.id == id)
        .ok_or_else(ApiError::not_found)?;
    Ok(aangemaakt(
        format!("/api/v1/leerlingen/{}/symbiose", leerling.0),
        made.into(),
    ))
}

//! A final verwijdering recorded by the pupil's school.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::nummer;
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::leerling::VerwijderingVelden;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use passend_store::LeerlingId;
use serde::Deserialize;
use utoipa::ToSchema;

/// Een definitieve verwijdering (WPO art. 40 lid 11 en 63; WEC art. 40 lid 18 en 61; WVO
/// art. 27 lid 1 met IbWVO art. 14 en 15).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"datum": "2026-12-01", "leraarGehoord": true, "oudersGehoord": true,
    "andereSchool": "90AB00 bereid toe te laten (brief 25 november)", "overlegInspectie": true,
    "stemKind": "gehoord op 24 november",
    "reden": "herhaald ernstig geweld tegen medeleerlingen"}))]
pub struct VerwijderingInvoer {
    /// Dag waarop de inschrijving eindigt, JJJJ-MM-DD.
    #[schema(format = Date)]
    pub datum: String,
    /// De betrokken leraar is gehoord (po, (v)so: WPO art. 40 lid 11, WEC art. 40 lid 18).
    pub leraar_gehoord: bool,
    /// De ouders zijn gehoord (vo: leerling jonger dan 18, IbWVO art. 14 lid 1; po, (v)so:
    /// WPO art. 63 lid 2, WEC art. 61 lid 2).
    #[serde(default)]
    pub ouders_gehoord: bool,
    /// De andere school die bereid is de leerling toe te laten (po: elke leerling; (v)so en
    /// vo: een leerling op wie de Leerplichtwet 1969 van toepassing is); leeg als geen.
    #[serde(default)]
    pub andere_school: String,
    /// Overleg met de inspectie (leerplichtige leerling in het VO, IbWVO art. 14 lid 2).
    pub overleg_inspectie: bool,
    /// Wat het kind zei, of waarom het niet is gehoord.
    pub stem_kind: String,
    /// De redenen van de school, voor de brief aan de ouders en de melding aan de inspectie
    /// (verplicht: IbWVO art. 14 lid 3 en 15; WPO art. 63 lid 2; WEC art. 61 lid 2).
    pub reden: String,
}

/// De school van de leerling legt een definitieve verwijdering vast; de inschrijving eindigt.
#[utoipa::path(
    post,
    path = "/leerlingen/{id}/verwijdering",
    tag = "leerlingen",
    operation_id = "verwijderingVastleggen",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    request_body = VerwijderingInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 204, description = "Vastgelegd; de inschrijving eindigt op de datum",
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet toegestaan, zoals zonder andere school", body = Probleem,
         content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Ongeldige invoer", "status": 400,
             "detail": "definitieve verwijdering pas als een andere school bereid is de leerling toe te laten (WPO art. 40 lid 11, voor elke leerling)"})),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet van uw school", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn verwijder(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(v): ApiJson<VerwijderingInvoer>,
) -> Result<StatusCode, ApiError> {
    let leerling = LeerlingId(nummer(&id)?);
    let nieuw = VerwijderingVelden {
        datum: Some(&v.datum),
        leraar_gehoord: v.leraar_gehoord,
        ouders_gehoord: v.ouders_gehoord,
        andere_school: &v.andere_school,
        overleg_inspectie: v.overleg_inspectie,
        stem_kind: &v.stem_kind,
        reden: &v.reden,
    }
    .lees()?;
    state
        .store
        .maatregelen()
        .verwijder(
            &g.verzoeker,
            leerling,
            &nieuw,
            crate::vandaag(),
            "/api/v1/leerlingen/{id}/verwijdering",
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

//! One pupil with enrolments and home samenwerkingsverband; the read is audited.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};
use passend_store::LeerlingId;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Inschrijving {
    pub vestiging: String,
    pub vestiging_naam: String,
    pub schoolsoort: String,
    #[schema(format = Date, value_type = String)]
    pub van: String,
    /// Laatste dag; leeg zolang de inschrijving loopt.
    #[schema(format = Date, value_type = Option<String>)]
    pub tot: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct WoonSamenwerkingsverband {
    pub po: String,
    pub vo: String,
}

/// Het basisdossier. Het BSN staat er niet in.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Leerling {
    pub id: i64,
    pub naam: String,
    #[schema(format = Date, value_type = String)]
    pub geboortedatum: String,
    pub postcode: String,
    pub gemeente: String,
    pub woon_samenwerkingsverband: WoonSamenwerkingsverband,
    pub ondersteuningsbehoefte: Option<String>,
    pub inschrijvingen: Vec<Inschrijving>,
}

/// Het basisdossier van één leerling binnen het werkgebied; het inzien wordt gelogd.
#[utoipa::path(
    get,
    path = "/leerlingen/{id}",
    tag = "leerlingen",
    operation_id = "leerling",
    params(("id" = i64, Path, description = "Intern nummer van de leerling (nooit het BSN)")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Het dossier", body = Leerling,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldig nummer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn leerling(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
) -> Result<Json<Leerling>, ApiError> {
    let id = id
        .parse::<i64>()
        .map_err(|_| ApiError::bad_request(format!("'{id}' is geen leerlingnummer")))?;
    let d = state
        .store
        .dossier_voor(
            &g.verzoeker,
            LeerlingId(id),
            crate::vandaag(),
            "/api/v1/leerlingen/{id}",
        )
        .await?;
    Ok(Json(Leerling {
        id,
        naam: d.leerling.naam,
        geboortedatum: d.leerling.geboortedatum.to_string(),
        postcode: d.leerling.postcode,
        gemeente: d.gemeente,
        woon_samenwerkingsverband: WoonSamenwerkingsverband {
            po: d.woon_swv.po.to_string(),
            vo: d.woon_swv.vo.to_string(),
        },
        ondersteuningsbehoefte: d.ondersteuningsbehoefte,
        inschrijvingen: d
            .inschrijvingen
            .into_iter()
            .map(|i| Inschrijving {
                vestiging: i.vestiging_code,
                vestiging_naam: i.vestiging_naam,
                schoolsoort: i.schoolsoort,
                van: i.van.to_string(),
                tot: i.tot.map(|d| d.to_string()),
            })
            .collect(),
    }))
}

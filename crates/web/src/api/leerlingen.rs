//! Leerlingen, only within the scope of the API key's account; every dossier read is
//! audited by the store.

use super::auth::ApiGebruiker;
use super::extract::ApiQuery;
use super::problem::{ApiError, Probleem};
use super::{PaginaInfo, Paginering};
use crate::AppState;
use axum::Json;
use axum::extract::{Path, State};
use passend_store::{LeerlingId, LeerlingRegel};
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct LeerlingSamenvatting {
    pub id: i64,
    pub naam: String,
    #[schema(format = Date, value_type = String)]
    pub geboortedatum: String,
}

impl From<LeerlingRegel> for LeerlingSamenvatting {
    fn from(l: LeerlingRegel) -> Self {
        Self {
            id: l.id.0,
            naam: l.naam,
            geboortedatum: l.geboortedatum.to_string(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct LeerlingLijst {
    pub leerlingen: Vec<LeerlingSamenvatting>,
    #[serde(flatten)]
    pub pagina: PaginaInfo,
}

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

/// De leerlingen binnen het werkgebied van de API-sleutel.
#[utoipa::path(
    get,
    path = "/leerlingen",
    tag = "leerlingen",
    operation_id = "leerlingen",
    params(Paginering),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Een pagina leerlingen", body = LeerlingLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige paginering", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn leerlingen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiQuery(paginering): ApiQuery<Paginering>,
) -> Result<Json<LeerlingLijst>, ApiError> {
    let (pagina, grootte) = paginering.checked()?;
    let (list, totaal) = state
        .store
        .leerlingen_voor(
            &g.verzoeker,
            crate::vandaag(),
            pagina,
            grootte,
            "/api/v1/leerlingen",
        )
        .await?;
    Ok(Json(LeerlingLijst {
        leerlingen: list.into_iter().map(LeerlingSamenvatting::from).collect(),
        pagina: PaginaInfo::new("/leerlingen", "", pagina, grootte, totaal),
    }))
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

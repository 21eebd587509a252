//! The TLVs of the caller's samenwerkingsverband.

use super::schema::Toelaatbaarheidsverklaring;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiQuery;
use crate::api::problem::{ApiError, Probleem};
use crate::api::{PaginaInfo, Paginering};
use axum::Json;
use axum::extract::State;
use passend_domain::Functie;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TlvLijst {
    pub toelaatbaarheidsverklaringen: Vec<Toelaatbaarheidsverklaring>,
    #[serde(flatten)]
    pub pagina: PaginaInfo,
}

/// Wat er over de eigen TLV-lijst bij het samenwerkingsverband ligt: open aanvragen eerst, dan
/// besluiten, nieuwste eerst. Voor andere rollen een lege lijst.
#[utoipa::path(
    get,
    path = "/tlvs",
    tag = "ondersteuning",
    operation_id = "toelaatbaarheidsverklaringen",
    params(Paginering),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Een pagina aanvragen en besluiten van het samenwerkingsverband dat beslist", body = TlvLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige paginering", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn swv_lijst(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiQuery(paginering): ApiQuery<Paginering>,
) -> Result<Json<TlvLijst>, ApiError> {
    let (pagina, grootte) = paginering.checked()?;
    let alle = if g.mag(Functie::TlvBeslissen) {
        state
            .store
            .tlvs()
            .tlvs_van_swv(&g.verzoeker, crate::vandaag(), "/api/v1/tlvs")
            .await?
    } else {
        Vec::new()
    };
    let totaal = alle.len() as i64;
    Ok(Json(TlvLijst {
        toelaatbaarheidsverklaringen: alle
            .into_iter()
            .skip(((pagina - 1) * grootte) as usize)
            .take(grootte as usize)
            .map(Toelaatbaarheidsverklaring::voor)
            .collect(),
        pagina: PaginaInfo::new("/tlvs", "", pagina, grootte, totaal),
    }))
}

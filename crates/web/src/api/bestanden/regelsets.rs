//! The bekostiging rule sets: shipped with passend and added by the beheerder.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::State;
use passend_domain::Functie;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct MeegeleverdeRegelset {
    #[schema(example = "2026-2027")]
    pub schooljaar: String,
    /// De regeling waarop de bedragen berusten.
    pub regeling: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ToegevoegdeRegelset {
    #[schema(example = "2027-2028")]
    pub schooljaar: String,
    /// De bestandsnaam waaronder de beheerder de regelset toevoegde.
    pub bestand: String,
    /// Wanneer (UTC, RFC 3339).
    #[schema(format = DateTime, value_type = String)]
    pub aangemaakt: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Regelsets {
    /// De regelsets met bronnen die passend meelevert; die worden niet vervangen.
    pub meegeleverd: Vec<MeegeleverdeRegelset>,
    /// De regelsets die de beheerder toevoegde, voor andere schooljaren.
    pub toegevoegd: Vec<ToegevoegdeRegelset>,
}

/// De regelsets voor de bekostiging: de meegeleverde en de toegevoegde, zoals de pagina
/// /beheer/regelsets ze toont. Alleen voor de beheerder.
#[utoipa::path(
    get,
    path = "/regelsets",
    tag = "beheer",
    operation_id = "regelsets",
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De regelsets, per schooljaar", body = Regelsets,
         headers(("API-Version" = String, description = "Versie van de API")),
         example = json!({
             "meegeleverd": [{"schooljaar": "2015-2016", "regeling": "R1516 = Regeling bekostiging personeel PO 2015–2016 …"}],
             "toegevoegd": [{"schooljaar": "2027-2028", "bestand": "2027-2028.json", "aangemaakt": "2026-11-22T09:14:03Z"}]
         })),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor de beheerder", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn regelsets(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
) -> Result<Json<Regelsets>, ApiError> {
    // A beheer list: anyone else gets "not found", as on the page.
    g.api_vereist(Functie::Beheer)?;
    Ok(Json(Regelsets {
        meegeleverd: crate::pages::geld::meegeleverde_regelsets()
            .into_iter()
            .map(|(schooljaar, regeling)| MeegeleverdeRegelset {
                schooljaar,
                regeling,
            })
            .collect(),
        toegevoegd: crate::pages::geld::toegevoegde_regelsets(&state)
            .await?
            .into_iter()
            .map(|(schooljaar, bestand, aangemaakt)| ToegevoegdeRegelset {
                schooljaar,
                bestand,
                aangemaakt,
            })
            .collect(),
    }))
}

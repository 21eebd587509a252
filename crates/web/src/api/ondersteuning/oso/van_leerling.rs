//! The received dossiers of one pupil.

use super::dossier::{BeperktGegeven, OsoDossier};
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::ondersteuning::{nummer, opt_dag};
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};
use passend_store::LeerlingId;
use serde::Serialize;
use utoipa::ToSchema;

/// De ontvangen OSO-dossiers van een leerling, nieuwste eerst.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
#[schema(example = json!({"osoDossiers": [{"id": 3, "vestiging": "00YY00", "samenwerkingsverband": "PO2605",
    "ontvangen": "2026-11-22", "nietGeleverd": ["Ouderinzage"],
    "verzuim": "2 meldingen, 14 uur ongeoorloofd", "zienswijze": null,
    "historie": [{"van": "2024-08-19", "tot": "2025-07-11", "omschrijving": "handelingsplan lezen"}],
    "bijlagen": [{"id": 41, "naam": "groeidocument.pdf", "mime": "application/pdf", "grootte": 48213,
        "href": "/api/v1/bijlagen/41"}]}],
    "beperkteGegevens": [{"soort": "diagnose", "omschrijving": "dyslexie", "datum": "2024-03-01"}]}))]
pub struct OsoDossiersVanLeerling {
    pub oso_dossiers: Vec<OsoDossier>,
    /// Diagnoses en medische gegevens: alleen voor het samenwerkingsverband, de gevraagde
    /// deskundigen en de ouders; voor anderen ontbreekt dit veld.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beperkte_gegevens: Option<Vec<BeperktGegeven>>,
}

/// De OSO-dossiers die voor een leerling binnenkwamen, zoals de dossierpagina ze toont: van
/// wie, wanneer, welke categorieën niet geleverd zijn, verzuim, zienswijze van de ouders,
/// ondersteuningshistorie en bijlagen; met de beperkt zichtbare gegevens voor wie die mag
/// zien. Het inzien wordt gelogd.
#[utoipa::path(
    get,
    path = "/leerlingen/{id}/oso-dossiers",
    tag = "ondersteuning",
    operation_id = "osoDossiersVanLeerling",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De ontvangen dossiers", body = OsoDossiersVanLeerling,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen nummer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn van_leerling(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
) -> Result<Json<OsoDossiersVanLeerling>, ApiError> {
    let leerling = LeerlingId(nummer(&id)?);
    let today = crate::vandaag();
    let store = &state.store;
    // As the dossier page: the scoped, logged read first, then what it may show.
    store
        .dossier_voor(
            &g.verzoeker,
            leerling,
            today,
            "/api/v1/leerlingen/{id}/oso-dossiers",
        )
        .await?;
    let beperkt = store
        .oso()
        .beperkte_gegevens_voor(&g.verzoeker, leerling, today)
        .await?;
    let dossiers = store
        .oso()
        .oso_dossiers_van(
            &g.verzoeker,
            leerling,
            today,
            "/api/v1/leerlingen/{id}/oso-dossiers",
        )
        .await?;
    Ok(Json(OsoDossiersVanLeerling {
        oso_dossiers: dossiers.into_iter().map(OsoDossier::from).collect(),
        beperkte_gegevens: beperkt.map(|lijst| {
            lijst
                .into_iter()
                .map(|b| BeperktGegeven {
                    soort: b.soort,
                    omschrijving: b.omschrijving,
                    datum: opt_dag(b.datum),
                })
                .collect()
        }),
    }))
}

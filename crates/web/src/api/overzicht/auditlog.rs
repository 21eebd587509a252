//! The audit log (tag `beheer`).

use super::auditlog_params::{AuditlogParams, leeg};
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiQuery;
use crate::api::problem::{ApiError, Probleem};
use crate::api::{PaginaInfo, Paginering};
use axum::Json;
use axum::extract::State;
use passend_store::AuditFilter;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AuditlogRegel {
    pub id: i64,
    /// Tijdstip (UTC, RFC 3339).
    pub tijdstip: String,
    pub gebruikersnaam: String,
    pub rol: String,
    /// Het werkgebied van de rol (vestiging, bestuur, samenwerkingsverband, gemeente).
    pub scope: Option<String>,
    pub leerling: Option<i64>,
    pub actie: String,
    pub route: String,
    /// Wat er veranderde, als tekst; leeg bij lezen.
    pub wijzigingen: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AuditlogLijst {
    pub regels: Vec<AuditlogRegel>,
    #[serde(flatten)]
    pub pagina: PaginaInfo,
}

/// Het auditlog, nieuwste eerst, met dezelfde filters als de pagina /beheer/audit.
/// Alleen voor de beheerder.
#[utoipa::path(
    get,
    path = "/auditlog",
    tag = "beheer",
    operation_id = "auditlog",
    params(AuditlogParams),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Een pagina van het auditlog", body = AuditlogLijst,
         headers(("API-Version" = String, description = "Versie van de API")),
         example = json!({
             "regels": [{"id": 812, "tijdstip": "2026-11-22T09:14:03Z", "gebruikersnaam": "swv-po", "rol": "swv",
                         "scope": "PO2605", "leerling": 373, "actie": "lezen", "route": "/leerlingen/{id}", "wijzigingen": null}],
             "pagina": 1, "paginaGrootte": 50, "totaal": 1,
             "_links": {"self": {"href": "/api/v1/auditlog?actie=lezen&pagina=1&paginaGrootte=50"}}
         })),
        (status = 400, description = "Ongeldige datum, leerlingnummer, paginering of onbekende parameter", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor de beheerder", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn auditlog(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiQuery(q): ApiQuery<AuditlogParams>,
) -> Result<Json<AuditlogLijst>, ApiError> {
    let (pagina, grootte) = Paginering {
        pagina: q.pagina,
        pagina_grootte: q.pagina_grootte,
    }
    .checked()?;
    let filter = AuditFilter {
        gebruikersnaam: leeg(q.gebruiker),
        leerling_id: q.leerling,
        actie: leeg(q.actie),
        van: leeg(q.van),
        tot: leeg(q.tot),
    };
    let (regels, totaal) = state
        .store
        .zoek_audit(&g.verzoeker, &filter, pagina, grootte)
        .await?;
    // The filters again in the links, so that next and prev stay within them.
    let mut extra = String::new();
    for (naam, waarde) in [
        ("gebruiker", filter.gebruikersnaam.clone()),
        ("leerling", filter.leerling_id.map(|l| l.to_string())),
        ("actie", filter.actie.clone()),
        ("van", filter.van.clone()),
        ("tot", filter.tot.clone()),
    ] {
        if let Some(w) = waarde {
            extra.push_str(&serde_urlencoded::to_string([(naam, w)]).unwrap_or_default());
            extra.push('&');
        }
    }
    Ok(Json(AuditlogLijst {
        regels: regels
            .into_iter()
            .map(|r| AuditlogRegel {
                id: r.id,
                tijdstip: r.tijdstip,
                gebruikersnaam: r.gebruikersnaam,
                rol: r.rol,
                scope: r.scope,
                leerling: r.leerling_id,
                actie: r.actie,
                route: r.route,
                wijzigingen: r.wijzigingen,
            })
            .collect(),
        pagina: PaginaInfo::new("/auditlog", &extra, pagina, grootte, totaal),
    }))
}

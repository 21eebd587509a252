//! A school's roster as an EDEXML file.

use super::edexml_antwoord::EdexmlIngelezen;
use super::eigen_vestiging;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use passend_domain::Functie;

/// Het leerlingenbestand van de eigen vestiging inlezen (EDEXML 2.1, de export van de
/// leerlingadministratie), zoals de pagina /edexml: gecontroleerd tegen het officiële
/// schema, dan in één transactie opgeslagen. Een geweigerd bestand noemt elk probleem met
/// zijn regel of de leerling; er wordt dan niets opgeslagen. Alleen voor scholen.
#[utoipa::path(
    post,
    path = "/edexml",
    tag = "leerlingen",
    operation_id = "edexmlInlezen",
    request_body(content = String, content_type = "application/xml",
        description = "Het EDEXML-bestand (versie 2.1) van de eigen vestiging",
        example = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EDEX>…</EDEX>"),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Ingelezen", body = EdexmlIngelezen,
         headers(("API-Version" = String, description = "Versie van de API")),
         example = json!({"vestiging": "90AA00",
             "leerlingen": {"nieuw": 3, "gewijzigd": 1, "ongewijzigd": 410, "verwijderd": 0},
             "groepen": {"nieuw": 0, "gewijzigd": 1, "ongewijzigd": 17, "verwijderd": 1},
             "roosterleerlingen": {"nieuw": 1, "gewijzigd": 0, "ongewijzigd": 0, "verwijderd": 2},
             "medewerkers": {"nieuw": 1, "gewijzigd": 0, "ongewijzigd": 32, "verwijderd": 0},
             "inschrijvingen": 3, "indelingen": 29, "uitgestroomd": 2,
             "waarschuwingen": ["leerling 4711 (regel 812) staat alleen in het rooster: passend mist nog een postcode"],
             "nietsGewijzigd": false})),
        (status = 400, description = "Ongeldig verzoek", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor scholen", body = Probleem, content_type = "application/problem+json"),
        (status = 413, description = "Groter dan 64 MB", body = Probleem, content_type = "application/problem+json"),
        (status = 422, description = "Bestand geweigerd; niets opgeslagen", body = Probleem, content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Bestand geweigerd", "status": 422,
             "detail": "leerling L1042: de postcode ligt niet in de regio-indeling passend onderwijs",
             "problemen": ["leerling L1042: de postcode ligt niet in de regio-indeling passend onderwijs"]})),
    )
)]
pub async fn edexml_inlezen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    body: Bytes,
) -> Result<Json<EdexmlIngelezen>, ApiError> {
    eigen_vestiging(&g, Functie::LeerlingenInlezen)?;
    let gelezen = crate::pages::edexml::lees(body)
        .await
        .map_err(|_| ApiError::bad_request("het bestand kon niet worden gelezen"))?;
    let rooster = gelezen.map_err(|a| ApiError::afgewezen("Bestand geweigerd", &a))?;
    let uitkomst = state
        .store
        .rooster()
        .importeer_edexml(
            &g.verzoeker,
            &rooster,
            crate::vandaag(),
            "/api/v1/edexml",
            &mut |_, _| {},
        )
        .await?;
    Ok(Json(uitkomst.into()))
}

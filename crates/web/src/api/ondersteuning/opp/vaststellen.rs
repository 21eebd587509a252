//! A new version of a pupil's ontwikkelingsperspectief.

use super::eigen_opp;
use super::invoer::{OppInvoer, nieuwe_versie_van};
use super::schema::Ontwikkelingsperspectief;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::{Aangemaakt, aangemaakt, nummer};
use crate::api::problem::{ApiError, Probleem};
use axum::extract::{Path, State};
use passend_store::LeerlingId;

/// Een nieuwe versie van het ontwikkelingsperspectief vaststellen (de school waar de leerling
/// is ingeschreven); de eerste versie maakt het aan. Oude versies blijven leesbaar.
#[utoipa::path(
    post,
    path = "/leerlingen/{id}/opp",
    tag = "ondersteuning",
    operation_id = "oppVaststellen",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    request_body(content = OppInvoer, example = json!({
        "uitstroom": "vmbo-kader", "belemmerend": "concentratie, leesachterstand",
        "bevorderend": "motivatie, steun thuis",
        "behoeften": [{"domein": "leren en ontwikkelen", "niveau": 4}],
        "doelen": [{"doel": "leest op AVI E5", "ondersteuning": "RT lezen", "wie": "remedial teacher",
                    "frequentie": "2 keer per week"}],
        "overlegOuders": "2026-11-18", "overlegVerslag": "ouders eens met de doelen",
        "stemKind": "wil graag meer tijd voor lezen"})),
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Vastgesteld; het ontwikkelingsperspectief op deze school met de nieuwe versie bovenaan",
         body = Ontwikkelingsperspectief,
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Location" = String, description = "De ontwikkelingsperspectieven van de leerling")),
         example = json!({"id": 1, "leerling": 417, "vestiging": "90AA00",
             "evaluatie": {"status": "op-orde", "uiterlijk": null, "schooljaar": null},
             "versies": [{"versie": 1, "vastgesteldOp": "2026-11-20", "uitstroom": "vmbo-kader",
                 "belemmerend": "concentratie, leesachterstand", "bevorderend": "motivatie, steun thuis",
                 "behoeften": [{"domein": "leren en ontwikkelen", "niveau": 4}],
                 "doelen": [{"doel": "leest op AVI E5", "ondersteuning": "RT lezen", "wie": "remedial teacher",
                             "frequentie": "2 keer per week"}],
                 "overlegOuders": "2026-11-18", "overlegVerslag": "ouders eens met de doelen",
                 "instemmingOuders": null, "stemKind": "wil graag meer tijd voor lezen"}],
             "evaluaties": []})),
        (status = 400, description = "Niet toegestaan; de detail noemt de regel of het veld", body = Probleem,
         content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Ongeldige invoer", "status": 400,
             "detail": "het OPP wordt vastgesteld nadat op overeenstemming gericht overleg met de ouders is gevoerd: vul de datum van het overleg in (WPO art. 40a lid 1)"})),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn vaststellen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(o): ApiJson<OppInvoer>,
) -> Result<Aangemaakt<Ontwikkelingsperspectief>, ApiError> {
    let leerling = LeerlingId(nummer(&id)?);
    let v = nieuwe_versie_van(o)?;
    state
        .store
        .opps()
        .stel_opp_vast(
            &g.verzoeker,
            leerling,
            &v,
            crate::vandaag(),
            "/api/v1/leerlingen/{id}/opp",
        )
        .await?;
    let opp = eigen_opp(&state, &g.verzoeker, leerling).await?;
    Ok(aangemaakt(
        format!("/api/v1/leerlingen/{}/opp", leerling.0),
        opp,
    ))
}

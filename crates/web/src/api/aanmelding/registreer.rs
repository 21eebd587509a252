//! A new registration.

use super::invoer::AanmeldingInvoer;
use super::veld;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::problem::{ApiError, Probleem};
use crate::api::zorgplicht::Aanmelding;
use crate::formulier::aanmelding::{AanmeldingVelden, LeerlingVelden};
use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use passend_domain::{Functie, VestigingCode};

// The examples carry no `null`: the NL API linter's JSONPath stops at a null value.
/// Een aanmelding registreren bij de eigen school; geeft de aanmelding met haar termijnen terug.
#[utoipa::path(
    post,
    path = "/aanmeldingen",
    tag = "leerlingen",
    operation_id = "aanmeldingRegistreren",
    request_body(content = AanmeldingInvoer, example = json!({
        "leerling": {"bsn": "123456782", "voornaam": "Lotte", "achternaam": "Jansen",
                     "geboortedatum": "2021-06-01", "woonPostcode": "3431 AB"},
        "vestiging": "90AA00", "ontvangen": "2026-11-12", "gewensteStart": "2027-01-05",
        "eersteVoorkeur": true, "andereScholen": "90AB00", "extraOndersteuning": true,
        "beoordeling": "spraak-taal; haalbaar met de ambulante begeleiding"})),
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Geregistreerd", body = Aanmelding,
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Location" = String, description = "De nieuwe aanmelding")),
         example = json!({"id": 8, "leerling": 15001, "vestiging": "90AA00", "ontvangen": "2026-11-12",
             "beslissenUiterlijk": "2026-12-24", "verlengd": false, "tijdelijkePlaatsingVanaf": "2027-01-22",
             "zorgplichtHier": true, "extraOndersteuning": true})),
        (status = 400, description = "Ongeldige invoer; de detail noemt het veld. Niets opgeslagen.", body = Probleem,
         content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Ongeldige invoer", "status": 400,
             "detail": "leerling.woonPostcode: '34' is geen postcode: verwacht 4 cijfers en 2 letters, zoals 3431 AB"})),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Niet de eigen vestiging", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn registreer(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiJson(a): ApiJson<AanmeldingInvoer>,
) -> Result<
    (
        StatusCode,
        [(header::HeaderName, String); 1],
        Json<Aanmelding>,
    ),
    ApiError,
> {
    const ROUTE: &str = "/api/v1/aanmeldingen";
    let today = crate::vandaag();
    let vestiging = VestigingCode::parse(&a.vestiging).map_err(|e| veld("vestiging", e))?;
    // The store refuses another vestiging as well; asking first makes that a 404 before any
    // other field is judged, as for every route with pupil data.
    if !g.mag_voor(Functie::Aanmelden, vestiging.as_str()) {
        return Err(ApiError::not_found());
    }
    let l = &a.leerling;
    let n = AanmeldingVelden {
        leerling: LeerlingVelden {
            bsn: l.bsn.as_deref(),
            onderwijsnummer: l.onderwijsnummer.as_deref(),
            voornaam: &l.voornaam,
            tussenvoegsel: l.tussenvoegsel.as_deref(),
            achternaam: &l.achternaam,
            geboortedatum: Some(&l.geboortedatum),
            woon_postcode: &l.woon_postcode,
        },
        ontvangen: Some(&a.ontvangen),
        gewenste_start: a.gewenste_start.as_deref(),
        eerste_voorkeur: a.eerste_voorkeur,
        andere_scholen: a.andere_scholen.as_deref().unwrap_or_default(),
        extra_ondersteuning: a.extra_ondersteuning,
        beoordeling: a.beoordeling.as_deref(),
    }
    .lees(vestiging, today)?;
    let id = state
        .store
        .aanmeldingen()
        .registreer_aanmelding(&g.verzoeker, &n, today, ROUTE)
        .await?;
    let made = state
        .store
        .aanmeldingen()
        .aanmelding_voor(&g.verzoeker, id, today, ROUTE)
        .await?;
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, format!("/api/v1/aanmeldingen/{id}"))],
        Json(made.into()),
    ))
}

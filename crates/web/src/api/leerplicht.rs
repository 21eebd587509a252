//! The leerplicht's work in the API: vrijstellingen (record, decide, yearly notice), the
//! residents check for absoluut verzuim, the art. 25 counts, and the progress figures.

use super::auth::ApiGebruiker;
use super::extract::{ApiJson, ApiQuery, datum};
use super::problem::{ApiError, Probleem};
use crate::AppState;
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use passend_domain::vrijstelling::{Grond, Verklaring};
use passend_store::{LeerlingId, NieuweVrijstelling};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

fn opt_datum(text: Option<&str>, veld: &str) -> Result<Option<jiff::civil::Date>, ApiError> {
    text.map(|t| datum(t, veld)).transpose()
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct VrijstellingAanvraag {
    pub leerling: i64,
    /// 5a, 5b, 5c, 5a-trekkend, 11 of 15.
    pub grond: String,
    #[schema(format = Date, value_type = String)]
    pub van: String,
    #[schema(format = Date, value_type = Option<String>)]
    pub tot: Option<String>,
    /// Datum van de verklaring van arts, pedagoog of psycholoog (art. 5 onder a).
    #[schema(format = Date, value_type = Option<String>)]
    pub verklaring_datum: Option<String>,
    #[serde(default)]
    pub verklaring_van_behandelaar: bool,
    #[schema(format = Date, value_type = Option<String>)]
    pub swv_advies_datum: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Nummer {
    pub id: i64,
}

/// Een vrijstelling aanvragen (de leerplicht van de woongemeente).
#[utoipa::path(
    post,
    path = "/vrijstellingen",
    tag = "leerplicht",
    operation_id = "vrijstellingAanvragen",
    request_body = VrijstellingAanvraag,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Vastgelegd", body = Nummer, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige invoer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Leerling onbekend of buiten uw gemeente", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn aanvragen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiJson(a): ApiJson<VrijstellingAanvraag>,
) -> Result<(StatusCode, Json<Nummer>), ApiError> {
    g.api_vereist(passend_domain::Functie::Leerplichtoverzicht)?;
    let v = NieuweVrijstelling {
        leerling: LeerlingId(a.leerling),
        grond: Grond::parse(&a.grond).map_err(|e| ApiError::bad_request(e.to_string()))?,
        van: datum(&a.van, "van")?,
        tot: opt_datum(a.tot.as_deref(), "tot")?,
        verklaring: opt_datum(a.verklaring_datum.as_deref(), "verklaringDatum")?.map(|d| {
            Verklaring {
                datum: d,
                van_behandelaar: a.verklaring_van_behandelaar,
            }
        }),
        swv_advies_datum: opt_datum(a.swv_advies_datum.as_deref(), "swvAdviesDatum")?,
        documenten: Vec::new(),
    };
    let id = state
        .store
        .vraag_vrijstelling(&g.verzoeker, &v, crate::vandaag(), "/api/v1/vrijstellingen")
        .await?;
    Ok((StatusCode::CREATED, Json(Nummer { id })))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct VrijstellingBesluit {
    /// verlenen, weigeren of kennisgeving (de jaarlijkse kennisgeving is binnen).
    pub actie: String,
}

/// Beslissen over een vrijstelling, of de jaarlijkse kennisgeving vastleggen.
#[utoipa::path(
    patch,
    path = "/vrijstellingen/{id}",
    tag = "leerplicht",
    operation_id = "vrijstellingBeslissen",
    params(("id" = i64, Path, description = "Nummer van de vrijstelling")),
    request_body = VrijstellingBesluit,
    security(("apiSleutel" = [])),
    responses(
        (status = 204, description = "Vastgelegd", headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet toegestaan (bijvoorbeeld een te oude verklaring)", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw gemeente", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn beslissen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<VrijstellingBesluit>,
) -> Result<StatusCode, ApiError> {
    let id = id
        .parse::<i64>()
        .map_err(|_| ApiError::bad_request(format!("'{id}' is geen nummer")))?;
    let (today, route) = (crate::vandaag(), "/api/v1/vrijstellingen/{id}");
    match b.actie.as_str() {
        "verlenen" => {
            state
                .store
                .beslis_vrijstelling(&g.verzoeker, id, true, today, route)
                .await?
        }
        "weigeren" => {
            state
                .store
                .beslis_vrijstelling(&g.verzoeker, id, false, today, route)
                .await?
        }
        "kennisgeving" => {
            state
                .store
                .kennisgeving_ontvangen(&g.verzoeker, id, today, route)
                .await?
        }
        other => {
            return Err(ApiError::bad_request(format!(
                "'{other}' is geen actie: verlenen, weigeren of kennisgeving"
            )));
        }
    }
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Controle {
    pub ingezetenen: usize,
    pub plichtig: usize,
    pub ingeschreven: usize,
    pub vrijgesteld: usize,
    pub absoluut_verzuim: usize,
    pub nieuwe_zaken: usize,
}

/// De ingezetenenlijst van de gemeente controleren op absoluut verzuim (CSV `bsn,geboortedatum,postcode[,voornaam,achternaam]`).
#[utoipa::path(
    post,
    path = "/ingezetenen",
    tag = "leerplicht",
    operation_id = "ingezetenenControleren",
    request_body(content = String, content_type = "text/csv", description = "De ingezetenen; in de eerste kolom een BSN of onderwijsnummer"),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Gecontroleerd", body = Controle, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldig bestand; niets opgeslagen", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor de leerplicht", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn ingezetenen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    body: Bytes,
) -> Result<Json<Controle>, ApiError> {
    g.api_vereist(passend_domain::Functie::Leerplichtoverzicht)?;
    let lijst = crate::invoer::ingezetenen_csv(&body).map_err(ApiError::bad_request)?;
    let c = state
        .store
        .controleer_ingezetenen(
            &g.verzoeker,
            &lijst,
            crate::vandaag(),
            "/api/v1/ingezetenen",
        )
        .await?;
    Ok(Json(Controle {
        ingezetenen: c.ingezetenen,
        plichtig: c.plichtig,
        ingeschreven: c.ingeschreven,
        vrijgesteld: c.vrijgesteld,
        absoluut_verzuim: c.absoluut_verzuim,
        nieuwe_zaken: c.nieuwe_zaken,
    }))
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Jaartelling {
    pub schooljaar: String,
    pub absoluut_verzuim: i64,
    pub langdurig_relatief_verzuim: i64,
    pub langer_dan_drie_maanden: i64,
    /// Verleende vrijstellingen per grond.
    pub vrijstellingen: std::collections::BTreeMap<String, i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Jaartellingen {
    pub jaren: Vec<Jaartelling>,
}

/// De tellingen voor het jaarverslag (Leerplichtwet art. 25) van de eigen gemeente.
#[utoipa::path(
    get,
    path = "/leerplicht/jaartellingen",
    tag = "leerplicht",
    operation_id = "jaartellingen",
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Per schooljaar", body = Jaartellingen, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor de leerplicht", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn jaartellingen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
) -> Result<Json<Jaartellingen>, ApiError> {
    let jaren = state
        .store
        .jaartellingen(&g.verzoeker, crate::vandaag())
        .await?;
    Ok(Json(Jaartellingen {
        jaren: jaren
            .into_iter()
            .map(|t| Jaartelling {
                schooljaar: t.schooljaar,
                absoluut_verzuim: t.absoluut_verzuim,
                langdurig_relatief_verzuim: t.langdurig_relatief_verzuim,
                langer_dan_drie_maanden: t.langer_dan_drie_maanden,
                vrijstellingen: t.vrijstellingen.into_iter().collect(),
            })
            .collect(),
    }))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Leeg {}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Voortgangsjaar {
    pub schooljaar: String,
    /// Landelijk gemeten aantal kinderen langer dan drie maanden thuis, als bekend.
    pub gemeten: Option<i64>,
    /// Het traject uit de voortgangsbrief (vanaf 2015/2016).
    pub traject: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Voortgang {
    pub jaren: Vec<Voortgangsjaar>,
}

/// Landelijke voortgang: thuiszitters langer dan drie maanden tegen het traject (openbaar).
#[utoipa::path(
    get,
    path = "/voortgang",
    tag = "organisatie",
    operation_id = "voortgang",
    responses(
        (status = 200, description = "Per schooljaar", body = Voortgang, headers(("API-Version" = String, description = "Versie van de API"))),
    )
)]
pub async fn voortgang(ApiQuery(_): ApiQuery<Leeg>) -> Json<Voortgang> {
    use passend_domain::voortgang::{BASISJAAR, nationale_reeks, traject};
    let reeks = nationale_reeks();
    let first = reeks.iter().map(|m| m.jaar).min().unwrap_or(BASISJAAR);
    let last = reeks
        .iter()
        .map(|m| m.jaar)
        .max()
        .unwrap_or(BASISJAAR)
        .max(BASISJAAR + 4);
    Json(Voortgang {
        jaren: (first..=last)
            .map(|j| Voortgangsjaar {
                schooljaar: format!("{j}-{}", j + 1),
                gemeten: reeks.iter().find(|m| m.jaar == j).map(|m| m.aantal),
                traject: (j >= BASISJAAR).then(|| traject(j)),
            })
            .collect(),
    })
}

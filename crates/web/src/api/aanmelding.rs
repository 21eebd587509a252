//! Registering and extending an aanmelding through the API: the same store calls as the
//! school's form, with every refusal of the input naming the field it is about.

use super::auth::ApiGebruiker;
use super::extract::{ApiJson, datum};
use super::problem::{ApiError, Probleem};
use super::zorgplicht::Aanmelding;
use crate::AppState;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use jiff::civil::Date;
use passend_domain::zorgplicht::Verlenging;
use passend_domain::{
    Bsn, Functie, Leerling, LeerlingError, Naam, Onderwijsnummer, Postcode, RegioIndeling,
    VestigingCode,
};
use passend_store::NieuweAanmelding;
use serde::Deserialize;
use utoipa::ToSchema;

/// A refusal of one field: the detail starts with the field's name as the client sent it.
fn veld(naam: &str, e: impl std::fmt::Display) -> ApiError {
    ApiError::bad_request(format!("{naam}: {e}"))
}

fn nummer(id: &str) -> Result<i64, ApiError> {
    id.parse()
        .map_err(|_| ApiError::bad_request(format!("'{id}' is geen nummer")))
}

/// Het kind. Een leerling die passend al kent met dit BSN of onderwijsnummer wordt
/// hergebruikt (zijn vastgelegde gegevens blijven staan); anders wordt hij vastgelegd. De
/// persoonsgegevens zijn altijd nodig, zoals op het formulier: zo verraadt geen antwoord of
/// een nummer al bekend is.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"bsn": "123456782", "voornaam": "Lotte", "achternaam": "Jansen",
    "geboortedatum": "2021-06-01", "woonPostcode": "3431 AB"}))]
pub struct AanTeMeldenLeerling {
    /// Burgerservicenummer (elfproef); of anders `onderwijsnummer`, niet beide.
    pub bsn: Option<String>,
    pub onderwijsnummer: Option<String>,
    pub voornaam: String,
    pub tussenvoegsel: Option<String>,
    pub achternaam: String,
    #[schema(format = Date, value_type = String)]
    pub geboortedatum: String,
    /// Postcode van het woonadres; bepaalt het woon-samenwerkingsverband.
    // Not `postcode`: the NL API linter takes any key containing "post" in an example for
    // an HTTP method and then demands a 400 response of it.
    pub woon_postcode: String,
}

/// Een schriftelijke aanmelding bij de eigen vestiging.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AanmeldingInvoer {
    pub leerling: AanTeMeldenLeerling,
    /// Vestigingscode van de eigen school.
    pub vestiging: String,
    /// Dag van ontvangst van de schriftelijke aanmelding; hier beginnen de termijnen.
    #[schema(format = Date, value_type = String)]
    pub ontvangen: String,
    #[schema(format = Date, value_type = Option<String>)]
    pub gewenste_start: Option<String>,
    /// Deze school is de eerste voorkeur van de ouders (bepaalt de zorgplicht).
    #[serde(default)]
    pub eerste_voorkeur: bool,
    /// De andere scholen waar het kind is aangemeld (vrije tekst).
    pub andere_scholen: Option<String>,
    /// De ouders of de school zien een behoefte aan extra ondersteuning.
    #[serde(default)]
    pub extra_ondersteuning: bool,
    /// De beoordeling van die behoefte door de school.
    pub beoordeling: Option<String>,
}

fn leerling(l: AanTeMeldenLeerling, today: Date) -> Result<Leerling, ApiError> {
    let (bsn, onderwijsnummer) = match (l.bsn.as_deref(), l.onderwijsnummer.as_deref()) {
        (Some(b), None) => (
            Some(Bsn::parse(b).map_err(|e| veld("leerling.bsn", e))?),
            None,
        ),
        (None, Some(o)) => (
            None,
            Some(Onderwijsnummer::parse(o).map_err(|e| veld("leerling.onderwijsnummer", e))?),
        ),
        (Some(_), Some(_)) => {
            return Err(veld(
                "leerling.bsn",
                "geef een BSN of een onderwijsnummer, niet beide",
            ));
        }
        (None, None) => return Err(veld("leerling.bsn", LeerlingError::GeenPersoonsnummer)),
    };
    let naam = Naam::new(&l.voornaam, l.tussenvoegsel.as_deref(), &l.achternaam).map_err(|e| {
        let LeerlingError::NaamLeeg(deel) = e else {
            return veld("leerling", e);
        };
        veld(&format!("leerling.{deel}"), e)
    })?;
    let geboren = datum(&l.geboortedatum, "leerling.geboortedatum")?;
    let postcode =
        Postcode::parse(&l.woon_postcode).map_err(|e| veld("leerling.woonPostcode", e))?;
    // The store checks this too; here the refusal can name the field.
    RegioIndeling::officieel()
        .woon_swv(postcode.pc4())
        .map_err(|e| veld("leerling.woonPostcode", e))?;
    Leerling::new(naam, geboren, postcode, bsn, onderwijsnummer, today)
        .map_err(|e| veld("leerling.geboortedatum", e))
}

fn nieuwe_aanmelding(
    a: AanmeldingInvoer,
    vestiging: VestigingCode,
    today: Date,
) -> Result<NieuweAanmelding, ApiError> {
    let ontvangen = datum(&a.ontvangen, "ontvangen")?;
    if ontvangen > today {
        return Err(veld(
            "ontvangen",
            "de datum van ontvangst ligt in de toekomst",
        ));
    }
    Ok(NieuweAanmelding {
        leerling: leerling(a.leerling, today)?,
        vestiging,
        ontvangen,
        gewenste_start: a
            .gewenste_start
            .as_deref()
            .map(|d| datum(d, "gewensteStart"))
            .transpose()?,
        eerste_voorkeur: a.eerste_voorkeur,
        andere_scholen: a.andere_scholen.unwrap_or_default(),
        extra_ondersteuning: a.extra_ondersteuning,
        beoordeling: a.beoordeling,
    })
}

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
    let n = nieuwe_aanmelding(a, vestiging, today)?;
    let id = state
        .store
        .registreer_aanmelding(&g.verzoeker, &n, today, ROUTE)
        .await?;
    let made = state
        .store
        .aanmelding_voor(&g.verzoeker, id, today, ROUTE)
        .await?;
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, format!("/api/v1/aanmeldingen/{id}"))],
        Json(made.into()),
    ))
}

/// Eén aanmelding binnen het werkgebied, met haar termijnen.
#[utoipa::path(
    get,
    path = "/aanmeldingen/{id}",
    tag = "leerlingen",
    operation_id = "aanmelding",
    params(("id" = i64, Path, description = "Nummer van de aanmelding")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De aanmelding", body = Aanmelding, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen nummer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn aanmelding(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
) -> Result<Json<Aanmelding>, ApiError> {
    let a = state
        .store
        .aanmelding_voor(
            &g.verzoeker,
            nummer(&id)?,
            crate::vandaag(),
            "/api/v1/aanmeldingen/{id}",
        )
        .await?;
    Ok(Json(a.into()))
}

/// De ene verlenging van de beslistermijn.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct VerlengingInvoer {
    /// Ten hoogste 4 weken.
    pub weken: i64,
    /// De dag waarop de ouders over de verlenging zijn geïnformeerd, binnen de 6 weken.
    #[schema(format = Date, value_type = String)]
    pub kennisgeving: String,
}

/// De beslistermijn van een open aanmelding van de eigen school één keer verlengen.
#[utoipa::path(
    post,
    path = "/aanmeldingen/{id}/verlenging",
    tag = "leerlingen",
    operation_id = "aanmeldingVerlengen",
    params(("id" = i64, Path, description = "Nummer van de aanmelding")),
    request_body(content = VerlengingInvoer, example = json!({"weken": 4, "kennisgeving": "2026-11-20"})),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Verlengd; de aanmelding met de nieuwe termijn", body = Aanmelding,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet toegestaan: al verlengd, langer dan 4 weken, kennisgeving te laat of in de toekomst, al besloten", body = Probleem,
         content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Ongeldige invoer", "status": 400,
             "detail": "de beslistermijn kan maar één keer worden verlengd"})),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet van uw school", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn verleng(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(v): ApiJson<VerlengingInvoer>,
) -> Result<Json<Aanmelding>, ApiError> {
    const ROUTE: &str = "/api/v1/aanmeldingen/{id}/verlenging";
    let (id, today) = (nummer(&id)?, crate::vandaag());
    let kennisgeving = datum(&v.kennisgeving, "kennisgeving")?;
    state
        .store
        .verleng_aanmelding(
            &g.verzoeker,
            id,
            Verlenging {
                weken: v.weken,
                kennisgeving,
            },
            today,
            ROUTE,
        )
        .await?;
    let a = state
        .store
        .aanmelding_voor(&g.verzoeker, id, today, ROUTE)
        .await?;
    Ok(Json(a.into()))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"datum": "2026-11-20"}))]
pub struct IntrekkingInvoer {
    /// De dag waarop de ouders de aanmelding introkken, JJJJ-MM-DD.
    #[schema(format = Date)]
    pub datum: String,
}

/// De ouders trekken een open aanmelding in; de school legt het vast.
#[utoipa::path(
    post,
    path = "/aanmeldingen/{id}/intrekking",
    tag = "leerlingen",
    operation_id = "aanmeldingIntrekken",
    params(("id" = i64, Path, description = "Nummer van de aanmelding")),
    request_body = IntrekkingInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Ingetrokken; de aanmelding", body = Aanmelding,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Datum in de toekomst of vóór de ontvangst, of al besloten", body = Probleem,
         content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet van uw school", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn intrekken(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(v): ApiJson<IntrekkingInvoer>,
) -> Result<Json<Aanmelding>, ApiError> {
    const ROUTE: &str = "/api/v1/aanmeldingen/{id}/intrekking";
    let (id, today) = (nummer(&id)?, crate::vandaag());
    let op = datum(&v.datum, "datum")?;
    state
        .store
        .trek_aanmelding_in(&g.verzoeker, id, op, today, ROUTE)
        .await?;
    let a = state
        .store
        .aanmelding_voor(&g.verzoeker, id, today, ROUTE)
        .await?;
    Ok(Json(a.into()))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"van": "2026-11-02", "tot": "2026-11-09"}))]
pub struct OpschortingInvoer {
    /// De dag van het verzoek om de aanmelding aan te vullen.
    pub van: String,
    /// De dag waarop de ouders aanvulden; leeg zolang dat niet is gebeurd.
    pub tot: Option<String>,
}

/// VO: het verzoek om een onvolledige aanmelding aan te vullen schort de beslistermijn op
/// (in het PO geweigerd).
#[utoipa::path(
    post,
    path = "/aanmeldingen/{id}/opschorting",
    tag = "leerlingen",
    operation_id = "aanmeldingOpschorten",
    params(("id" = i64, Path, description = "Nummer van de aanmelding")),
    request_body = OpschortingInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Opgeschort; de aanmelding met de nieuwe termijn", body = Aanmelding,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet toegestaan, zoals in het PO", body = Probleem,
         content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet van uw school", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn opschorten(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(v): ApiJson<OpschortingInvoer>,
) -> Result<Json<Aanmelding>, ApiError> {
    const ROUTE: &str = "/api/v1/aanmeldingen/{id}/opschorting";
    let (id, today) = (nummer(&id)?, crate::vandaag());
    let van = datum(&v.van, "van")?;
    let tot = v.tot.as_deref().map(|t| datum(t, "tot")).transpose()?;
    state
        .store
        .schort_op(&g.verzoeker, id, van, tot, today, ROUTE)
        .await?;
    let a = state
        .store
        .aanmelding_voor(&g.verzoeker, id, today, ROUTE)
        .await?;
    Ok(Json(a.into()))
}

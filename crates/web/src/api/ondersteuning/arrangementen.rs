//! Arrangementen: the school asks its SWV, the loket/MDO meeting discusses it, the SWV
//! decides (what, how long, what it costs) and the school or SWV evaluates it.

use super::{Aangemaakt, aangemaakt, dag, nodig, nummer, opt_dag, twee_decimalen, veld};
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::{ApiJson, ApiQuery, datum};
use crate::api::problem::{ApiError, Probleem};
use crate::api::{PaginaInfo, Paginering};
use axum::Json;
use axum::extract::{Path, State};
use passend_domain::arrangement::{Beslissing, Partij};
use passend_store::LeerlingId;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Het overleg van loket of MDO.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ArrangementOverleg {
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    /// ouders, school, samenwerkingsverband, jeugdhulp, gemeente.
    pub deelnemers: Vec<String>,
    pub ouders_aanwezig: bool,
    pub stem_kind: Option<String>,
    pub verslag: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ArrangementBesluit {
    /// toegekend of afgewezen.
    pub besluit: String,
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    /// Wat er wordt ingezet (bij toekenning).
    pub inhoud: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub van: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub tot: Option<String>,
    /// Bedrag in euro met twee decimalen, als tekst.
    #[schema(example = "4500.00")]
    pub kosten: Option<String>,
    /// De redenen (bij afwijzing).
    pub reden: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ArrangementEvaluatie {
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    pub evaluatie: String,
}

/// Een aanvraag voor een arrangement bij het samenwerkingsverband, met wat ervan werd.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Arrangement {
    pub id: i64,
    pub leerling: i64,
    pub naam: String,
    /// De aanvragende vestiging.
    pub vestiging: String,
    pub samenwerkingsverband: String,
    /// aangevraagd, besproken, toegekend, afgewezen of geëvalueerd.
    pub status: String,
    /// De ondersteuningsvraag.
    pub vraag: String,
    #[schema(format = Date, value_type = String)]
    pub aangevraagd_op: String,
    pub overleg: Option<ArrangementOverleg>,
    pub besluit: Option<ArrangementBesluit>,
    pub evaluatie: Option<ArrangementEvaluatie>,
    /// Toegekend en binnen acht weken afgelopen: tijd om te evalueren.
    pub verloopt_binnenkort: bool,
}

fn lijst_van(tekst: Option<&str>) -> Vec<String> {
    tekst
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

impl Arrangement {
    fn van(a: passend_store::Arrangement) -> Self {
        let today = crate::vandaag();
        Self {
            status: a.status().into(),
            verloopt_binnenkort: a.verloopt_binnenkort(today),
            id: a.id,
            leerling: a.leerling_id.0,
            naam: a.naam,
            vestiging: a.vestiging_code,
            samenwerkingsverband: a.swv_code,
            vraag: a.vraag,
            aangevraagd_op: dag(a.aangevraagd_op),
            overleg: a.overleg_datum.map(|d| ArrangementOverleg {
                datum: dag(d),
                deelnemers: lijst_van(a.deelnemers.as_deref()),
                ouders_aanwezig: a.ouders_aanwezig.unwrap_or(false),
                stem_kind: a.stem_kind,
                verslag: a.overleg_verslag.filter(|v| !v.is_empty()),
            }),
            besluit: a
                .besluit
                .zip(a.besluit_datum)
                .map(|(b, d)| ArrangementBesluit {
                    besluit: b,
                    datum: dag(d),
                    inhoud: a.inhoud,
                    van: opt_dag(a.van),
                    tot: opt_dag(a.tot),
                    kosten: a.kosten.as_deref().map(twee_decimalen),
                    reden: a.reden,
                }),
            evaluatie: a.evaluatie_datum.map(|d| ArrangementEvaluatie {
                datum: dag(d),
                evaluatie: a.evaluatie.unwrap_or_default(),
            }),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ArrangementLijst {
    pub arrangementen: Vec<Arrangement>,
    #[serde(flatten)]
    pub pagina: PaginaInfo,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ArrangementenVanLeerling {
    /// Nieuwste eerst.
    pub arrangementen: Vec<Arrangement>,
}

/// De aanvragen bij het eigen samenwerkingsverband: open aanvragen eerst. Voor andere rollen
/// een lege lijst.
#[utoipa::path(
    get,
    path = "/arrangementen",
    tag = "ondersteuning",
    operation_id = "arrangementen",
    params(Paginering),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Een pagina aanvragen", body = ArrangementLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige paginering", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn caseload(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiQuery(paginering): ApiQuery<Paginering>,
) -> Result<Json<ArrangementLijst>, ApiError> {
    let (pagina, grootte) = paginering.checked()?;
    let alle = state
        .store
        .arrangementen_van_swv(&g.verzoeker, "/api/v1/arrangementen")
        .await?;
    let totaal = alle.len() as i64;
    Ok(Json(ArrangementLijst {
        arrangementen: alle
            .into_iter()
            .skip(((pagina - 1) * grootte) as usize)
            .take(grootte as usize)
            .map(Arrangement::van)
            .collect(),
        pagina: PaginaInfo::new("/arrangementen", "", pagina, grootte, totaal),
    }))
}

/// De arrangementen van een leerling binnen het werkgebied (ook voor de ouders); het inzien
/// wordt gelogd.
#[utoipa::path(
    get,
    path = "/leerlingen/{id}/arrangementen",
    tag = "ondersteuning",
    operation_id = "arrangementenVanLeerling",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De aanvragen en besluiten", body = ArrangementenVanLeerling,
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
) -> Result<Json<ArrangementenVanLeerling>, ApiError> {
    let leerling = LeerlingId(nummer(&id)?);
    state
        .store
        .dossier_voor(
            &g.verzoeker,
            leerling,
            crate::vandaag(),
            "/api/v1/leerlingen/{id}/arrangementen",
        )
        .await?;
    let list = state.store.arrangementen_van(leerling).await?;
    Ok(Json(ArrangementenVanLeerling {
        arrangementen: list.into_iter().map(Arrangement::van).collect(),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"vraag": "Lotte loopt vast bij rekenen; wij vragen 2 uur ambulante begeleiding per week."}))]
pub struct ArrangementAanvraag {
    /// De ondersteuningsvraag.
    pub vraag: String,
}

/// Een arrangement aanvragen bij het eigen samenwerkingsverband (de school waar de leerling is
/// ingeschreven); het OPP van de school gaat mee.
#[utoipa::path(
    post,
    path = "/leerlingen/{id}/arrangementen",
    tag = "ondersteuning",
    operation_id = "arrangementAanvragen",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    request_body = ArrangementAanvraag,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Aangevraagd", body = Arrangement,
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Location" = String, description = "De nieuwe aanvraag"))),
        (status = 400, description = "Niet toegestaan: geen vraag, of niet de school van de leerling", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn vraag_aan(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(a): ApiJson<ArrangementAanvraag>,
) -> Result<Aangemaakt<Arrangement>, ApiError> {
    const ROUTE: &str = "/api/v1/leerlingen/{id}/arrangementen";
    let leerling = LeerlingId(nummer(&id)?);
    let today = crate::vandaag();
    let id = state
        .store
        .vraag_arrangement_aan(&g.verzoeker, leerling, &a.vraag, today, ROUTE)
        .await?;
    let made = state
        .store
        .arrangement_voor(&g.verzoeker, id, today, ROUTE)
        .await?;
    Ok(aangemaakt(
        format!("/api/v1/arrangementen/{id}"),
        Arrangement::van(made),
    ))
}

/// Eén aanvraag binnen het werkgebied; het inzien wordt gelogd.
#[utoipa::path(
    get,
    path = "/arrangementen/{id}",
    tag = "ondersteuning",
    operation_id = "arrangement",
    params(("id" = i64, Path, description = "Nummer van de aanvraag")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De aanvraag", body = Arrangement,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen nummer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn arrangement(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
) -> Result<Json<Arrangement>, ApiError> {
    let a = state
        .store
        .arrangement_voor(
            &g.verzoeker,
            nummer(&id)?,
            crate::vandaag(),
            "/api/v1/arrangementen/{id}",
        )
        .await?;
    Ok(Json(Arrangement::van(a)))
}

/// Het overleg (loket of MDO) over een aanvraag, door het samenwerkingsverband.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"datum": "2026-11-19", "deelnemers": ["ouders", "school", "samenwerkingsverband"],
    "oudersAanwezig": true, "stemKind": "Lotte wil op haar school blijven", "verslag": "ambulante begeleiding past"}))]
pub struct OverlegInvoer {
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    /// Ten minste school en samenwerkingsverband; verder ouders, jeugdhulp, gemeente.
    pub deelnemers: Vec<String>,
    #[serde(default)]
    pub ouders_aanwezig: bool,
    /// Wat het kind zei, of waarom het niet is gehoord.
    pub stem_kind: String,
    pub verslag: Option<String>,
}

/// Het overleg over een aanvraag vastleggen (het samenwerkingsverband waar de aanvraag ligt).
#[utoipa::path(
    post,
    path = "/arrangementen/{id}/overleg",
    tag = "ondersteuning",
    operation_id = "arrangementOverleg",
    params(("id" = i64, Path, description = "Nummer van de aanvraag")),
    request_body = OverlegInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Vastgelegd", body = Arrangement,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet toegestaan: deelnemers, stem van het kind, datum, al beslist", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn overleg(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(o): ApiJson<OverlegInvoer>,
) -> Result<Json<Arrangement>, ApiError> {
    const ROUTE: &str = "/api/v1/arrangementen/{id}/overleg";
    let (id, today) = (nummer(&id)?, crate::vandaag());
    let deelnemers = partijen(&o.deelnemers, "deelnemers")?;
    let overleg = passend_store::Overleg {
        datum: datum(&o.datum, "datum")?,
        deelnemers,
        ouders_aanwezig: o.ouders_aanwezig,
        stem_kind: o.stem_kind,
        verslag: o.verslag.unwrap_or_default(),
    };
    state
        .store
        .leg_overleg_vast(&g.verzoeker, id, &overleg, today, ROUTE)
        .await?;
    let a = state
        .store
        .arrangement_voor(&g.verzoeker, id, today, ROUTE)
        .await?;
    Ok(Json(Arrangement::van(a)))
}

/// Parties at a table, refused by name when unknown.
pub(crate) fn partijen(namen: &[String], naam: &str) -> Result<Vec<Partij>, ApiError> {
    namen
        .iter()
        .map(|p| {
            Partij::parse(p).ok_or_else(|| {
                veld(
                    naam,
                    format!(
                        "'{p}' is geen partij: kies uit {}",
                        Partij::ALL.map(|p| p.as_str()).join(", ")
                    ),
                )
            })
        })
        .collect()
}

/// Het besluit van het samenwerkingsverband.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"besluit": "toegekend", "inhoud": "2 uur per week ambulante begeleiding",
    "van": "2026-12-01", "tot": "2027-07-31", "kosten": "4500.00"}))]
pub struct ArrangementBesluitInvoer {
    /// toegekend of afgewezen.
    pub besluit: String,
    /// Bij toekenning: wat er wordt ingezet.
    pub inhoud: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub van: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub tot: Option<String>,
    /// Bij toekenning: bedrag in euro, als tekst ("4500.00").
    pub kosten: Option<String>,
    /// Bij afwijzing: de redenen.
    pub reden: Option<String>,
}

/// Beslissen over een aanvraag, na het overleg (het samenwerkingsverband waar de aanvraag ligt).
#[utoipa::path(
    post,
    path = "/arrangementen/{id}/besluit",
    tag = "ondersteuning",
    operation_id = "arrangementBesluit",
    params(("id" = i64, Path, description = "Nummer van de aanvraag")),
    request_body = ArrangementBesluitInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Besloten", body = Arrangement,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet toegestaan: nog geen overleg, al beslist, onvolledig besluit", body = Probleem,
         content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Ongeldige invoer", "status": 400,
             "detail": "leg eerst het overleg (loket/MDO) vast"})),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn besluit(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<ArrangementBesluitInvoer>,
) -> Result<Json<Arrangement>, ApiError> {
    const ROUTE: &str = "/api/v1/arrangementen/{id}/besluit";
    let (id, today) = (nummer(&id)?, crate::vandaag());
    let beslissing = match b.besluit.as_str() {
        "toegekend" => Beslissing::Toegekend {
            inhoud: b.inhoud.unwrap_or_default(),
            van: datum(&nodig(b.van, "van")?, "van")?,
            tot: datum(&nodig(b.tot, "tot")?, "tot")?,
            kosten: passend_store::bedrag(&nodig(b.kosten, "kosten")?)
                .map_err(|e| veld("kosten", e))?,
        },
        "afgewezen" => Beslissing::Afgewezen {
            reden: b.reden.unwrap_or_default(),
        },
        other => {
            return Err(veld(
                "besluit",
                format!("'{other}' is geen besluit: toegekend of afgewezen"),
            ));
        }
    };
    state
        .store
        .beslis_arrangement(&g.verzoeker, id, &beslissing, today, ROUTE)
        .await?;
    let a = state
        .store
        .arrangement_voor(&g.verzoeker, id, today, ROUTE)
        .await?;
    Ok(Json(Arrangement::van(a)))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"datum": "2027-06-20", "evaluatie": "doelen gehaald; afbouwen na de zomer"}))]
pub struct ArrangementEvaluatieInvoer {
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    pub evaluatie: String,
}

/// Een toegekend arrangement evalueren (de school of het samenwerkingsverband).
#[utoipa::path(
    post,
    path = "/arrangementen/{id}/evaluatie",
    tag = "ondersteuning",
    operation_id = "arrangementEvaluatie",
    params(("id" = i64, Path, description = "Nummer van de aanvraag")),
    request_body = ArrangementEvaluatieInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Vastgelegd", body = Arrangement,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet toegestaan: niet toegekend, geen tekst, datum in de toekomst", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn evaluatie(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(e): ApiJson<ArrangementEvaluatieInvoer>,
) -> Result<Json<Arrangement>, ApiError> {
    const ROUTE: &str = "/api/v1/arrangementen/{id}/evaluatie";
    let (id, today) = (nummer(&id)?, crate::vandaag());
    state
        .store
        .evalueer_arrangement(
            &g.verzoeker,
            id,
            datum(&e.datum, "datum")?,
            &e.evaluatie,
            today,
            ROUTE,
        )
        .await?;
    let a = state
        .store
        .arrangement_voor(&g.verzoeker, id, today, ROUTE)
        .await?;
    Ok(Json(Arrangement::van(a)))
}

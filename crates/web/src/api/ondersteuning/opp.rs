//! The ontwikkelingsperspectief: every version and evaluation readable, a change is a new
//! version, the parents' consent and the yearly evaluation; and the school's signals.

use super::{Aangemaakt, aangemaakt, dag, nummer, opt_dag, opt_datum, veld};
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::{ApiJson, ApiQuery, datum};
use crate::api::problem::{ApiError, Probleem};
use crate::api::{PaginaInfo, Paginering};
use axum::Json;
use axum::extract::{Path, State};
use passend_domain::ondersteuning::{Domein, Niveau};
use passend_domain::opp::{Evaluatie, Uitstroom};
use passend_store::{LeerlingId, NieuweOppVersie, Verzoeker};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Een ondersteuningsbehoefte in de termen van het Landelijk Doelgroepenmodel.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"domein": "leren en ontwikkelen", "niveau": 4}))]
pub struct OppBehoefte {
    /// sociaal-emotioneel, leren en ontwikkelen, communicatie, fysieke situatie of medische situatie.
    pub domein: String,
    /// 1 (licht) tot en met 7 (zwaarst).
    pub niveau: i64,
}

/// Eén doel van het handelingsdeel.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"doel": "leest op AVI E5", "ondersteuning": "RT lezen in een groepje van drie",
    "wie": "remedial teacher", "frequentie": "2 keer per week 30 minuten"}))]
pub struct OppDoel {
    pub doel: String,
    pub ondersteuning: String,
    /// Wie de ondersteuning geeft.
    pub wie: String,
    /// Hoe vaak.
    pub frequentie: String,
}

/// Eén vastgestelde versie; een wijziging is altijd een nieuwe versie.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OppVersie {
    pub versie: i64,
    #[schema(format = Date, value_type = String)]
    pub vastgesteld_op: String,
    /// De verwachte uitstroom: een onderwijssoort, in het vso een uitstroomprofiel.
    pub uitstroom: String,
    /// Belemmerende factoren (onderbouwing).
    pub belemmerend: String,
    /// Bevorderende factoren (onderbouwing).
    pub bevorderend: String,
    pub behoeften: Vec<OppBehoefte>,
    pub doelen: Vec<OppDoel>,
    /// De dag van het op overeenstemming gericht overleg met de ouders.
    #[schema(format = Date, value_type = String)]
    pub overleg_ouders: String,
    pub overleg_verslag: Option<String>,
    /// De dag waarop de ouders instemden met het handelingsdeel.
    #[schema(format = Date, value_type = Option<String>)]
    pub instemming_ouders: Option<String>,
    /// Wat het kind zei, of waarom het niet is gehoord.
    pub stem_kind: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OppEvaluatie {
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    pub met_ouders: bool,
    pub verslag: String,
}

/// Waar de jaarlijkse evaluatie staat.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct EvaluatieStand {
    /// op-orde, dit-schooljaar (nog te doen) of te-laat (een schooljaar ging voorbij zonder).
    pub status: String,
    /// De laatste dag voor de evaluatie die nog moet.
    #[schema(format = Date, value_type = Option<String>)]
    pub uiterlijk: Option<String>,
    /// Het schooljaar zonder evaluatie, bij te-laat.
    pub schooljaar: Option<String>,
}

impl From<Evaluatie> for EvaluatieStand {
    fn from(e: Evaluatie) -> Self {
        let (status, uiterlijk, schooljaar) = match e {
            Evaluatie::OpOrde => ("op-orde", None, None),
            Evaluatie::DitSchooljaar(d) => ("dit-schooljaar", Some(dag(d)), None),
            Evaluatie::TeLaat(j) => ("te-laat", Some(dag(j.end())), Some(j.to_string())),
        };
        Self {
            status: status.into(),
            uiterlijk,
            schooljaar,
        }
    }
}

/// Het ontwikkelingsperspectief van een leerling op één school, met alle versies (nieuwste
/// eerst) en evaluaties.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Ontwikkelingsperspectief {
    pub id: i64,
    pub leerling: i64,
    /// De vestiging die het vaststelt.
    pub vestiging: String,
    pub evaluatie: EvaluatieStand,
    pub versies: Vec<OppVersie>,
    pub evaluaties: Vec<OppEvaluatie>,
}

impl From<passend_store::Opp> for Ontwikkelingsperspectief {
    fn from(o: passend_store::Opp) -> Self {
        Self {
            id: o.id,
            leerling: o.leerling_id.0,
            vestiging: o.vestiging_code,
            evaluatie: o.evaluatie.into(),
            versies: o
                .versies
                .into_iter()
                .map(|v| OppVersie {
                    versie: v.versie,
                    vastgesteld_op: dag(v.vastgesteld_op),
                    uitstroom: v.uitstroom,
                    belemmerend: v.belemmerend,
                    bevorderend: v.bevorderend,
                    behoeften: v
                        .behoeften
                        .into_iter()
                        .map(|(domein, niveau)| OppBehoefte { domein, niveau })
                        .collect(),
                    doelen: v
                        .doelen
                        .into_iter()
                        .map(|d| OppDoel {
                            doel: d.doel,
                            ondersteuning: d.ondersteuning,
                            wie: d.wie,
                            frequentie: d.frequentie,
                        })
                        .collect(),
                    overleg_ouders: dag(v.overleg_ouders),
                    overleg_verslag: v.overleg_verslag,
                    instemming_ouders: opt_dag(v.instemming_ouders),
                    stem_kind: v.stem_kind,
                })
                .collect(),
            evaluaties: o
                .evaluaties
                .into_iter()
                .map(|e| OppEvaluatie {
                    datum: dag(e.datum),
                    met_ouders: e.met_ouders,
                    verslag: e.verslag,
                })
                .collect(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OppLijst {
    /// Eén per school die er een vaststelde, nieuwste eerst.
    pub ontwikkelingsperspectieven: Vec<Ontwikkelingsperspectief>,
}

/// De ontwikkelingsperspectieven van een leerling binnen het werkgebied; het inzien wordt gelogd.
#[utoipa::path(
    get,
    path = "/leerlingen/{id}/opp",
    tag = "ondersteuning",
    operation_id = "ontwikkelingsperspectieven",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Alle versies en evaluaties", body = OppLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen nummer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn lijst(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
) -> Result<Json<OppLijst>, ApiError> {
    let leerling = LeerlingId(nummer(&id)?);
    let today = crate::vandaag();
    state
        .store
        .dossier_voor(&g.verzoeker, leerling, today, "/api/v1/leerlingen/{id}/opp")
        .await?;
    let opps = state.store.opps_van(leerling, today).await?;
    Ok(Json(OppLijst {
        ontwikkelingsperspectieven: opps.into_iter().map(Into::into).collect(),
    }))
}

/// Een nieuwe versie zoals de school die vaststelt.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OppInvoer {
    /// praktijkonderwijs, vmbo-basis, vmbo-kader, vmbo-gt, havo, vwo, mbo, hbo-wo; in het vso
    /// vervolgonderwijs, arbeidsmarkt of dagbesteding.
    pub uitstroom: String,
    pub belemmerend: String,
    pub bevorderend: String,
    #[serde(default)]
    pub behoeften: Vec<OppBehoefte>,
    /// Het handelingsdeel: ten minste één doel.
    pub doelen: Vec<OppDoel>,
    /// Verplicht: het OPP wordt vastgesteld na op overeenstemming gericht overleg met de ouders.
    #[schema(format = Date, value_type = Option<String>)]
    pub overleg_ouders: Option<String>,
    pub overleg_verslag: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub instemming_ouders: Option<String>,
    pub stem_kind: Option<String>,
}

fn nieuwe_versie_van(o: OppInvoer) -> Result<NieuweOppVersie, ApiError> {
    let uitstroom = Uitstroom::parse(&o.uitstroom).map_err(|e| veld("uitstroom", e))?;
    let behoeften = o
        .behoeften
        .iter()
        .enumerate()
        .map(|(i, b)| {
            Ok((
                Domein::parse(&b.domein).map_err(|e| veld(&format!("behoeften[{i}].domein"), e))?,
                Niveau::new(b.niveau).map_err(|e| veld(&format!("behoeften[{i}].niveau"), e))?,
            ))
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    Ok(NieuweOppVersie {
        uitstroom,
        belemmerend: o.belemmerend,
        bevorderend: o.bevorderend,
        behoeften,
        doelen: o
            .doelen
            .into_iter()
            .map(|d| passend_store::Doel {
                doel: d.doel,
                ondersteuning: d.ondersteuning,
                wie: d.wie,
                frequentie: d.frequentie,
            })
            .collect(),
        overleg_ouders: opt_datum(o.overleg_ouders.as_deref(), "overlegOuders")?,
        overleg_verslag: o.overleg_verslag.unwrap_or_default(),
        instemming_ouders: opt_datum(o.instemming_ouders.as_deref(), "instemmingOuders")?,
        stem_kind: o.stem_kind.unwrap_or_default(),
    })
}

/// The OPP at the caller's own school, just written.
async fn eigen_opp(
    state: &AppState,
    wie: &Verzoeker,
    leerling: LeerlingId,
) -> Result<Ontwikkelingsperspectief, ApiError> {
    let scope = wie.kijker.scope.as_deref();
    state
        .store
        .opps_van(leerling, crate::vandaag())
        .await?
        .into_iter()
        .find(|o| Some(o.vestiging_code.as_str()) == scope)
        .map(Into::into)
        .ok_or_else(ApiError::not_found)
}

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

/// Een evaluatie van het ontwikkelingsperspectief, ten minste eenmaal per schooljaar.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"datum": "2026-11-20", "metOuders": true, "verslag": "doelen lezen gehaald; rekenen blijft"}))]
pub struct OppEvaluatieInvoer {
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    #[serde(default)]
    pub met_ouders: bool,
    pub verslag: String,
}

/// Een evaluatie vastleggen (de school waar de leerling is ingeschreven).
#[utoipa::path(
    post,
    path = "/leerlingen/{id}/opp/evaluaties",
    tag = "ondersteuning",
    operation_id = "oppEvalueren",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    request_body = OppEvaluatieInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Vastgelegd; het ontwikkelingsperspectief met de evaluatie", body = Ontwikkelingsperspectief,
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Location" = String, description = "De ontwikkelingsperspectieven van de leerling"))),
        (status = 400, description = "Niet toegestaan: geen verslag, datum in de toekomst, nog geen OPP", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn evalueer(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(e): ApiJson<OppEvaluatieInvoer>,
) -> Result<Aangemaakt<Ontwikkelingsperspectief>, ApiError> {
    let leerling = LeerlingId(nummer(&id)?);
    let evaluatie = passend_store::OppEvaluatie {
        datum: datum(&e.datum, "datum")?,
        met_ouders: e.met_ouders,
        verslag: e.verslag,
    };
    state
        .store
        .evalueer_opp(
            &g.verzoeker,
            leerling,
            &evaluatie,
            crate::vandaag(),
            "/api/v1/leerlingen/{id}/opp/evaluaties",
        )
        .await?;
    let opp = eigen_opp(&state, &g.verzoeker, leerling).await?;
    Ok(aangemaakt(
        format!("/api/v1/leerlingen/{}/opp", leerling.0),
        opp,
    ))
}

/// De instemming van de ouders met het handelingsdeel van de huidige versie.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"datum": "2026-11-20"}))]
pub struct InstemmingInvoer {
    #[schema(format = Date, value_type = String)]
    pub datum: String,
}

/// De instemming van de ouders vastleggen op de huidige versie (de school).
#[utoipa::path(
    post,
    path = "/leerlingen/{id}/opp/instemming",
    tag = "ondersteuning",
    operation_id = "oppInstemming",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    request_body = InstemmingInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Vastgelegd", body = Ontwikkelingsperspectief,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet toegestaan: al ingestemd, geen OPP, datum in de toekomst", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn instemming(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<InstemmingInvoer>,
) -> Result<Json<Ontwikkelingsperspectief>, ApiError> {
    let leerling = LeerlingId(nummer(&id)?);
    state
        .store
        .opp_instemming(
            &g.verzoeker,
            leerling,
            datum(&i.datum, "datum")?,
            crate::vandaag(),
            "/api/v1/leerlingen/{id}/opp/instemming",
        )
        .await?;
    Ok(Json(eigen_opp(&state, &g.verzoeker, leerling).await?))
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OppSignaal {
    pub leerling: i64,
    pub naam: String,
    pub vestiging: String,
    /// Wat er moet gebeuren.
    pub wat: String,
    /// Uiterlijk op deze dag.
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    pub te_laat: bool,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OppSignaalLijst {
    pub signalen: Vec<OppSignaal>,
    #[serde(flatten)]
    pub pagina: PaginaInfo,
}

/// Leerlingen die een ontwikkelingsperspectief moeten hebben en er (nog) geen hebben, en
/// ontwikkelingsperspectieven waarvan de jaarlijkse evaluatie nodig of te laat is. Voor de
/// school, het bestuur en het samenwerkingsverband; anderen krijgen een lege lijst.
#[utoipa::path(
    get,
    path = "/opp-signalen",
    tag = "ondersteuning",
    operation_id = "oppSignalen",
    params(Paginering),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Een pagina signalen", body = OppSignaalLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige paginering", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn signalen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiQuery(paginering): ApiQuery<Paginering>,
) -> Result<Json<OppSignaalLijst>, ApiError> {
    let (pagina, grootte) = paginering.checked()?;
    let alle = state
        .store
        .opp_signalen(&g.verzoeker, crate::vandaag(), "/api/v1/opp-signalen")
        .await?;
    let totaal = alle.len() as i64;
    Ok(Json(OppSignaalLijst {
        signalen: alle
            .into_iter()
            .skip(((pagina - 1) * grootte) as usize)
            .take(grootte as usize)
            .map(|s| OppSignaal {
                leerling: s.leerling_id.0,
                naam: s.naam,
                vestiging: s.vestiging_code,
                wat: s.wat,
                datum: dag(s.datum),
                te_laat: s.te_laat,
            })
            .collect(),
        pagina: PaginaInfo::new("/opp-signalen", "", pagina, grootte, totaal),
    }))
}

//! The budget of a samenwerkingsverband as the API shows it.

use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Toelichtingregel {
    #[schema(example = "zware_ondersteuning")]
    pub onderdeel: String,
    #[schema(example = "10000 leerlingen (bao 9500 + sbo 500) op 2014-10-01")]
    pub invoer: String,
    #[schema(example = "zware_ondersteuning_po")]
    pub sleutel: String,
    #[schema(example = "318.83")]
    pub factor: Option<String>,
    #[schema(example = "R1516 art. 21")]
    pub bron: String,
    #[schema(example = "3188300.00")]
    pub uitkomst: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Afdrachtregel {
    #[schema(example = "so 8 jaar en ouder, categorie laag")]
    pub groep: String,
    pub leerlingen: u64,
    #[schema(example = "8220.95")]
    pub normbedrag: Option<String>,
    #[schema(example = "328838.00")]
    pub bedrag: Option<String>,
}

/// Het netto budget onder elke betaalregel, vóór uitputting: een negatief bedrag dragen de
/// scholen in de regio (WPO art. 125a, WVO art. 85c).
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Scenario {
    #[schema(example = "PO2605")]
    pub samenwerkingsverband: String,
    #[schema(example = "2427808.10")]
    pub tlv: String,
    pub woon: String,
    pub school: String,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Begroting {
    #[schema(example = "PO2605")]
    pub samenwerkingsverband: String,
    #[schema(example = "2027-2028")]
    pub schooljaar: String,
    /// Het schooljaar van de toegepaste bedragen.
    #[schema(example = "2015-2016")]
    pub regelset: String,
    /// Waar: de bedragen horen bij een ander schooljaar — een voorbeeld, geen beschikking.
    pub rekenvoorbeeld: bool,
    #[schema(example = "tlv")]
    pub afdracht_naar: String,
    #[schema(example = "2026-10-01", format = Date, value_type = String)]
    pub teldatum: String,
    #[schema(example = "2027-02-01", format = Date, value_type = String)]
    pub groei_teldatum: String,
    pub leerlingen: u64,
    #[schema(example = "1487795.00")]
    pub lichte_ondersteuning: Option<String>,
    #[schema(example = "3188300.00")]
    pub zware_ondersteuning: Option<String>,
    #[schema(example = "760491.90")]
    pub afdracht_so: Option<String>,
    #[schema(example = "0.00")]
    pub afdracht_vso: Option<String>,
    #[schema(example = "0.00")]
    pub verevening: Option<String>,
    #[schema(example = "0.00")]
    pub groei: Option<String>,
    #[schema(example = "3915603.10")]
    pub netto: String,
    /// Onderdelen die de regelset niet geeft en dus niet berekend zijn.
    pub ontbrekend: Vec<String>,
    pub toelichting: Vec<Toelichtingregel>,
    pub afdracht_per_categorie: Vec<Afdrachtregel>,
    /// (V)so-leerlingen van dit SWV zonder geregistreerde TLV met categorie: niet in de afdracht.
    pub zonder_tlv: u64,
    /// Netto per samenwerkingsverband onder elke afdrachtregel (alleen die verschillen, en dit SWV).
    pub scenarios: Vec<Scenario>,
    /// Landelijke afdracht onder tlv, woon en school: gelijk.
    #[schema(example = json!(["760491.90", "760491.90", "760491.90"]))]
    pub afdracht_landelijk: Vec<Option<String>>,
}

//! A registration as the client sends it (read by [`crate::formulier::aanmelding`]).

use serde::Deserialize;
use utoipa::ToSchema;

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

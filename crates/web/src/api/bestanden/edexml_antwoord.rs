//! What reading a roster did, as the API reports it.

use serde::Serialize;
use utoipa::ToSchema;

/// New, changed, unchanged and removed records of one kind.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
#[schema(example = json!({"nieuw": 3, "gewijzigd": 1, "ongewijzigd": 10, "verwijderd": 0}))]
pub struct EdexmlTelling {
    pub nieuw: usize,
    pub gewijzigd: usize,
    pub ongewijzigd: usize,
    pub verwijderd: usize,
}

impl From<passend_store::Telling> for EdexmlTelling {
    fn from(t: passend_store::Telling) -> Self {
        Self {
            nieuw: t.nieuw,
            gewijzigd: t.gewijzigd,
            ongewijzigd: t.ongewijzigd,
            verwijderd: t.verwijderd,
        }
    }
}

/// What an EDEXML import stored.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
#[schema(example = json!({
    "vestiging": "99ZZ00",
    "leerlingen": {"nieuw": 0, "gewijzigd": 0, "ongewijzigd": 0, "verwijderd": 0},
    "roosterleerlingen": {"nieuw": 2, "gewijzigd": 0, "ongewijzigd": 0, "verwijderd": 0},
    "groepen": {"nieuw": 8, "gewijzigd": 0, "ongewijzigd": 0, "verwijderd": 0},
    "medewerkers": {"nieuw": 3, "gewijzigd": 0, "ongewijzigd": 0, "verwijderd": 0},
    "inschrijvingen": 0,
    "indelingen": 10,
    "uitgestroomd": 1,
    "waarschuwingen": ["leerling 00001 (regel 77) staat alleen in het rooster: passend mist nog een BSN of onderwijsnummer, een postcode"],
    "nietsGewijzigd": false
}))]
pub struct EdexmlIngelezen {
    /// De vestiging waarvan het bestand het rooster is.
    pub vestiging: String,
    /// Leerlingen van het bestand (een rooster verwijdert nooit een leerling).
    pub leerlingen: EdexmlTelling,
    /// Nieuwe leerlingen van wie het bestand niet alles geeft wat passend nodig heeft
    /// (een goedgekeurd BSN of onderwijsnummer, naam, geboortedatum, postcode): alleen in
    /// het rooster, met wat ontbreekt, tot een later bestand ze aanvult.
    pub roosterleerlingen: EdexmlTelling,
    pub groepen: EdexmlTelling,
    pub medewerkers: EdexmlTelling,
    /// Nieuwe inschrijvingen bij de vestiging.
    pub inschrijvingen: usize,
    /// Groepsindelingen van leerlingen en medewerkers, toegevoegd of verwijderd.
    pub indelingen: usize,
    /// Leerlingen met een uitstroomdatum vóór de peildatum: niet ingelezen.
    pub uitgestroomd: usize,
    /// Wat de school moet aanvullen: leerlingen alleen in het rooster, en waarden die de
    /// controle niet doorstonden (niet overgenomen). Genoemd met sleutel en regel, nooit
    /// met de waarde.
    pub waarschuwingen: Vec<String>,
    /// Waar: het bestand veranderde niets (hetzelfde bestand opnieuw).
    pub niets_gewijzigd: bool,
}

impl From<passend_store::EdexmlUitkomst> for EdexmlIngelezen {
    fn from(u: passend_store::EdexmlUitkomst) -> Self {
        Self {
            niets_gewijzigd: u.niets_gewijzigd(),
            vestiging: u.vestiging,
            leerlingen: u.leerlingen.into(),
            roosterleerlingen: u.roosterleerlingen.into(),
            groepen: u.groepen.into(),
            medewerkers: u.medewerkers.into(),
            inschrijvingen: u.inschrijvingen,
            indelingen: u.indelingen,
            uitgestroomd: u.uitgestroomd,
            waarschuwingen: u.waarschuwingen,
        }
    }
}

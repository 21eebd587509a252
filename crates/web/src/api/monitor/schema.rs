//! The monitor as the API shows it: rows, indicators, years, target values and money.

use super::MonitorCel;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "samenwerkingsverband": "PO2605",
    "cellen": [{"waarde": 40, "onderdrukt": false, "label": "40"}, {"waarde": null, "onderdrukt": true, "label": "<10"}],
    "totaal": {"waarde": 43, "onderdrukt": false, "label": "43"}
}))]
pub struct MonitorRij {
    /// SWV code; `null` for the national totals.
    pub samenwerkingsverband: Option<String>,
    pub cellen: Vec<MonitorCel>,
    /// The row total, where the figure has one.
    pub totaal: Option<MonitorCel>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MonitorIndicator {
    #[schema(example = "tlv")]
    pub sleutel: String,
    #[schema(example = "Toelaatbaarheidsverklaringen")]
    pub titel: String,
    /// What is counted.
    pub definitie: String,
    #[schema(example = "periode 01-08-2026 t/m 22-11-2026")]
    pub peildatum: String,
    #[schema(example = json!(["sbo", "so laag", "so midden"]))]
    pub kolommen: Vec<String>,
    pub rijen: Vec<MonitorRij>,
    /// Column totals over every SWV (national view only).
    pub landelijk: Option<MonitorRij>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct MonitorAntwoord {
    #[schema(example = "2026-2027")]
    pub schooljaar: String,
    /// `landelijk`, or the SWV the figures are about.
    #[schema(example = "landelijk")]
    pub bereik: String,
    /// Whether small counts are hidden (always, outside the SWV's own staff).
    pub afgeschermd: bool,
    #[schema(example = 10)]
    pub drempel: u64,
    pub indicatoren: Vec<MonitorIndicator>,
    /// Thuiszitters longer than three months per schooljaar for the view (the same count and
    /// the same hidden cells as the indicator `thuiszitters` of each schooljaar).
    pub trend_thuiszitters: Vec<MonitorJaar>,
    /// For an SWV: the targets on that figure from its adopted ondersteuningsplannen, per
    /// schooljaar they cover (the trajectory). Empty nationally.
    pub traject_thuiszitters: Vec<MonitorStreefwaarde>,
    /// Budget, spending and reserve per SWV (amounts in euro as decimal strings; not
    /// subject to the small-cell rule); in the national view the sum as `landelijk`.
    pub geld: Vec<MonitorGeld>,
}

/// One schooljaar's count; `null` where hidden.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"schooljaar": "2025-2026", "aantal": 12}))]
pub struct MonitorJaar {
    pub schooljaar: String,
    pub aantal: Option<u64>,
}

/// A plan's target for one schooljaar.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"schooljaar": "2026-2027", "richting": "hoogstens", "streefwaarde": 5}))]
pub struct MonitorStreefwaarde {
    pub schooljaar: String,
    /// `hoogstens` or `minstens`.
    pub richting: String,
    pub streefwaarde: u64,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
#[schema(example = json!({"samenwerkingsverband": "PO2605", "budget": "4123456.78", "boekjaar": 2025, "baten": "9310000.00", "lasten": "3980000.00", "reserve": "812000.00", "signaleringswaardeOverschreden": false}))]
pub struct MonitorGeld {
    pub samenwerkingsverband: String,
    pub budget: Option<String>,
    /// Het boekjaar van baten, lasten en reserve.
    pub boekjaar: Option<i16>,
    pub baten: Option<String>,
    pub lasten: Option<String>,
    pub reserve: Option<String>,
    pub signaleringswaarde_overschreden: Option<bool>,
}

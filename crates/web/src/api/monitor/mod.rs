//! The monitor: aggregates with small-cell protection. The same figures and the same
//! hidden cells as the page: a hidden cell has `waarde: null`, `onderdrukt: true` and the
//! label "<10" (or "×" for a cell hidden so that a small one cannot be computed back).

mod antwoord;
mod landelijk;
mod schema;
mod swv;

pub use landelijk::*;
pub use schema::*;
pub use swv::*;

use passend_domain::monitor::Cel;
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

#[derive(OpenApi)]
#[openapi(
    paths(monitor_landelijk, monitor_swv),
    components(schemas(MonitorAntwoord, MonitorIndicator, MonitorRij, MonitorCel, MonitorGeld, MonitorJaar, MonitorStreefwaarde)),
    tags((name = "monitor", description = "Regionale en landelijke monitor, met afscherming van kleine aantallen"))
)]
pub struct MonitorApi;

/// One count; hidden counts have no value.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"waarde": null, "onderdrukt": true, "label": "<10"}))]
pub struct MonitorCel {
    /// The count, or `null` when hidden.
    pub waarde: Option<u64>,
    pub onderdrukt: bool,
    /// As shown: the count, "<10", or "×" (hidden so that a small count cannot be computed
    /// back from a total).
    pub label: String,
}

pub fn cel(c: Cel, drempel: u64) -> MonitorCel {
    MonitorCel {
        waarde: c.waarde(),
        onderdrukt: c.onderdrukt(),
        label: c.label(drempel),
    }
}

//! Progress against the goal that no child is out of school longer than three months:
//! the national series against the trajectory (a chart and a table), and per SWV the
//! children in the register who were out longer than three months in a schooljaar — for
//! the SWV's staff exactly, and for its OPR, the inspectie and the ministerie with small counts
//! hidden as in the monitor.

mod pagina;

pub use pagina::*;

/// `?formaat=csv|xlsx` downloads the national series; with `tabel=per-swv` the table per SWV.
#[derive(serde::Deserialize, Default)]
pub struct Keuze {
    formaat: Option<String>,
    tabel: Option<String>,
}

pub struct Punt {
    x: i64,
    y: i64,
    label: String,
    waarde: i64,
}

/// Chart size and margins in SVG units.
const W: i64 = 640;

const H: i64 = 260;

const LEFT: i64 = 60;

const TOP: i64 = 20;

const JAREN: (i16, i16) = (2013, 2021);

const MAX: i64 = 5_000;

fn x(jaar: i16) -> i64 {
    LEFT + i64::from(jaar - JAREN.0) * (W - LEFT - 20) / i64::from(JAREN.1 - JAREN.0)
}

fn y(aantal: i64) -> i64 {
    TOP + (H - TOP - 30) * (MAX - aantal.min(MAX)) / MAX
}

fn pad(punten: &[Punt]) -> String {
    punten
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{}{},{}", if i == 0 { "M" } else { " L" }, p.x, p.y))
        .collect()
}

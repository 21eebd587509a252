//! Line charts of the monitor, laid out for inline SVG.

/// A point of a line chart, in SVG units, with its label and shown value.
pub struct Punt {
    pub x: i64,
    pub y: i64,
    pub label: String,
    pub waarde: String,
}

pub struct Lijn {
    pub pad: String,
    pub punten: Vec<Punt>,
}

/// Chart geometry in SVG units.
const W: i64 = 640;

const H: i64 = 240;

const LEFT: i64 = 60;

const TOP: i64 = 20;

const BOTTOM: i64 = 30;

pub(super) fn lijn(
    waarden: &[(i16, Option<i64>, String)],
    eerste: i16,
    laatste: i16,
    max: i64,
) -> Lijn {
    let span = i64::from((laatste - eerste).max(1));
    let punten: Vec<Punt> = waarden
        .iter()
        .filter_map(|(jaar, w, label)| {
            let w = (*w)?;
            Some(Punt {
                x: LEFT + i64::from(jaar - eerste) * (W - LEFT - 20) / span,
                y: TOP + (H - TOP - BOTTOM) * (max - w.min(max)) / max.max(1),
                label: format!("{jaar}/{}", jaar + 1),
                waarde: label.clone(),
            })
        })
        .collect();
    let pad = punten
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{}{},{}", if i == 0 { "M" } else { " L" }, p.x, p.y))
        .collect();
    Lijn { pad, punten }
}

//! The embedded font: DejaVu Sans (free licence, `fonts/LICENSE-DejaVu.txt`), which has every
//! letter of Dutch (é, ë, ï, ö, ü, ĳ as i+j) and the euro sign. Embedded whole as a simple
//! TrueType font with WinAnsiEncoding; the widths come from the font's own tables, read here
//! (head, hhea, hmtx and the Unicode cmap of format 4).

pub const TTF: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");

/// Windows-1252 bytes 0x80–0x9F that the letters use, with their characters.
const WIN_ANSI_80: [(u8, char); 7] = [
    (0x80, '€'),
    (0x91, '‘'),
    (0x92, '’'),
    (0x93, '“'),
    (0x94, '”'),
    (0x96, '–'),
    (0x97, '—'),
];

/// The WinAnsi byte of a character; `?` for one the encoding does not have.
pub fn win_ansi(c: char) -> u8 {
    match c as u32 {
        n if n < 0x80 || (0xA0..=0xFF).contains(&n) => n as u8,
        _ => WIN_ANSI_80
            .iter()
            .find(|(_, x)| *x == c)
            .map_or(b'?', |(b, _)| *b),
    }
}

/// The character a WinAnsi byte stands for.
pub fn teken(b: u8) -> Option<char> {
    match b {
        0x80..=0x9F => WIN_ANSI_80.iter().find(|(x, _)| *x == b).map(|(_, c)| *c),
        _ => Some(char::from(b)),
    }
}

fn u16_at(d: &[u8], o: usize) -> u16 {
    d.get(o..o + 2)
        .map_or(0, |b| u16::from_be_bytes([b[0], b[1]]))
}

fn tabel(naam: &[u8; 4]) -> &'static [u8] {
    let n = usize::from(u16_at(TTF, 4));
    (0..n)
        .map(|i| 12 + 16 * i)
        .find(|&o| &TTF[o..o + 4] == naam)
        .map_or(&[], |o| {
            let start =
                u32::from_be_bytes(TTF[o + 8..o + 12].try_into().unwrap_or_default()) as usize;
            let len =
                u32::from_be_bytes(TTF[o + 12..o + 16].try_into().unwrap_or_default()) as usize;
            TTF.get(start..start + len).unwrap_or_default()
        })
}

/// The glyph of a character through the format 4 subtable of the Unicode cmap.
fn glyph(c: char) -> u16 {
    let cmap = tabel(b"cmap");
    let c = c as u32;
    let Some(sub) = (0..usize::from(u16_at(cmap, 2)))
        .map(|i| 4 + 8 * i)
        .find(|&o| u16_at(cmap, o) == 3 && u16_at(cmap, o + 2) == 1)
        .map(|o| u32::from_be_bytes(cmap[o + 4..o + 8].try_into().unwrap_or_default()) as usize)
    else {
        return 0;
    };
    let t = &cmap[sub..];
    let segs = usize::from(u16_at(t, 6) / 2);
    let (ends, starts, deltas, offsets) = (14, 16 + 2 * segs, 16 + 4 * segs, 16 + 6 * segs);
    for i in 0..segs {
        let (end, start) = (
            u32::from(u16_at(t, ends + 2 * i)),
            u32::from(u16_at(t, starts + 2 * i)),
        );
        if c < start || c > end {
            continue;
        }
        let delta = u16_at(t, deltas + 2 * i);
        let offset = usize::from(u16_at(t, offsets + 2 * i));
        if offset == 0 {
            return (c as u16).wrapping_add(delta);
        }
        let g = u16_at(t, offsets + 2 * i + offset + 2 * (c - start) as usize);
        return if g == 0 { 0 } else { g.wrapping_add(delta) };
    }
    0
}

/// Units per em, and the font's ascent, descent and bounding box in those units.
pub fn maten() -> (f32, f32, f32, [f32; 4]) {
    let (head, hhea) = (tabel(b"head"), tabel(b"hhea"));
    let i = |d: &[u8], o| f32::from(u16_at(d, o) as i16);
    (
        f32::from(u16_at(head, 18)),
        i(hhea, 4),
        i(hhea, 6),
        [i(head, 36), i(head, 38), i(head, 40), i(head, 42)],
    )
}

/// The advance width of a WinAnsi byte in thousandths of the font size.
pub fn breedte(b: u8) -> f32 {
    let (hhea, hmtx) = (tabel(b"hhea"), tabel(b"hmtx"));
    let metrics = u16_at(hhea, 34).max(1);
    let g = teken(b).map_or(0, glyph).min(metrics - 1);
    f32::from(u16_at(hmtx, 4 * usize::from(g))) * 1000.0 / maten().0
}

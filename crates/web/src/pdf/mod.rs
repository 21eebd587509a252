//! Letters as PDF: A4, the embedded DejaVu Sans (so every Dutch letter prints as itself),
//! lines wrapped by the font's own widths, as many pages as needed. No layout engine: a
//! letter is a list of paragraphs, each with its size and the space before it.

mod brief;
#[doc(hidden)]
pub mod font;
mod tekst;

pub use brief::brief_van;
pub use tekst::tekst;

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str};

const BREEDTE: f32 = 595.0;
const HOOGTE: f32 = 842.0;
const MARGE: f32 = 56.0;

/// A paragraph: its text (line breaks kept), its font size, and the space above it.
pub struct Alinea {
    pub tekst: String,
    pub grootte: f32,
    pub ruimte: f32,
}

impl Alinea {
    pub fn new(tekst: impl Into<String>, grootte: f32, ruimte: f32) -> Self {
        Alinea {
            tekst: tekst.into(),
            grootte,
            ruimte,
        }
    }
}

/// Wraps a line at word boundaries to the text width, measured in the font.
fn wrap(regel: &str, grootte: f32) -> Vec<Vec<u8>> {
    let max = (BREEDTE - 2.0 * MARGE) * 1000.0 / grootte;
    let maat = |w: &[u8]| w.iter().map(|b| font::breedte(*b)).sum::<f32>();
    let mut lines = Vec::new();
    let mut line: Vec<u8> = Vec::new();
    for word in regel.split_whitespace() {
        let word: Vec<u8> = word.chars().map(font::win_ansi).collect();
        if !line.is_empty() && maat(&line) + font::breedte(b' ') + maat(&word) > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(b' ');
        }
        line.extend(word);
    }
    lines.push(line);
    lines
}

/// The document: each paragraph's lines placed from the top, a new page when one is full.
pub fn document(alineas: &[Alinea]) -> Vec<u8> {
    // (page, y, size, bytes) of every line.
    let mut regels: Vec<(usize, f32, f32, Vec<u8>)> = Vec::new();
    let (mut pagina, mut y) = (0, HOOGTE - MARGE);
    for a in alineas {
        y -= a.ruimte;
        for regel in a.tekst.lines().flat_map(|r| wrap(r, a.grootte)) {
            y -= a.grootte * 1.35;
            if y < MARGE {
                (pagina, y) = (pagina + 1, HOOGTE - MARGE - a.grootte * 1.35);
            }
            regels.push((pagina, y, a.grootte, regel));
        }
    }
    let mut pdf = Pdf::new();
    let (catalog, tree, font, descriptor, bestand) = (
        Ref::new(1),
        Ref::new(2),
        Ref::new(3),
        Ref::new(4),
        Ref::new(5),
    );
    let paginas: Vec<(Ref, Ref)> = (0..=pagina)
        .map(|i| (Ref::new(6 + 2 * i as i32), Ref::new(7 + 2 * i as i32)))
        .collect();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(paginas.iter().map(|(p, _)| *p))
        .count(paginas.len() as i32);
    let (em, ascent, descent, bbox) = font::maten();
    let s = 1000.0 / em;
    let mut f = pdf.indirect(font).dict();
    f.pair(Name(b"Type"), Name(b"Font"));
    f.pair(Name(b"Subtype"), Name(b"TrueType"));
    f.pair(Name(b"BaseFont"), Name(b"DejaVuSans"));
    f.pair(Name(b"FirstChar"), 32);
    f.pair(Name(b"LastChar"), 255);
    f.insert(Name(b"Widths"))
        .array()
        .items((32..=255u8).map(font::breedte));
    f.pair(Name(b"Encoding"), Name(b"WinAnsiEncoding"));
    f.pair(Name(b"FontDescriptor"), descriptor);
    f.finish();
    pdf.font_descriptor(descriptor)
        .name(Name(b"DejaVuSans"))
        .flags(pdf_writer::types::FontFlags::NON_SYMBOLIC)
        .bbox(Rect::new(
            bbox[0] * s,
            bbox[1] * s,
            bbox[2] * s,
            bbox[3] * s,
        ))
        .italic_angle(0.0)
        .ascent(ascent * s)
        .descent(descent * s)
        .cap_height(ascent * s)
        .stem_v(80.0)
        .font_file2(bestand);
    pdf.stream(bestand, font::TTF)
        .pair(Name(b"Length1"), font::TTF.len() as i32);
    for (i, (page, inhoud)) in paginas.iter().enumerate() {
        let mut p = pdf.page(*page);
        p.media_box(Rect::new(0.0, 0.0, BREEDTE, HOOGTE))
            .parent(tree)
            .contents(*inhoud);
        p.resources().fonts().pair(Name(b"F1"), font);
        p.finish();
        let mut c = Content::new();
        for (_, y, grootte, regel) in regels.iter().filter(|r| r.0 == i) {
            c.begin_text();
            c.set_font(Name(b"F1"), *grootte);
            c.next_line(MARGE, *y);
            c.show(Str(regel));
            c.end_text();
        }
        pdf.stream(*inhoud, &c.finish());
    }
    pdf.finish()
}

/// A plain letter: a title, then the text with its paragraphs and line breaks kept.
pub fn brief(titel: &str, tekst: &str) -> Vec<u8> {
    document(&[
        Alinea::new(titel, 13.0, 0.0),
        Alinea::new(tekst, 10.5, 14.0),
    ])
}

//! A plain letter as PDF: A4, Helvetica, wrapped lines, as many pages as needed. Enough for
//! decision letters that parents print or receive by mail; no layout engine needed.

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str};

const BREEDTE: f32 = 595.0;
const HOOGTE: f32 = 842.0;
const MARGE: f32 = 56.0;
const REGEL: f32 = 14.0;
const TEKENS_PER_REGEL: usize = 92;

/// Windows-1252 (WinAnsiEncoding) bytes for the standard Helvetica font: Latin-1 letters
/// map to themselves, the euro sign and typographic quotes to their 0x80–0x9F codes.
fn win_ansi(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| match c {
            '€' => 0x80,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '–' => 0x96,
            '—' => 0x97,
            c if (c as u32) < 0x80 || (0xA0..=0xFF).contains(&(c as u32)) => c as u32 as u8,
            _ => b'?',
        })
        .collect()
}

/// Wraps a paragraph at word boundaries.
fn wrap(paragraph: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in paragraph.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > TEKENS_PER_REGEL {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines
}

/// A letter: a bold title, then the text with its paragraphs and line breaks kept.
pub fn brief(titel: &str, tekst: &str) -> Vec<u8> {
    let regels: Vec<String> = tekst.lines().flat_map(wrap).collect();
    let per_pagina = ((HOOGTE - 2.0 * MARGE - 2.0 * REGEL) / REGEL) as usize;
    let paginas: Vec<&[String]> = regels.chunks(per_pagina.max(1)).collect();

    let mut pdf = Pdf::new();
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let font = Ref::new(3);
    let bold = Ref::new(4);
    let mut next = 5;
    let mut page_ids = Vec::new();
    for _ in &paginas {
        page_ids.push((Ref::new(next), Ref::new(next + 1)));
        next += 2;
    }
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(page_ids.iter().map(|(p, _)| *p))
        .count(page_ids.len() as i32);
    pdf.type1_font(font)
        .base_font(Name(b"Helvetica"))
        .encoding_predefined(Name(b"WinAnsiEncoding"));
    pdf.type1_font(bold)
        .base_font(Name(b"Helvetica-Bold"))
        .encoding_predefined(Name(b"WinAnsiEncoding"));
    for (i, (regels, (page, inhoud))) in paginas.iter().zip(&page_ids).enumerate() {
        let mut p = pdf.page(*page);
        p.media_box(Rect::new(0.0, 0.0, BREEDTE, HOOGTE));
        p.parent(tree);
        p.contents(*inhoud);
        let mut resources = p.resources();
        let mut fonts = resources.fonts();
        fonts.pair(Name(b"F1"), font);
        fonts.pair(Name(b"F2"), bold);
        fonts.finish();
        resources.finish();
        p.finish();
        let mut c = Content::new();
        c.begin_text();
        let mut y = HOOGTE - MARGE;
        if i == 0 {
            c.set_font(Name(b"F2"), 13.0);
            c.next_line(MARGE, y);
            c.show(Str(&win_ansi(titel)));
            c.end_text();
            c.begin_text();
            y -= 2.0 * REGEL;
        }
        c.set_font(Name(b"F1"), 10.5);
        c.next_line(MARGE, y);
        for (n, regel) in regels.iter().enumerate() {
            if n > 0 {
                c.next_line(0.0, -REGEL);
            }
            c.show(Str(&win_ansi(regel)));
        }
        c.end_text();
        pdf.stream(*inhoud, &c.finish());
    }
    pdf.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_is_a_pdf_with_its_text() {
        let tekst = "Besluit van 2026-11-22.\n\nBezwaar: u kunt binnen zes weken bezwaar maken. Beschikkingsnummer PO2605-2026-00001.";
        let pdf = brief("Besluit toelaatbaarheidsverklaring", tekst);
        assert!(pdf.starts_with(b"%PDF-"));
        let body = String::from_utf8_lossy(&pdf);
        assert!(
            body.contains("PO2605-2026-00001"),
            "text is stored uncompressed"
        );
        assert!(body.contains("/Helvetica"));
    }

    #[test]
    fn long_letters_get_more_pages_and_accents_survive() {
        let tekst = (0..200)
            .map(|i| format!("regel {i} met één accent"))
            .collect::<Vec<_>>()
            .join("\n");
        let pdf = brief("Titel", &tekst);
        let body = String::from_utf8_lossy(&pdf);
        assert!(body.contains("/Count 4"), "200 lines on pages of about 52");
        // "één" in WinAnsi is E9 E9 6E; pdf-writer writes a string with such bytes raw, with
        // octal escapes, or as a hex string.
        let raw = pdf.windows(3).any(|w| w == [0xE9, 0xE9, b'n']);
        let hex = body.to_ascii_uppercase().contains("E9E96E");
        assert!(
            raw || hex || body.contains("\\351\\351n"),
            "accented text kept"
        );
        assert!(!body.contains("??n"), "no replacement characters");
    }
}

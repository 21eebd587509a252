//! The text of a PDF made by [`super::document`], line by line: the strings its content
//! streams show, decoded from WinAnsi. For tests that must look where only the right
//! answer puts a word, and for a quick look at a letter without a viewer.

use super::font;

/// Each `(…) Tj` or `<…> Tj` of the uncompressed content streams, one line each (the
/// font's own stream is binary and skipped: only streams that begin with `BT` are read).
pub fn tekst(pdf: &[u8]) -> String {
    let mut out = String::new();
    let mut rest = pdf;
    while let Some(start) = find(rest, b"stream\n") {
        rest = &rest[start + 7..];
        let eind = find(rest, b"endstream").unwrap_or(rest.len());
        if rest.starts_with(b"BT") {
            strings(&rest[..eind], &mut out);
        }
        rest = &rest[(eind + "endstream".len()).min(rest.len())..];
    }
    out
}

fn find(hooiberg: &[u8], naald: &[u8]) -> Option<usize> {
    hooiberg.windows(naald.len()).position(|w| w == naald)
}

fn strings(pdf: &[u8], out: &mut String) {
    let mut i = 0;
    while i < pdf.len() {
        let (bytes, volgende) = match pdf[i] {
            b'(' => letterlijk(pdf, i + 1),
            b'<' if pdf.get(i + 1) != Some(&b'<') => hex(pdf, i + 1),
            b'<' => (None, i + 2),
            _ => (None, i + 1),
        };
        i = volgende;
        let Some(bytes) = bytes else { continue };
        let rest = &pdf[i..(i + 4).min(pdf.len())];
        if rest.starts_with(b" Tj") || rest.starts_with(b"Tj") {
            out.extend(bytes.into_iter().filter_map(font::teken));
            out.push('\n');
        }
    }
}

fn letterlijk(pdf: &[u8], mut i: usize) -> (Option<Vec<u8>>, usize) {
    let (mut out, mut diepte) = (Vec::new(), 0);
    while let Some(&b) = pdf.get(i) {
        i += 1;
        match b {
            b'\\' => {
                let c = pdf.get(i).copied().unwrap_or(b'\\');
                i += 1;
                match c {
                    b'0'..=b'7' => {
                        let mut n = u32::from(c - b'0');
                        for _ in 0..2 {
                            match pdf.get(i) {
                                Some(d @ b'0'..=b'7') => {
                                    n = n * 8 + u32::from(d - b'0');
                                    i += 1;
                                }
                                _ => break,
                            }
                        }
                        out.push(n as u8);
                    }
                    b'n' => out.push(b'\n'),
                    b'r' => out.push(b'\r'),
                    b't' => out.push(b'\t'),
                    c => out.push(c),
                }
            }
            b'(' => {
                diepte += 1;
                out.push(b);
            }
            b')' if diepte == 0 => return (Some(out), i),
            b')' => {
                diepte -= 1;
                out.push(b);
            }
            b => out.push(b),
        }
    }
    (None, i)
}

fn hex(pdf: &[u8], i: usize) -> (Option<Vec<u8>>, usize) {
    let Some(eind) = pdf[i..].iter().position(|&b| b == b'>') else {
        return (None, i);
    };
    let digits: Vec<u8> = pdf[i..i + eind]
        .iter()
        .copied()
        .filter(u8::is_ascii_hexdigit)
        .collect();
    let out = digits
        .chunks(2)
        .map(|p| u8::from_str_radix(std::str::from_utf8(p).unwrap_or("0"), 16).unwrap_or(0))
        .collect();
    (Some(out), i + eind + 1)
}

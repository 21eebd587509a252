//! Applying a mutation to a file.

use super::*;

pub fn toepassen(bron: &[u8], mutaties: &[Mutatie]) -> Vec<u8> {
    let mut uit = bron.to_vec();
    for mutatie in mutaties {
        match mutatie {
            Mutatie::Vervang(bytes) => uit.clone_from(bytes),
            Mutatie::Flip { waar, masker } if !uit.is_empty() => {
                let i = waar.index(uit.len());
                uit[i] ^= masker;
            }
            Mutatie::Flip { .. } => {}
            Mutatie::Afkappen { waar } => uit.truncate(waar.index(uit.len() + 1)),
            Mutatie::Bytes { waar, bytes } => {
                let i = waar.index(uit.len() + 1);
                uit.splice(i..i, bytes.iter().copied());
            }
            Mutatie::Teken { waar, teken } => {
                let i = waar.index(uit.len() + 1);
                uit.splice(i..i, teken.iter().copied());
            }
            Mutatie::Veld { welk, waarde } => {
                // Fields as a naive split at delimiters and line ends: quotes are damage too.
                let mut velden = Vec::new();
                let mut begin = 0;
                for (i, &b) in uit.iter().enumerate() {
                    if matches!(b, b',' | b'\n' | b'\r') {
                        velden.push((begin, i));
                        begin = i + 1;
                    }
                }
                velden.push((begin, uit.len()));
                let (begin, eind) = velden[welk.index(velden.len())];
                let nieuw = match waarde {
                    Waarde::Tekst(t) => t.clone(),
                    Waarde::Groot(byte, lengte) => vec![*byte; *lengte],
                };
                uit.splice(begin..eind, nieuw);
            }
            Mutatie::Regel { welke, andere, op } => {
                let lijst = regels(&uit);
                if lijst.is_empty() {
                    continue;
                }
                let (b, e) = lijst[welke.index(lijst.len())];
                let regel = uit[b..e].to_vec();
                match op {
                    RegelOp::Dubbel => {
                        let mut kopie = regel;
                        kopie.push(b'\n');
                        uit.splice(b..b, kopie);
                    }
                    RegelOp::Weg => {
                        let tot = (e + 1).min(uit.len());
                        uit.drain(b..tot);
                    }
                    RegelOp::Leeg => {
                        uit.splice(b..b, *b"\n");
                    }
                    RegelOp::Samen => {
                        if e < uit.len() {
                            uit.remove(e);
                        }
                    }
                    RegelOp::Wissel => {
                        let (b2, e2) = lijst[andere.index(lijst.len())];
                        let tweede = uit[b2..e2].to_vec();
                        // The later span first, so the earlier offsets stay right.
                        if b2 > b {
                            uit.splice(b2..e2, regel);
                            uit.splice(b..e, tweede);
                        } else if b2 < b {
                            uit.splice(b..e, tweede);
                            uit.splice(b2..e2, regel);
                        }
                    }
                }
            }
            Mutatie::Codering(codering) => {
                uit = match codering {
                    Codering::Bom => [&b"\xef\xbb\xbf"[..], &uit].concat(),
                    Codering::Crlf => vervang_regeleinde(&uit, b"\r\n"),
                    Codering::Cr => vervang_regeleinde(&uit, b"\r"),
                    Codering::Latin1 => String::from_utf8_lossy(&uit)
                        .chars()
                        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
                        .collect(),
                    Codering::Utf16 => std::iter::once(0xFEFFu16)
                        .chain(String::from_utf8_lossy(&uit).encode_utf16())
                        .flat_map(u16::to_le_bytes)
                        .collect(),
                    Codering::ZonderSlot => {
                        let mut u = uit.clone();
                        while u.last().is_some_and(|b| matches!(b, b'\n' | b'\r')) {
                            u.pop();
                        }
                        u
                    }
                    Codering::Nul => [&uit[..], &[0u8; 64][..]].concat(),
                }
            }
        }
    }
    uit
}

fn vervang_regeleinde(bytes: &[u8], einde: &[u8]) -> Vec<u8> {
    let mut uit = Vec::with_capacity(bytes.len() * 2);
    for &b in bytes {
        if b == b'\n' {
            uit.extend_from_slice(einde);
        } else {
            uit.push(b);
        }
    }
    uit
}

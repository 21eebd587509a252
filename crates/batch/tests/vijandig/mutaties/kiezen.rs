//! Choosing the mutations for a file.

use super::*;

pub fn mutaties(soort: Soort) -> BoxedStrategy<Vec<Mutatie>> {
    let een: BoxedStrategy<Mutatie> = match soort {
        Soort::Willekeurig => prop_oneof![
            prop::collection::vec(any::<u8>(), 0..512),
            prop::collection::vec(prop::sample::select(&b"a0,\"\r\n. -"[..]), 0..512),
        ]
        .prop_map(Mutatie::Vervang)
        .boxed(),
        Soort::Bitflips => (any::<Index>(), 1..=255u8)
            .prop_map(|(waar, masker)| Mutatie::Flip { waar, masker })
            .boxed(),
        Soort::Afkappen => any::<Index>()
            .prop_map(|waar| Mutatie::Afkappen { waar })
            .boxed(),
        Soort::Bytes => (any::<Index>(), prop::collection::vec(any::<u8>(), 1..32))
            .prop_map(|(waar, bytes)| Mutatie::Bytes { waar, bytes })
            .boxed(),
        Soort::Tekens => (any::<Index>(), prop::sample::select(TEKENS))
            .prop_map(|(waar, teken)| Mutatie::Teken { waar, teken })
            .boxed(),
        Soort::Veld => (any::<Index>(), waarde())
            .prop_map(|(welk, waarde)| Mutatie::Veld { welk, waarde })
            .boxed(),
        Soort::Regels => (
            any::<Index>(),
            any::<Index>(),
            prop::sample::select(
                &[
                    RegelOp::Dubbel,
                    RegelOp::Weg,
                    RegelOp::Wissel,
                    RegelOp::Leeg,
                    RegelOp::Samen,
                ][..],
            ),
        )
            .prop_map(|(welke, andere, op)| Mutatie::Regel { welke, andere, op })
            .boxed(),
        Soort::Codering => prop::sample::select(
            &[
                Codering::Bom,
                Codering::Crlf,
                Codering::Cr,
                Codering::Latin1,
                Codering::Utf16,
                Codering::ZonderSlot,
                Codering::Nul,
            ][..],
        )
        .prop_map(Mutatie::Codering)
        .boxed(),
    };
    match soort {
        Soort::Willekeurig => prop::collection::vec(een, 1..2).boxed(),
        // A re-encoding and then some other damage: a CRLF file with a bad field, say.
        Soort::Codering => (een, prop::option::of((any::<Index>(), waarde())))
            .prop_map(|(codering, veld)| {
                let mut alle = vec![codering];
                alle.extend(veld.map(|(welk, waarde)| Mutatie::Veld { welk, waarde }));
                alle
            })
            .boxed(),
        _ => prop::collection::vec(een, 1..4).boxed(),
    }
}

/// (start, end) of every line, without its line end.
pub(super) fn regels(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut uit = Vec::new();
    let mut begin = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' {
            uit.push((begin, i));
            begin = i + 1;
        }
    }
    if begin < bytes.len() {
        uit.push((begin, bytes.len()));
    }
    uit
}

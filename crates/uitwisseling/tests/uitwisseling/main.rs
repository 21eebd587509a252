//! The one integration-test binary: the official examples, refusals, and hostile input.
//! The fixtures are copies of the official examples (see `tests/fixtures/README.md`).

mod edexml;
mod mutaties;
mod oso;
mod vijandig;

pub const OSO_FULL: &[u8] = include_bytes!("../fixtures/Voorbeelddossier_PaO_POSWV_full.xml");
pub const OSO_OPT_OUT: &[u8] = include_bytes!("../fixtures/Voorbeelddossier_PaO_POSWV_opt_out.xml");
pub const EDEXML: &[u8] = include_bytes!("../fixtures/EDEXML.Voorbeeld.2.1.xml");

/// `xml` with the first occurrence of `van` replaced by `naar` (which must be there).
pub fn vervang(xml: &[u8], van: &str, naar: &str) -> Vec<u8> {
    let tekst = std::str::from_utf8(xml).expect("fixtures are UTF-8");
    assert!(tekst.contains(van), "fixture lacks {van:?}");
    tekst.replacen(van, naar, 1).into_bytes()
}

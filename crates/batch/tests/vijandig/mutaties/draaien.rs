//! Running the cases and reporting in Dutch.

use super::*;

/// The number of lines a person sees in `bytes`: a line ends at `\n`, `\r\n` or a lone
/// `\r`; text after the last line end is a line too.
pub fn aantal_regels(bytes: &[u8]) -> u64 {
    let einden = bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count();
    einden as u64 + 1
}

/// Fails on a message in English: the csv crate's own texts, or a library's error passed on.
pub fn nederlands(melding: &str) -> Result<(), TestCaseError> {
    for engels in [
        "CSV error",
        "CSV parse error",
        "found record",
        "invalid utf-8",
        "invalid",
        "failed",
        "expected",
        "error",
        "did not",
        " not ",
        " the ",
    ] {
        prop_assert!(
            !melding.contains(engels),
            "English ({engels:?}) in the message: {melding}"
        );
    }
    prop_assert!(!melding.trim().is_empty(), "an empty message");
    Ok(())
}

/// `PASSEND_FUZZ_CASES` if set, else `standaard`.
pub fn aantal_gevallen(standaard: u32) -> u32 {
    std::env::var("PASSEND_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(standaard)
}

/// Runs `gevallen` random damages of kind `soort` to one of `bronnen` through `controleer`
/// (which is told which source was damaged); the failing (shrunk) case's description on
/// failure.
pub fn draai(
    soort: Soort,
    gevallen: u32,
    bronnen: &[&[u8]],
    controleer: impl Fn(usize, &[u8]) -> Result<(), TestCaseError>,
) -> Result<(), String> {
    let config = Config {
        cases: gevallen,
        // Keep the source tree clean; a failure prints its minimal input instead.
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    runner
        .run(&(mutaties(soort), 0..bronnen.len()), |(mutaties, welke)| {
            controleer(welke, &toepassen(bronnen[welke], &mutaties))
        })
        .map_err(|fout| format!("{soort:?}: {fout}"))
}

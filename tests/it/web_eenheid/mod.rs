//! The web crate's unit tests, kept here so that CI compiles `passend-web` once (issue 18):
//! its library has `test = false`. They reach its modules through `passend_web::…`; the ones
//! that are no API of the crate are `#[doc(hidden)]` there.

mod api_ondersteuning;
mod bevestigen_invoer;
mod download;
mod export;
mod format;
mod formulier;
mod invoer_vijandig;
mod monitor_register;
mod oidc_controle;
mod oidc_sleutel;
mod pdf;

/// With `test = false` a unit test left in the web crate would never run: it belongs here.
#[test]
fn the_web_crate_has_no_unit_tests_of_its_own() {
    fn rust_files(map: &std::path::Path, files: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(map).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                rust_files(&path, files);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    let mut files = Vec::new();
    rust_files(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/web/src"),
        &mut files,
    );
    assert!(files.len() > 100, "{} files", files.len());
    let met_tests: Vec<_> = files
        .iter()
        .filter(|f| {
            let tekst = std::fs::read_to_string(f).unwrap();
            ["#[cfg(test)]", "#[test]", "#[tokio::test]"]
                .iter()
                .any(|t| tekst.contains(t))
        })
        .collect();
    assert!(
        met_tests.is_empty(),
        "move these to tests/it/web_eenheid: {met_tests:?}"
    );
}

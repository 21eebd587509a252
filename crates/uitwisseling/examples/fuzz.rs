//! A longer hostile-input run than `cargo test` does: the same mutations of the official
//! example files (`tests/uitwisseling/mutaties.rs`), with more cases.
//!
//! ```text
//! PASSEND_FUZZ_CASES=20000 cargo run --release -p passend-uitwisseling --example fuzz
//! ```
//!
//! `PASSEND_FUZZ_CASES` is the number of cases per kind of damage and per format (default
//! 2000); `PROPTEST_RNG_SEED` fixes the random seed to replay a run. The same variable also
//! raises the case count of the property tests in `cargo test`. Exits non-zero, printing the
//! smallest failing input, when a reader panics or refuses without a problem.

#[path = "../tests/uitwisseling/mutaties.rs"]
mod mutaties;

use std::time::Instant;

use mutaties::{Formaat, SOORTEN, aantal_gevallen, draai};

const OSO_FULL: &[u8] = include_bytes!("../tests/fixtures/Voorbeelddossier_PaO_POSWV_full.xml");
const OSO_OPT_OUT: &[u8] =
    include_bytes!("../tests/fixtures/Voorbeelddossier_PaO_POSWV_opt_out.xml");
const EDEXML: &[u8] = include_bytes!("../tests/fixtures/EDEXML.Voorbeeld.2.1.xml");

/// A format's name and the files its mutations start from.
type Bronnen = (&'static str, Vec<(Formaat, &'static [u8])>);

fn main() {
    let gevallen = aantal_gevallen(2000);
    let formaten: [Bronnen; 2] = [
        (
            "OSO",
            vec![(Formaat::Oso, OSO_FULL), (Formaat::Oso, OSO_OPT_OUT)],
        ),
        ("EDEXML", vec![(Formaat::Edexml, EDEXML)]),
    ];
    let mut fouten = 0;
    for (naam, bronnen) in &formaten {
        for soort in SOORTEN {
            let begin = Instant::now();
            match draai(soort, gevallen, bronnen) {
                Ok(()) => println!(
                    "{naam} {soort:?}: {gevallen} gevallen goed in {:.1?}",
                    begin.elapsed()
                ),
                Err(fout) => {
                    fouten += 1;
                    eprintln!("{naam} {fout}");
                }
            }
        }
    }
    if fouten > 0 {
        eprintln!("{fouten} eigenschappen faalden");
        std::process::exit(1);
    }
}

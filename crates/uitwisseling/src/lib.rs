//! Reading the exchange formats Dutch schools already send: OSO dossiers (gegevensset
//! 2019.1, the dossier that comes with a request for support) and EDEXML 2.1 rosters.
//!
//! Each reader takes the file's bytes and returns plain data or an [`Afwijzing`] (a
//! rejection with one or more Dutch problems), never a panic: the files come from outside
//! and are treated as hostile. Both validate against the official XSD (embedded in the
//! binary; see `schemas/PROVENANCE.md`) with libxml2, without network access, DTDs or
//! external entities, and within a size limit the caller can set.
//!
//! No storage here: the integrator decides what to keep, e.g. [`oso::OsoDossier::beperkt`]
//! as restricted data. The readers are synchronous and CPU-bound (about 1 s per 20 MB of
//! EDEXML in a release build); call them from `tokio::task::spawn_blocking` in a server.
//! `Debug` never shows a BSN, onderwijsnummer or ECK iD, and nothing here logs.
//!
//! Hostile input is tested in `tests/uitwisseling/vijandig.rs` (property tests over damaged
//! copies of the official examples, entity bombs, XXE). A longer run of the same mutations:
//! `PASSEND_FUZZ_CASES=20000 cargo run --release -p passend-uitwisseling --example fuzz`.
//!
//! Build needs libxml2 (Debian `libxml2-dev`), `pkg-config` and libclang (`libclang-dev`,
//! used by the `libxml` crate's bindgen step).

pub mod afwijzing;
pub mod edexml;
pub mod oso;
pub mod persoon;

mod datum;
mod geheugenbestand;
mod positie;
mod schema;
mod xml;

pub use afwijzing::{Afwijzing, Probleem};
pub use persoon::{Geslacht, Identificatie};

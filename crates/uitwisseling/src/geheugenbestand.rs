//! The input as a file libxml2 can open by path, for its streaming reader and streaming
//! schema validation (the only streaming entry points the safe `libxml` API offers).
//!
//! On Linux this is an anonymous in-memory file (`memfd_create`), reached through
//! `/proc/self/fd`: the pupil data never touches a disk and disappears with the handle.
//! Elsewhere, or when `/proc` is not mounted, it is a private temporary file (mode 0600,
//! random name) that is removed when dropped.

use std::fs::File;
use std::io::Write;

use crate::afwijzing::{Afwijzing, Probleem};

pub(crate) struct Geheugenbestand {
    pad: String,
    // Holds the memory file or the temporary file open (and alive) while it is read.
    _houder: Houder,
}

enum Houder {
    #[cfg(target_os = "linux")]
    Geheugen(#[expect(dead_code, reason = "kept open so the path stays valid")] File),
    Tijdelijk(
        #[expect(dead_code, reason = "removes the file when dropped")] tempfile::NamedTempFile,
    ),
}

impl Geheugenbestand {
    pub(crate) fn met(inhoud: &[u8]) -> Result<Self, Afwijzing> {
        #[cfg(target_os = "linux")]
        if let Some(bestand) = in_geheugen(inhoud) {
            return Ok(bestand);
        }
        let intern = |fout: std::io::Error| {
            Afwijzing::een(Probleem::new(format!(
                "interne fout: het bestand kon niet tijdelijk worden bewaard ({fout})"
            )))
        };
        let mut tijdelijk = tempfile::Builder::new()
            .prefix("passend-edexml-")
            .tempfile()
            .map_err(intern)?;
        tijdelijk.write_all(inhoud).map_err(intern)?;
        tijdelijk.flush().map_err(intern)?;
        let pad = tijdelijk.path().to_string_lossy().into_owned();
        Ok(Geheugenbestand {
            pad,
            _houder: Houder::Tijdelijk(tijdelijk),
        })
    }

    pub(crate) fn pad(&self) -> &str {
        &self.pad
    }
}

#[cfg(target_os = "linux")]
fn in_geheugen(inhoud: &[u8]) -> Option<Geheugenbestand> {
    use rustix::fs::{MemfdFlags, memfd_create};
    use std::os::fd::AsRawFd;

    let fd = memfd_create("passend-edexml", MemfdFlags::CLOEXEC).ok()?;
    let mut bestand = File::from(fd);
    bestand.write_all(inhoud).ok()?;
    let pad = format!("/proc/self/fd/{}", bestand.as_raw_fd());
    // Without /proc the path does not resolve; fall back to a temporary file.
    std::fs::metadata(&pad).ok()?;
    Some(Geheugenbestand {
        pad,
        _houder: Houder::Geheugen(bestand),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_path_reads_back_the_content() {
        let bestand = Geheugenbestand::met(b"<a/>").unwrap();
        assert_eq!(std::fs::read(bestand.pad()).unwrap(), b"<a/>");
        #[cfg(target_os = "linux")]
        assert!(bestand.pad().starts_with("/proc/self/fd/"));
    }
}

//! A real SMTP server on loopback for the tests that send mail: Python's aiosmtpd (PyPI),
//! from a venv under `.ci/aiosmtpd` that `.ci/run` makes and that this helper makes when it
//! is missing. Each server stores what it receives in its own Maildir; [`SmtpServer::berichten`]
//! reads them back. Also the reading of `.eml` files written without a mail server.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The pinned version `.ci/run` installs too.
const AIOSMTPD: &str = "aiosmtpd==1.4.6";

/// The venv's python with aiosmtpd, installed once per test run; `None` when it cannot be
/// installed (no python3 or no package index), after saying why.
fn python() -> Option<&'static Path> {
    static PYTHON: OnceLock<Option<PathBuf>> = OnceLock::new();
    PYTHON
        .get_or_init(|| {
            let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/aiosmtpd/venv");
            let python = venv.join("bin/python");
            let heeft = |p: &Path| {
                Command::new(p)
                    .args(["-c", "import aiosmtpd"])
                    .stderr(Stdio::null())
                    .status()
                    .is_ok_and(|s| s.success())
            };
            if !heeft(&python) {
                let gemaakt = Command::new("python3")
                    .args(["-m", "venv"])
                    .arg(&venv)
                    .status()
                    .is_ok_and(|s| s.success())
                    && Command::new(venv.join("bin/pip"))
                        .args(["install", "-q", "--disable-pip-version-check", AIOSMTPD])
                        .status()
                        .is_ok_and(|s| s.success());
                if !gemaakt {
                    eprintln!("aiosmtpd could not be installed into {}", venv.display());
                }
            }
            heeft(&python).then_some(python)
        })
        .as_deref()
}

/// A running aiosmtpd; ended (by its own process id) when dropped.
pub struct SmtpServer {
    pub poort: u16,
    maildir: tempfile::TempDir,
    proces: Child,
}

impl SmtpServer {
    /// Starts a server on a free loopback port, or `None` (with SKIPPED on stderr) when
    /// aiosmtpd cannot be installed on this machine.
    pub fn start(test: &str) -> Option<SmtpServer> {
        let maildir = crate::support::tempdir();
        Self::start_in(test, maildir, &[])
    }

    /// A server that offers STARTTLS with a certificate for 127.0.0.1 from a CA of its own,
    /// and refuses mail without it; also that CA's PEM file, for the client to trust.
    /// `None` (SKIPPED) without aiosmtpd or the `openssl` command.
    pub fn start_tls(test: &str) -> Option<(SmtpServer, PathBuf)> {
        let maildir = crate::support::tempdir();
        // A CA of its own, then a server certificate for 127.0.0.1 signed by it (rustls
        // refuses a CA certificate used as the server's own).
        const STAPPEN: &str = "set -e
            ec='-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes'
            openssl req -x509 $ec -days 1 -subj '/CN=passend test CA' -keyout ca.key -out ca.pem
            openssl req $ec -subj /CN=127.0.0.1 -keyout key.pem -out cert.csr
            printf 'subjectAltName=IP:127.0.0.1\\nbasicConstraints=CA:FALSE\\n' > ext.cnf
            openssl x509 -req -days 1 -in cert.csr -CA ca.pem -CAkey ca.key -CAcreateserial \\
                -extfile ext.cnf -out cert.pem";
        let gemaakt = Command::new("sh")
            .args(["-c", STAPPEN])
            .current_dir(maildir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !gemaakt {
            use std::io::Write;
            let _ = writeln!(std::io::stderr(), "SKIPPED {test}: no openssl command");
            return None;
        }
        let d = maildir.path();
        let (ca, cert, key) = (d.join("ca.pem"), d.join("cert.pem"), d.join("key.pem"));
        let args = ["--tlscert", cert.to_str()?, "--tlskey", key.to_str()?].map(String::from);
        let server = Self::start_in(test, maildir, &args)?;
        Some((server, ca))
    }

    fn start_in(test: &str, maildir: tempfile::TempDir, extra: &[String]) -> Option<SmtpServer> {
        let Some(python) = python() else {
            use std::io::Write;
            let _ = writeln!(std::io::stderr(), "SKIPPED {test}: aiosmtpd not available");
            return None;
        };
        let poort = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("free port")
            .port();
        let proces = Command::new(python)
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{poort}"))
            .args(extra)
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(maildir.path().join("Maildir"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start aiosmtpd");
        let server = SmtpServer {
            poort,
            maildir,
            proces,
        };
        let begin = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", poort)).is_err() {
            assert!(
                begin.elapsed() < Duration::from_secs(20),
                "aiosmtpd did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Some(server)
    }

    /// passend's mail settings for this server (plain SMTP on loopback), links under `adres`.
    pub fn instelling(&self, adres: &str) -> passend_web::mail::MailInstelling {
        instelling_op(self.poort, adres)
    }

    /// The messages received so far, as raw RFC 5322 text, in the order they arrived.
    pub fn berichten(&self) -> Vec<String> {
        lees_map(&self.maildir.path().join("Maildir/new"), "")
    }

    /// Waits until at least `n` messages arrived (at most 20 seconds).
    pub async fn wacht_op(&self, n: usize) -> Vec<String> {
        wacht(|| self.berichten(), n).await
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.proces.kill();
        let _ = self.proces.wait();
    }
}

/// passend's mail settings for plain SMTP on a loopback port, links under `adres`.
pub fn instelling_op(poort: u16, adres: &str) -> passend_web::mail::MailInstelling {
    passend_web::mail::MailInstelling {
        smtp: Some(passend_web::mail::Smtp {
            host: "127.0.0.1".into(),
            poort,
            starttls: false,
            gebruiker: None,
            wachtwoord: None,
            ca: None,
        }),
        ..passend_web::mail::MailInstelling::map("ongebruikt", adres)
    }
}

/// The files in `map` whose name ends in `staart` (all when empty), oldest first.
pub fn lees_map(map: &Path, staart: &str) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(map) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(staart))
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .collect();
    files.sort();
    files
        .iter()
        .filter_map(|(_, p)| std::fs::read_to_string(p).ok())
        .collect()
}

/// Waits until `lees` returns at least `n` messages (at most 20 seconds).
pub async fn wacht(lees: impl Fn() -> Vec<String>, n: usize) -> Vec<String> {
    let begin = Instant::now();
    loop {
        let berichten = lees();
        if berichten.len() >= n || begin.elapsed() > Duration::from_secs(20) {
            return berichten;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The body of a plain-text message with its soft line breaks undone (lettre writes
/// quoted-printable or base64 as the text needs; the links must be read whole).
pub fn tekst(bericht: &str) -> String {
    let (kop, romp) = bericht
        .split_once("\r\n\r\n")
        .or_else(|| bericht.split_once("\n\n"))
        .unwrap_or(("", bericht));
    let kop = kop.to_ascii_lowercase();
    if kop.contains("content-transfer-encoding: base64") {
        use base64::Engine;
        let schoon: String = romp.split_whitespace().collect();
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(schoon)
            .expect("base64 body");
        return String::from_utf8(bytes).expect("utf-8 body");
    }
    if kop.contains("content-transfer-encoding: quoted-printable") {
        return quoted_printable(romp);
    }
    romp.replace("\r\n", "\n")
}

fn quoted_printable(romp: &str) -> String {
    let zacht = romp.replace("=\r\n", "").replace("=\n", "");
    let mut bytes = Vec::new();
    let b = zacht.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let hex = (b[i] == b'=' && i + 2 < b.len())
            .then(|| u8::from_str_radix(&zacht[i + 1..i + 3], 16).ok())
            .flatten();
        if let Some(v) = hex {
            bytes.push(v);
            i += 3;
            continue;
        }
        bytes.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&bytes).replace("\r\n", "\n")
}

/// The first link in a message's text that starts with `begin`.
pub fn link(bericht: &str, begin: &str) -> String {
    let tekst = tekst(bericht);
    let at = tekst
        .find(begin)
        .unwrap_or_else(|| panic!("no link {begin} in {tekst}"));
    tekst[at..]
        .split_whitespace()
        .next()
        .expect("a link")
        .to_string()
}

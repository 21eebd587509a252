//! Sign-in through OpenID Connect (issue 19 part 4) against a real provider: the certified
//! npm package `oidc-provider` (tests/oidc/provider.mjs) on a free loopback port, with two
//! clients that authenticate with `private_key_jwt` (an RSA and a P-256 key it makes).
//! Requests to passend go in-process; requests to the provider over real HTTP, as a
//! browser would send them (cookies kept, redirects followed one by one).
//!
//! Without node/npm (or when `npm ci` cannot run) every test here says SKIPPED and passes.

use crate::web::{Reply, get};
use passend_store::Store;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;

mod config;
mod koppelen;
mod weigeringen;

/// The acr values the provider knows; passend's entries ask for and accept `HOOG`.
pub const LAAG: &str = "urn:passend:test:laag";
pub const HOOG: &str = "urn:passend:test:hoog";

/// passend's public address in the in-process tests (only its path reaches the app).
const BASIS: &str = "http://localhost:8080";

/// The folder with provider.mjs, its dependencies (and axe-core) installed (once per test run, with the
/// lock file: `npm ci`), or why that could not be done.
pub fn testaanbieder_map() -> Result<PathBuf, String> {
    static MAP: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    MAP.get_or_init(|| {
        let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oidc");
        let da = |p: &str| map.join("node_modules").join(p).exists();
        if da("oidc-provider/package.json") && da("axe-core/axe.min.js") {
            return Ok(map);
        }
        let status = Command::new("npm")
            .args([
                "ci",
                "--no-audit",
                "--no-fund",
                "--loglevel=error",
                "--prefix",
            ])
            .arg(&map)
            .stdin(Stdio::null())
            .status()
            .map_err(|e| format!("npm: {e}"))?;
        if !status.success() {
            return Err(format!("npm ci in {}: {status}", map.display()));
        }
        Ok(map)
    })
    .clone()
}

/// A running provider; stopped (by its own process handle) when dropped.
pub struct Testaanbieder {
    pub issuer: String,
    pub dir: tempfile::TempDir,
    child: Child,
}

impl Drop for Testaanbieder {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Testaanbieder {
    /// Starts the provider with the clients `passend-entree` (RSA) and `passend-digid`
    /// (P-256), whose answers go back to `basis`; None (after saying SKIPPED) without node.
    pub async fn start(test: &str, basis: &str) -> Option<Self> {
        let map = match testaanbieder_map() {
            Ok(m) => m,
            Err(e) => {
                let _ = writeln!(std::io::stderr(), "SKIPPED {test}: {e}");
                return None;
            }
        };
        let dir = crate::support::tempdir();
        let client = |id: &str, key: &str| {
            serde_json::json!({
                "client_id": format!("passend-{id}"),
                "redirect_uris": [format!("{basis}/aanmelden/oidc/{id}/terug")],
                "key": key,
                "key_file": dir.path().join(format!("{id}.pem")),
            })
        };
        let config = serde_json::json!({
            "acr_values": [LAAG, HOOG],
            "clients": [client("entree", "rsa"), client("digid", "ec")],
        });
        let pad = dir.path().join("aanbieder.json");
        std::fs::write(&pad, config.to_string()).unwrap();
        let log = std::fs::File::create(dir.path().join("aanbieder.log")).unwrap();
        let mut child = Command::new("node")
            .arg(map.join("provider.mjs"))
            .arg(&pad)
            .current_dir(&map)
            // Its stdin closes when this process ends, and the provider with it.
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .expect("node");
        let stdout = child.stdout.take().unwrap();
        let issuer = tokio::task::spawn_blocking(move || {
            let mut lines = BufReader::new(stdout).lines();
            let issuer = lines
                .by_ref()
                .map_while(Result::ok)
                .find_map(|l| {
                    serde_json::from_str::<serde_json::Value>(&l)
                        .ok()
                        .and_then(|v| v["issuer"].as_str().map(String::from))
                })
                .expect("the provider prints its issuer");
            // Its further notices are read and dropped, so that it never blocks on a pipe.
            std::thread::spawn(move || lines.for_each(drop));
            issuer
        })
        .await
        .unwrap();
        Some(Self { issuer, dir, child })
    }

    /// passend's providers file for this provider: `entree` (RSA key) and `digid` (P-256
    /// key), both asking for and accepting [`HOOG`]; `extra` is merged into every entry.
    pub fn passend_config(&self, basis: &str, extra: serde_json::Value) -> PathBuf {
        let entry = |id: &str, label: &str| {
            let mut e = serde_json::json!({
                "id": id,
                "label": label,
                "issuer": self.issuer,
                "client_id": format!("passend-{id}"),
                "private_key_file": format!("{id}.pem"),
                "key_id": format!("passend-{id}"),
                "scopes": ["openid"],
                "acr_values": [HOOG],
                "public_url": basis,
            });
            if let (Some(e), Some(x)) = (e.as_object_mut(), extra.as_object()) {
                e.extend(x.clone());
            }
            e
        };
        let pad = self.dir.path().join("passend-oidc.json");
        let config = serde_json::json!({
            "providers": [entry("entree", "Entree"), entry("digid", "DigiD")],
        });
        std::fs::write(&pad, config.to_string()).unwrap();
        pad
    }

    /// The app state for in-process requests, with this provider configured.
    pub fn state(&self, store: &Store) -> passend_web::AppState {
        let pad = self.passend_config(BASIS, serde_json::json!({}));
        let oidc = passend_web::oidc::Aanbieders::laad(&pad).expect("providers file");
        passend_web::AppState::new(store.clone()).met_oidc(oidc)
    }
}

/// A browser's cookies at the provider (name → value; paths do not matter here).
#[derive(Default)]
pub struct Koekjes(Vec<(String, String)>);

impl Koekjes {
    fn bewaar(&mut self, res: &reqwest::Response) {
        for v in res.headers().get_all(reqwest::header::SET_COOKIE) {
            let Some((naam, waarde)) = v
                .to_str()
                .ok()
                .and_then(|c| c.split(';').next())
                .and_then(|c| c.split_once('='))
            else {
                continue;
            };
            self.0.retain(|(n, _)| n != naam);
            self.0.push((naam.to_string(), waarde.to_string()));
        }
    }

    fn header(&self) -> String {
        self.0
            .iter()
            .map(|(n, v)| format!("{n}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// The start of a sign-in at passend: where the browser is sent and the state cookie.
pub struct Begin {
    pub url: String,
    pub cookie: String,
    pub state: String,
}

/// Opens `pad` (`/aanmelden/oidc/{id}` or an invitation's `koppel` link) at passend.
pub async fn begin(store: &Store, pad: &str) -> Begin {
    let r = get(store, pad, None).await;
    assert_eq!(r.status, axum::http::StatusCode::SEE_OTHER, "{}", r.body);
    let cookie = r.cookie.expect("state cookie");
    let state = cookie.strip_prefix("passend_oidc=").unwrap().to_string();
    Begin {
        url: r.location.unwrap(),
        cookie,
        state,
    }
}

/// Signs in at the provider as `login` with this acr, as a person would: the login page,
/// its form, and the redirects until the provider sends the browser back to passend.
/// Returns passend's callback as path and query.
pub async fn bij_aanbieder(url: &str, login: &str, acr: &str) -> String {
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut koekjes = Koekjes::default();
    let mut url = url.to_string();
    let mut form = None;
    for _ in 0..10 {
        let req = match form.take() {
            Some(body) => http
                .post(&url)
                .header(
                    reqwest::header::CONTENT_TYPE,
                    "application/x-www-form-urlencoded",
                )
                .body(body),
            None => http.get(&url),
        };
        let res = req
            .header(reqwest::header::COOKIE, koekjes.header())
            .send()
            .await
            .unwrap();
        koekjes.bewaar(&res);
        let status = res.status();
        let location = res
            .headers()
            .get(reqwest::header::LOCATION)
            .map(|l| l.to_str().unwrap().to_string());
        let body = res.text().await.unwrap();
        if let Some(l) = location {
            if let Some(terug) = l.strip_prefix(BASIS) {
                return terug.to_string();
            }
            url = reqwest::Url::parse(&url)
                .unwrap()
                .join(&l)
                .unwrap()
                .to_string();
            continue;
        }
        assert!(status.is_success(), "{url}: {status}: {body}");
        // The login page: its form posts the user and the level.
        let action = body
            .split("action=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap_or_else(|| panic!("a login form at {url}: {body}"));
        url = reqwest::Url::parse(&url)
            .unwrap()
            .join(action)
            .unwrap()
            .to_string();
        form = Some(format!("login={}&acr={}", urlencode(login), urlencode(acr)));
    }
    panic!("the provider did not send the browser back to passend");
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The whole sign-in from `pad`: passend → provider → passend's callback (with the state
/// cookie); the callback's reply.
pub async fn meld_aan(store: &Store, pad: &str, login: &str, acr: &str) -> Reply {
    let b = begin(store, pad).await;
    let terug = bij_aanbieder(&b.url, login, acr).await;
    get(store, &terug, Some(&b.cookie)).await
}

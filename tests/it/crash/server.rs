//! The server under test: starting it, killing it, sending it requests.

use super::*;

/// What one registration sent, compared field by field with what the database holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Registratie {
    pub(super) voornaam: String,
    pub(super) tussenvoegsel: Option<String>,
    pub(super) achternaam: String,
    pub(super) geboortedatum: String,
    pub(super) postcode: String,
    pub(super) ontvangen: String,
    pub(super) gewenste_start: Option<String>,
    pub(super) eerste_voorkeur: bool,
    pub(super) andere_scholen: Option<String>,
    pub(super) extra_ondersteuning: bool,
    pub(super) beoordeling: Option<String>,
    /// (weeks, notice) of its extension, if one was sent or is stored.
    pub(super) verlenging: Option<(i64, String)>,
}

/// Every write sent, keyed by the pupil's onderwijsnummer, with the id if acknowledged.
#[derive(Default, Clone)]
pub(super) struct Journaal {
    pub(super) sent: BTreeMap<String, (Registratie, Option<i64>)>,
    /// onderwijsnummers whose extension was acknowledged.
    pub(super) extended: BTreeSet<String>,
    /// Responses that were neither 2xx nor a dropped connection: a failure by themselves.
    pub(super) unexpected: Vec<String>,
}

pub(super) fn registratie(rng: &mut fastrand::Rng, today: jiff::civil::Date) -> Registratie {
    let opt = |rng: &mut fastrand::Rng, s: &str| rng.bool().then(|| s.to_string());
    Registratie {
        voornaam: ["Sanne", "Daan", "Aya", "Milan", "Noor"][rng.usize(..5)].into(),
        tussenvoegsel: opt(rng, "van der"),
        achternaam: format!("Crash{}", rng.u32(..1_000_000)),
        geboortedatum: format!(
            "20{:02}-{:02}-{:02}",
            rng.u8(12..22),
            rng.u8(1..13),
            rng.u8(1..29)
        ),
        postcode: ["3431 AB", "3992 AA", "3401 AA"][rng.usize(..3)].into(),
        ontvangen: (today - jiff::ToSpan::days(rng.i64(0..30))).to_string(),
        gewenste_start: opt(rng, "2027-08-23"),
        eerste_voorkeur: rng.bool(),
        andere_scholen: opt(rng, "90AB00, 90AC00"),
        extra_ondersteuning: rng.bool(),
        beoordeling: opt(rng, "dyslexie; past in het basisaanbod"),
        verlenging: None,
    }
}

fn json_text(s: &Option<String>) -> String {
    s.as_ref().map_or("null".into(), |v| format!("\"{v}\""))
}

pub(super) fn body(nummer: &str, r: &Registratie) -> String {
    format!(
        "{{\"leerling\":{{\"onderwijsnummer\":\"{nummer}\",\"voornaam\":\"{}\",\"tussenvoegsel\":{},\
         \"achternaam\":\"{}\",\"geboortedatum\":\"{}\",\"woonPostcode\":\"{}\"}},\"vestiging\":\"90AA00\",\
         \"ontvangen\":\"{}\",\"gewensteStart\":{},\"eersteVoorkeur\":{},\"andereScholen\":{},\
         \"extraOndersteuning\":{},\"beoordeling\":{}}}",
        r.voornaam,
        json_text(&r.tussenvoegsel),
        r.achternaam,
        r.geboortedatum,
        r.postcode,
        r.ontvangen,
        json_text(&r.gewenste_start),
        r.eerste_voorkeur,
        json_text(&r.andere_scholen),
        r.extra_ondersteuning,
        json_text(&r.beoordeling),
    )
}

/// A running `passend serve` on a port the OS chose.
pub(super) struct Server {
    pub(super) child: Child,
    pub(super) base: String,
}

impl Server {
    pub(super) async fn start(database: &str) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_passend"))
            .args(["serve", "--database", database, "--bind", "127.0.0.1:0"])
            .env("RUST_LOG", "info,sqlx=warn")
            .env("NO_COLOR", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start passend serve");
        let stderr = child.stderr.take().expect("stderr");
        // The log names the bound address; the rest of the log is drained so the pipe never fills.
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut log = Vec::new();
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(rest) = line.split("luistert op http://").nth(1) {
                    let addr: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ':')
                        .collect();
                    let _ = tx.send(Ok(addr));
                }
                log.push(line);
            }
            let _ = tx.send(Err(log.join("\n")));
        });
        let addr = tokio::task::spawn_blocking(move || rx.recv_timeout(Duration::from_secs(120)))
            .await
            .unwrap()
            .expect("the server names its address within two minutes")
            .unwrap_or_else(|log| panic!("the server stopped before listening:\n{log}"));
        Server {
            child,
            base: format!("http://{addr}"),
        }
    }

    pub(super) fn kill(mut self) {
        self.child.kill().expect("SIGKILL"); // Child::kill is SIGKILL on Unix
        self.child.wait().expect("reap");
    }
}

pub(super) type Http = Client<HttpConnector, Full<Cursor<Vec<u8>>>>;

/// Sends one request; `Err` only when no response came (the server is gone).
pub(super) async fn send(
    client: &Http,
    method: Method,
    url: String,
    key: &str,
    body: Option<String>,
) -> Result<(u16, String), String> {
    let req = Request::builder()
        .method(method)
        .uri(url)
        .header(header::AUTHORIZATION, format!("Bearer {key}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Full::new(Cursor::new(
            body.unwrap_or_default().into_bytes(),
        )))
        .unwrap();
    let res = client.request(req).await.map_err(|e| e.to_string())?;
    let status = res.status().as_u16();
    let bytes = res
        .into_body()
        .collect()
        .await
        .map_err(|e| e.to_string())?
        .to_bytes();
    Ok((status, String::from_utf8_lossy(&bytes).into_owned()))
}

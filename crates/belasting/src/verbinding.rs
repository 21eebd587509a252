//! One HTTP/1.1 client for all virtual users: hyper-util's pool keeps a connection per
//! concurrent request alive, as browsers and API clients do.

use bytes::Bytes;
use http::{HeaderMap, Method, Request, StatusCode, header};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use std::time::{Duration, Instant};

/// How a request proves who sends it.
#[derive(Clone, Copy)]
pub enum Als<'a> {
    Anoniem,
    /// Cookie header value (`naam=waarde; …`).
    Cookie(&'a str),
    /// An API key, sent as `Authorization: Bearer`.
    Sleutel(&'a str),
}

pub struct Antwoord {
    pub pad: String,
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
    /// From sending the request until the last byte of the body.
    pub duur: Duration,
}

impl Antwoord {
    /// 2xx and 3xx count as served; everything else is an error of the run.
    pub fn gelukt(&self) -> bool {
        self.status.is_success() || self.status.is_redirection()
    }

    /// The `naam=waarde` part of the Set-Cookie header for this cookie name.
    pub fn cookie(&self, naam: &str) -> Option<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .filter_map(|v| v.split(';').next())
            .find(|kv| kv.starts_with(&format!("{naam}=")) && kv.len() > naam.len() + 1)
            .map(String::from)
    }
}

#[derive(Clone)]
pub struct Verbinding {
    client: Client<HttpConnector, Full<Bytes>>,
    basis: String,
}

impl Verbinding {
    pub fn new(url: &str) -> Self {
        let mut connector = HttpConnector::new();
        connector.set_nodelay(true);
        Self {
            client: Client::builder(TokioExecutor::new()).build(connector),
            basis: url.trim_end_matches('/').to_string(),
        }
    }

    /// Sends one request; a body is `(content type, text)`.
    pub async fn stuur(
        &self,
        method: Method,
        pad: &str,
        als: Als<'_>,
        body: Option<(&'static str, String)>,
    ) -> Result<Antwoord, String> {
        let mut req = Request::builder()
            .method(method)
            .uri(format!("{}{pad}", self.basis));
        req = match als {
            Als::Anoniem => req,
            Als::Cookie(c) => req.header(header::COOKIE, c),
            Als::Sleutel(k) => req.header(header::AUTHORIZATION, format!("Bearer {k}")),
        };
        let body = match body {
            Some((soort, tekst)) => {
                req = req.header(header::CONTENT_TYPE, soort);
                Full::new(Bytes::from(tekst))
            }
            None => Full::new(Bytes::new()),
        };
        let req = req.body(body).map_err(|e| format!("{pad}: {e}"))?;
        let start = Instant::now();
        let res = self
            .client
            .request(req)
            .await
            .map_err(|e| format!("{pad}: {e}"))?;
        let (parts, body) = res.into_parts();
        let bytes = body
            .collect()
            .await
            .map_err(|e| format!("{pad}: {e}"))?
            .to_bytes();
        Ok(Antwoord {
            pad: pad.to_string(),
            status: parts.status,
            headers: parts.headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            duur: start.elapsed(),
        })
    }
}

/// Percent-encodes a form value (everything but unreserved characters).
pub fn form_waarde(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

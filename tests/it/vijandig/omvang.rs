//! Bodies one byte over their limit are refused.

use super::*;

/// A path of the table with its parameters filled in: the demo school, the first of
/// everything. A body refusal comes before the handler, so the ids hardly matter; the school
/// and the regio let a CSV upload reach its reader.
pub(super) fn invullen(pad: &str) -> String {
    let pad = pad
        .replace("{code}", "90AA00")
        .replace("{id}", "1")
        .replace("{bezwaar}", "1");
    if pad.ends_with("/verzuim") {
        format!("{pad}?regio=midden")
    } else {
        pad
    }
}

pub(super) enum Als<'a> {
    Sleutel(&'a str),
    Sessie(&'a str),
}

pub(super) async fn verstuur(
    store: &Store,
    methode: &str,
    uri: &str,
    als: &Als<'_>,
    content_type: &str,
    body: Vec<u8>,
) -> Reply {
    let req = Request::builder()
        .method(methode)
        .uri(uri)
        .header(header::CONTENT_TYPE, content_type);
    let req = match als {
        Als::Sleutel(k) => req.header(header::AUTHORIZATION, format!("Bearer {k}")),
        Als::Sessie(c) => req.header(header::COOKIE, *c),
    };
    send(store, req.body(Body::from(body)).unwrap()).await
}

/// The `detail` of a problem reply; fails unless the reply is a problem.
pub(super) fn detail(reply: &Reply) -> Result<String, String> {
    if reply.content_type.as_deref() != Some("application/problem+json") {
        return Err(format!("not a problem: {:?}", reply.content_type));
    }
    let p: Value = serde_json::from_str(&reply.body).map_err(|e| format!("{e}"))?;
    if p["status"] != reply.status.as_u16() {
        return Err(format!("status {} in the body", p["status"]));
    }
    match p["detail"].as_str() {
        Some(d) if !d.trim().is_empty() => Ok(d.to_string()),
        _ => Err("no detail".into()),
    }
}

/// A multipart form as a browser posts it, `totaal` bytes long, the file padded to fit.
fn formulier(totaal: usize) -> (String, Vec<u8>) {
    let grens = "----passendgrens";
    let kop = format!(
        "--{grens}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nx\r\n\
         --{grens}\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"groot\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n"
    );
    let staart = format!("\r\n--{grens}--\r\n");
    let mut body = Vec::with_capacity(totaal);
    body.extend_from_slice(kop.as_bytes());
    // vec! rather than resize: it is a memset even in a debug build.
    body.extend_from_slice(&vec![b'x'; totaal - kop.len() - staart.len()]);
    body.extend_from_slice(staart.as_bytes());
    assert_eq!(body.len(), totaal);
    (format!("multipart/form-data; boundary={grens}"), body)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_upload_and_api_route_refuses_a_body_one_byte_over_its_limit() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let mut sleutels = Vec::new();
    let mut sessies = Vec::new();
    for wie in WIE {
        sleutels.push(sleutel(store, wie).await);
        sessies.push(sign_in(store, wie).await);
    }
    let voor = telling(&db.url).await;
    let routes = limieten();
    // The uploads have their own limits; everything else under /api gets the API's.
    for upload in [
        "/verzuim/import",
        "/aanmeldingen/import",
        "/leerplicht/ingezetenen",
        "/oso",
        "/edexml",
        "/api/v1/scholen/{code}/verzuim",
        "/api/v1/ingezetenen",
        "/api/v1/aanmeldingen/import",
        "/api/v1/edexml",
        "/api/v1/regelsets",
    ] {
        assert!(
            routes.iter().any(|(p, l)| *p == upload && *l > 0),
            "{upload} has no limit of its own"
        );
    }
    for (pad, _) in overzicht() {
        assert!(
            !pad.starts_with("/api/") || routes.iter().any(|(p, _)| *p == pad),
            "{pad} has no body limit"
        );
    }
    let mut geweigerd = Vec::new();
    for (pad, limiet) in routes {
        if pad.contains('*') {
            continue;
        }
        let uri = invullen(pad);
        let api = pad.starts_with("/api/");
        for methode in if api {
            &["POST", "PATCH"][..]
        } else {
            &["POST"]
        } {
            let mut bij_een = false;
            // The API reads a body before any check of role or scope: one caller will do
            // (the beheerder on a beheer route, which the router keeps from everyone else).
            let beheer = passend_web::routes::overzicht()
                .iter()
                .any(|(p, t)| *p == pad && *t == passend_web::routes::Toegang::Beheer);
            let callers = match (api, beheer) {
                (true, true) => 3..4,
                (true, false) => 0..1,
                (false, _) => 0..WIE.len(),
            };
            for i in callers {
                let (als, (content_type, body)) = if api {
                    let mut body = b"{\"x\":\"".to_vec();
                    body.extend_from_slice(&vec![b'x'; limiet + 1 - body.len()]);
                    (
                        Als::Sleutel(&sleutels[i]),
                        ("application/json".into(), body),
                    )
                } else {
                    (Als::Sessie(&sessies[i]), formulier(limiet + 1))
                };
                let reply = verstuur(store, methode, &uri, &als, &content_type, body).await;
                if reply.status == StatusCode::METHOD_NOT_ALLOWED {
                    break;
                }
                assert!(
                    reply.status.is_client_error(),
                    "{methode} {pad} as {}: {} {}",
                    WIE[i],
                    reply.status,
                    reply.body
                );
                if api {
                    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE, "{pad}");
                    let d = detail(&reply).unwrap_or_else(|e| panic!("{pad}: {e}"));
                    assert!(d.starts_with("de body is groter dan "), "{pad}: {d}");
                    bij_een = true;
                } else {
                    let te_groot = |r: &Reply| {
                        r.status == StatusCode::PAYLOAD_TOO_LARGE
                            || r.body.contains("kon niet worden gelezen")
                            || r.body.contains("groter dan")
                    };
                    if te_groot(&reply) {
                        // The same form, small, is read (and refused for its CSRF value): it
                        // was the size.
                        let (content_type, body) = formulier(4096);
                        let klein = verstuur(store, methode, &uri, &als, &content_type, body).await;
                        assert!(!te_groot(&klein), "{pad}: {}", klein.body);
                        bij_een = true;
                    }
                }
            }
            if bij_een {
                geweigerd.push(format!("{methode} {pad}"));
            }
        }
    }
    // Every upload page, and every write of the API.
    let doc: Value = serde_json::from_str(
        &crate::access::api_get(store, "/api/v1/openapi.json", None)
            .await
            .body,
    )
    .unwrap();
    let pagina_uploads = [
        "/verzuim/import",
        "/aanmeldingen/import",
        "/leerplicht/ingezetenen",
        "/oso",
        "/edexml",
    ];
    for route in pagina_uploads
        .iter()
        .map(|p| format!("POST {p}"))
        .chain(schrijfroutes(&doc))
    {
        assert!(
            geweigerd.contains(&route),
            "{route} not refused: {geweigerd:?}"
        );
    }
    // The API limit is the one declared, not lower: a body of exactly that size is read.
    let ib = &sleutels[0];
    let mut body = vec![b' '; API_MAX_BODY - 2];
    body.extend_from_slice(b"{}");
    let reply = verstuur(
        store,
        "POST",
        "/api/v1/aanmeldingen",
        &Als::Sleutel(ib),
        "application/json",
        body,
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.body);
    assert!(detail(&reply).unwrap().contains("missing field"));
    assert_eq!(
        telling(&db.url).await,
        voor,
        "nothing stored, nothing logged"
    );
    db.finish().await;
}

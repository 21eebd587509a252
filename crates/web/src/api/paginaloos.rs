//! A list without pages refuses page parameters: `?pagina=2` on it would otherwise answer
//! with the whole list, which reads as if the page were there. The paged lists are the ones
//! the OpenAPI document gives a `pagina` parameter (one source: the handlers' annotations);
//! they check the values themselves ([`super::paginering`]).

use super::problem::ApiError;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashSet;
use std::sync::OnceLock;

/// The API paths (as `/api/v1/…`) whose GET takes `pagina`.
fn gepagineerd() -> &'static HashSet<String> {
    static PADEN: OnceLock<HashSet<String>> = OnceLock::new();
    PADEN.get_or_init(|| {
        let doc = serde_json::to_value(super::document::document()).unwrap_or_default();
        let paden = doc["paths"].as_object().cloned().unwrap_or_default();
        paden
            .into_iter()
            .filter(|(_, item)| {
                item["get"]["parameters"]
                    .as_array()
                    .is_some_and(|ps| ps.iter().any(|p| p["name"] == "pagina"))
            })
            .map(|(pad, _)| format!("/api/v1{pad}"))
            .collect()
    })
}

/// Layer of the API route `pad`: a page parameter on a route without pages is a problem.
pub async fn weiger_zonder_paginas(pad: &'static str, req: Request, next: Next) -> Response {
    let vraagt_pagina = req.uri().query().is_some_and(|q| {
        serde_urlencoded::from_str::<Vec<(String, String)>>(q)
            .unwrap_or_default()
            .iter()
            .any(|(k, _)| k == "pagina" || k == "paginaGrootte")
    });
    if vraagt_pagina && !gepagineerd().contains(pad) {
        return ApiError::bad_request(
            "deze lijst heeft geen pagina's: laat pagina en paginaGrootte weg",
        )
        .into_response();
    }
    next.run(req).await
}

//! Page selection for lists, and where a page sits in the whole (with its links).

use super::problem::ApiError;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// The highest page number a list takes.
const MAX_PAGINA: i64 = 1_000_000;

/// Page selection for lists.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase")]
pub struct Paginering {
    /// Page number, from 1 to 1000000 (far above any list: the whole country is about
    /// 2.5 million pupils, 12500 pages of 200).
    #[param(minimum = 1, maximum = 1000000)]
    pub pagina: Option<i64>,
    /// Items per page, 1 to 200 (default 50).
    pub pagina_grootte: Option<i64>,
}

impl Paginering {
    pub fn checked(&self) -> Result<(i64, i64), ApiError> {
        let pagina = self.pagina.unwrap_or(1);
        let grootte = self.pagina_grootte.unwrap_or(50);
        if pagina < 1 {
            return Err(ApiError::bad_request("pagina moet 1 of groter zijn"));
        }
        // Bounded so that the offset (pagina − 1) × paginaGrootte cannot overflow.
        if pagina > MAX_PAGINA {
            return Err(ApiError::bad_request(format!(
                "pagina mag niet groter zijn dan {MAX_PAGINA}"
            )));
        }
        if !(1..=200).contains(&grootte) {
            return Err(ApiError::bad_request(
                "paginaGrootte moet tussen 1 en 200 liggen",
            ));
        }
        Ok((pagina, grootte))
    }
}

/// Where a list page sits in the whole.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct PaginaInfo {
    pub pagina: i64,
    pub pagina_grootte: i64,
    pub totaal: i64,
    #[serde(rename = "_links")]
    pub links: Links,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Links {
    #[serde(rename = "self")]
    pub zelf: Link,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<Link>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prev: Option<Link>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Link {
    pub href: String,
}

impl PaginaInfo {
    pub fn new(pad: &str, extra: &str, pagina: i64, grootte: i64, totaal: i64) -> Self {
        let href = |p: i64| Link {
            href: format!("/api/v1{pad}?{extra}pagina={p}&paginaGrootte={grootte}"),
        };
        Self {
            pagina,
            pagina_grootte: grootte,
            totaal,
            links: Links {
                zelf: href(pagina),
                next: (pagina * grootte < totaal).then(|| href(pagina + 1)),
                prev: (pagina > 1).then(|| href(pagina - 1)),
            },
        }
    }
}

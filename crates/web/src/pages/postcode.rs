//! "Bij welk samenwerkingsverband hoort dit adres?" — the woon-SWV of a postcode.

use super::{Page, render};
use crate::layout::Layout;
use crate::session::MaybeGebruiker;
use askama::Template;
use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use passend_domain::{Postcode, RegioIndeling};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Vraag {
    postcode: Option<String>,
}

pub struct Antwoord {
    postcode: String,
    gemeente: String,
    po: String,
    vo: String,
}

#[derive(Template)]
#[template(path = "postcode.html")]
struct PostcodePage {
    layout: Layout,
    invoer: String,
    fout: Option<String>,
    antwoord: Option<Antwoord>,
}

pub async fn page(Query(vraag): Query<Vraag>, MaybeGebruiker(g): MaybeGebruiker) -> Page {
    let invoer = vraag.postcode.unwrap_or_default();
    let mut page = PostcodePage {
        layout: Layout::new("Postcode zoeken", g.as_ref()),
        invoer: invoer.clone(),
        fout: None,
        antwoord: None,
    };
    if invoer.trim().is_empty() {
        return render(&page);
    }
    let result = Postcode::parse(&invoer)
        .map_err(|e| e.to_string())
        .and_then(|pc| {
            let regio = RegioIndeling::officieel();
            let row = regio.lookup(pc.pc4()).map_err(|e| e.to_string())?;
            let woon = regio.woon_swv(pc.pc4()).map_err(|e| e.to_string())?;
            Ok(Antwoord {
                postcode: pc.to_string(),
                gemeente: row.gemeente_2015.clone(),
                po: woon.po.to_string(),
                vo: woon.vo.to_string(),
            })
        });
    match result {
        Ok(a) => {
            page.antwoord = Some(a);
            render(&page)
        }
        Err(fout) => {
            page.fout = Some(fout);
            Ok((StatusCode::BAD_REQUEST, render(&page)?).into_response())
        }
    }
}

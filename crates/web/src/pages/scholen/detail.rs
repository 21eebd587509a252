//! `/scholen/{code}`: one vestiging, with its pupils for a user whose scope covers it.

use crate::format::datum;
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::MaybeGebruiker;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, Query, State};
use passend_domain::{Schoolsoort, VestigingCode};
use passend_store::{LeerlingRegel, VestigingDetail};

pub struct LeerlingItem {
    pub id: i64,
    pub naam: String,
    pub geboortedatum: String,
}

impl From<LeerlingRegel> for LeerlingItem {
    fn from(l: LeerlingRegel) -> Self {
        Self {
            id: l.id.0,
            naam: l.naam,
            geboortedatum: datum(l.geboortedatum),
        }
    }
}

#[derive(Template)]
#[template(path = "school.html")]
struct DetailPage {
    layout: Layout,
    v: VestigingDetail,
    soort: &'static str,
    leerlingen: Option<Vec<LeerlingItem>>,
}

pub async fn detail(
    State(state): State<AppState>,
    Path(code): Path<String>,
    MaybeGebruiker(g): MaybeGebruiker,
    Query(q): Query<crate::export::FormaatQuery>,
) -> Page {
    let formaat = q.formaat()?;
    let code = VestigingCode::parse(&code).map_err(|_| WebError::NietGevonden)?;
    let v = state.store.organisaties().vestiging(&code).await?;
    let route = "/scholen/{code}";
    let lijst = match &g {
        Some(g) => {
            state
                .store
                .leerlingen_van_vestiging_voor(&g.verzoeker, &code, crate::vandaag(), route)
                .await?
        }
        None => None,
    };
    if let Some(formaat) = formaat {
        // Only someone who may see the pupils gets the list; anyone else, as for the page's
        // list, nothing.
        let (Some(g), Some(lijst)) = (&g, &lijst) else {
            return Err(WebError::NietGevonden);
        };
        let mut tabel = crate::export::Tabel::new(
            &format!("leerlingen-{}", code.as_str()),
            &["leerling_id", "naam", "geboortedatum", "postcode"],
        );
        for l in lijst {
            tabel.rij(vec![
                crate::export::Cel::Getal(l.id.0),
                l.naam.clone().into(),
                l.geboortedatum.into(),
                l.postcode.clone().into(),
            ]);
        }
        return crate::export::download(&state.store, &g.verzoeker, route, &tabel, formaat).await;
    }
    let leerlingen = lijst.map(|list| list.into_iter().map(LeerlingItem::from).collect());
    render(&DetailPage {
        layout: Layout::new(v.vestiging.naam.clone(), g.as_ref()),
        soort: Schoolsoort::parse(&v.vestiging.schoolsoort)
            .map(Schoolsoort::omschrijving)
            .unwrap_or(""),
        v,
        leerlingen,
    })
}

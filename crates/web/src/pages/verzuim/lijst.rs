//! `/verzuim`: the reports in the caller's scope with the next steps each may take, and a download.

use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use crate::{AppState, vandaag};
use askama::Template;
use axum::extract::{Query, State};
use passend_domain::Functie;
use passend_domain::verzuimmelding::Status;
use passend_store::{ImportUitkomst, Verzuimmelding};

#[derive(Template)]
#[template(path = "verzuim.html")]
struct ListPage {
    layout: Layout,
    meldingen: Vec<(Verzuimmelding, Vec<&'static str>)>,
    school: Option<String>,
    csrf: String,
    uitkomst: Option<ImportUitkomst>,
}

pub(super) async fn page(
    state: &AppState,
    g: &Gebruiker,
    uitkomst: Option<ImportUitkomst>,
) -> Page {
    let meldingen = state
        .store
        .verzuim()
        .verzuimmeldingen_voor(&g.verzoeker, vandaag(), "/verzuim")
        .await?;
    let rol = g.verzoeker.kijker.rol;
    let meldingen = meldingen
        .into_iter()
        .map(|m| {
            let next = Status::parse(&m.status)
                .map(|s| {
                    s.volgende()
                        .iter()
                        .filter(|n| s.naar(**n, rol).is_ok())
                        .map(|n| n.as_str())
                        .collect()
                })
                .unwrap_or_default();
            (m, next)
        })
        .collect();
    render(&ListPage {
        layout: Layout::new("Verzuim", Some(g)),
        meldingen,
        school: g.scope_voor(Functie::VerzuimInlezen).map(String::from),
        csrf: g.csrf.clone(),
        uitkomst,
    })
}

pub async fn list(
    State(state): State<AppState>,
    g: Gebruiker,
    Query(q): Query<crate::export::FormaatQuery>,
) -> Page {
    let Some(formaat) = q.formaat()? else {
        return page(&state, &g, None).await;
    };
    let route = "/verzuim";
    let meldingen = state
        .store
        .verzuim()
        .verzuimmeldingen_voor(&g.verzoeker, vandaag(), route)
        .await?;
    let mut tabel = crate::export::Tabel::new(
        "verzuimmeldingen",
        &[
            "melding",
            "leerling_id",
            "naam",
            "vestiging",
            "gemeentecode",
            "soort",
            "datum",
            "uren",
            "status",
        ],
    );
    for m in meldingen {
        tabel.rij(vec![
            crate::export::Cel::Getal(m.id),
            crate::export::Cel::Getal(m.leerling_id.0),
            m.naam.into(),
            m.vestiging_code.into(),
            m.gemeentecode.into(),
            m.soort.into(),
            m.datum.into(),
            m.uren.to_string().into(),
            m.status.into(),
        ]);
    }
    crate::export::download(&state.store, &g.verzoeker, route, &tabel, formaat).await
}

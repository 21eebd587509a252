//! `/thuiszitters`: the cases in the caller's scope, open and closed, with a download.

use super::ZaakRegel;
use crate::export::{self, Cel, FormaatQuery, Tabel};
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use crate::{AppState, vandaag};
use askama::Template;
use axum::extract::{Query, State};
use passend_domain::Functie;
use passend_store::{Notificatie, Zaak};

#[derive(Template)]
#[template(path = "thuiszitters.html")]
struct ListPage {
    layout: Layout,
    open: Vec<ZaakRegel>,
    gesloten: Vec<ZaakRegel>,
    notificaties: Vec<Notificatie>,
    eigen_swv: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    g: Gebruiker,
    Query(q): Query<FormaatQuery>,
) -> Page {
    let formaat = q.formaat()?;
    let zaken = state
        .store
        .thuiszitters()
        .zaken_voor(&g.verzoeker, vandaag(), "/thuiszitters")
        .await?;
    if let Some(formaat) = formaat {
        let tabel = zaken_tabel(&zaken);
        return export::download(&state.store, &g.verzoeker, "/thuiszitters", &tabel, formaat)
            .await;
    }
    let (open, gesloten): (Vec<_>, Vec<_>) = zaken
        .into_iter()
        .map(ZaakRegel::from)
        .partition(|z| z.z.opgelost_op.is_none());
    let notificaties = state
        .store
        .thuiszitters()
        .notificaties(&g.verzoeker)
        .await?;
    let eigen_swv = g
        .scope_voor(Functie::EscalatieladderVastleggen)
        .map(String::from);
    render(&ListPage {
        layout: Layout::new("Thuiszitters", Some(&g)),
        open,
        gesloten,
        notificaties,
        eigen_swv,
    })
}

/// The register as a download: every case in the user's scope, open and closed.
fn zaken_tabel(zaken: &[Zaak]) -> Tabel {
    let mut t = Tabel::new(
        "thuiszitters",
        &[
            "zaak",
            "leerling_id",
            "naam",
            "swv",
            "soort",
            "thuis_sinds",
            "dagen_thuis",
            "langer_dan_3_maanden",
            "stap",
            "eigenaar",
            "uiterlijk",
            "aanbod_op",
            "opgelost_op",
            "bindend_besluit",
        ],
    );
    for z in zaken {
        t.rij(vec![
            Cel::Getal(z.id),
            Cel::Getal(z.leerling_id.0),
            z.naam.clone().into(),
            z.swv_code.clone().into(),
            z.soort.clone().into(),
            z.startdatum.into(),
            Cel::Getal(z.dagen_thuis),
            if z.langer_dan_drie_maanden {
                "ja"
            } else {
                "nee"
            }
            .into(),
            format!("{}. {}", z.stap + 1, z.stap_naam).into(),
            z.eigenaar.clone().into(),
            z.deadline.into(),
            z.aanbod_datum.into(),
            z.opgelost_op.into(),
            if z.besluit.is_some() { "ja" } else { "nee" }.into(),
        ]);
    }
    t
}

//! A pupil's basic dossier, and the list of an ouder's own children. Both go through the
//! store's scoped reads; the dossier read is audited there.

use super::scholen::LeerlingItem;
use super::{Page, render};
use crate::format::datum;
use crate::layout::Layout;
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, State};
use passend_domain::leeftijd_op;
use passend_store::{LeerlingDossier, LeerlingId};

pub struct Periode {
    vestiging_code: String,
    vestiging_naam: String,
    schoolsoort: String,
    van: String,
    tot: String,
}

#[derive(Template)]
#[template(path = "leerling.html")]
struct DossierPage {
    layout: Layout,
    d: LeerlingDossier,
    geboortedatum: String,
    leeftijd: i16,
    perioden: Vec<Periode>,
    inzage: Vec<(String, String, String)>,
}

pub async fn dossier(State(state): State<AppState>, Path(id): Path<String>, g: Gebruiker) -> Page {
    let id = id
        .parse::<i64>()
        .map(LeerlingId)
        .map_err(|_| WebError::NietGevonden)?;
    let today = crate::vandaag();
    let d = state
        .store
        .dossier_voor(&g.verzoeker, id, today, "/leerlingen/{id}")
        .await?;
    let inzage = if g.verzoeker.kijker.rol == passend_domain::Rol::Ouder {
        state
            .store
            .audit_van_leerling(id)
            .await?
            .into_iter()
            .map(|(t, rol, actie)| {
                let when = t
                    .parse::<jiff::Timestamp>()
                    .ok()
                    .and_then(|ts| ts.in_tz("Europe/Amsterdam").ok());
                let shown = when
                    .map(|z| format!("{} {:02}:{:02}", datum(z.date()), z.hour(), z.minute()))
                    .unwrap_or(t);
                let rol = passend_domain::Rol::parse(&rol)
                    .map(|r| r.omschrijving().to_string())
                    .unwrap_or(rol);
                (
                    shown,
                    rol,
                    if actie == "lezen" {
                        "bekeken".to_string()
                    } else {
                        actie
                    },
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    render(&DossierPage {
        layout: Layout::new(d.leerling.naam.clone(), Some(&g)),
        geboortedatum: datum(d.leerling.geboortedatum),
        leeftijd: leeftijd_op(d.leerling.geboortedatum, today),
        perioden: d
            .inschrijvingen
            .iter()
            .map(|i| Periode {
                vestiging_code: i.vestiging_code.clone(),
                vestiging_naam: i.vestiging_naam.clone(),
                schoolsoort: i.schoolsoort.clone(),
                van: datum(i.van),
                tot: i.tot.map(datum).unwrap_or_else(|| "nu".into()),
            })
            .collect(),
        d,
        inzage,
    })
}

#[derive(Template)]
#[template(path = "mijn_kinderen.html")]
struct KinderenPage {
    layout: Layout,
    kinderen: Vec<LeerlingItem>,
}

pub async fn mijn_kinderen(State(state): State<AppState>, g: Gebruiker) -> Page {
    let kinderen = state.store.kinderen_voor(&g.verzoeker).await?;
    render(&KinderenPage {
        layout: Layout::new("Mijn kinderen", Some(&g)),
        kinderen: kinderen.into_iter().map(LeerlingItem::from).collect(),
    })
}

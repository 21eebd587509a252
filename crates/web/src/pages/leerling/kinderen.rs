//! `/mijn-kinderen`: an ouder's own children.

use crate::AppState;
use crate::layout::Layout;
use crate::pages::scholen::LeerlingItem;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use askama::Template;
use axum::extract::State;

pub struct Kind {
    item: LeerlingItem,
    school: String,
}

#[derive(Template)]
#[template(path = "mijn_kinderen.html")]
struct KinderenPage {
    layout: Layout,
    kinderen: Vec<Kind>,
}

pub async fn mijn_kinderen(State(state): State<AppState>, g: Gebruiker) -> Page {
    let kinderen = state
        .store
        .kinderen_voor(&g.verzoeker, crate::vandaag(), "/mijn-kinderen")
        .await?;
    render(&KinderenPage {
        layout: Layout::new("Mijn kinderen", Some(&g)),
        kinderen: kinderen
            .into_iter()
            .map(|(l, school)| Kind {
                item: LeerlingItem::from(l),
                school: school.unwrap_or_else(|| "nu niet ingeschreven op een school".into()),
            })
            .collect(),
    })
}

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
    /// The OPP versions waiting for this parent's instemming.
    wachtend: Vec<passend_store::WachtendeOpp>,
}

pub async fn mijn_kinderen(State(state): State<AppState>, g: Gebruiker) -> Page {
    let kinderen = state
        .store
        .kinderen_voor(&g.verzoeker, crate::vandaag(), "/mijn-kinderen")
        .await?;
    let wachtend = state
        .store
        .ouders()
        .opps_wachtend_op_instemming(&g.verzoeker)
        .await?;
    render(&KinderenPage {
        wachtend,
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

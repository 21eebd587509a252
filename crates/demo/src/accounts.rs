//! One account per role, scoped to a part of the demo region. The passwords are public:
//! this is demo data.

use crate::plan::BESTUREN;
use crate::regio::Regio;
use crate::{DEMO_PO_SWV, DEMO_VO_SWV};
use passend_domain::{Rol, Schoolsoort};
use passend_store::{AccountRol, NewAccount, Store, StoreError};

#[derive(Debug, Clone)]
pub struct DemoAccount {
    pub gebruikersnaam: String,
    pub wachtwoord: String,
    pub rol: Rol,
    pub scope: Option<String>,
}

fn accounts(regio: &Regio) -> Vec<DemoAccount> {
    // The parent account belongs to the first ouder with more than one child.
    let ouder = regio.demo_ouder().id;
    // The deskundige account is the first person in the PO SWV's register.
    let deskundige = regio.deskundigen[0];
    let school = regio
        .vestigingen
        .iter()
        .find(|v| v.soort == Schoolsoort::Bao)
        .expect("a bao");
    let account = |naam: &str, rol: Rol, scope: Option<String>| DemoAccount {
        gebruikersnaam: naam.to_string(),
        wachtwoord: format!("demo-{naam}-2026"),
        rol,
        scope,
    };
    vec![
        account("ib", Rol::School, Some(school.code.clone())),
        account(
            "bestuur",
            Rol::Bestuur,
            Some(BESTUREN[school.bestuur].0.to_string()),
        ),
        account("swv-po", Rol::Swv, Some(DEMO_PO_SWV.into())),
        account("swv-vo", Rol::Swv, Some(DEMO_VO_SWV.into())),
        account("deskundige", Rol::Deskundige, Some(deskundige.to_string())),
        account("leerplicht", Rol::Leerplicht, Some("0356".into())),
        account("ouder", Rol::Ouder, Some(ouder.to_string())),
        account("opr", Rol::Opr, Some(DEMO_PO_SWV.into())),
        account("inspectie", Rol::Inspectie, None),
        account("ministerie", Rol::Ministerie, None),
        account("beheerder", Rol::Beheerder, None),
        // The demo school's bestuur keeps its own staff's accounts.
        account(
            "eigen-beheer",
            Rol::EigenBeheerder,
            Some(BESTUREN[school.bestuur].0.to_string()),
        ),
    ]
}

/// Creates the accounts; returns them with their passwords.
pub(crate) async fn insert(
    store: &Store,
    regio: &mut Regio,
) -> Result<Vec<DemoAccount>, StoreError> {
    let accounts = accounts(regio);
    for a in &accounts {
        let id = store
            .accounts()
            .create_account(&NewAccount {
                gebruikersnaam: a.gebruikersnaam.clone(),
                weergavenaam: format!("Demo {}", a.rol.omschrijving()),
                wachtwoord: a.wachtwoord.clone(),
                rollen: vec![AccountRol {
                    rol: a.rol,
                    scope: a.scope.clone(),
                }],
            })
            .await?;
        regio.accounts.insert(a.gebruikersnaam.clone(), id);
    }
    Ok(accounts)
}

//! The frame of every page: title, the signed-in user and the navigation of their role.

use crate::session::Gebruiker;
use passend_domain::Rol;

pub struct NavItem {
    pub href: String,
    pub label: &'static str,
}

pub struct Layout {
    pub titel: String,
    pub gebruiker: Option<String>,
    /// CSRF value for the sign-out form.
    pub csrf: String,
    /// The account's roles when it has more than one: (index, label, active).
    pub rollen: Vec<(usize, String, bool)>,
    pub rol: Option<&'static str>,
    pub nav: Vec<NavItem>,
}

fn item(href: impl Into<String>, label: &'static str) -> NavItem {
    NavItem {
        href: href.into(),
        label,
    }
}

impl Layout {
    pub fn new(titel: impl Into<String>, gebruiker: Option<&Gebruiker>) -> Self {
        let mut nav = vec![item("/", "Start")];
        if let Some(g) = gebruiker {
            let scope = g.verzoeker.kijker.scope.clone().unwrap_or_default();
            match g.verzoeker.kijker.rol {
                Rol::School => {
                    nav.push(item(format!("/scholen/{scope}"), "Mijn school"));
                    nav.push(item("/edexml", "Leerlingen inlezen"));
                }
                Rol::Swv | Rol::Opr => {
                    nav.push(item(format!("/swv/{scope}"), "Mijn samenwerkingsverband"));
                    nav.push(item(
                        format!("/swv/{scope}/dekkend-aanbod"),
                        "Dekkend aanbod",
                    ));
                }
                Rol::Ouder => nav.push(item("/mijn-kinderen", "Mijn kinderen")),
                Rol::Beheerder => nav.push(item("/beheer/audit", "Auditlog")),
                Rol::Leerplicht => nav.push(item("/leerplicht", "Leerplicht")),
                Rol::Inspectie | Rol::Ministerie => {
                    nav.push(item("/signalen", "Signalen zorgplicht"))
                }
                _ => {}
            }
            if matches!(
                g.verzoeker.kijker.rol,
                Rol::School | Rol::Bestuur | Rol::Swv | Rol::Leerplicht
            ) {
                if g.verzoeker.kijker.rol != Rol::Leerplicht {
                    nav.push(item("/aanmeldingen", "Aanmeldingen"));
                }
                nav.push(item("/verzuim", "Verzuim"));
                nav.push(item("/thuiszitters", "Thuiszitters"));
            }
            if matches!(
                g.verzoeker.kijker.rol,
                Rol::School | Rol::Bestuur | Rol::Swv | Rol::Deskundige
            ) {
                nav.push(item("/ondersteuning", "Ondersteuning"));
            }
            nav.push(item("/account/api-sleutels", "API-sleutels"));
        }
        nav.extend([
            item("/swv", "Samenwerkingsverbanden"),
            item("/scholen", "Scholen"),
            item("/postcode", "Postcode zoeken"),
            item("/voortgang", "Thuiszitters: voortgang"),
        ]);
        Self {
            titel: titel.into(),
            gebruiker: gebruiker.map(|g| g.account.weergavenaam.clone()),
            csrf: gebruiker.map(|g| g.csrf.clone()).unwrap_or_default(),
            rollen: gebruiker
                .filter(|g| g.account.rollen.len() > 1)
                .map(|g| {
                    g.account
                        .rollen
                        .iter()
                        .enumerate()
                        .map(|(i, r)| {
                            let scope = r
                                .scope
                                .as_deref()
                                .map(|s| format!(" ({s})"))
                                .unwrap_or_default();
                            (
                                i,
                                format!("{}{scope}", r.rol.omschrijving()),
                                i == g.rol_index,
                            )
                        })
                        .collect()
                })
                .unwrap_or_default(),
            rol: gebruiker.map(|g| g.verzoeker.kijker.rol.omschrijving()),
            nav,
        }
    }

    pub fn anonymous(titel: &str) -> Self {
        Self::new(titel, None)
    }
}

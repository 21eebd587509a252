//! The frame of every page: title, the signed-in user and the navigation of their role.

use crate::session::Gebruiker;
use passend_domain::Functie;

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
        // Each item is there when the policy gives the user its function.
        let van = |g: &Gebruiker, items: Vec<(Functie, String, &'static str)>| {
            items
                .into_iter()
                .filter(|(f, _, _)| g.mag(*f))
                .map(|(_, href, label)| item(href, label))
                .collect::<Vec<_>>()
        };
        if let Some(g) = gebruiker {
            let scope = g.verzoeker.kijker.scope.clone().unwrap_or_default();
            nav.extend(van(
                g,
                vec![
                    // Every signed-in user has a task list (empty for roles without steps).
                    (Functie::ApiSleutels, "/mijn-werk".into(), "Mijn werk"),
                    (
                        Functie::MijnSchool,
                        format!("/scholen/{scope}"),
                        "Mijn school",
                    ),
                    (
                        Functie::LeerlingenInlezen,
                        "/edexml".into(),
                        "Leerlingen inlezen",
                    ),
                    (
                        Functie::MijnSwv,
                        format!("/swv/{scope}"),
                        "Mijn samenwerkingsverband",
                    ),
                    (
                        Functie::MijnSwv,
                        format!("/swv/{scope}/dekkend-aanbod"),
                        "Dekkend aanbod",
                    ),
                    (
                        Functie::OuderKinderen,
                        "/mijn-kinderen".into(),
                        "Mijn kinderen",
                    ),
                    (Functie::Beheer, "/beheer/audit".into(), "Auditlog"),
                    (Functie::Beheer, "/beheer/inrichting".into(), "Inrichting"),
                    (Functie::Accounts, "/beheer/gebruikers".into(), "Gebruikers"),
                    (
                        Functie::Beheer,
                        "/beheer/tweede-factor".into(),
                        "Tweede factor per rol",
                    ),
                    (Functie::Beheer, "/beheer/regelsets".into(), "Regelsets"),
                    (
                        Functie::Leerplichtoverzicht,
                        "/leerplicht".into(),
                        "Leerplicht",
                    ),
                    (
                        Functie::ZorgplichtSignalen,
                        "/signalen".into(),
                        "Signalen zorgplicht",
                    ),
                    (
                        Functie::Aanmeldingen,
                        "/aanmeldingen".into(),
                        "Aanmeldingen",
                    ),
                    (Functie::Verzuim, "/verzuim".into(), "Verzuim"),
                    (
                        Functie::Thuiszitters,
                        "/thuiszitters".into(),
                        "Thuiszitters",
                    ),
                    (
                        Functie::Ondersteuning,
                        "/ondersteuning".into(),
                        "Ondersteuning",
                    ),
                    (
                        Functie::ApiSleutels,
                        "/account/api-sleutels".into(),
                        "API-sleutels",
                    ),
                    // Every signed-in user keeps their own password.
                    (
                        Functie::ApiSleutels,
                        "/account/wachtwoord".into(),
                        "Wachtwoord",
                    ),
                    (
                        Functie::ApiSleutels,
                        "/account/tweede-factor".into(),
                        "Tweede factor",
                    ),
                    (
                        Functie::ApiSleutels,
                        "/account/berichten".into(),
                        "E-mailberichten",
                    ),
                    (
                        Functie::InspectieMeldingen,
                        "/inspectie/meldingen".into(),
                        "Meldingen",
                    ),
                    (
                        Functie::Briefhoofd,
                        "/organisatie/briefhoofd".into(),
                        "Briefhoofd",
                    ),
                    (
                        Functie::Postadres,
                        "/account/postadres".into(),
                        "Adres voor brieven",
                    ),
                ],
            ));
        }
        nav.extend([
            item("/swv", "Samenwerkingsverbanden"),
            item("/scholen", "Scholen"),
            item("/postcode", "Postcode zoeken"),
            item("/voortgang", "Thuiszitters: voortgang"),
        ]);
        if let Some(g) = gebruiker {
            nav.extend(van(
                g,
                vec![
                    (
                        Functie::Verantwoording,
                        "/verantwoording".into(),
                        "Verantwoording",
                    ),
                    (Functie::Geld, "/geld".into(), "Geld"),
                    (Functie::Monitor, "/monitor".into(), "Monitor"),
                ],
            ));
        }
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

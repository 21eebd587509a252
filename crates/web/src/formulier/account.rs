//! An invitation by the beheerder (or later another inviter): name, display name, address,
//! role and werkgebied; every wrong field is named at once.

use super::{Veldfout, ingevuld};
use passend_domain::{EmailAdres, Rol};
use passend_store::{AccountRol, NieuweUitnodiging};

pub struct UitnodigingVelden<'a> {
    pub gebruikersnaam: &'a str,
    pub naam: &'a str,
    pub email: &'a str,
    pub rol: &'a str,
    pub werkgebied: &'a str,
}

impl UitnodigingVelden<'_> {
    pub fn lees(&self) -> Result<NieuweUitnodiging, Vec<Veldfout>> {
        let mut fouten = Vec::new();
        let gebruikersnaam = ingevuld(self.gebruikersnaam);
        match gebruikersnaam {
            None => fouten.push(Veldfout::new("gebruikersnaam", "vul een gebruikersnaam in")),
            Some(n) if n.chars().any(char::is_whitespace) => fouten.push(Veldfout::new(
                "gebruikersnaam",
                "een gebruikersnaam heeft geen spaties",
            )),
            Some(_) => {}
        }
        let naam = ingevuld(self.naam);
        if naam.is_none() {
            fouten.push(Veldfout::new("naam", "vul de naam in die passend toont"));
        }
        let email = match ingevuld(self.email).map(EmailAdres::parse) {
            None => {
                fouten.push(Veldfout::new("email", "vul het e-mailadres in"));
                None
            }
            Some(Err(e)) => {
                fouten.push(Veldfout::new("email", e.to_string()));
                None
            }
            Some(Ok(a)) => Some(a),
        };
        let werkgebied = ingevuld(self.werkgebied);
        let rol = match Rol::parse(self.rol) {
            Err(_) => {
                fouten.push(Veldfout::new("rol", "kies een rol"));
                None
            }
            Ok(r) if r.vraagt_scope() && werkgebied.is_none() => {
                fouten.push(Veldfout::new(
                    "werkgebied",
                    format!("de rol {} vraagt een werkgebied", r.omschrijving()),
                ));
                None
            }
            Ok(r) if !r.vraagt_scope() && werkgebied.is_some() => {
                fouten.push(Veldfout::new(
                    "werkgebied",
                    format!("de rol {} heeft geen werkgebied", r.omschrijving()),
                ));
                None
            }
            Ok(r) => Some(r),
        };
        match (gebruikersnaam, naam, email, rol) {
            (Some(g), Some(n), Some(e), Some(r)) if fouten.is_empty() => Ok(NieuweUitnodiging {
                gebruikersnaam: g.to_string(),
                weergavenaam: n.to_string(),
                email: Some(e),
                rol: AccountRol {
                    rol: r,
                    scope: werkgebied.map(str::to_string),
                },
            }),
            _ => Err(fouten),
        }
    }
}

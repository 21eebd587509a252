//! Inviting a parent: the school's form and (later) the API fill the same fields.

use super::Veldfout;
use passend_domain::EmailAdres;
use passend_domain::Naam;
use passend_store::NieuweOuder;
use passend_store::ouders::RELATIES;

pub struct OuderVelden<'a> {
    pub voornaam: &'a str,
    pub tussenvoegsel: &'a str,
    pub achternaam: &'a str,
    pub email: &'a str,
    pub relatie: &'a str,
    pub gezag: bool,
}

impl OuderVelden<'_> {
    pub fn lees(&self) -> Result<NieuweOuder, Veldfout> {
        let verplicht = |veld, tekst: &str, wat: &str| {
            super::ingevuld(tekst)
                .map(String::from)
                .ok_or_else(|| Veldfout::new(veld, format!("vul {wat} in")))
        };
        let voornaam = verplicht("voornaam", self.voornaam, "de voornaam")?;
        let achternaam = verplicht("achternaam", self.achternaam, "de achternaam")?;
        let email = verplicht("email", self.email, "het e-mailadres")?;
        let email = EmailAdres::parse(&email)
            .map_err(|e| Veldfout::new("email", e.to_string()))?
            .to_string();
        if !RELATIES.contains(&self.relatie) {
            return Err(Veldfout::new("relatie", "kies ouder, voogd of verzorger"));
        }
        if !self.gezag {
            return Err(Veldfout::new(
                "gezag",
                "alleen een ouder of voogd met gezag over het kind krijgt toegang",
            ));
        }
        Ok(NieuweOuder {
            naam: Naam {
                voornaam,
                tussenvoegsel: super::ingevuld(self.tussenvoegsel).map(String::from),
                achternaam,
            },
            email,
            relatie: self.relatie.into(),
            gezag: true,
        })
    }
}

//! A virtual user: signs in through the form as a person does (CSRF double submit), makes
//! an API key on its account page, and then works: a school reads dossiers and registers
//! and extends aanmeldingen through the API; the others read dossiers and lists.

use crate::verbinding::{Als, Antwoord, Verbinding, form_waarde};
use http::{Method, StatusCode};
use jiff::civil::Date;
use std::sync::atomic::{AtomicU64, Ordering};

/// Demo accounts by turn: one school user (who writes) for every three readers.
pub const ACCOUNTS: [&str; 4] = ["ib", "swv-po", "leerplicht", "bestuur"];

/// What a request did, for the figures per kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Soort {
    /// A dossier or a list: also one audit-log write on the server.
    Lezen,
    /// A registration or an extension.
    Schrijven,
}

impl Soort {
    pub fn naam(self) -> &'static str {
        match self {
            Soort::Lezen => "lezen",
            Soort::Schrijven => "schrijven",
        }
    }
}

pub struct Gebruiker {
    pub naam: &'static str,
    cookie: String,
    pub sleutel: String,
    leerlingen: Vec<i64>,
    /// Own registrations: (id, already extended).
    eigen: Vec<(i64, bool)>,
    pub aanmeldingen: u64,
    pub verlengingen: u64,
}

fn csrf(body: &str) -> Result<String, String> {
    const VELD: &str = "name=\"csrf\" value=\"";
    let at = body.find(VELD).ok_or("geen formulier met csrf-veld")? + VELD.len();
    let rest = &body[at..];
    Ok(rest[..rest.find('"').ok_or("csrf-veld niet afgesloten")?].to_string())
}

fn verwacht(a: &Antwoord, status: StatusCode, wat: &str) -> Result<(), String> {
    if a.status == status {
        Ok(())
    } else {
        Err(format!(
            "{wat}: {} in plaats van {status}: {}",
            a.status,
            a.body.chars().take(300).collect::<String>()
        ))
    }
}

/// The pupil numbers on a page of `GET /api/v1/leerlingen`.
fn ids(body: &str) -> Vec<i64> {
    let json: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
    json["leerlingen"]
        .as_array()
        .map(|l| l.iter().filter_map(|x| x["id"].as_i64()).collect())
        .unwrap_or_default()
}

impl Gebruiker {
    /// Signs in with the demo password, makes an API key and learns some pupil numbers.
    pub async fn aanmelden(v: &Verbinding, naam: &'static str) -> Result<Self, String> {
        let form = v
            .stuur(Method::GET, "/aanmelden", Als::Anoniem, None)
            .await?;
        verwacht(&form, StatusCode::OK, "aanmeldformulier")?;
        let login = form
            .cookie("passend_aanmelden")
            .ok_or("geen aanmeldcookie")?;
        let body = format!(
            "csrf={}&gebruikersnaam={naam}&wachtwoord={}",
            form_waarde(&csrf(&form.body)?),
            form_waarde(&format!("demo-{naam}-2026"))
        );
        let form_type = "application/x-www-form-urlencoded";
        let binnen = v
            .stuur(
                Method::POST,
                "/aanmelden",
                Als::Cookie(&login),
                Some((form_type, body)),
            )
            .await?;
        verwacht(&binnen, StatusCode::SEE_OTHER, "aanmelden")?;
        let cookie = binnen.cookie("passend_sessie").ok_or("geen sessiecookie")?;
        let pagina = v
            .stuur(
                Method::GET,
                "/account/api-sleutels",
                Als::Cookie(&cookie),
                None,
            )
            .await?;
        verwacht(&pagina, StatusCode::OK, "API-sleutels")?;
        let body = format!(
            "csrf={}&naam=belastingtest",
            form_waarde(&csrf(&pagina.body)?)
        );
        let gemaakt = v
            .stuur(
                Method::POST,
                "/account/api-sleutels",
                Als::Cookie(&cookie),
                Some((form_type, body)),
            )
            .await?;
        verwacht(&gemaakt, StatusCode::OK, "API-sleutel maken")?;
        let at = gemaakt.body.find("psd_").ok_or("geen sleutel getoond")?;
        let sleutel: String = gemaakt.body[at..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        let lijst = v
            .stuur(
                Method::GET,
                "/api/v1/leerlingen?paginaGrootte=200",
                Als::Sleutel(&sleutel),
                None,
            )
            .await?;
        verwacht(&lijst, StatusCode::OK, "leerlingenlijst")?;
        let leerlingen = ids(&lijst.body);
        if leerlingen.is_empty() {
            return Err(format!("{naam} ziet geen leerlingen"));
        }
        Ok(Self {
            naam,
            cookie,
            sleutel,
            leerlingen,
            eigen: Vec::new(),
            aanmeldingen: 0,
            verlengingen: 0,
        })
    }

    fn leerling(&self, rng: &mut fastrand::Rng) -> i64 {
        self.leerlingen[rng.usize(..self.leerlingen.len())]
    }

    /// One request of the user's mix; returns its kind and reply.
    pub async fn stap(
        &mut self,
        v: &Verbinding,
        rng: &mut fastrand::Rng,
        werk: &Werk,
    ) -> (Soort, Result<Antwoord, String>) {
        let keuze = rng.u32(0..100);
        let open = self.eigen.iter().position(|(_, verlengd)| !verlengd);
        let sleutel = Als::Sleutel(&self.sleutel);
        if self.naam == "ib" {
            match keuze {
                0..35 => return (Soort::Schrijven, self.registreer(v, rng, werk).await),
                35..50 if open.is_some() => {
                    let i = open.unwrap_or_default();
                    return (Soort::Schrijven, self.verleng(v, rng, werk, i).await);
                }
                35..70 if !self.eigen.is_empty() => {
                    let (id, _) = self.eigen[rng.usize(..self.eigen.len())];
                    let pad = format!("/api/v1/aanmeldingen/{id}");
                    return (
                        Soort::Lezen,
                        v.stuur(Method::GET, &pad, sleutel, None).await,
                    );
                }
                _ => {}
            }
        }
        let pad = match rng.u32(0..100) {
            0..45 => format!("/leerlingen/{}", self.leerling(rng)),
            45..85 => format!("/api/v1/leerlingen/{}", self.leerling(rng)),
            _ => format!(
                "/api/v1/leerlingen?pagina={}&paginaGrootte=50",
                rng.u32(1..=4)
            ),
        };
        let als = if pad.starts_with("/api/") {
            sleutel
        } else {
            Als::Cookie(&self.cookie)
        };
        (Soort::Lezen, v.stuur(Method::GET, &pad, als, None).await)
    }

    async fn registreer(
        &mut self,
        v: &Verbinding,
        rng: &mut fastrand::Rng,
        werk: &Werk,
    ) -> Result<Antwoord, String> {
        let n = werk.volgnummer.fetch_add(1, Ordering::Relaxed);
        let ontvangen = werk.vandaag - jiff::ToSpan::days(rng.i64(0..30));
        let geboren = Date::new(2014 + rng.i16(0..8), 1 + rng.i8(0..12), 1 + rng.i8(0..28))
            .map_err(|e| e.to_string())?;
        let body = format!(
            "{{\"leerling\":{{\"onderwijsnummer\":\"{}\",\"voornaam\":\"Belasting\",\"achternaam\":\"Test {n}\",\
             \"geboortedatum\":\"{geboren}\",\"woonPostcode\":\"3431 AB\"}},\"vestiging\":\"{}\",\"ontvangen\":\"{ontvangen}\",\
             \"eersteVoorkeur\":{},\"extraOndersteuning\":{},\"andereScholen\":\"90AB00\"}}",
            onderwijsnummer(n),
            werk.vestiging,
            rng.bool(),
            rng.bool(),
        );
        let a = v
            .stuur(
                Method::POST,
                "/api/v1/aanmeldingen",
                Als::Sleutel(&self.sleutel),
                Some(("application/json", body)),
            )
            .await?;
        if a.status == StatusCode::CREATED {
            let json: serde_json::Value = serde_json::from_str(&a.body).unwrap_or_default();
            if let Some(id) = json["id"].as_i64() {
                self.eigen.push((id, false));
                self.aanmeldingen += 1;
            }
        }
        Ok(a)
    }

    async fn verleng(
        &mut self,
        v: &Verbinding,
        rng: &mut fastrand::Rng,
        werk: &Werk,
        i: usize,
    ) -> Result<Antwoord, String> {
        let id = self.eigen[i].0;
        let body = format!(
            "{{\"weken\":{},\"kennisgeving\":\"{}\"}}",
            rng.i64(1..=4),
            werk.vandaag
        );
        let a = v
            .stuur(
                Method::POST,
                &format!("/api/v1/aanmeldingen/{id}/verlenging"),
                Als::Sleutel(&self.sleutel),
                Some(("application/json", body)),
            )
            .await?;
        if a.status == StatusCode::OK {
            self.eigen[i].1 = true;
            self.verlengingen += 1;
        }
        Ok(a)
    }
}

/// What all users share.
pub struct Werk {
    pub vandaag: Date,
    pub vestiging: String,
    /// Numbers the onderwijsnummers of new pupils; each registration takes the next.
    pub volgnummer: AtomicU64,
}

/// A valid onderwijsnummer from a counter (DUO's check: weighted sum mod 11 = check + 5).
/// The demo region gives its pupils BSNs, so these never meet a demo pupil.
pub fn onderwijsnummer(n: u64) -> String {
    // Seven digits from the counter; the eighth (weight 2) is chosen so that a check digit
    // exists, which one of the ten always does: distinct counters give distinct numbers.
    let kop = n % 10_000_000;
    (0..10)
        .find_map(|acht| {
            let d: Vec<u32> = format!("{kop:07}{acht}")
                .bytes()
                .map(|b| u32::from(b - b'0'))
                .collect();
            let sum: u32 = d.iter().zip((2..=9).rev()).map(|(x, w)| x * w).sum();
            let check = (sum % 11).checked_sub(5)?;
            Some(d.iter().chain([&check]).map(|x| x.to_string()).collect())
        })
        .expect("one of ten eighth digits gives a check digit")
}

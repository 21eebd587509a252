//! The accounts of the region as the beheerder sees them: name, address, roles with their
//! werkgebied (by name where the organisation is known) and whether they are in use.

use super::*;
use passend_domain::toegang::Functie;

/// Where an account stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountStatus {
    /// Invited; no password set yet.
    Uitgenodigd,
    Actief,
    /// Deactivated.
    Uit,
}

impl AccountStatus {
    pub fn omschrijving(self) -> &'static str {
        match self {
            Self::Uitgenodigd => "uitgenodigd",
            Self::Actief => "actief",
            Self::Uit => "uit",
        }
    }
}

/// One account in the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gebruikersregel {
    pub gebruikersnaam: String,
    pub weergavenaam: String,
    pub email: Option<String>,
    /// Each role as the page shows it: "school (intern begeleider): De Boog (90AA00)".
    pub rollen: Vec<String>,
    pub status: AccountStatus,
}

impl AccountsStore<'_> {
    /// Every account but the system's, by name, for the beheerder; for an eigen beheerder
    /// those of its own organisation.
    pub async fn gebruikers(
        self,
        wie: &crate::Verzoeker,
    ) -> Result<Vec<Gebruikersregel>, StoreError> {
        if !wie.kijker.mag_functie(&Functie::Accounts) {
            return Err(StoreError::NietGevonden {
                wat: "pagina",
                sleutel: "accounts".into(),
            });
        }
        let rows = sqlx::query(
            "SELECT id, gebruikersnaam, weergavenaam, email, wachtwoord_hash, gedeactiveerd \
             FROM account WHERE gebruikersnaam <> 'systeem' ORDER BY gebruikersnaam",
        )
        .fetch_all(&self.pool)
        .await?;
        // The werkgebied's name where the scope is an organisation passend knows.
        let rollen = sqlx::query(
            "SELECT r.account_id, r.rol, r.scope, \
                 COALESCE(v.naam, b.naam, s.naam, g.naam) \
             FROM account_rol r \
             LEFT JOIN vestiging v ON r.rol = 'school' AND v.code = r.scope \
             LEFT JOIN bestuur b ON r.rol = 'bestuur' AND b.bevoegd_gezag = r.scope \
             LEFT JOIN swv s ON r.rol IN ('swv', 'opr') AND s.code = r.scope \
             LEFT JOIN gemeente g ON r.rol = 'leerplicht' AND g.code = r.scope \
             ORDER BY r.id",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut per_account: std::collections::HashMap<i64, Vec<String>> = Default::default();
        // Accounts with a role `wie` may not hand out (another organisation's), each
        // distinct role and scope asked once.
        let mut antwoord: std::collections::HashMap<(String, Option<String>), bool> =
            Default::default();
        let mut buiten = std::collections::HashSet::new();
        for r in &rollen {
            let rol: String = r.try_get(1)?;
            let sleutel = (rol.clone(), r.try_get::<Option<String>, _>(2)?);
            let mag = match antwoord.get(&sleutel) {
                Some(&mag) => mag,
                None => {
                    let mag = self
                        .mag_toekennen(wie, &sleutel.0, sleutel.1.clone())
                        .await?;
                    antwoord.insert(sleutel, mag);
                    mag
                }
            };
            if !mag {
                buiten.insert(r.try_get::<i64, _>(0)?);
            }
            let rol = Rol::parse(&rol).map_or(rol, |r| r.omschrijving().to_string());
            let scope: Option<String> = r.try_get(2)?;
            let naam: Option<String> = r.try_get(3)?;
            let tekst = match (scope, naam) {
                (Some(s), Some(n)) => format!("{rol}: {n} ({s})"),
                (Some(s), None) => format!("{rol}: {s}"),
                (None, _) => rol,
            };
            per_account.entry(r.try_get(0)?).or_default().push(tekst);
        }
        rows.iter()
            .filter(|r| !r.try_get::<i64, _>(0).is_ok_and(|id| buiten.contains(&id)))
            .map(|r| {
                let hash: String = r.try_get(4)?;
                let status = if r.try_get::<Option<String>, _>(5)?.is_some() {
                    AccountStatus::Uit
                } else if hash == "!" {
                    AccountStatus::Uitgenodigd
                } else {
                    AccountStatus::Actief
                };
                Ok(Gebruikersregel {
                    rollen: per_account.remove(&r.try_get(0)?).unwrap_or_default(),
                    gebruikersnaam: r.try_get(1)?,
                    weergavenaam: r.try_get(2)?,
                    email: r.try_get(3)?,
                    status,
                })
            })
            .collect()
    }
}

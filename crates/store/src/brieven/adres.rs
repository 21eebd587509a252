//! The senders' and addressees' addresses on a letter: a vestiging from the register, the
//! SWV's and the gemeente's letterhead (0035), and the child's parents with the postal
//! address they keep themselves (0038).

use super::BrievenStore;
use crate::{LeerlingId, StoreError};
use passend_domain::brief::Adres;
use sqlx::Row;

/// A name with the address lines that are filled in ("Straat 12", "1234 AB Plaats").
fn met_regels(naam: String, straat: &str, huisnummer: &str, postcode: &str, plaats: &str) -> Adres {
    let regels = [
        format!("{straat} {huisnummer}"),
        format!("{postcode} {plaats}"),
    ]
    .into_iter()
    .map(|r| r.trim().to_string())
    .filter(|r| !r.is_empty())
    .collect();
    Adres { naam, regels }
}

impl BrievenStore<'_> {
    /// A vestiging as sender, by its code.
    pub(crate) async fn vestiging_adres(self, code: &str) -> Result<Adres, StoreError> {
        let r = sqlx::query(
            "SELECT naam, straat, huisnummer, postcode, plaats FROM vestiging WHERE code = $1",
        )
        .bind(code)
        .fetch_one(&self.pool)
        .await?;
        Ok(met_regels(
            r.try_get(0)?,
            &r.try_get::<String, _>(1)?,
            &r.try_get::<String, _>(2)?,
            &r.try_get::<String, _>(3)?,
            &r.try_get::<String, _>(4)?,
        ))
    }

    /// An SWV as sender: its name (or "Samenwerkingsverband CODE") and letterhead.
    pub async fn swv_adres(self, code: &str) -> Result<Adres, StoreError> {
        let r = sqlx::query(
            "SELECT naam, straat, huisnummer, postcode, plaats FROM swv WHERE code = $1",
        )
        .bind(code)
        .fetch_one(&self.pool)
        .await?;
        let naam: Option<String> = r.try_get(0)?;
        Ok(met_regels(
            naam.unwrap_or_else(|| format!("Samenwerkingsverband {code}")),
            &r.try_get::<String, _>(1)?,
            &r.try_get::<String, _>(2)?,
            &r.try_get::<String, _>(3)?,
            &r.try_get::<String, _>(4)?,
        ))
    }

    /// A gemeente as sender: "Gemeente NAAM" (B&W decide on a vrijstelling) and letterhead.
    pub async fn gemeente_adres(self, code: &str) -> Result<Adres, StoreError> {
        let r = sqlx::query(
            "SELECT naam, straat, huisnummer, postcode, plaats FROM gemeente WHERE code = $1",
        )
        .bind(code)
        .fetch_one(&self.pool)
        .await?;
        Ok(met_regels(
            format!("Gemeente {}", r.try_get::<String, _>(0)?),
            &r.try_get::<String, _>(1)?,
            &r.try_get::<String, _>(2)?,
            &r.try_get::<String, _>(3)?,
            &r.try_get::<String, _>(4)?,
        ))
    }

    /// The addressee: the parents linked to the child by name ("De ouders of verzorgers van
    /// KIND" when none are linked), at the child's postcode (passend keeps no street address).
    pub(crate) async fn ouders_van(self, leerling: LeerlingId) -> Result<Adres, StoreError> {
        let kind = sqlx::query(
            "SELECT voornaam, tussenvoegsel, achternaam, postcode FROM leerling WHERE id = $1",
        )
        .bind(leerling.0)
        .fetch_one(&self.pool)
        .await?;
        let kind_naam = passend_domain::Naam {
            voornaam: kind.try_get(0)?,
            tussenvoegsel: kind.try_get(1)?,
            achternaam: kind.try_get(2)?,
        }
        .volledig();
        // The parents with gezag (they receive the decisions); the first postal address
        // one of them set, else the child's postcode.
        let rows = sqlx::query(
            "SELECT o.voornaam, o.tussenvoegsel, o.achternaam, o.straat, o.huisnummer, o.postcode, \
             o.plaats FROM ouder o JOIN ouder_leerling ol ON ol.ouder_id = o.id \
             WHERE ol.leerling_id = $1 AND ol.gezag <> 0 ORDER BY o.id",
        )
        .bind(leerling.0)
        .fetch_all(&self.pool)
        .await?;
        let mut namen = Vec::new();
        let mut adres: Option<Adres> = None;
        for r in &rows {
            let naam = passend_domain::Naam {
                voornaam: r.try_get(0)?,
                tussenvoegsel: r.try_get(1)?,
                achternaam: r.try_get(2)?,
            }
            .volledig();
            let postcode: String = r.try_get(5)?;
            if adres.is_none() && !postcode.is_empty() {
                adres = Some(met_regels(
                    String::new(),
                    &r.try_get::<String, _>(3)?,
                    &r.try_get::<String, _>(4)?,
                    &postcode,
                    &r.try_get::<String, _>(6)?,
                ));
            }
            namen.push(naam);
        }
        let naam = if namen.is_empty() {
            format!("De ouders of verzorgers van {kind_naam}")
        } else {
            namen.join(" en ")
        };
        Ok(Adres {
            naam,
            regels: match adres {
                Some(a) => a.regels,
                None => vec![kind.try_get(3)?],
            },
        })
    }
}

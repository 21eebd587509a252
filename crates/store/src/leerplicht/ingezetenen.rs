//! The residents list against the enrolments: absoluut verzuim opens a thuiszitter case.

use super::*;
use crate::repo::LeerplichtStore;

/// One resident from the gemeente's list.
#[derive(Debug, Clone)]
pub struct Ingezetene {
    pub regel: usize,
    pub nummer: Persoonsnummer,
    pub geboortedatum: Date,
    pub postcode: Postcode,
    pub naam: Option<Naam>,
}

/// What a residents check found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ingezetenencontrole {
    pub ingezetenen: usize,
    pub plichtig: usize,
    pub ingeschreven: usize,
    pub vrijgesteld: usize,
    pub absoluut_verzuim: usize,
    pub nieuwe_zaken: usize,
}

impl LeerplichtStore<'_> {
    /// Checks the gemeente's residents list against the enrolments on `today`: every
    /// resident of leerplichtige or kwalificatieplichtige age who is enrolled nowhere and
    /// has no vrijstelling is absoluut verzuim and gets a thuiszitter case. Residents not yet
    /// known are registered as pupils (without a school). All or nothing.
    pub async fn controleer_ingezetenen(
        self,
        wie: &Verzoeker,
        lijst: &[Ingezetene],
        today: Date,
        route: &str,
    ) -> Result<Ingezetenencontrole, StoreError> {
        let gemeente = gemeente_van(wie)?.to_string();
        let regio = RegioIndeling::officieel();
        for i in lijst {
            let row = regio
                .lookup(i.postcode.pc4())
                .map_err(|e| StoreError::Ongeldig(format!("regel {}: {e}", i.regel)))?;
            if row.gemeentecode.as_str() != gemeente {
                return Err(StoreError::Ongeldig(format!(
                    "regel {}: postcode {} ligt niet in gemeente {gemeente}",
                    i.regel, i.postcode
                )));
            }
            regio
                .woon_swv(i.postcode.pc4())
                .map_err(|e| StoreError::Ongeldig(format!("regel {}: {e}", i.regel)))?;
        }
        let systeem = self.systeem().await?;
        let mut uitkomst = Ingezetenencontrole {
            ingezetenen: lijst.len(),
            ..Default::default()
        };
        let mut tx = self.begin_write().await?;
        for i in lijst {
            if plicht_op(i.geboortedatum, today).is_none() {
                continue;
            }
            uitkomst.plichtig += 1;
            let column = i.nummer.column();
            let known = sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT id FROM leerling WHERE {column} = $1"
            )))
            .bind(i.nummer.value())
            .fetch_optional(&mut *tx)
            .await?;
            let leerling = match known {
                Some(r) => LeerlingId(r.try_get(0)?),
                None => {
                    let naam = i.naam.clone().unwrap_or(Naam {
                        voornaam: "Onbekend".into(),
                        tussenvoegsel: None,
                        achternaam: "(uit de basisregistratie)".into(),
                    });
                    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
                        "INSERT INTO leerling (voornaam, tussenvoegsel, achternaam, geboortedatum, postcode, pc4, {column}) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id"
                    )))
                    .bind(&naam.voornaam)
                    .bind(naam.tussenvoegsel.as_deref())
                    .bind(&naam.achternaam)
                    .bind(i.geboortedatum.to_string())
                    .bind(i.postcode.to_string())
                    .bind(i64::from(i.postcode.pc4().value()))
                    .bind(i.nummer.value())
                    .fetch_one(&mut *tx)
                    .await?;
                    LeerlingId(row.try_get(0)?)
                }
            };
            let enrolled = sqlx::query("SELECT 1 FROM inschrijving WHERE leerling_id = $1 AND van <= $2 AND (tot IS NULL OR tot >= $2)")
                .bind(leerling.0)
                .bind(today.to_string())
                .fetch_optional(&mut *tx)
                .await?;
            if enrolled.is_some() {
                uitkomst.ingeschreven += 1;
                continue;
            }
            let vrij = sqlx::query(
                "SELECT 1 FROM vrijstelling WHERE leerling_id = $1 AND status = 'verleend' AND grond IN ('5a', '5b', '5c', '5a-trekkend', '15') \
                 AND van <= $2 AND (tot IS NULL OR tot >= $2)",
            )
            .bind(leerling.0)
            .bind(today.to_string())
            .fetch_optional(&mut *tx)
            .await?;
            if vrij.is_some() {
                uitkomst.vrijgesteld += 1;
                continue;
            }
            uitkomst.absoluut_verzuim += 1;
            if open_zaak_van(&mut tx, leerling).await?.is_none() {
                let woon = regio.woon_swv(i.postcode.pc4())?;
                let leeftijd = leeftijd_op(i.geboortedatum, today);
                let swv = verantwoordelijk_swv(
                    Soort::AbsoluutVerzuim,
                    None,
                    woon.po.as_str(),
                    woon.vo.as_str(),
                    leeftijd,
                )
                .to_string();
                let ladder = self.thuiszitters().ladder(&SwvCode::parse(&swv)?).await?;
                insert_zaak(
                    &mut tx,
                    leerling,
                    &swv,
                    Soort::AbsoluutVerzuim,
                    today,
                    ladder.deadline(0, today),
                )
                .await?;
                append(
                    &mut tx,
                    &systeem,
                    Some(leerling),
                    Actie::Aanmaken,
                    route,
                    Some(&["thuiszitterzaak"]),
                )
                .await?;
                uitkomst.nieuwe_zaken += 1;
            }
            append(&mut tx, wie, Some(leerling), Actie::Lezen, route, None).await?;
        }
        tx.commit().await?;
        Ok(uitkomst)
    }
}

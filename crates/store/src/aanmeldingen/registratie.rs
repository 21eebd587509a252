//! Registering an aanmelding, one at a time or imported.

use super::*;
use crate::repo::AanmeldingenStore;

impl AanmeldingenStore<'_> {
    /// Registers a written aanmelding at the caller's own vestiging.
    pub async fn registreer_aanmelding(
        self,
        wie: &Verzoeker,
        n: &NieuweAanmelding,
        today: Date,
        route: &str,
    ) -> Result<i64, StoreError> {
        let mut tx = self.begin_write().await?;
        let id = registreer_in(&mut tx, wie, n, today, route).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Imports registrations (one school's, from its administration system): all or nothing,
    /// a problem names the line. Each registration gets its own audit entry.
    pub async fn importeer_aanmeldingen(
        self,
        wie: &Verzoeker,
        regels: &[(usize, NieuweAanmelding)],
        today: Date,
        route: &str,
    ) -> Result<usize, StoreError> {
        let mut tx = self.begin_write().await?;
        for (regel, n) in regels {
            registreer_in(&mut tx, wie, n, today, route)
                .await
                .map_err(|e| match e {
                    StoreError::Ongeldig(m) | StoreError::Conflict(m) => {
                        StoreError::Ongeldig(format!("regel {regel}: {m}"))
                    }
                    StoreError::NietGevonden { wat, sleutel } => StoreError::Ongeldig(format!(
                        "regel {regel}: {wat} '{sleutel}' hoort niet bij deze school"
                    )),
                    other => other,
                })?;
        }
        tx.commit().await?;
        Ok(regels.len())
    }
}

/// One registration inside the caller's transaction (the form, the API and the import).
async fn registreer_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    wie: &Verzoeker,
    n: &NieuweAanmelding,
    today: Date,
    route: &str,
) -> Result<i64, StoreError> {
    {
        let eigen = wie.kijker.schrijft_voor_vestiging(&Functie::Aanmelden);
        if eigen.as_deref() != Some(n.vestiging.as_str()) {
            return Err(StoreError::NietGevonden {
                wat: "vestiging",
                sleutel: n.vestiging.to_string(),
            });
        }
        if n.ontvangen > today {
            return Err(StoreError::Ongeldig(
                "de datum van ontvangst ligt in de toekomst".into(),
            ));
        }
        RegioIndeling::officieel().woon_swv(n.leerling.postcode.pc4())?;
        let (column, value) = match (&n.leerling.bsn, &n.leerling.onderwijsnummer) {
            (Some(b), _) => ("bsn", b.expose()),
            (None, Some(o)) => ("onderwijsnummer", o.expose()),
            (None, None) => {
                return Err(StoreError::Ongeldig(
                    "een leerling heeft een BSN of een onderwijsnummer nodig".into(),
                ));
            }
        };
        let known = crate::identiteit::bekende_leerling(tx, column, &value, &n.leerling).await?;
        let leerling = match known {
            Some(id) => id.0,
            None => sqlx::query(sqlx::AssertSqlSafe(format!(
                "INSERT INTO leerling (voornaam, tussenvoegsel, achternaam, geboortedatum, postcode, pc4, {column}) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id"
            )))
            .bind(&n.leerling.naam.voornaam)
            .bind(n.leerling.naam.tussenvoegsel.as_deref())
            .bind(&n.leerling.naam.achternaam)
            .bind(n.leerling.geboortedatum.to_string())
            .bind(n.leerling.postcode.to_string())
            .bind(i64::from(n.leerling.postcode.pc4().value()))
            .bind(&value)
            .fetch_one(&mut **tx)
            .await?
            .try_get(0)?,
        };
        let row = sqlx::query(
            "INSERT INTO aanmelding (leerling_id, vestiging_code, ontvangen, gewenste_start, eerste_voorkeur, andere_scholen, \
             extra_ondersteuning, beoordeling, aangemaakt) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(leerling)
        .bind(n.vestiging.as_str())
        .bind(n.ontvangen.to_string())
        .bind(n.gewenste_start.map(|d| d.to_string()))
        .bind(i64::from(n.eerste_voorkeur))
        .bind(Some(n.andere_scholen.trim()).filter(|s| !s.is_empty()))
        .bind(i64::from(n.extra_ondersteuning))
        .bind(n.beoordeling.as_deref().map(str::trim).filter(|s| !s.is_empty()))
        .bind(instant_text(jiff::Timestamp::now()))
        .fetch_one(&mut **tx)
        .await?;
        let id: i64 = row.try_get(0)?;
        append(
            tx,
            wie,
            Some(LeerlingId(leerling)),
            Actie::Aanmaken,
            route,
            Some(&["aanmelding"]),
        )
        .await?;
        Ok(id)
    }
}

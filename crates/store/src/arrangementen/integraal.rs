//! The one-table integral arrangement: the meeting the SWV convenes for a pupil and its agreements.

use super::*;
use crate::repo::ArrangementenStore;

#[derive(Debug, Clone)]
pub struct IntegraalArrangement {
    pub id: i64,
    pub datum: Date,
    pub swv_code: String,
    pub deelnemers: String,
    pub verslag: String,
    /// (onderdeel, afspraak, eigenaar, datum)
    pub afspraken: Vec<(String, String, String, Date)>,
}

#[derive(Debug, Clone)]
pub struct NieuwIntegraal {
    pub datum: Date,
    pub deelnemers: Vec<Partij>,
    pub verslag: String,
    /// (onderdeel, afspraak, eigenaar, datum)
    pub afspraken: Vec<(Onderdeel, String, String, Option<Date>)>,
}

impl ArrangementenStore<'_> {
    /// Records the one-table meeting for a pupil: the SWV convenes it.
    pub async fn leg_integraal_vast(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        n: &NieuwIntegraal,
        today: Date,
        route: &str,
    ) -> Result<i64, StoreError> {
        self.dossier_voor(wie, leerling, today, route).await?;
        let Some(swv) = wie
            .kijker
            .schrijft_voor_swv(&Functie::IntegraalArrangementVastleggen)
        else {
            return Err(ongeldig(
                "het samenwerkingsverband legt het integrale arrangement vast",
            ));
        };
        let afspraken: Vec<Afspraak> = n
            .afspraken
            .iter()
            .map(|(o, _, eigenaar, datum)| Afspraak {
                onderdeel: *o,
                eigenaar,
                datum: *datum,
            })
            .collect();
        toets_integraal(&n.deelnemers, &afspraken).map_err(ongeldig)?;
        if n.datum > today {
            return Err(ongeldig("het overleg ligt niet in de toekomst"));
        }
        if n.afspraken.iter().any(|(_, a, _, _)| a.trim().is_empty()) {
            return Err(ongeldig("elke afspraak zegt wat er is afgesproken"));
        }
        let mut tx = self.begin_write().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO integraal_arrangement (leerling_id, swv_code, datum, deelnemers, verslag, aangemaakt) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(leerling.0)
        .bind(&swv)
        .bind(n.datum.to_string())
        .bind(n.deelnemers.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(", "))
        .bind(n.verslag.trim())
        .bind(instant_text(jiff::Timestamp::now()))
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        for (o, afspraak, eigenaar, datum) in &n.afspraken {
            sqlx::query(
                "INSERT INTO integraal_afspraak (arrangement_id, onderdeel, afspraak, eigenaar, datum) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(id)
            .bind(o.as_str())
            .bind(afspraak.trim())
            .bind(eigenaar.trim())
            .bind(datum.map(|d| d.to_string()))
            .execute(&mut *tx)
            .await
            .map_err(|e| match e {
                sqlx::Error::Database(_) => ongeldig(format!("onderdeel '{}' staat er twee keer in", o.as_str())),
                e => e.into(),
            })?;
        }
        commit_audited(
            tx,
            wie,
            Some(leerling),
            Actie::Aanmaken,
            route,
            &["integraal_arrangement"],
        )
        .await?;
        Ok(id)
    }

    /// The integral arrangements of a pupil, for a caller who may read the pupil's dossier.
    pub async fn integrale_arrangementen_van(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        today: Date,
        route: &str,
    ) -> Result<Vec<IntegraalArrangement>, StoreError> {
        self.toets(
            wie,
            &passend_domain::Handeling::DossierLezen,
            leerling,
            today,
            route,
        )
        .await?;
        let rows = sqlx::query(
            "SELECT id, datum, swv_code, deelnemers, verslag FROM integraal_arrangement WHERE leerling_id = $1 ORDER BY datum DESC, id DESC",
        )
        .bind(leerling.0)
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::new();
        for r in &rows {
            let id: i64 = r.try_get("id")?;
            let afspraken = sqlx::query(
                "SELECT onderdeel, afspraak, eigenaar, datum FROM integraal_afspraak WHERE arrangement_id = $1 ORDER BY datum",
            )
            .bind(id)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|a| Ok((a.try_get(0)?, a.try_get(1)?, a.try_get(2)?, get_date(a, "datum")?)))
            .collect::<Result<Vec<_>, StoreError>>()?;
            out.push(IntegraalArrangement {
                id,
                datum: get_date(r, "datum")?,
                swv_code: r.try_get("swv_code")?,
                deelnemers: r.try_get("deelnemers")?,
                verslag: r.try_get("verslag")?,
                afspraken,
            });
        }
        Ok(out)
    }
}

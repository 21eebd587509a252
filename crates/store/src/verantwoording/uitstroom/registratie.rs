//! Registering a pupil's outflow.

use super::*;
use crate::repo::VerantwoordingStore;

impl VerantwoordingStore<'_> {
    /// Records that a pupil left a vso school and where to. The expected profile is taken
    /// from the pupil's OPP (at that school first), as it stood at recording.
    pub async fn registreer_uitstroom(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        u: &NieuweUitstroom,
        today: Date,
        route: &str,
    ) -> Result<i64, StoreError> {
        self.dossier_voor(wie, leerling, today, route).await?;
        let school = crate::tlv::school(&self, &u.vestiging)
            .await
            .map_err(|_| ongeldig(format!("vestiging: '{}' bestaat niet", u.vestiging)))?;
        if !wie
            .kijker
            .bereikt_school(&Functie::UitstroomVastleggen, &school.context())
        {
            return Err(ongeldig(
                "de uitstroom legt de vso-school vast, of haar bestuur of samenwerkingsverband",
            ));
        }
        if school.schoolsoort != Schoolsoort::Vso {
            return Err(ongeldig(format!(
                "vestiging: {} is geen school voor voortgezet speciaal onderwijs",
                school.naam
            )));
        }
        if u.uitstroomdatum > today {
            return Err(ongeldig("uitstroomdatum: ligt niet in de toekomst"));
        }
        let ingeschreven: i64 = sqlx::query(
            "SELECT COUNT(*) FROM inschrijving WHERE leerling_id = $1 AND vestiging_code = $2 AND van <= $3",
        )
        .bind(leerling.0)
        .bind(&school.code)
        .bind(u.uitstroomdatum.to_string())
        .fetch_one(&self.pool)
        .await?
        .try_get(0)?;
        if ingeschreven == 0 {
            return Err(ongeldig(
                "uitstroomdatum: de leerling stond toen niet op deze vso-school ingeschreven",
            ));
        }
        toets_uitstroom(u.bestemming, u.vervolg_soort.as_deref()).map_err(ongeldig)?;
        let verwacht: Option<String> = sqlx::query(
            "SELECT ov.uitstroom FROM opp o JOIN opp_versie ov ON ov.opp_id = o.id WHERE o.leerling_id = $1 \
             AND ov.vastgesteld_op <= $3 \
             ORDER BY CASE WHEN o.vestiging_code = $2 THEN 0 ELSE 1 END, ov.vastgesteld_op DESC, ov.versie DESC LIMIT 1",
        )
        .bind(leerling.0)
        .bind(&school.code)
        .bind(u.uitstroomdatum.to_string())
        .fetch_optional(&self.pool)
        .await?
        .map(|r| r.try_get(0))
        .transpose()?;
        let verwacht = vso_profiel(verwacht.as_deref().and_then(|v| Uitstroom::parse(v).ok()))
            .map(|u| u.as_str().to_string());
        let mut tx = self.begin_write().await?;
        let bestaat: i64 = sqlx::query(
            "SELECT COUNT(*) FROM vso_uitstroom WHERE leerling_id = $1 AND vestiging_code = $2",
        )
        .bind(leerling.0)
        .bind(&school.code)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        if bestaat > 0 {
            return Err(ongeldig(
                "de uitstroom van deze leerling uit deze school is al vastgelegd",
            ));
        }
        let id: i64 = sqlx::query(
            "INSERT INTO vso_uitstroom (leerling_id, vestiging_code, swv_code, uitstroomdatum, verwacht, bestemming, vervolg_soort, aangemaakt) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(leerling.0)
        .bind(&school.code)
        .bind(&school.swv_code)
        .bind(u.uitstroomdatum.to_string())
        .bind(verwacht)
        .bind(u.bestemming.as_str())
        .bind(u.vervolg_soort.as_deref().map(str::trim).filter(|s| !s.is_empty()))
        .bind(instant_text(jiff::Timestamp::now()))
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        commit_audited(
            tx,
            wie,
            Some(leerling),
            Actie::Aanmaken,
            route,
            &["uitstroom"],
        )
        .await?;
        Ok(id)
    }
}

//! The school-holiday calendars: the shipped file for 2024-2025 and 2025-2026 and what the
//! beheerder loads for later schooljaren (or to correct one).

use crate::StoreError;
use crate::audit::{Actie, commit_audited};
use crate::repo::VerzuimStore;
use crate::toegang::Verzoeker;
use passend_domain::Schooljaar;
use passend_domain::toegang::Functie;
use passend_domain::verzuim::vakanties::{schooljaren, volledig};
use passend_domain::verzuim::{
    KALENDER_2024_2026_CSV, Kalender, Vakantie, Vakantieregio, lees_csv,
};
use sqlx::Row;

impl VerzuimStore<'_> {
    /// Loads holidays, all or nothing: each schooljaar in `rijen` must be complete (every
    /// holiday for noord, midden and zuid) and replaces what was loaded for it before.
    /// The beheerder only. Returns the schooljaren loaded.
    pub async fn laad_schoolvakanties(
        self,
        wie: &Verzoeker,
        rijen: &[Vakantie],
        route: &str,
    ) -> Result<Vec<Schooljaar>, StoreError> {
        if !wie.kijker.mag_functie(&Functie::Beheer) {
            return Err(StoreError::NietGevonden {
                wat: "pagina",
                sleutel: route.to_string(),
            });
        }
        volledig(rijen).map_err(|e| StoreError::Ongeldig(e.to_string()))?;
        let jaren = schooljaren(rijen);
        let mut tx = self.begin_write().await?;
        for jaar in &jaren {
            sqlx::query("DELETE FROM schoolvakantie WHERE schooljaar = $1")
                .bind(jaar.to_string())
                .execute(&mut *tx)
                .await?;
        }
        for v in rijen {
            // A holiday named twice for one regio keeps its last dates.
            sqlx::query(
                "INSERT INTO schoolvakantie (schooljaar, vakantie, regio, startdatum, einddatum) VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (schooljaar, vakantie, regio) DO UPDATE SET startdatum = excluded.startdatum, einddatum = excluded.einddatum",
            )
            .bind(v.schooljaar.to_string())
            .bind(&v.naam)
            .bind(v.regio.as_str())
            .bind(v.start.to_string())
            .bind(v.eind.to_string())
            .execute(&mut *tx)
            .await?;
        }
        commit_audited(tx, wie, None, Actie::Wijzigen, route, &["schoolvakanties"]).await?;
        Ok(jaren)
    }

    /// Every holiday known: the loaded schooljaren, and the shipped file's for the others.
    pub async fn schoolvakanties(self) -> Result<Vec<Vakantie>, StoreError> {
        let ongeldig = |e: String| StoreError::Ongeldig(e);
        let mut geladen = Vec::new();
        for r in sqlx::query(
            "SELECT schooljaar, vakantie, regio, startdatum, einddatum FROM schoolvakantie ORDER BY schooljaar, startdatum",
        )
        .fetch_all(&self.pool)
        .await?
        {
            let tekst = |i: usize| r.try_get::<String, _>(i);
            geladen.push(Vakantie {
                schooljaar: Schooljaar::parse(&tekst(0)?).map_err(|e| ongeldig(e.to_string()))?,
                naam: tekst(1)?,
                regio: Vakantieregio::parse(&tekst(2)?)
                    .ok_or_else(|| ongeldig(format!("onbekende regio {}", tekst(2).unwrap_or_default())))?,
                start: crate::kolom::date(&tekst(3)?)?,
                eind: crate::kolom::date(&tekst(4)?)?,
            });
        }
        let vervangen = schooljaren(&geladen);
        let mut alle: Vec<Vakantie> = lees_csv(KALENDER_2024_2026_CSV)
            .map_err(|e| ongeldig(e.to_string()))?
            .into_iter()
            .filter(|v| !vervangen.contains(&v.schooljaar))
            .collect();
        alle.extend(geladen);
        Ok(alle)
    }

    /// The calendar of a regio over every schooljaar known.
    pub async fn kalender(self, regio: Vakantieregio) -> Result<Kalender, StoreError> {
        Kalender::uit_vakanties(regio, &self.schoolvakanties().await?)
            .map_err(|e| StoreError::Ongeldig(e.to_string()))
    }
}

//! Creating besturen, schools and vestigingen.

use super::*;
use crate::repo::OrganisatiesStore;

impl OrganisatiesStore<'_> {
    /// Creates a schoolbestuur; `bevoegd_gezag` is its DUO number (5 digits).
    pub async fn create_bestuur(self, bevoegd_gezag: &str, naam: &str) -> Result<i64, StoreError> {
        let nummer = bevoegd_gezag.trim();
        if nummer.len() != 5 || !nummer.bytes().all(|b| b.is_ascii_digit()) {
            return Err(StoreError::Ongeldig(format!(
                "'{bevoegd_gezag}' is geen bevoegd-gezagnummer: verwacht 5 cijfers"
            )));
        }
        let naam = non_empty(naam, "naam van het bestuur")?;
        let mut tx = self.begin_write().await?;
        let row =
            sqlx::query("INSERT INTO bestuur (bevoegd_gezag, naam) VALUES ($1, $2) RETURNING id")
                .bind(nummer)
                .bind(naam)
                .fetch_one(&mut *tx)
                .await
                .map_err(|e| on_unique(e, || format!("bestuur {nummer} bestaat al")))?;
        tx.commit().await?;
        Ok(row.try_get(0)?)
    }

    pub async fn create_school(
        self,
        brin: &Brin,
        naam: &str,
        bestuur_id: i64,
    ) -> Result<(), StoreError> {
        let naam = non_empty(naam, "naam van de school")?;
        let mut tx = self.begin_write().await?;
        let exists = sqlx::query("SELECT 1 FROM bestuur WHERE id = $1")
            .bind(bestuur_id)
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_none() {
            return Err(StoreError::NietGevonden {
                wat: "bestuur",
                sleutel: bestuur_id.to_string(),
            });
        }
        sqlx::query("INSERT INTO school (brin, naam, bestuur_id) VALUES ($1, $2, $3)")
            .bind(brin.as_str())
            .bind(naam)
            .bind(bestuur_id)
            .execute(&mut *tx)
            .await
            .map_err(|e| on_unique(e, || format!("school {brin} bestaat al")))?;
        tx.commit().await?;
        Ok(())
    }

    /// Creates a vestiging of an existing school; its SWV follows from the postcode
    /// (regio-indeling, sector of the schoolsoort) unless given.
    pub async fn create_vestiging(self, v: &NewVestiging) -> Result<SwvCode, StoreError> {
        let naam = non_empty(&v.naam, "naam van de vestiging")?;
        let sector = v.schoolsoort.sector();
        let swv = match &v.swv {
            Some(code) if code.sector() != sector => {
                return Err(StoreError::Ongeldig(format!(
                    "een vestiging voor {} hoort bij een {}-samenwerkingsverband, niet bij {code}",
                    v.schoolsoort.omschrijving(),
                    sector.as_str()
                )));
            }
            Some(code) => code.clone(),
            None => RegioIndeling::officieel().swv_van(v.postcode.pc4(), sector)?,
        };
        let brin = v.code.brin();
        let mut tx = self.begin_write().await?;
        let school = sqlx::query("SELECT 1 FROM school WHERE brin = $1")
            .bind(brin.as_str())
            .fetch_optional(&mut *tx)
            .await?;
        if school.is_none() {
            return Err(StoreError::NietGevonden {
                wat: "school",
                sleutel: brin.to_string(),
            });
        }
        let known_swv = sqlx::query("SELECT 1 FROM swv WHERE code = $1")
            .bind(swv.as_str())
            .fetch_optional(&mut *tx)
            .await?;
        if known_swv.is_none() {
            return Err(StoreError::NietGevonden {
                wat: "samenwerkingsverband",
                sleutel: swv.to_string(),
            });
        }
        sqlx::query(
            "INSERT INTO vestiging (code, brin, naam, schoolsoort, postcode, pc4, plaats, swv_code, swv_handmatig) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(v.code.as_str())
        .bind(brin.as_str())
        .bind(naam)
        .bind(v.schoolsoort.as_str())
        .bind(v.postcode.to_string())
        .bind(i64::from(v.postcode.pc4().value()))
        .bind(v.plaats.trim())
        .bind(swv.as_str())
        .bind(i16::from(v.swv.is_some()))
        .execute(&mut *tx)
        .await
        .map_err(|e| on_unique(e, || format!("vestiging {} bestaat al", v.code)))?;
        tx.commit().await?;
        Ok(swv)
    }
}

//! Reading the OSO dossiers of a pupil, their restricted data and attachments.

use super::*;
use crate::repo::OsoStore;

impl OsoStore<'_> {
    /// The OSO dossiers of a pupil, for a caller who may read the pupil's dossier; the
    /// restricted attachments only for one who may read restricted data too
    /// ([`Handeling::BeperktLezen`]).
    pub async fn oso_dossiers_van(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        today: Date,
        route: &str,
    ) -> Result<Vec<OsoOverzicht>, StoreError> {
        let context = self
            .toets(wie, &Handeling::DossierLezen, leerling, today, route)
            .await?;
        let met_beperkt = wie.kijker.mag(&Handeling::BeperktLezen, &context).is_ok();
        let rows = sqlx::query(
            "SELECT id, vestiging_code, swv_code, ontvangen, niet_geleverd, verzuim, zienswijze FROM oso_dossier \
             WHERE leerling_id = $1 ORDER BY id DESC",
        )
        .bind(leerling.0)
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::new();
        for r in &rows {
            let id: i64 = r.try_get("id")?;
            let historie = sqlx::query(
                "SELECT van, tot, omschrijving FROM ondersteuning_historie WHERE oso_dossier_id = $1 ORDER BY van, id",
            )
            .bind(id)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|h| Ok((get_opt_date(h, "van")?, get_opt_date(h, "tot")?, h.try_get("omschrijving")?)))
            .collect::<Result<Vec<_>, StoreError>>()?;
            let bijlagen = sqlx::query(
                "SELECT id, naam, mime, grootte FROM bijlage WHERE oso_dossier_id = $1 AND (beperkt = 0 OR $2 = 1) ORDER BY id",
            )
            .bind(id)
            .bind(i64::from(met_beperkt))
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|b| Ok((b.try_get(0)?, b.try_get(1)?, b.try_get(2)?, b.try_get(3)?)))
            .collect::<Result<Vec<_>, sqlx::Error>>()?;
            out.push(OsoOverzicht {
                id,
                vestiging_code: r.try_get("vestiging_code")?,
                swv_code: r.try_get("swv_code")?,
                ontvangen: get_date(r, "ontvangen")?,
                niet_geleverd: r.try_get("niet_geleverd")?,
                verzuim: r.try_get("verzuim")?,
                zienswijze: r.try_get("zienswijze")?,
                historie,
                bijlagen,
            });
        }
        Ok(out)
    }

    /// The restricted data of a pupil, only for the roles that need it (the domain's
    /// `mag_beperkt_zien`); `None` for everyone else. The read is logged.
    pub async fn beperkte_gegevens_voor(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        today: Date,
    ) -> Result<Option<Vec<BeperktGegeven>>, StoreError> {
        let Some(context) = self.leerling_context(leerling, today).await? else {
            return Ok(None);
        };
        if !wie.kijker.mag_beperkt_zien(&context) {
            return Ok(None);
        }
        let rows = sqlx::query(
            "SELECT soort, omschrijving, datum FROM beperkt_gegeven WHERE leerling_id = $1 ORDER BY id",
        )
        .bind(leerling.0)
        .fetch_all(&self.pool)
        .await?;
        let list = rows
            .iter()
            .map(|r| {
                Ok(BeperktGegeven {
                    soort: r.try_get("soort")?,
                    omschrijving: r.try_get("omschrijving")?,
                    datum: get_opt_date(r, "datum")?,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        if !list.is_empty() {
            self.audit(
                wie,
                Some(leerling),
                crate::audit::Actie::Lezen,
                "beperkte gegevens",
            )
            .await?;
        }
        Ok(Some(list))
    }

    /// One attachment's name, type and bytes, for a user who may see the pupil's dossier.
    pub async fn bijlage_voor(
        self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<(String, String, Vec<u8>), StoreError> {
        let not_found = || StoreError::NietGevonden {
            wat: "bijlage",
            sleutel: id.to_string(),
        };
        let r = sqlx::query(
            "SELECT leerling_id, naam, mime, inhoud_base64, beperkt FROM bijlage WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(not_found)?;
        let leerling = LeerlingId(r.try_get(0)?);
        self.dossier_voor(wie, leerling, today, route)
            .await
            .map_err(|_| not_found())?;
        if r.try_get::<i64, _>(4)? != 0 {
            let context = self
                .leerling_context(leerling, today)
                .await?
                .ok_or_else(not_found)?;
            if !wie.kijker.mag_beperkt_zien(&context) {
                return Err(not_found());
            }
        }
        use base64::Engine;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(r.try_get::<String, _>(3)?)
            .map_err(|_| StoreError::Ongeldig("bijlage beschadigd".into()))?;
        Ok((r.try_get(1)?, r.try_get(2)?, bytes))
    }
}

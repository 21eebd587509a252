//! Asking the policy: the facts of a school and a pupil, and the decision.

use super::*;

impl Store {
    /// A record of a pupil (a TLV, a dispute) read through the dossier scope or, failing that,
    /// through `anders` (the school that asked the TLV, a party to a toelating dispute). The
    /// read is logged, a refusal too (then "not found"). `true` when the dossier scope allowed
    /// it, so the caller knows how much of the record to show.
    pub(crate) async fn lees_record(
        &self,
        wie: &Verzoeker,
        id: LeerlingId,
        anders: Option<&Handeling>,
        today: Date,
        route: &str,
    ) -> Result<bool, StoreError> {
        let not_found = || StoreError::NietGevonden {
            wat: "leerling",
            sleutel: id.0.to_string(),
        };
        let l = self
            .leerling_context(id, today)
            .await?
            .ok_or_else(not_found)?;
        let dossier = wie.kijker.mag(&Handeling::DossierLezen, &l).is_ok();
        let anders = anders.is_some_and(|h| wie.kijker.mag(h, &l).is_ok());
        if !dossier && !anders {
            self.audit(wie, Some(id), Actie::Geweigerd, route).await?;
            return Err(not_found());
        }
        self.audit(wie, Some(id), Actie::Lezen, route).await?;
        Ok(dossier)
    }

    /// Asks the policy whether `wie` may do `h` with pupil `id`: the pupil's facts are loaded
    /// here, the domain decides. A refusal of a pupil that exists is written to the audit log
    /// (who tried, which route; nothing of the pupil) and comes back as the domain's reason.
    pub(crate) async fn toets(
        &self,
        wie: &Verzoeker,
        h: &Handeling,
        id: LeerlingId,
        today: Date,
        route: &str,
    ) -> Result<LeerlingContext, StoreError> {
        let Some(context) = self.leerling_context(id, today).await? else {
            return Err(StoreError::NietGevonden {
                wat: "leerling",
                sleutel: id.0.to_string(),
            });
        };
        match wie.kijker.mag(h, &context) {
            Ok(()) => Ok(context),
            Err(w) => {
                self.audit(wie, Some(id), Actie::Geweigerd, route).await?;
                Err(match w {
                    Weigering::BuitenScope => StoreError::NietGevonden {
                        wat: "leerling",
                        sleutel: id.0.to_string(),
                    },
                    other => StoreError::Ongeldig(other.to_string()),
                })
            }
        }
    }

    /// Whether the policy lets `wie` do `h` with pupil `id`, for deciding what a page shows
    /// (links, forms); the act itself is checked again, and refusals logged, where it is done.
    pub async fn mag(
        &self,
        wie: &Verzoeker,
        h: &Handeling,
        id: LeerlingId,
        today: Date,
    ) -> Result<bool, StoreError> {
        Ok(self
            .mag_elk(wie, std::slice::from_ref(h), id, today)
            .await?[0])
    }

    /// [`Store::mag`] for several questions about one pupil, whose facts are loaded once.
    pub async fn mag_elk(
        &self,
        wie: &Verzoeker,
        hs: &[Handeling],
        id: LeerlingId,
        today: Date,
    ) -> Result<Vec<bool>, StoreError> {
        let l = self.leerling_context(id, today).await?;
        Ok(hs
            .iter()
            .map(|h| l.as_ref().is_some_and(|l| wie.kijker.mag(h, l).is_ok()))
            .collect())
    }

    /// The school context of a vestiging (its bestuur and SWV), for asking the policy.
    pub async fn school_context(&self, code: &str) -> Result<SchoolContext, StoreError> {
        let r = sqlx::query(
            "SELECT v.code, b.bevoegd_gezag, v.swv_code FROM vestiging v JOIN school s ON s.brin = v.brin \
             JOIN bestuur b ON b.id = s.bestuur_id WHERE v.code = $1",
        )
        .bind(code)
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(|| StoreError::NietGevonden {
            wat: "vestiging",
            sleutel: code.to_string(),
        })?;
        Ok(SchoolContext {
            vestiging: r.try_get(0)?,
            bestuur: r.try_get(1)?,
            swv: r.try_get(2)?,
        })
    }

    pub(crate) async fn leerling_context(
        &self,
        id: LeerlingId,
        today: Date,
    ) -> Result<Option<LeerlingContext>, StoreError> {
        let head = sqlx::query(
            "SELECT p.gemeentecode FROM leerling l JOIN postcode_regio p ON p.pc4 = l.pc4 WHERE l.id = $1",
        )
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await?;
        let Some(head) = head else { return Ok(None) };
        let scholen = sqlx::query(
            "SELECT v.code, b.bevoegd_gezag, v.swv_code FROM inschrijving i \
             JOIN vestiging v ON v.code = i.vestiging_code JOIN school s ON s.brin = v.brin \
             JOIN bestuur b ON b.id = s.bestuur_id \
             WHERE i.leerling_id = $1 AND i.van <= $2 AND (i.tot IS NULL OR i.tot >= $2)",
        )
        .bind(id.0)
        .bind(today.to_string())
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(SchoolContext {
                vestiging: r.try_get(0)?,
                bestuur: r.try_get(1)?,
                swv: r.try_get(2)?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
        let mut ouders = Vec::new();
        let mut ouders_met_gezag = Vec::new();
        for r in sqlx::query(
            "SELECT ouder_id, CAST(gezag AS BIGINT) FROM ouder_leerling WHERE leerling_id = $1",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await?
        {
            let o = r.try_get::<i64, _>(0)?.to_string();
            if r.try_get::<i64, _>(1)? != 0 {
                ouders_met_gezag.push(o.clone());
            }
            ouders.push(o);
        }
        let swv_zaken =
            sqlx::query("SELECT DISTINCT swv_code FROM swv_zaak WHERE leerling_id = $1")
                .bind(id.0)
                .fetch_all(&self.pool)
                .await?
                .iter()
                .map(|r| r.try_get::<String, _>(0))
                .collect::<Result<Vec<_>, _>>()?;
        // Live registrations (open, admitted, on the TLV route) and closed ones (withdrawn or
        // refused) apart: the policy gives them different things.
        let mut aanmeldingen = Vec::new();
        let mut eerdere_aanmeldingen = Vec::new();
        for r in sqlx::query(
            "SELECT v.code, b.bevoegd_gezag, v.swv_code, \
             CAST(CASE WHEN a.ingetrokken_op IS NULL AND (a.besluit IS NULL OR a.besluit IN ('toegelaten', 'tlv-route')) \
             THEN 1 ELSE 0 END AS BIGINT) FROM aanmelding a \
             JOIN vestiging v ON v.code = a.vestiging_code JOIN school s ON s.brin = v.brin \
             JOIN bestuur b ON b.id = s.bestuur_id \
             WHERE a.leerling_id = $1",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await?
        {
            let school = SchoolContext {
                vestiging: r.try_get(0)?,
                bestuur: r.try_get(1)?,
                swv: r.try_get(2)?,
            };
            if r.try_get::<i64, _>(3)? == 1 {
                aanmeldingen.push(school);
            } else {
                eerdere_aanmeldingen.push(school);
            }
        }
        let deskundigen = sqlx::query(
            "SELECT DISTINCT a.deskundige_id FROM tlv_advies a JOIN tlv t ON t.id = a.tlv_id WHERE t.leerling_id = $1",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| r.try_get::<i64, _>(0).map(|d| d.to_string()))
        .collect::<Result<Vec<_>, _>>()?;
        let gevraagde_scholen = self.gevraagde_scholen(id).await?;
        Ok(Some(LeerlingContext {
            gevraagde_scholen,
            deskundigen,
            aanmeldingen,
            eerdere_aanmeldingen,
            swv_zaken,
            huidige_scholen: scholen,
            woongemeente: head.try_get(0)?,
            ouders,
            ouders_met_gezag,
        }))
    }
}

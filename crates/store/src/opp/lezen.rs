//! Reading a pupil's OPPs with their versions.

use super::*;
use crate::repo::OppsStore;

impl OppsStore<'_> {
    /// The OPPs of a pupil, for a caller who may read the pupil's dossier.
    pub async fn opps_van(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        today: Date,
        route: &str,
    ) -> Result<Vec<Opp>, StoreError> {
        self.toets(
            wie,
            &passend_domain::Handeling::DossierLezen,
            leerling,
            today,
            route,
        )
        .await?;
        self.opps_rijen(leerling, today).await
    }

    pub(crate) async fn opps_rijen(
        self,
        leerling: LeerlingId,
        today: Date,
    ) -> Result<Vec<Opp>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, vestiging_code FROM opp WHERE leerling_id = $1 ORDER BY id DESC",
        )
        .bind(leerling.0)
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::new();
        for r in &rows {
            let id: i64 = r.try_get(0)?;
            let versies = self.opp_versies(id).await?;
            let evaluaties = self.evaluaties(id).await?;
            let eerste = versies.last().map(|v| v.vastgesteld_op).unwrap_or(today);
            let data: Vec<Evaluatiemoment> = evaluaties.iter().map(OppEvaluatie::moment).collect();
            out.push(Opp {
                id,
                leerling_id: leerling,
                vestiging_code: r.try_get(1)?,
                evaluatie: evaluatie(eerste, &data, today),
                versies,
                evaluaties,
            });
        }
        Ok(out)
    }

    /// The evaluations of an OPP, newest first.
    pub(super) async fn evaluaties(self, opp: i64) -> Result<Vec<OppEvaluatie>, StoreError> {
        sqlx::query(
            "SELECT datum, met_ouders, verslag FROM opp_evaluatie WHERE opp_id = $1 ORDER BY datum DESC",
        )
        .bind(opp)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|e| {
            Ok(OppEvaluatie {
                datum: get_date(e, "datum")?,
                met_ouders: e.try_get::<i64, _>("met_ouders")? != 0,
                verslag: e.try_get("verslag")?,
            })
        })
        .collect()
    }

    async fn opp_versies(self, opp: i64) -> Result<Vec<OppVersie>, StoreError> {
        let rows = sqlx::query(
            "SELECT versie, vastgesteld_op, uitstroom, belemmerend, bevorderend, overleg_ouders, overleg_verslag, \
             instemming_ouders, stem_kind FROM opp_versie WHERE opp_id = $1 ORDER BY versie DESC",
        )
        .bind(opp)
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let versie: i64 = r.try_get("versie")?;
            let behoeften = sqlx::query(
                "SELECT domein, niveau FROM opp_behoefte WHERE opp_id = $1 AND versie = $2 ORDER BY domein",
            )
            .bind(opp)
            .bind(versie)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|b| Ok((b.try_get(0)?, b.try_get(1)?)))
            .collect::<Result<Vec<_>, sqlx::Error>>()?;
            let doelen = sqlx::query(
                "SELECT doel, ondersteuning, wie, frequentie FROM opp_doel WHERE opp_id = $1 AND versie = $2 ORDER BY volgorde",
            )
            .bind(opp)
            .bind(versie)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|d| {
                Ok(Doel {
                    doel: d.try_get(0)?,
                    ondersteuning: d.try_get(1)?,
                    wie: d.try_get(2)?,
                    frequentie: d.try_get(3)?,
                })
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()?;
            out.push(OppVersie {
                versie,
                vastgesteld_op: get_date(r, "vastgesteld_op")?,
                uitstroom: r.try_get("uitstroom")?,
                belemmerend: r.try_get("belemmerend")?,
                bevorderend: r.try_get("bevorderend")?,
                behoeften,
                doelen,
                overleg_ouders: get_date(r, "overleg_ouders")?,
                overleg_verslag: r.try_get("overleg_verslag")?,
                instemming_ouders: get_opt_date(r, "instemming_ouders")?,
                stem_kind: r.try_get("stem_kind")?,
            });
        }
        Ok(out)
    }

    /// The school where the pupil is enrolled today, as the signed-in school user.
    pub(super) async fn eigen_inschrijving(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        today: Date,
        route: &str,
    ) -> Result<(String, Schoolsoort), StoreError> {
        let dossier = self.dossier_voor(wie, leerling, today, route).await?;
        let scope = wie.kijker.schrijft_voor_vestiging(&Functie::OppVastleggen);
        let hier = dossier.inschrijvingen.iter().find(|i| {
            Some(&i.vestiging_code) == scope.as_ref()
                && i.van <= today
                && i.tot.is_none_or(|t| t >= today)
        });
        match hier {
            Some(i) => Ok((
                i.vestiging_code.clone(),
                Schoolsoort::parse(&i.schoolsoort).map_err(ongeldig)?,
            )),
            None => Err(ongeldig(
                "alleen de school waar de leerling is ingeschreven stelt het ontwikkelingsperspectief vast",
            )),
        }
    }
}

//! Symbiose agreements between a (v)so school and a regular school.

use super::*;
use crate::repo::ArrangementenStore;

#[derive(Debug, Clone)]
pub struct NieuweSymbiose {
    pub regulier_vestiging: String,
    pub van: Schooljaar,
    pub tot: Schooljaar,
    pub vakken: Vec<(String, u32)>,
    pub rooster_minuten: u32,
    pub begeleiding: String,
    pub vergoeding_materiaal: String,
    pub vergoeding_lokalen: String,
    pub uitleg: String,
}

#[derive(Debug, Clone)]
pub struct Symbiose {
    pub id: i64,
    pub so_vestiging: String,
    pub regulier_vestiging: String,
    pub van: Schooljaar,
    pub tot: Schooljaar,
    pub vakken: Vec<(String, i64)>,
    pub rooster_minuten: i64,
    pub procent_regulier: i64,
    pub begeleiding: String,
    pub vergoeding_materiaal: Option<String>,
    pub vergoeding_lokalen: Option<String>,
    pub uitleg: Option<String>,
}

impl ArrangementenStore<'_> {
    /// The (v)so school where the pupil is enrolled records a symbiose agreement with a
    /// regular school; the domain checks the minutes, the years and the 60% guideline.
    pub async fn leg_symbiose_vast(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        n: &NieuweSymbiose,
        today: Date,
        route: &str,
    ) -> Result<i64, StoreError> {
        let dossier = self.dossier_voor(wie, leerling, today, route).await?;
        let scope = wie
            .kijker
            .schrijft_voor_vestiging(&Functie::SymbioseVastleggen)
            .unwrap_or_default();
        let hier = dossier.inschrijvingen.iter().find(|i| {
            i.vestiging_code == scope && i.van <= today && i.tot.is_none_or(|t| t >= today)
        });
        let so = matches!(hier.map(|i| i.schoolsoort.as_str()), Some("so" | "vso"));
        if !so {
            return Err(ongeldig(
                "de (v)so-school waar de leerling is ingeschreven legt de symbiose-overeenkomst vast",
            ));
        }
        let regulier = school(&self, n.regulier_vestiging.trim()).await?;
        if matches!(regulier.schoolsoort, Schoolsoort::So | Schoolsoort::Vso) {
            return Err(ongeldig(
                "symbiose is onderwijs op een basisschool, sbo-school of school voor voortgezet onderwijs",
            ));
        }
        let o = Overeenkomst {
            van: n.van,
            tot: n.tot,
            vakken: &n.vakken,
            rooster_minuten: n.rooster_minuten,
            begeleiding: &n.begeleiding,
            uitleg: Some(n.uitleg.as_str()).filter(|u| !u.trim().is_empty()),
        };
        symbiose::toets(&o, &Richtlijnen::ingebouwd().symbiose).map_err(ongeldig)?;
        let mut tx = self.begin_write().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO symbiose (leerling_id, so_vestiging, regulier_vestiging, van_schooljaar, tot_schooljaar, rooster_minuten, \
             begeleiding, vergoeding_materiaal, vergoeding_lokalen, uitleg, aangemaakt) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        )
        .bind(leerling.0)
        .bind(&scope)
        .bind(&regulier.code)
        .bind(i64::from(n.van.start().year()))
        .bind(i64::from(n.tot.start().year()))
        .bind(i64::from(n.rooster_minuten))
        .bind(n.begeleiding.trim())
        .bind(Some(n.vergoeding_materiaal.trim()).filter(|s| !s.is_empty()))
        .bind(Some(n.vergoeding_lokalen.trim()).filter(|s| !s.is_empty()))
        .bind(o.uitleg.map(str::trim))
        .bind(instant_text(jiff::Timestamp::now()))
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        for (vak, minuten) in &n.vakken {
            sqlx::query("INSERT INTO symbiose_vak (symbiose_id, vak, minuten) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(vak.trim())
                .bind(i64::from(*minuten))
                .execute(&mut *tx)
                .await
                .map_err(|e| match e {
                    sqlx::Error::Database(_) => {
                        ongeldig(format!("vak '{}' staat er twee keer in", vak.trim()))
                    }
                    e => e.into(),
                })?;
        }
        commit_audited(
            tx,
            wie,
            Some(leerling),
            Actie::Aanmaken,
            route,
            &["symbiose"],
        )
        .await?;
        Ok(id)
    }

    /// The symbiose agreements of a pupil, for a caller who may read the pupil's dossier.
    pub async fn symbioses_van(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        today: Date,
        route: &str,
    ) -> Result<Vec<Symbiose>, StoreError> {
        self.toets(
            wie,
            &passend_domain::Handeling::DossierLezen,
            leerling,
            today,
            route,
        )
        .await?;
        let rows = sqlx::query(
            "SELECT id, so_vestiging, regulier_vestiging, van_schooljaar, tot_schooljaar, rooster_minuten, begeleiding, \
             vergoeding_materiaal, vergoeding_lokalen, uitleg FROM symbiose WHERE leerling_id = $1 ORDER BY id DESC",
        )
        .bind(leerling.0)
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::new();
        for r in &rows {
            let id: i64 = r.try_get("id")?;
            let vakken = sqlx::query(
                "SELECT vak, minuten FROM symbiose_vak WHERE symbiose_id = $1 ORDER BY vak",
            )
            .bind(id)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|v| Ok((v.try_get(0)?, v.try_get(1)?)))
            .collect::<Result<Vec<(String, i64)>, sqlx::Error>>()?;
            let rooster: i64 = r.try_get("rooster_minuten")?;
            let regulier: i64 = vakken.iter().map(|(_, m)| m).sum();
            let jaar = |c: &str| -> Result<Schooljaar, StoreError> {
                Ok(Schooljaar::starting_in(r.try_get::<i64, _>(c)? as i16))
            };
            out.push(Symbiose {
                id,
                so_vestiging: r.try_get("so_vestiging")?,
                regulier_vestiging: r.try_get("regulier_vestiging")?,
                van: jaar("van_schooljaar")?,
                tot: jaar("tot_schooljaar")?,
                procent_regulier: if rooster > 0 {
                    (regulier * 100 + rooster - 1) / rooster
                } else {
                    100
                },
                vakken,
                rooster_minuten: rooster,
                begeleiding: r.try_get("begeleiding")?,
                vergoeding_materiaal: r.try_get("vergoeding_materiaal")?,
                vergoeding_lokalen: r.try_get("vergoeding_lokalen")?,
                uitleg: r.try_get("uitleg")?,
            });
        }
        Ok(out)
    }
}

//! Reading one plan version with its targets, OOGO and consent.

use super::*;
use crate::repo::VerantwoordingStore;
use passend_domain::verantwoording::behaald;

impl VerantwoordingStore<'_> {
    /// One version with its OOGO, consent, targets and what is missing for vaststelling.
    /// Not found outside the caller's reach.
    pub async fn plan_versie(
        self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
    ) -> Result<PlanVersie, StoreError> {
        let not_found = || StoreError::NietGevonden {
            wat: "ondersteuningsplan",
            sleutel: id.to_string(),
        };
        let sql = format!("SELECT {PLAN_COLUMNS} FROM ondersteuningsplan WHERE id = $1");
        let r = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(not_found)?;
        let p = regel(&r)?;
        if !bereik(wie).omvat(&p.swv_code) {
            return Err(not_found());
        }
        let mut streefwaarden = Vec::new();
        let waarden = self.kengetallen(wie, &p.swv_code, today).await?;
        let beschermd = wie.kijker.schrijft_voor_swv(&Functie::MijnSwv).is_none();
        let antwoordbaar = self.antwoordbare_doelen(&p.swv_code).await?;
        for s in sqlx::query(
            "SELECT doel, kengetal, richting, streefwaarde, meting, volgorde FROM op_streefwaarde WHERE plan_id = $1 ORDER BY volgorde",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?
        {
            let kengetal: String = s.try_get(1)?;
            let richting: String = s.try_get(2)?;
            let streefwaarde: i64 = s.try_get(3)?;
            let k = kengetal_van(&kengetal)
                .ok_or_else(|| ongeldig(format!("onbekend kengetal '{kengetal}'")))?;
            let n = waarden
                .iter()
                .find(|(sleutel, _)| *sleutel == k.sleutel)
                .map_or(0, |(_, n)| *n);
            let huidig = crate::monitor::enkel_getal(n, beschermd);
            let doel = u64::try_from(streefwaarde).unwrap_or(0);
            streefwaarden.push(Streefwaarde {
                doel: s.try_get(0)?,
                kengetal_uitleg: k.uitleg.to_string(),
                monitor: format!(
                    "/monitor?schooljaar={}&swv={}#{}",
                    Schooljaar::of(today),
                    p.swv_code,
                    k.figuur
                ),
                kengetal,
                // A hidden count still answers when no count can be told from it (see doelen.rs).
                behaald: (huidig.waarde().is_some()
                    || antwoordbaar.contains(&(id, s.try_get::<i64, _>(5)?)))
                .then(|| behaald(n, &richting, doel)),
                richting,
                streefwaarde,
                meting: s.try_get(4)?,
                huidig,
            });
        }
        let gehouden = sqlx::query(
            "SELECT gemeentecode, datum, uitkomst, verschillen FROM op_oogo WHERE plan_id = $1",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let regio = self.gemeenten_van_swv(&p.swv_code).await?;
        let mut oogo = Vec::new();
        for (code, naam) in &regio {
            let rij = gehouden
                .iter()
                .find(|o| o.try_get::<String, _>(0).is_ok_and(|c| &c == code));
            oogo.push(Oogo {
                gemeentecode: code.clone(),
                gemeente: naam.clone(),
                datum: rij.map(|o| get_date(o, "datum")).transpose()?,
                uitkomst: rij.map(|o| o.try_get(2)).transpose()?,
                verschillen: rij.map(|o| o.try_get(3)).transpose()?.flatten(),
            });
        }
        let instemming = sqlx::query(
            "SELECT datum, voor, tegen, onthouding, voorwaarden FROM op_instemming WHERE plan_id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .map(|i| -> Result<OprInstemming, StoreError> {
            let stemming = Stemming {
                voor: i.try_get(1)?,
                tegen: i.try_get(2)?,
                onthouding: i.try_get(3)?,
            };
            Ok(OprInstemming {
                datum: get_date(&i, "datum")?,
                voor: stemming.voor,
                tegen: stemming.tegen,
                onthouding: stemming.onthouding,
                ingestemd: stemming.ingestemd(),
                voorwaarden: i.try_get(4)?,
            })
        })
        .transpose()?;
        let basisondersteuning: String = r.try_get("basisondersteuning")?;
        let extra_ondersteuning: String = r.try_get("extra_ondersteuning")?;
        let middelen: String = r.try_get("middelen")?;
        let tlv_procedure: String = r.try_get("tlv_procedure")?;
        let ouders: String = r.try_get("ouders")?;
        let doelen: String = r.try_get("doelen")?;
        let terugplaatsing: String = r.try_get("terugplaatsing")?;
        let overdrachten: String = r.try_get("overdrachten")?;
        let gehouden_overleg =
            sqlx::query("SELECT swv_code, datum, verslag FROM op_overleg_swv WHERE plan_id = $1")
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
        let mut overleg_swv = Vec::new();
        for code in self.overlappende_swvs(&p.swv_code).await? {
            let rij = gehouden_overleg
                .iter()
                .find(|o| o.try_get::<String, _>(0).is_ok_and(|c| c == code));
            overleg_swv.push(OverlegSwv {
                swv_code: code,
                datum: rij.map(|o| get_date(o, "datum")).transpose()?,
                verslag: rij.map(|o| o.try_get(2)).transpose()?,
            });
        }
        let overlappend: Vec<String> = overleg_swv.iter().map(|o| o.swv_code.clone()).collect();
        let overleg_gehouden: Vec<String> = overleg_swv
            .iter()
            .filter(|o| o.datum.is_some())
            .map(|o| o.swv_code.clone())
            .collect();
        let gehouden_codes: Vec<String> = oogo
            .iter()
            .filter(|o| o.datum.is_some())
            .map(|o| o.gemeentecode.clone())
            .collect();
        let ontbreekt = ontbreekt_voor_vaststelling(
            &Inhoud {
                basisondersteuning: &basisondersteuning,
                extra_ondersteuning: &extra_ondersteuning,
                middelen: &middelen,
                tlv_procedure: &tlv_procedure,
                ouders: &ouders,
                doelen: &doelen,
                terugplaatsing: &terugplaatsing,
                overdrachten: &overdrachten,
                streefwaarden: streefwaarden.len(),
            },
            &regio,
            &gehouden_codes,
            &overlappend,
            &overleg_gehouden,
            instemming.as_ref().map(|i| Stemming {
                voor: i.voor,
                tegen: i.tegen,
                onthouding: i.onthouding,
            }),
        );
        Ok(PlanVersie {
            indienen_uiterlijk: indienen_uiterlijk(p.van),
            tijdig: p.ingediend_op.map(|d| tijdig_ingediend(p.van, d)),
            regel: p,
            basisondersteuning,
            extra_ondersteuning,
            middelen,
            tlv_procedure,
            ouders,
            doelen,
            terugplaatsing,
            overdrachten,
            streefwaarden,
            oogo,
            overleg_swv,
            instemming,
            ontbreekt,
        })
    }

    /// A version of the caller's own SWV that is still a concept.
    pub(super) async fn eigen_concept(
        self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
    ) -> Result<PlanVersie, StoreError> {
        let p = self.plan_versie(wie, id, today).await?;
        if p.regel.vastgesteld_op.is_some() {
            return Err(ongeldig(
                "deze versie is vastgesteld en verandert niet meer; maak een nieuwe versie",
            ));
        }
        Ok(p)
    }
}

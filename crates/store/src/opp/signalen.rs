//! Pupils who must have an OPP and have none, and OPPs whose evaluation is due.

use super::*;
use crate::repo::OppsStore;

impl OppsStore<'_> {
    /// Pupils of a vestiging who must have an OPP (RULES §5.3) and have none yet, with the
    /// due date; and OPPs whose yearly evaluation is due or overdue. For the school and the
    /// SWV: only vestigingen the caller's list scope covers.
    pub async fn opp_signalen(
        self,
        wie: &Verzoeker,
        today: Date,
        route: &str,
    ) -> Result<Vec<OppSignaal>, StoreError> {
        let (filter, scope) = match wie.kijker.bereik(&Functie::Ondersteuning) {
            Some(Bereik::Vestiging(s)) => ("v.code = $2", s),
            Some(Bereik::Bestuur(s)) => ("b.bevoegd_gezag = $2", s),
            Some(Bereik::Swv(s)) => ("v.swv_code = $2", s),
            _ => return Ok(Vec::new()),
        };
        // Current enrolments with the facts the rule needs: sort, support need (a recorded
        // behoefte or the dossier's ondersteuningsbehoefte), lwoo not recorded (treated as none).
        let sql = format!(
            "SELECT l.id, l.voornaam, l.tussenvoegsel, l.achternaam, v.code, v.schoolsoort, i.van, \
             (SELECT COUNT(*) FROM behoefte bh WHERE bh.leerling_id = l.id) AS behoeften, l.ondersteuningsbehoefte, \
             (SELECT o.id FROM opp o WHERE o.leerling_id = l.id AND o.vestiging_code = v.code) AS opp_id \
             FROM inschrijving i JOIN leerling l ON l.id = i.leerling_id JOIN vestiging v ON v.code = i.vestiging_code \
             JOIN school s ON s.brin = v.brin JOIN bestuur b ON b.id = s.bestuur_id \
             WHERE i.van <= $1 AND (i.tot IS NULL OR i.tot >= $1) AND {filter} ORDER BY i.van, l.id"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(today.to_string())
            .bind(&scope)
            .fetch_all(&self.pool)
            .await?;
        let mut out = Vec::new();
        for r in &rows {
            let soort = Schoolsoort::parse(&r.try_get::<String, _>(5)?).map_err(ongeldig)?;
            let extra = r.try_get::<i64, _>(7)? > 0
                || r.try_get::<Option<String>, _>(8)?
                    .is_some_and(|s| !s.trim().is_empty());
            let opp: Option<i64> = r.try_get(9)?;
            let leerling = LeerlingId(r.try_get(0)?);
            let naam = passend_domain::Naam {
                voornaam: r.try_get(1)?,
                tussenvoegsel: r.try_get(2)?,
                achternaam: r.try_get(3)?,
            }
            .volledig();
            let vestiging_code: String = r.try_get(4)?;
            match opp {
                None if verplicht(soort, extra, false) => {
                    let due = uiterlijk(get_date(r, "van")?);
                    out.push(OppSignaal {
                        leerling_id: leerling,
                        naam,
                        vestiging_code,
                        wat: "ontwikkelingsperspectief vaststellen".into(),
                        datum: due,
                        te_laat: due < today,
                    });
                }
                Some(id) => {
                    let eerste =
                        sqlx::query("SELECT MIN(vastgesteld_op) FROM opp_versie WHERE opp_id = $1")
                            .bind(id)
                            .fetch_one(&self.pool)
                            .await?
                            .try_get::<Option<String>, _>(0)?;
                    let Some(eerste) = eerste else { continue };
                    let data: Vec<Evaluatiemoment> = (self.evaluaties(id).await?.iter())
                        .map(OppEvaluatie::moment)
                        .collect();
                    match evaluatie(crate::kolom::date(&eerste)?, &data, today) {
                        Evaluatie::OpOrde => {}
                        Evaluatie::DitSchooljaar(d) => out.push(OppSignaal {
                            leerling_id: leerling,
                            naam,
                            vestiging_code,
                            wat: "evaluatie dit schooljaar".into(),
                            datum: d,
                            te_laat: false,
                        }),
                        Evaluatie::TeLaat(jaar) => out.push(OppSignaal {
                            leerling_id: leerling,
                            naam,
                            vestiging_code,
                            wat: format!("evaluatie {jaar} ontbreekt"),
                            datum: jaar.end(),
                            te_laat: true,
                        }),
                    }
                }
                None => {}
            }
        }
        self.audit(wie, None, Actie::LezenLijst, route).await?;
        Ok(out)
    }
}

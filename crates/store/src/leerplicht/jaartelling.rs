//! The yearly counts for the art. 25 report.

use super::*;
use crate::repo::LeerplichtStore;

/// The art. 25 counts of one schooljaar.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Jaartelling {
    pub schooljaar: String,
    pub absoluut_verzuim: i64,
    pub langdurig_relatief_verzuim: i64,
    pub langer_dan_drie_maanden: i64,
    pub vrijstellingen: Vec<(String, i64)>,
}

impl LeerplichtStore<'_> {
    /// The art. 25 counts for the leerplicht's gemeente, per schooljaar with data: cases of
    /// absoluut and langdurig relatief verzuim that began in the year, those out longer than
    /// three months during it, and vrijstellingen granted per ground.
    pub async fn jaartellingen(
        self,
        wie: &Verzoeker,
        today: Date,
    ) -> Result<Vec<Jaartelling>, StoreError> {
        let gemeente = gemeente_van(wie)?.to_string();
        let zaken = sqlx::query(
            "SELECT z.soort, z.startdatum, z.opgelost_op FROM thuiszitter_zaak z JOIN leerling l ON l.id = z.leerling_id \
             JOIN postcode_regio p ON p.pc4 = l.pc4 WHERE p.gemeentecode = $1",
        )
        .bind(&gemeente)
        .fetch_all(&self.pool)
        .await?;
        let mut jaren: std::collections::BTreeMap<Schooljaar, Jaartelling> = Default::default();
        for z in &zaken {
            let soort: String = z.try_get(0)?;
            let Some(start) = opt_date(z.try_get(1)?)? else {
                continue;
            };
            let einde = opt_date(z.try_get(2)?)?.unwrap_or(today);
            let sj = Schooljaar::of(start);
            let t = jaren.entry(sj).or_insert_with(|| Jaartelling {
                schooljaar: sj.to_string(),
                ..Default::default()
            });
            if soort == "absoluut_verzuim" {
                t.absoluut_verzuim += 1;
            } else {
                t.langdurig_relatief_verzuim += 1;
            }
            if passend_domain::thuiszitters::langer_dan_drie_maanden(start, einde) {
                t.langer_dan_drie_maanden += 1;
            }
        }
        let vrij = sqlx::query(
            "SELECT grond, van FROM vrijstelling WHERE gemeentecode = $1 AND status = 'verleend'",
        )
        .bind(&gemeente)
        .fetch_all(&self.pool)
        .await?;
        for v in &vrij {
            let grond: String = v.try_get(0)?;
            let Some(van) = opt_date(v.try_get(1)?)? else {
                continue;
            };
            let sj = Schooljaar::of(van);
            let t = jaren.entry(sj).or_insert_with(|| Jaartelling {
                schooljaar: sj.to_string(),
                ..Default::default()
            });
            match t.vrijstellingen.iter_mut().find(|(g, _)| *g == grond) {
                Some((_, n)) => *n += 1,
                None => t.vrijstellingen.push((grond, 1)),
            }
        }
        Ok(jaren.into_values().rev().collect())
    }
}

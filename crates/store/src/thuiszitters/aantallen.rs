//! Cases over three months per SWV: an aggregate scoped as the monitor is.

use super::*;
use crate::repo::ThuiszittersStore;

impl ThuiszittersStore<'_> {
    /// Per SWV and schooljaar (its starting year): the children whose case was over three
    /// months at some day of that schooljaar. An aggregate: no single child in it. Scoped as
    /// the monitor is: SWV staff their own SWV exactly, its OPR its own and inspectie and
    /// ministerie every SWV with small counts hidden; anyone else gets "not found".
    pub async fn langer_dan_drie_maanden_per_swv(
        self,
        wie: &Verzoeker,
        today: Date,
    ) -> Result<Vec<(String, i16, passend_domain::monitor::Cel)>, StoreError> {
        use crate::monitor::Bereik;
        let bereik = Bereik::van(wie)?;
        let rows = sqlx::query("SELECT swv_code, startdatum, opgelost_op FROM thuiszitter_zaak")
            .fetch_all(&self.pool)
            .await?;
        let mut out = std::collections::BTreeMap::new();
        for r in &rows {
            let swv: String = r.try_get(0)?;
            let omvat = match &bereik {
                Bereik::EigenSwv(s) | Bereik::Opr(s) => *s == swv,
                Bereik::Landelijk => true,
            };
            if !omvat {
                continue;
            }
            let start = date(&r.try_get::<String, _>(1)?)?;
            let einde = opt_date(r.try_get(2)?)?.unwrap_or(today);
            let mark = passend_domain::thuiszitters::drie_maanden_later(start);
            if einde <= mark {
                continue;
            }
            // Every schooljaar from the one after the mark up to the end counts the child.
            let first = passend_domain::Schooljaar::of(mark.tomorrow().unwrap_or(mark));
            let last = passend_domain::Schooljaar::of(einde);
            let mut sj = first;
            while sj <= last {
                *out.entry((swv.clone(), sj.start().year())).or_insert(0u64) += 1;
                sj = sj.next();
            }
        }
        Ok(out
            .into_iter()
            .map(|((swv, jaar), n)| {
                (
                    swv,
                    jaar,
                    crate::monitor::enkel_getal(n, bereik.beschermd()),
                )
            })
            .collect())
    }
}

/// A case row with its SWV's ladder.
pub(super) fn zaak_met_ladder(
    row: &AnyRow,
    ladder: &Escalatieladder,
    swv: String,
    today: Date,
) -> Result<Zaak, StoreError> {
    let stap = usize::try_from(row.try_get::<i64, _>("stap")?)
        .unwrap_or(0)
        .min(ladder.laatste());
    let startdatum = date(&row.try_get::<String, _>("startdatum")?)?;
    let opgelost_op = opt_date(row.try_get("opgelost_op")?)?;
    let einde = opgelost_op.unwrap_or(today);
    let naam = passend_domain::Naam {
        voornaam: row.try_get("voornaam")?,
        tussenvoegsel: row.try_get("tussenvoegsel")?,
        achternaam: row.try_get("achternaam")?,
    };
    Ok(Zaak {
        id: row.try_get("id")?,
        leerling_id: LeerlingId(row.try_get("leerling_id")?),
        naam: naam.volledig(),
        swv_code: swv,
        soort: row.try_get("soort")?,
        startdatum,
        dagen_thuis: dagen_thuis(startdatum, einde),
        langer_dan_drie_maanden: langer_dan_drie_maanden(startdatum, einde),
        stap,
        stap_naam: ladder.stappen()[stap].naam.clone(),
        eigenaar: ladder.stappen()[stap].eigenaar.clone(),
        deadline: date(&row.try_get::<String, _>("stap_deadline")?)?,
        laatste_stap: stap == ladder.laatste(),
        besluit_te_laat: row.try_get::<i64, _>("besluit_te_laat")? != 0,
        aanbod_datum: opt_date(row.try_get("aanbod_datum")?)?,
        plan: row.try_get("plan")?,
        opgelost_op,
        oplossing: row.try_get("oplossing")?,
        besluit: row.try_get("besluit")?,
    })
}

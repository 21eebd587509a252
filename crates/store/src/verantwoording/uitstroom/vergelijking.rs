//! Expected against actual outflow, counts only, as the viewer may see them.

use super::*;
use crate::repo::VerantwoordingStore;

/// A group's comparison as the viewer may see it.
fn publiceer(
    code: String,
    naam: String,
    rijen: &[Vergelijking],
    na_jaar: [i64; 4],
    beschermd: bool,
) -> UitstroomGroep {
    let drempel = crate::monitor::drempel();
    let tel = |n: i64| u64::try_from(n).unwrap_or(0);
    let mut t = Kruistabel::new(
        (0..rijen.len()).map(|i| i.to_string()).collect(),
        Bestemming::ALL
            .iter()
            .map(|b| b.as_str().to_string())
            .collect(),
    );
    for (i, r) in rijen.iter().enumerate() {
        t.waarden[i] = r.feitelijk.iter().map(|n| tel(*n)).collect();
    }
    let t = if beschermd {
        bescherm(&t, drempel)
    } else {
        onbeschermd(&t)
    };
    let mut jaar = Kruistabel::new(
        vec!["na een jaar".into()],
        Bestemming::ALL
            .iter()
            .map(|b| b.as_str().to_string())
            .collect(),
    );
    jaar.rijtotalen = false;
    jaar.waarden[0] = na_jaar.iter().map(|n| tel(*n)).collect();
    let jaar = if beschermd {
        bescherm(&jaar, drempel)
    } else {
        onbeschermd(&jaar)
    };
    let vier = |cellen: &[Cel]| -> [Cel; 4] {
        std::array::from_fn(|i| cellen.get(i).copied().unwrap_or(Cel::Getoond(0)))
    };
    let rijtotalen = t.rijtotalen.clone().unwrap_or_default();
    UitstroomGroep {
        code,
        naam,
        rijen: rijen
            .iter()
            .enumerate()
            .map(|(i, r)| UitstroomRij {
                verwacht: r.verwacht,
                feitelijk: vier(&t.cellen[i]),
                conform: r
                    .verwacht
                    .and_then(|u| Bestemming::ALL.iter().position(|b| b.profiel() == Some(u)))
                    .map_or(Cel::Getoond(0), |j| t.cellen[i][j]),
                totaal: rijtotalen.get(i).copied().unwrap_or(Cel::Getoond(0)),
            })
            .collect(),
        per_bestemming: vier(t.kolomtotalen.as_deref().unwrap_or_default()),
        na_jaar: vier(&jaar.cellen[0]),
        totaal: t.totaal.unwrap_or(Cel::Getoond(0)),
    }
}

impl VerantwoordingStore<'_> {
    /// Expected against actual outflow, per SWV and per school, counts only: SWV staff and
    /// OPR for their SWV, inspectie and ministerie for all, a school or bestuur for its own
    /// schools. Optionally only the leavers of one schooljaar.
    pub async fn uitstroom_vergelijking(
        self,
        wie: &Verzoeker,
        schooljaar: Option<Schooljaar>,
    ) -> Result<(Vec<UitstroomGroep>, Vec<UitstroomGroep>), StoreError> {
        let bereik = bereik(wie);
        let eigen: Option<Vec<String>> = match (&bereik, partij_conditie(wie)) {
            (Bereik::Geen, Some((conditie, scope))) => {
                let sql = format!("SELECT v.code FROM vestiging v WHERE {conditie}");
                Some(
                    sqlx::query(sqlx::AssertSqlSafe(sql))
                        .bind(scope)
                        .fetch_all(&self.pool)
                        .await?
                        .iter()
                        .map(|r| r.try_get(0))
                        .collect::<Result<_, _>>()?,
                )
            }
            (Bereik::Geen, None) => return Ok((Vec::new(), Vec::new())),
            _ => None,
        };
        let rows = sqlx::query(
            "SELECT u.swv_code, s.naam AS swv_naam, u.vestiging_code, v.naam, u.verwacht, u.bestemming, u.na_jaar_bestemming, u.uitstroomdatum \
             FROM vso_uitstroom u JOIN vestiging v ON v.code = u.vestiging_code LEFT JOIN swv s ON s.code = u.swv_code \
             ORDER BY u.swv_code, u.vestiging_code",
        )
        .fetch_all(&self.pool)
        .await?;
        type Leaver = (Option<Uitstroom>, Bestemming, Option<Bestemming>);
        let mut per_swv: Vec<(String, String, Vec<Leaver>)> = Vec::new();
        let mut per_school: Vec<(String, String, Vec<Leaver>)> = Vec::new();
        for r in &rows {
            let swv: String = r.try_get(0)?;
            let vestiging: String = r.try_get(2)?;
            let zichtbaar = match &eigen {
                Some(codes) => codes.contains(&vestiging),
                None => bereik.omvat(&swv),
            };
            if !zichtbaar
                || schooljaar
                    .is_some_and(|j| get_date(r, "uitstroomdatum").is_ok_and(|d| !j.contains(d)))
            {
                continue;
            }
            let leaver: Leaver = (
                r.try_get::<Option<String>, _>(4)?
                    .and_then(|v| Uitstroom::parse(&v).ok()),
                Bestemming::parse(&r.try_get::<String, _>(5)?).unwrap_or(Bestemming::Onbekend),
                r.try_get::<Option<String>, _>(6)?
                    .and_then(|b| Bestemming::parse(&b)),
            );
            let swv_naam: Option<String> = r.try_get(1)?;
            for (lijst, code, naam) in [
                (
                    &mut per_swv,
                    swv.clone(),
                    swv_naam.unwrap_or_else(|| swv.clone()),
                ),
                (
                    &mut per_school,
                    vestiging.clone(),
                    r.try_get::<String, _>(3)?,
                ),
            ] {
                match lijst.iter_mut().find(|g| g.0 == code) {
                    Some(g) => g.2.push(leaver),
                    None => lijst.push((code, naam, vec![leaver])),
                }
            }
        }
        // The SWV's staff and the schools (and their boards) know these pupils; everyone
        // else gets protected counts, and per SWV only: a school's table beside its SWV's
        // would give hidden cells back by subtraction.
        let beschermd = wie
            .kijker
            .bereik(&Functie::UitstroomVergelijken)
            .is_none_or(|b| b.beschermd());
        let groep = |(code, naam, leavers): (String, String, Vec<Leaver>)| {
            let paren: Vec<(Option<Uitstroom>, Bestemming)> =
                leavers.iter().map(|l| (l.0, l.1)).collect();
            let mut na_jaar = [0; 4];
            for b in leavers.iter().filter_map(|l| l.2) {
                if let Some(i) = Bestemming::ALL.iter().position(|x| *x == b) {
                    na_jaar[i] += 1;
                }
            }
            publiceer(code, naam, &vergelijk(&paren), na_jaar, beschermd)
        };
        Ok((
            per_swv.into_iter().map(groep).collect(),
            if beschermd {
                Vec::new()
            } else {
                per_school.into_iter().map(groep).collect()
            },
        ))
    }
}

//! Demo data for the monitor area: schorsingen, verwijderingen and vrijstellingen in the
//! current schooljaar, so that every monitor figure has something to count — some counts
//! large, some below the small-cell threshold. Pupils are picked deterministically, away
//! from the demo's own cases (vestiging 90AA00, the demo ouder's children, pupils with an
//! aanmelding or an SWV case, gemeente 0356 of the leerplicht account), so the other
//! demo stories stay as they are.

use crate::{Store, StoreError, instant_text};
use jiff::ToSpan;
use jiff::civil::Date;
use passend_domain::Schooljaar;
use sqlx::Row;

/// A day in the current schooljaar up to today, spread by `k`.
fn dag(today: Date, k: i64) -> Date {
    let start = Schooljaar::of(today).start();
    let dagen = start
        .until(today)
        .map(|s| i64::from(s.get_days()))
        .unwrap_or(0);
    start.saturating_add((k * 7 % (dagen + 1)).days())
}

pub(super) async fn insert(store: &Store, today: Date) -> Result<(), StoreError> {
    let nu = instant_text(jiff::Timestamp::now());
    // The pupils with a brother or sister are one list, read once: inside the correlated
    // NOT EXISTS, SQLite grouped all of ouder_leerling again for every candidate (25 s of a
    // 30 s demo). ouder_leerling.leerling_id is NOT NULL, so NOT IN means NOT EXISTS here.
    let kandidaten = sqlx::query(
        "SELECT i.leerling_id, v.code, v.swv_code, v.schoolsoort, p.gemeentecode FROM inschrijving i \
         JOIN vestiging v ON v.code = i.vestiging_code JOIN leerling l ON l.id = i.leerling_id \
         JOIN postcode_regio p ON p.pc4 = l.pc4 \
         WHERE i.tot IS NULL AND v.code <> '90AA00' AND p.gemeentecode <> '0356' \
         AND NOT EXISTS (SELECT 1 FROM swv_zaak z WHERE z.leerling_id = i.leerling_id) \
         AND NOT EXISTS (SELECT 1 FROM aanmelding a WHERE a.leerling_id = i.leerling_id) \
         AND i.leerling_id NOT IN (SELECT o.leerling_id FROM ouder_leerling o \
           WHERE o.ouder_id IN (SELECT ouder_id FROM ouder_leerling GROUP BY ouder_id HAVING COUNT(*) > 1)) \
         ORDER BY i.leerling_id",
    )
    .fetch_all(&store.pool)
    .await?;
    // Candidates per (SWV, schoolsoort): (pupil, vestiging, gemeente).
    type Kandidaat = (i64, String, String);
    let mut per_soort: std::collections::BTreeMap<(String, String), Vec<Kandidaat>> =
        Default::default();
    for r in &kandidaten {
        per_soort
            .entry((r.try_get(2)?, r.try_get(3)?))
            .or_default()
            .push((r.try_get(0)?, r.try_get(1)?, r.try_get(4)?));
    }
    let mut gebruikt = std::collections::BTreeSet::new();
    let mut kies = |swv: &str, soort: &str, n: usize| -> Vec<Kandidaat> {
        let lijst = per_soort
            .get(&(swv.to_string(), soort.to_string()))
            .cloned()
            .unwrap_or_default();
        let vrij: Vec<_> = lijst
            .into_iter()
            .filter(|(id, _, _)| !gebruikt.contains(id))
            .collect();
        let stap = (vrij.len() / (n + 1)).max(1);
        let gekozen: Vec<_> = vrij.into_iter().step_by(stap).take(n).collect();
        gebruikt.extend(gekozen.iter().map(|(id, _, _)| *id));
        gekozen
    };
    // Schorsingen longer than one day: many in bao and vo, a few in sbo; and one of a
    // single day, which the monitor does not count.
    let mut k = 0;
    for (swv, soort, n, dagen) in [
        ("PO2605", "bao", 14, 3),
        ("PO2605", "sbo", 3, 2),
        ("VO2605", "vo", 22, 4),
        ("VO2605", "pro", 2, 2),
        ("PO2605", "bao", 1, 1),
    ] {
        for (id, vestiging, _) in kies(swv, soort, n) {
            k += 1;
            let van = dag(today, k);
            sqlx::query(
                "INSERT INTO schorsing (leerling_id, vestiging_code, van, tot, reden, inspectie_melding, aangemaakt) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(id)
            .bind(vestiging)
            .bind(van.to_string())
            .bind(van.saturating_add((dagen - 1).days()).to_string())
            .bind("herhaald grensoverschrijdend gedrag na afspraken met ouders")
            .bind((dagen > 1).then(|| van.to_string()))
            .bind(&nu)
            .execute(&store.pool)
            .await?;
        }
    }
    // Verwijderingen, each after another school agreed to admit the pupil.
    for (swv, soort, n) in [("VO2605", "vo", 3), ("PO2605", "bao", 1)] {
        for (id, vestiging, _) in kies(swv, soort, n) {
            k += 1;
            sqlx::query(
                "INSERT INTO verwijdering (leerling_id, vestiging_code, datum, andere_school, stem_kind, overleg_inspectie, aangemaakt) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(id)
            .bind(vestiging)
            .bind(dag(today, k).to_string())
            .bind("een andere school in de regio")
            .bind("het kind is gehoord")
            .bind(i64::from(soort == "vo"))
            .bind(&nu)
            .execute(&store.pool)
            .await?;
        }
    }
    // Vrijstellingen verleend by the gemeenten outside Nieuwegein.
    for (swv, soort, grond, n) in [
        ("PO2605", "bao", "5a", 12),
        ("PO2605", "bao", "5b", 3),
        ("VO2605", "vo", "5a", 16),
        ("VO2605", "vo", "11", 4),
        ("PO2605", "so", "5a", 2),
    ] {
        for (id, _, gemeente) in kies(swv, soort, n) {
            k += 1;
            let van = dag(today, k);
            sqlx::query(
                "INSERT INTO vrijstelling (leerling_id, gemeentecode, grond, van, tot, status, verklaring_datum, \
                 verklaring_van_behandelaar, besluit_datum, aangemaakt) \
                 VALUES ($1, $2, $3, $4, $5, 'verleend', $6, $7, $4, $8)",
            )
            .bind(id)
            .bind(gemeente)
            .bind(grond)
            .bind(van.to_string())
            .bind(Schooljaar::of(today).end().to_string())
            .bind((grond == "5a").then(|| van.to_string()))
            .bind(i64::from(grond == "5a"))
            .bind(&nu)
            .execute(&store.pool)
            .await?;
        }
    }
    Ok(())
}

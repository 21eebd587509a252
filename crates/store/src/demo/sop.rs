//! Ondersteuningsprofielen for the demo vestigingen: what each sort of school typically
//! offers per domain (fictitious levels and places), and one profile older than four years.

use crate::StoreError;
use sqlx::{Any, Row, Transaction};

/// (domein, tot niveau, plaatsen).
type Aanbod = (&'static str, i64, i64);

/// Per schoolsoort its typical offer.
const PROFIELEN: &[(&str, &[Aanbod])] = &[
    (
        "bao",
        &[
            ("leren en ontwikkelen", 3, 4),
            ("sociaal-emotioneel", 2, 3),
            ("communicatie", 2, 2),
            ("fysieke situatie", 2, 1),
        ],
    ),
    (
        "sbo",
        &[
            ("leren en ontwikkelen", 5, 6),
            ("sociaal-emotioneel", 4, 4),
            ("communicatie", 3, 2),
        ],
    ),
    (
        "so",
        &[
            ("leren en ontwikkelen", 7, 3),
            ("sociaal-emotioneel", 6, 2),
            ("communicatie", 6, 2),
            ("fysieke situatie", 7, 2),
            ("medische situatie", 6, 1),
        ],
    ),
    (
        "vso",
        &[
            ("leren en ontwikkelen", 6, 4),
            ("sociaal-emotioneel", 7, 2),
            ("fysieke situatie", 6, 1),
        ],
    ),
    (
        "vo",
        &[
            ("leren en ontwikkelen", 3, 6),
            ("sociaal-emotioneel", 3, 4),
            ("fysieke situatie", 2, 2),
        ],
    ),
    (
        "pro",
        &[("leren en ontwikkelen", 5, 5), ("sociaal-emotioneel", 3, 3)],
    ),
];

/// Each pupil with a support need gets a level in that domain: up to 4 in regular schools,
/// 4 to 7 in special education (fictitious, deterministic by pupil number).
async fn behoeften(tx: &mut Transaction<'static, Any>) -> Result<(), StoreError> {
    let rows: Vec<(i64, String, String)> = sqlx::query(
        "SELECT l.id, l.ondersteuningsbehoefte, v.schoolsoort FROM leerling l \
         JOIN inschrijving i ON i.leerling_id = l.id AND i.tot IS NULL JOIN vestiging v ON v.code = i.vestiging_code \
         WHERE l.ondersteuningsbehoefte IS NOT NULL",
    )
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?)))
    .collect::<Result<_, sqlx::Error>>()?;
    let values: Vec<Vec<crate::bulk::Value>> = rows
        .into_iter()
        .map(|(id, domein, soort)| {
            let basis = if matches!(soort.as_str(), "sbo" | "so" | "vso") {
                4
            } else {
                1
            };
            vec![id.into(), domein.into(), (basis + id % 4).into()]
        })
        .collect();
    crate::bulk::insert_rows(tx, "behoefte", &["leerling_id", "domein", "niveau"], values).await
}

pub(super) async fn insert(tx: &mut Transaction<'static, Any>) -> Result<(), StoreError> {
    behoeften(tx).await?;
    let vestigingen: Vec<(String, String)> =
        sqlx::query("SELECT code, schoolsoort FROM vestiging ORDER BY code")
            .fetch_all(&mut **tx)
            .await?
            .iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect::<Result<_, sqlx::Error>>()?;
    for (i, (code, soort)) in vestigingen.iter().enumerate() {
        // Every fifth bao has not renewed its profile since 2021.
        let vastgesteld = if soort == "bao" && i % 5 == 4 {
            "2021-06-01"
        } else {
            "2024-03-01"
        };
        sqlx::query("INSERT INTO sop (vestiging_code, vastgesteld) VALUES ($1, $2)")
            .bind(code)
            .bind(vastgesteld)
            .execute(&mut **tx)
            .await?;
        let aanbod = PROFIELEN
            .iter()
            .find(|(s, _)| s == soort)
            .map(|(_, a)| *a)
            .unwrap_or(&[]);
        for (domein, niveau, plaatsen) in aanbod {
            sqlx::query("INSERT INTO sop_aanbod (vestiging_code, domein, tot_niveau, plaatsen) VALUES ($1, $2, $3, $4)")
                .bind(code)
                .bind(*domein)
                .bind(*niveau)
                .bind(*plaatsen + (i as i64 % 3))
                .execute(&mut **tx)
                .await?;
        }
    }
    Ok(())
}

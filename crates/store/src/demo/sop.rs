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

pub(super) async fn insert(tx: &mut Transaction<'static, Any>) -> Result<(), StoreError> {
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

//! One schema history, written twice: `migrations/sqlite` and `migrations/postgres` carry
//! the same version numbers and must produce the same tables and columns (a test checks).

use crate::{Backend, Store, StoreError};
use sqlx::Row;
use sqlx::SqlSafeStr;
use sqlx::migrate::{Migration, MigrationType, Migrator};
use std::borrow::Cow;

/// (version, description, SQLite text, PostgreSQL text).
const HISTORY: &[(i64, &str, &str, &str)] = &[
    (
        1,
        "organisatie",
        include_str!("../migrations/sqlite/0001_organisatie.sql"),
        include_str!("../migrations/postgres/0001_organisatie.sql"),
    ),
    (
        2,
        "sessies_audit",
        include_str!("../migrations/sqlite/0002_sessies_audit.sql"),
        include_str!("../migrations/postgres/0002_sessies_audit.sql"),
    ),
    (
        3,
        "toegang",
        include_str!("../migrations/sqlite/0003_toegang.sql"),
        include_str!("../migrations/postgres/0003_toegang.sql"),
    ),
    (
        4,
        "actieve_rol",
        include_str!("../migrations/sqlite/0004_actieve_rol.sql"),
        include_str!("../migrations/postgres/0004_actieve_rol.sql"),
    ),
    (
        5,
        "thuiszitters",
        include_str!("../migrations/sqlite/0005_thuiszitters.sql"),
        include_str!("../migrations/postgres/0005_thuiszitters.sql"),
    ),
    (
        6,
        "verzuim",
        include_str!("../migrations/sqlite/0006_verzuim.sql"),
        include_str!("../migrations/postgres/0006_verzuim.sql"),
    ),
    (
        7,
        "vrijstellingen",
        include_str!("../migrations/sqlite/0007_vrijstellingen.sql"),
        include_str!("../migrations/postgres/0007_vrijstellingen.sql"),
    ),
    (
        8,
        "aanmelding",
        include_str!("../migrations/sqlite/0008_aanmelding.sql"),
        include_str!("../migrations/postgres/0008_aanmelding.sql"),
    ),
    (
        9,
        "schorsing",
        include_str!("../migrations/sqlite/0009_schorsing.sql"),
        include_str!("../migrations/postgres/0009_schorsing.sql"),
    ),
    (
        10,
        "sop",
        include_str!("../migrations/sqlite/0010_sop.sql"),
        include_str!("../migrations/postgres/0010_sop.sql"),
    ),
    (
        11,
        "behoefte",
        include_str!("../migrations/sqlite/0011_behoefte.sql"),
        include_str!("../migrations/postgres/0011_behoefte.sql"),
    ),
    (
        12,
        "verwijdering",
        include_str!("../migrations/sqlite/0012_verwijdering.sql"),
        include_str!("../migrations/postgres/0012_verwijdering.sql"),
    ),
    (
        13,
        "schorsing_stem",
        include_str!("../migrations/sqlite/0013_schorsing_stem.sql"),
        include_str!("../migrations/postgres/0013_schorsing_stem.sql"),
    ),
    (
        14,
        "ondersteuning",
        include_str!("../migrations/sqlite/0014_ondersteuning.sql"),
        include_str!("../migrations/postgres/0014_ondersteuning.sql"),
    ),
    (
        15,
        "edexml",
        include_str!("../migrations/sqlite/0015_edexml.sql"),
        include_str!("../migrations/postgres/0015_edexml.sql"),
    ),
    (
        16,
        "geld",
        include_str!("../migrations/sqlite/0016_geld.sql"),
        include_str!("../migrations/postgres/0016_geld.sql"),
    ),
    (
        17,
        "verantwoording",
        include_str!("../migrations/sqlite/0017_verantwoording.sql"),
        include_str!("../migrations/postgres/0017_verantwoording.sql"),
    ),
    (
        18,
        "monitor",
        include_str!("../migrations/sqlite/0018_monitor.sql"),
        include_str!("../migrations/postgres/0018_monitor.sql"),
    ),
    (
        19,
        "roosterleerling",
        include_str!("../migrations/sqlite/0019_roosterleerling.sql"),
        include_str!("../migrations/postgres/0019_roosterleerling.sql"),
    ),
    (
        20,
        "aanmeld_teller",
        include_str!("../migrations/sqlite/0020_aanmeld_teller.sql"),
        include_str!("../migrations/postgres/0020_aanmeld_teller.sql"),
    ),
    (
        21,
        "schoolvakantie",
        include_str!("../migrations/sqlite/0021_schoolvakantie.sql"),
        include_str!("../migrations/postgres/0021_schoolvakantie.sql"),
    ),
    (
        22,
        "organisaties_import",
        include_str!("../migrations/sqlite/0022_organisaties_import.sql"),
        include_str!("../migrations/postgres/0022_organisaties_import.sql"),
    ),
    (
        23,
        "wachtwoord_wijzigen",
        include_str!("../migrations/sqlite/0023_wachtwoord_wijzigen.sql"),
        include_str!("../migrations/postgres/0023_wachtwoord_wijzigen.sql"),
    ),
    (
        24,
        "uitnodiging",
        include_str!("../migrations/sqlite/0024_uitnodiging.sql"),
        include_str!("../migrations/postgres/0024_uitnodiging.sql"),
    ),
    (
        25,
        "mail",
        include_str!("../migrations/sqlite/0025_mail.sql"),
        include_str!("../migrations/postgres/0025_mail.sql"),
    ),
    (
        26,
        "tweede_factor",
        include_str!("../migrations/sqlite/0026_tweede_factor.sql"),
        include_str!("../migrations/postgres/0026_tweede_factor.sql"),
    ),
    (
        27,
        "oidc",
        include_str!("../migrations/sqlite/0027_oidc.sql"),
        include_str!("../migrations/postgres/0027_oidc.sql"),
    ),
    (
        28,
        "inspectie_melding",
        include_str!("../migrations/sqlite/0028_inspectie_melding.sql"),
        include_str!("../migrations/postgres/0028_inspectie_melding.sql"),
    ),
    (
        29,
        "taak_mail",
        include_str!("../migrations/sqlite/0029_taak_mail.sql"),
        include_str!("../migrations/postgres/0029_taak_mail.sql"),
    ),
    (
        33,
        "ouder_stappen",
        include_str!("../migrations/sqlite/0033_ouder_stappen.sql"),
        include_str!("../migrations/postgres/0033_ouder_stappen.sql"),
    ),
    (
        34,
        "aanmelding_door_ouder",
        include_str!("../migrations/sqlite/0034_aanmelding_door_ouder.sql"),
        include_str!("../migrations/postgres/0034_aanmelding_door_ouder.sql"),
    ),
    (
        30,
        "bereidheid",
        include_str!("../migrations/sqlite/0030_bereidheid.sql"),
        include_str!("../migrations/postgres/0030_bereidheid.sql"),
    ),
    (
        31,
        "vrijstelling advies",
        include_str!("../migrations/sqlite/0031_vrijstelling_advies.sql"),
        include_str!("../migrations/postgres/0031_vrijstelling_advies.sql"),
    ),
    (
        32,
        "feiten volgen",
        include_str!("../migrations/sqlite/0032_feiten_volgen.sql"),
        include_str!("../migrations/postgres/0032_feiten_volgen.sql"),
    ),
    (
        35,
        "briefhoofd",
        include_str!("../migrations/sqlite/0035_briefhoofd.sql"),
        include_str!("../migrations/postgres/0035_briefhoofd.sql"),
    ),
    (
        37,
        "rectificatie",
        include_str!("../migrations/sqlite/0037_rectificatie.sql"),
        include_str!("../migrations/postgres/0037_rectificatie.sql"),
    ),
    (
        38,
        "ouder postadres",
        include_str!("../migrations/sqlite/0038_ouder_postadres.sql"),
        include_str!("../migrations/postgres/0038_ouder_postadres.sql"),
    ),
    (
        39,
        "verwijdering reden",
        include_str!("../migrations/sqlite/0039_verwijdering_reden.sql"),
        include_str!("../migrations/postgres/0039_verwijdering_reden.sql"),
    ),
    (
        42,
        "verwijdering ouders gehoord",
        include_str!("../migrations/sqlite/0042_verwijdering_ouders_gehoord.sql"),
        include_str!("../migrations/postgres/0042_verwijdering_ouders_gehoord.sql"),
    ),
];

fn migrator(backend: Backend) -> Migrator {
    let migrations: Vec<Migration> = HISTORY
        .iter()
        .map(|&(version, description, sqlite, postgres)| {
            let sql = match backend {
                Backend::Sqlite => sqlite,
                Backend::Postgres => postgres,
            };
            Migration::new(
                version,
                Cow::Borrowed(description),
                MigrationType::Simple,
                sql.into_sql_str(),
                false,
            )
        })
        .collect();
    Migrator {
        migrations: Cow::Owned(migrations),
        ..Migrator::DEFAULT
    }
}

pub(crate) async fn run(store: &Store) -> Result<(), StoreError> {
    migrator(store.backend).run(&store.pool).await?;
    Ok(())
}

pub(crate) async fn schema_columns(store: &Store) -> Result<Vec<(String, String)>, StoreError> {
    let rows = match store.backend {
        Backend::Sqlite => {
            sqlx::query(
                "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p \
                 WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%' \
                 ORDER BY 1, 2",
            )
            .fetch_all(&store.pool)
            .await?
        }
        Backend::Postgres => {
            sqlx::query(
                "SELECT CAST(table_name AS TEXT), CAST(column_name AS TEXT) FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND table_name NOT LIKE '\\_sqlx%' \
                 ORDER BY 1, 2",
            )
            .fetch_all(&store.pool)
            .await?
        }
    };
    rows.iter()
        .map(|r| Ok((r.try_get::<String, _>(0)?, r.try_get::<String, _>(1)?)))
        .collect()
}

//! Checking the survivors: every acknowledged write, and the database's integrity.

use super::*;

/// The checks after a kill; returns (acknowledged, committed without acknowledgement).
pub(super) async fn verify(url: &str, journaal: &Journaal) -> (usize, usize) {
    let mut db = sqlx::AnyConnection::connect(url).await.unwrap();
    let rows = stored(&mut db).await;
    let mut acked = 0;
    for (nummer, (sent, id)) in &journaal.sent {
        let Some(id) = id else { continue };
        acked += 1;
        let (stored_id, got) = rows
            .get(nummer)
            .unwrap_or_else(|| panic!("acknowledged registration {id} lost"));
        assert_eq!(stored_id, id, "registration {nummer}");
        let mut want = sent.clone();
        // An extension sent but not acknowledged may or may not have landed.
        if !journaal.extended.contains(nummer) && got.verlenging.is_none() {
            want.verlenging = None;
        }
        assert_eq!(got, &want, "registration {id} as stored");
    }
    for (nummer, (_, got)) in &rows {
        let (sent, _) = journaal
            .sent
            .get(nummer)
            .unwrap_or_else(|| panic!("a registration nobody sent: {nummer}"));
        let mut want = sent.clone();
        if got.verlenging.is_none() && !journaal.extended.contains(nummer) {
            want.verlenging = None;
        }
        assert_eq!(got, &want, "unacknowledged registration {nummer} as stored");
    }
    // Nothing half-written: each pupil with its registration and one audit entry, each
    // extension with one, and no entry without its write.
    let orphans: i64 = sqlx::query(
        "SELECT COUNT(*) FROM leerling l WHERE l.onderwijsnummer IS NOT NULL \
         AND NOT EXISTS (SELECT 1 FROM aanmelding a WHERE a.leerling_id = l.id)",
    )
    .fetch_one(&mut db)
    .await
    .unwrap()
    .get(0);
    assert_eq!(orphans, 0, "pupils without their registration");
    let made = audited(&mut db, "aanmaken", NIEUW).await;
    let want: BTreeMap<String, i64> = rows.keys().map(|n| (n.clone(), 1)).collect();
    assert_eq!(
        made, want,
        "one audit entry per registration and none without"
    );
    let extended = audited(&mut db, "wijzigen", VERLENG).await;
    let want: BTreeMap<String, i64> = rows
        .iter()
        .filter(|(_, (_, r))| r.verlenging.is_some())
        .map(|(n, _)| (n.clone(), 1))
        .collect();
    assert_eq!(
        extended, want,
        "one audit entry per extension and none without"
    );
    integrity(&mut db, url).await;
    db.close().await.ok();
    (acked, rows.len() - acked)
}

/// The database's own check: SQLite's integrity and foreign keys; on PostgreSQL a
/// consistency query and, where installed, pg_amcheck over tables and indexes.
async fn integrity(db: &mut sqlx::AnyConnection, url: &str) {
    if url.starts_with("sqlite:") {
        let check: Vec<String> = sqlx::query("PRAGMA integrity_check")
            .fetch_all(&mut *db)
            .await
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        assert_eq!(check, ["ok"], "PRAGMA integrity_check");
        let fk = sqlx::query("PRAGMA foreign_key_check")
            .fetch_all(&mut *db)
            .await
            .unwrap();
        assert!(fk.is_empty(), "PRAGMA foreign_key_check: {} rows", fk.len());
        return;
    }
    // Every registration reachable through its index holds a pupil and a vestiging.
    let broken: i64 = sqlx::query(
        "SELECT COUNT(*) FROM aanmelding a LEFT JOIN leerling l ON l.id = a.leerling_id \
         LEFT JOIN vestiging v ON v.code = a.vestiging_code WHERE l.id IS NULL OR v.code IS NULL",
    )
    .fetch_one(&mut *db)
    .await
    .unwrap()
    .get(0);
    assert_eq!(broken, 0, "registrations without pupil or vestiging");
    let Some(amcheck) = pg_amcheck() else {
        say("pg_amcheck not installed: PostgreSQL checked by query only");
        return;
    };
    let out = Command::new(&amcheck)
        .args(["--install-missing", "--heapallindexed"])
        .arg(url)
        .output()
        .expect("run pg_amcheck");
    assert!(
        out.status.success(),
        "pg_amcheck: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn pg_amcheck() -> Option<std::path::PathBuf> {
    let on_path = std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .map(|d| d.join("pg_amcheck"));
    let debian = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|d| d.path().join("bin/pg_amcheck"));
    on_path.chain(debian).find(|p| p.is_file())
}

//! The database files themselves, which come from outside too: whatever
//! lies where the database should be when the app starts (`Store::open`,
//! at the current schema or an old one it migrates),
//! and a snapshot in the backups folder that a disk or a sync tool damaged
//! before it is restored (`restore_backup`).

use chrono::Duration;
use proptest::prelude::*;

use super::{arriving, damaged, damages, everything, now, planned, refusal, unchanged};
use crate::backups;
use crate::store::Store;

/// A database of the first schema, with a client: opening it migrates it.
fn first_schema() -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("regia.db");
    let mut conn = rusqlite::Connection::open(&path).unwrap();
    crate::store::migrations_up_to(&mut conn, 1).unwrap();
    conn.execute_batch(
        "INSERT INTO profile (id, kind, name, created_at, updated_at)
         VALUES ('0190b3a2-0000-7000-8000-0000000000a0', 'agency', 'Studio',
                 '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
         INSERT INTO clients (id, name, name_key, timezone, language, phase, status,
                 created_at, updated_at)
         VALUES ('0190b3a2-0000-7000-8000-000000000001', 'Forno Rossi', 'forno rossi',
                 'Europe/Rome', 'it', 'startup', 'active',
                 '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');",
    )
    .unwrap();
    drop(conn);
    std::fs::read(path).unwrap()
}

fn sound(store: &Store) -> String {
    store
        .read(|conn| Ok(conn.query_row("PRAGMA integrity_check(1)", [], |row| row.get(0))?))
        .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn whatever_lies_where_the_database_should_be_is_opened_or_refused_untouched(
        file in arriving(prop_oneof![Just(planned().db.clone()), Just(first_schema())]),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("regia.db");
        std::fs::write(&path, &file).unwrap();
        let opened = Store::open(&path, now());
        refusal(&opened)?;
        // Opened is fine too: opening does not read every page (a check at
        // each start would cost too much on a big database).
        if opened.is_err() {
            prop_assert!(std::fs::read(&path).unwrap() == file, "refused, yet changed");
        }
    }

    #[test]
    fn a_damaged_snapshot_is_restored_only_when_sound(
        junk in prop::option::weighted(0.2, prop::collection::vec(any::<u8>(), 0..8192)),
        damage in damages(),
    ) {
        let f = planned().install();
        let snapshot = backups::daily(&f.store, now()).unwrap().unwrap();
        let path = backups::folder(f.store.path().unwrap()).join(&snapshot.name);
        let genuine = std::fs::read(&path).unwrap();
        let file = junk.unwrap_or_else(|| damaged(genuine, &damage));
        std::fs::write(&path, &file).unwrap();
        let before = everything(&f.store);
        let restored = backups::restore(&f.store, &snapshot.name, now() + Duration::hours(1));
        refusal(&restored)?;
        match restored {
            Err(_) => {
                unchanged(&f.store, &before, "refused, yet restored")?;
            }
            // A flipped bit inside a value is a different value to SQLite,
            // not damage; what it can tell is never let in.
            Ok(_) => prop_assert_eq!(sound(&f.store), "ok"),
        }
    }
}

//! Snapshots on real database files: one a day, the last seven kept, and a
//! restore that brings back exactly what the snapshot holds.

use chrono::{Duration, TimeZone, Utc};

use super::*;
use crate::clients::{self, ClientInput};
use crate::enums::{Language, Side};
use crate::testing::{self, everything};

fn day(n: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap() + Duration::days(n)
}

#[test]
fn one_snapshot_a_day_and_the_last_seven_are_kept() {
    let f = testing::fixture(Side::Agency);
    let first = daily(&f.store, day(0)).unwrap().unwrap();
    assert_eq!(first.reason, BackupReason::Daily);
    assert_eq!(first.name, "regia-20261101T090000Z-daily.db");
    assert!(first.kilobytes > 0);
    assert!(
        daily(&f.store, day(0) + Duration::hours(5))
            .unwrap()
            .is_none(),
        "one a day"
    );
    for n in 1..10 {
        daily(&f.store, day(n)).unwrap().unwrap();
    }
    let kept = list(&f.store).unwrap();
    assert_eq!(kept.len(), KEEP);
    assert_eq!(kept[0].at, day(9), "newest first");
    assert_eq!(kept[KEEP - 1].at, day(3), "the oldest ones went");
    let files = std::fs::read_dir(folder(f.store.path().unwrap()))
        .unwrap()
        .count();
    assert_eq!(files, KEEP, "nothing else is left in the folder");
}

#[test]
fn a_restore_brings_back_exactly_the_snapshot_after_saving_the_present() {
    let f = testing::fixture(Side::Agency);
    testing::add_client(&f.store, "Ottica Bianchi");
    let snapshot = daily(&f.store, day(0)).unwrap().unwrap();
    let then = everything(&f.store);

    // Later work: a new client, an edit, a deleted client.
    let later = testing::add_client(&f.store, "Gelateria Blu");
    clients::update(
        &f.store,
        f.client,
        &ClientInput {
            sector: "Panificio".into(),
            ..ClientInput::named("Forno Rossi", Language::Italian)
        },
        day(1),
    )
    .unwrap();
    let now = everything(&f.store);
    assert_ne!(now, then);

    let listed = restore(&f.store, &snapshot.name, day(1)).unwrap();
    assert_eq!(everything(&f.store), then, "exactly the snapshot");
    assert!(clients::get(&f.store, later).is_err());
    // The present was saved first, and holds the later work.
    assert_eq!(listed[0].reason, BackupReason::BeforeRestore);
    let saved = Store::open(
        &folder(f.store.path().unwrap()).join(&listed[0].name),
        day(1),
    )
    .unwrap();
    assert_eq!(everything(&saved), now);
    // The store keeps working on the restored database.
    testing::add_client(&f.store, "Cartoleria Verdi");
}

#[test]
fn a_damaged_snapshot_is_refused_and_the_database_left_as_it_was() {
    let f = testing::fixture(Side::Agency);
    let snapshot = daily(&f.store, day(0)).unwrap().unwrap();
    testing::add_client(&f.store, "Ottica Bianchi");
    let before = everything(&f.store);
    // One byte lost in the middle, as a failing disk or an interrupted copy
    // leaves it: every page after it is shifted.
    let path = folder(f.store.path().unwrap()).join(&snapshot.name);
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.remove(bytes.len() / 2);
    std::fs::write(&path, bytes).unwrap();

    let e = restore(&f.store, &snapshot.name, day(1)).unwrap_err();
    assert_eq!(e.code(), ErrorCode::NotSqlite, "{e}");
    assert_eq!(everything(&f.store), before);
    assert_eq!(list(&f.store).unwrap().len(), 1, "nothing was saved either");
}

#[test]
fn a_snapshot_holding_a_value_its_schema_forbids_is_refused() {
    // A flipped bit can leave a value that breaks a CHECK; a read-only
    // connection's integrity check does not look at those.
    let f = testing::fixture(Side::Agency);
    let snapshot = daily(&f.store, day(0)).unwrap().unwrap();
    let path = folder(f.store.path().unwrap()).join(&snapshot.name);
    let damaged = Connection::open(&path).unwrap();
    damaged
        .execute_batch("PRAGMA ignore_check_constraints = ON; UPDATE clients SET language = 'xx';")
        .unwrap();
    drop(damaged);
    let before = everything(&f.store);

    let e = restore(&f.store, &snapshot.name, day(1)).unwrap_err();
    assert_eq!(e.code(), ErrorCode::NotSqlite, "{e}");
    assert_eq!(everything(&f.store), before);
}

#[test]
fn only_a_listed_snapshot_can_be_restored() {
    let f = testing::fixture(Side::Agency);
    daily(&f.store, day(0)).unwrap();
    let before = everything(&f.store);
    for name in [
        "regia.db",
        "../regia.db",
        "/etc/passwd",
        "regia-20261101T090000Z-daily.db.bak",
    ] {
        let e = restore(&f.store, name, day(1)).unwrap_err();
        assert_eq!(e.code(), ErrorCode::NotFound, "{name}");
    }
    assert_eq!(everything(&f.store), before);
    assert_eq!(
        list(&f.store).unwrap().len(),
        1,
        "a refused restore saves nothing"
    );
}

#[test]
fn a_snapshot_from_before_a_migration_is_restored_at_the_current_schema() {
    let f = testing::fixture(Side::Agency);
    let database = f.store.path().unwrap().to_owned();
    // A snapshot of schema 6, as a migration to 7 would have left.
    let dir = folder(&database);
    std::fs::create_dir_all(&dir).unwrap();
    let old = dir.join("regia-20261101T090000Z-migration.db");
    {
        let mut conn = Connection::open(&old).unwrap();
        crate::store::migrations_up_to(&mut conn, 6).unwrap();
        conn.execute_batch(
            "INSERT INTO profile (id, kind, name, created_at, updated_at)
             VALUES ('0190b3a2-0000-7000-8000-0000000000a0', 'agency', 'Studio Vecchio',
                     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');",
        )
        .unwrap();
    }
    restore(&f.store, "regia-20261101T090000Z-migration.db", day(1)).unwrap();
    assert_eq!(
        crate::profile::get(&f.store).unwrap().unwrap().name,
        "Studio Vecchio"
    );
    let version: i64 = f
        .store
        .read(|c| Ok(c.query_row("PRAGMA user_version", [], |r| r.get(0))?))
        .unwrap();
    assert_eq!(version, crate::store::LATEST_VERSION);
}

#[test]
fn an_in_memory_store_has_no_snapshots() {
    let store = Store::open_in_memory().unwrap();
    assert!(list(&store).unwrap().is_empty());
    assert!(daily(&store, day(0)).unwrap().is_none());
}

use std::path::{Path, PathBuf};

use chrono::{TimeZone, Utc};
use rusqlite::Connection;

use super::*;
use crate::clients::{self, ClientInput, ClientQuery};
use crate::enums::Language;
use crate::error::ErrorCode;
use crate::questionnaire;

fn at(hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, hour, 0, 0)
        .single()
        .unwrap()
}

fn pragma(path: &Path, name: &str) -> String {
    let conn = Connection::open(path).unwrap();
    conn.query_row(&format!("PRAGMA {name}"), [], |row| {
        row.get::<_, rusqlite::types::Value>(0)
    })
    .map(|v| format!("{v:?}"))
    .unwrap()
}

#[test]
fn a_new_file_gets_the_latest_schema_wal_and_foreign_keys() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("regia.db");
    let store = Store::open(&path, at(9)).unwrap();
    assert_eq!(store.backup_path(), None, "a new database needs no backup");
    store
        .read(|conn| {
            let fk: i64 = conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
            let timeout: i64 = conn.query_row("PRAGMA busy_timeout", [], |r| r.get(0))?;
            assert_eq!((fk, timeout), (1, 5000));
            Ok(())
        })
        .unwrap();
    drop(store);
    assert_eq!(
        pragma(&path, "user_version"),
        format!("Integer({LATEST_VERSION})")
    );
    assert_eq!(pragma(&path, "journal_mode"), "Text(\"wal\")");
}

#[test]
fn reopening_keeps_data_and_makes_no_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("regia.db");
    let store = Store::open(&path, at(9)).unwrap();
    clients::create(
        &store,
        &ClientInput::named("Bar Sport", Language::Italian),
        at(9),
    )
    .unwrap();
    drop(store);
    let store = Store::open(&path, at(10)).unwrap();
    assert_eq!(store.backup_path(), None);
    assert_eq!(
        clients::list(&store, &ClientQuery::default()).unwrap()[0].name,
        "Bar Sport"
    );
}

#[test]
fn a_database_of_the_first_schema_is_backed_up_and_migrated_forward() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("regia.db");
    {
        let mut conn = Connection::open(&path).unwrap();
        migrations::apply_up_to(&mut conn, 1).unwrap();
        conn.execute(
            "INSERT INTO clients (id, name, name_key, timezone, language, phase, status, created_at, updated_at)
             VALUES ('0190b3a2-0000-7000-8000-000000000001', 'Forno Rossi', 'forno rossi', 'Europe/Rome',
                     'it', 'startup', 'active', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
            [],
        )
        .unwrap();
    }
    let store = Store::open(&path, at(9)).unwrap();

    let backup = store
        .backup_path()
        .expect("a backup before migrating")
        .to_owned();
    assert_eq!(
        backup.strip_prefix(dir.path()).unwrap(),
        Path::new("backups/regia-20261123T090000Z-migration.db")
    );
    assert_eq!(pragma(&backup, "user_version"), "Integer(1)");
    let backed_up: i64 = Connection::open(&backup)
        .unwrap()
        .query_row("SELECT count(*) FROM clients", [], |r| r.get(0))
        .unwrap();
    assert_eq!(backed_up, 1);

    let listed = clients::list(&store, &ClientQuery::default()).unwrap();
    assert_eq!(listed.len(), 1);
    // The client from the old schema gets its questionnaire when first opened.
    let q = questionnaire::load(&store, listed[0].id, at(9)).unwrap();
    assert!(q.completion.total >= 40);
    drop(store);
    assert_eq!(
        pragma(&path, "user_version"),
        format!("Integer({LATEST_VERSION})")
    );
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("regia.db");
    let content = b"these are my notes, not a database\n".repeat(200);
    std::fs::write(&path, &content).unwrap();
    let err = Store::open(&path, at(9)).err().unwrap();
    assert_eq!(err.code(), ErrorCode::NotSqlite);
    assert!(err.to_string().contains("regia.db"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), content);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["regia.db"], "no -wal, -shm or backup files appear");
}

#[test]
fn a_database_cut_short_is_refused_and_left_untouched() {
    // Its header is sound; SQLite calls the rest malformed, which was an
    // internal error instead of this one.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("regia.db");
    drop(Store::open(&path, at(9)).unwrap());
    let mut bytes = std::fs::read(&path).unwrap();
    // An interrupted copy: the first page only.
    bytes.truncate(4096);
    std::fs::write(&path, &bytes).unwrap();

    let err = Store::open(&path, at(9)).err().unwrap();
    assert_eq!(err.code(), ErrorCode::NotSqlite, "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

#[test]
fn a_damaged_database_due_for_a_migration_is_refused_and_left_untouched() {
    // It was switched to WAL, then its snapshot or migration met the damage:
    // an internal error, with the file already changed.
    let (dir, path) = old_database(1, "startup", "");
    let mut bytes = std::fs::read(&path).unwrap();
    // One byte lost in the middle: every page after it is shifted.
    bytes.remove(bytes.len() / 2);
    std::fs::write(&path, &bytes).unwrap();

    let err = Store::open(&path, at(9)).err().unwrap();
    assert_eq!(err.code(), ErrorCode::NotSqlite, "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
    assert!(!dir.path().join("backups").exists(), "no snapshot either");
}

#[test]
fn a_database_from_a_newer_regia_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("regia.db");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;")
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path, at(9)).err().unwrap();
    assert_eq!(err.code(), ErrorCode::NewerSchema);
    assert_eq!(err.params()["found"], "99");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(
        pragma(&path, "journal_mode"),
        "Text(\"delete\")",
        "not switched to WAL"
    );
}

#[test]
fn a_failed_write_rolls_back_everything() {
    let store = Store::open_in_memory().unwrap();
    let result: Result<()> = store.write(|tx| {
        tx.execute(
            "INSERT INTO settings (id, key, value, created_at, updated_at) VALUES ('a', 'k', 'v', 'now', 'now')",
            [],
        )?;
        Err(Error::not_found("thing", "x"))
    });
    assert!(result.is_err());
    let count: i64 = store
        .read(|c| Ok(c.query_row("SELECT count(*) FROM settings", [], |r| r.get(0))?))
        .unwrap();
    assert_eq!(count, 0);
}

/// A database file at schema `version` holding the profile "Studio" and
/// the client Forno Rossi in `phase`, then `extra` SQL.
fn old_database(version: i64, phase: &str, extra: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("regia.db");
    let mut conn = Connection::open(&path).unwrap();
    migrations::apply_up_to(&mut conn, version).unwrap();
    conn.execute_batch(&format!(
        "INSERT INTO profile (id, kind, name, created_at, updated_at)
         VALUES ('0190b3a2-0000-7000-8000-0000000000a0', 'agency', 'Studio', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
         INSERT INTO clients (id, name, name_key, timezone, language, phase, status, created_at, updated_at)
         VALUES ('0190b3a2-0000-7000-8000-000000000001', 'Forno Rossi', 'forno rossi', 'Europe/Rome',
                 'it', '{phase}', 'active', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
         {extra}"
    ))
    .unwrap();
    (dir, path)
}

#[test]
fn a_database_of_the_questionnaire_schema_gains_strategy_and_decisions() {
    let (_dir, path) = old_database(2, "startup", "");
    let store = Store::open(&path, at(9)).unwrap();
    assert!(store.backup_path().is_some());
    let client = clients::list(&store, &ClientQuery::default()).unwrap()[0].id;
    let s = crate::strategy::set_mission(&store, client, "Pane buono", at(10)).unwrap();
    assert_eq!(s.open_version.map(|v| v.number), Some(1));
    let s = crate::strategy::submit_strategy(&store, client, at(10)).unwrap();
    assert!(!s.editable);
    assert!(
        crate::decisions::list(&store, client, &Default::default())
            .unwrap()
            .is_empty()
    );
}

#[test]
fn a_database_of_the_calendar_schema_gains_the_split() {
    let (_dir, path) = old_database(
        4,
        "growth",
        "INSERT INTO people (id, client_id, name, side, weekly_hours, skill_copywriting, created_at, updated_at)
         VALUES ('0190b3a2-0000-7000-8000-000000000002', '0190b3a2-0000-7000-8000-000000000001', 'Giulia',
         'business', 6, 2, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');",
    );
    let store = Store::open(&path, at(9)).unwrap();
    let client = clients::list(&store, &ClientQuery::default()).unwrap()[0].id;
    let split = crate::split::get(&store, client, at(10)).unwrap();
    assert_eq!(split.phase, clients::Phase::Growth);
    assert_eq!(split.activities.len(), crate::split::CATALOG.len());
    assert_eq!(split.people[0].skills.copywriting, 2);
}

#[test]
fn a_database_of_the_split_schema_gains_monitoring_and_reviews() {
    let (_dir, path) = old_database(
        5,
        "growth",
        "INSERT INTO content_items (id, client_id, group_id, channel, title, planned_at, planned_local,
         status, created_at, updated_at)
         VALUES ('0190b3a2-0000-7000-8000-000000000003', '0190b3a2-0000-7000-8000-000000000001',
         '0190b3a2-0000-7000-8000-000000000004', 'instagram', 'Pane', '2026-03-02T09:00:00.000Z',
         '2026-03-02T10:00', 'published', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');",
    );
    let store = Store::open(&path, at(9)).unwrap();
    let client = clients::list(&store, &ClientQuery::default()).unwrap()[0].id;
    let monitoring = crate::monitoring::get(&store, client, at(10)).unwrap();
    assert!(monitoring.measurements.is_empty());
    assert_eq!(
        monitoring.settings.quiet_periods,
        crate::monitoring::DEFAULT_QUIET_PERIODS
    );
    assert!(
        crate::reviews::list(&store, client, at(10))
            .unwrap()
            .reviews
            .is_empty()
    );
    let items = store
        .read(|conn| {
            Ok(conn.query_row(
                "SELECT count(*) FROM content_items WHERE activity_id IS NULL",
                [],
                |row| row.get::<_, i64>(0),
            )?)
        })
        .unwrap();
    assert_eq!(items, 1);
}

#[test]
fn a_database_of_the_monitoring_schema_gains_sharing_and_records_nothing_until_a_share() {
    let (dir, path) = old_database(6, "growth", "");
    let store = Store::open(&path, at(9)).unwrap();
    assert!(store.backup_path().is_some());
    let client = clients::list(&store, &ClientQuery::default()).unwrap()[0].id;
    assert!(crate::sharing::status(&store, client).unwrap().is_none());
    let mut input = clients::get(&store, client).unwrap();
    input.sector = "Panificio".into();
    clients::update(
        &store,
        client,
        &ClientInput {
            name: input.name,
            sector: input.sector,
            place: input.place,
            website: input.website,
            timezone: input.timezone,
            language: input.language,
            phase: input.phase,
            status: input.status,
        },
        at(10),
    )
    .unwrap();
    let outbox = store
        .read(|conn| {
            Ok(
                conn.query_row("SELECT count(*) FROM share_outbox", [], |row| {
                    row.get::<_, i64>(0)
                })?,
            )
        })
        .unwrap();
    assert_eq!(outbox, 0, "nothing is recorded while no client is shared");
    let invitation = dir.path().join("invito.regiax");
    let status = crate::sharing::invite(&store, client, &invitation, at(11)).unwrap();
    assert_eq!(status.pending_changes, 0);
    assert!(invitation.exists());
}

#[test]
fn a_database_of_the_sharing_schema_gains_the_grid_indexes_and_keeps_its_items() {
    let item = |n: u32, at: &str, local: &str, deleted: &str| {
        format!(
            "INSERT INTO content_items (id, client_id, group_id, channel, title, planned_at, planned_local,
             status, deleted_at, created_at, updated_at)
             VALUES ('0190b3a2-0000-7000-8000-00000000010{n}', '0190b3a2-0000-7000-8000-000000000001',
             '0190b3a2-0000-7000-8000-00000000020{n}', 'instagram', 'Post {n}', '{at}', '{local}',
             'draft', {deleted}, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');"
        )
    };
    let (_dir, path) = old_database(
        7,
        "growth",
        &[
            item(1, "2026-12-10T08:00:00.000Z", "2026-12-10T09:00", "NULL"),
            item(2, "2026-12-10T07:00:00.000Z", "2026-12-10T08:00", "NULL"),
            item(
                3,
                "2026-12-10T06:00:00.000Z",
                "2026-12-10T07:00",
                "'2026-12-01T00:00:00.000Z'",
            ),
        ]
        .concat(),
    );
    let store = Store::open(&path, at(9)).unwrap();
    assert!(store.backup_path().is_some());
    let columns = |index: &str| {
        store
            .read(|conn| {
                let mut stmt = conn.prepare(&format!("PRAGMA index_info({index})"))?;
                let names = stmt.query_map([], |row| row.get::<_, String>(2))?;
                Ok(names.collect::<rusqlite::Result<Vec<_>>>()?)
            })
            .unwrap()
    };
    assert_eq!(
        columns("content_items_by_client_time"),
        ["client_id", "planned_at", "planned_local"]
    );
    assert_eq!(
        columns("content_items_by_time"),
        ["planned_at", "planned_local", "client_id"]
    );
    let client = clients::list(&store, &ClientQuery::default()).unwrap()[0].id;
    let december = chrono::NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
    let grid = crate::calendar::view::days(
        &store,
        &crate::calendar::view::CalendarQuery {
            client_id: Some(client),
            from: december,
            to: december,
            ..Default::default()
        },
        3,
    )
    .unwrap();
    let titles: Vec<_> = grid[0].entries.iter().map(|c| c.title.as_str()).collect();
    assert_eq!((grid.len(), grid[0].count), (1, 2));
    assert_eq!(titles, ["Post 2", "Post 1"]);
}

#[test]
fn a_hold_is_refused_while_another_thread_writes_and_granted_after() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("regia.db"), at(9)).unwrap();
    let (inside, held) = std::sync::mpsc::channel();
    let (release, released) = std::sync::mpsc::channel::<()>();
    let store = &store;
    std::thread::scope(|scope| {
        scope.spawn(move || {
            store
                .write(|_| {
                    inside.send(()).unwrap();
                    released.recv().unwrap();
                    Ok(())
                })
                .unwrap();
        });
        held.recv().unwrap();
        assert!(store.hold().is_none());
        release.send(()).unwrap();
    });
    assert!(store.hold().is_some());
}

#[test]
fn under_a_hold_this_thread_reads_and_writes_while_others_wait() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("regia.db"), at(9)).unwrap();
    let store = &store;
    let held = store.hold().expect("free");
    store
        .write(|tx| Ok(tx.execute_batch("CREATE TABLE t (x INTEGER)")?))
        .unwrap();
    let written = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|scope| {
        let other = scope.spawn(|| {
            store
                .write(|tx| Ok(tx.execute("INSERT INTO t VALUES (2)", [])?))
                .unwrap();
            written.store(true, std::sync::atomic::Ordering::SeqCst);
        });
        std::thread::sleep(Duration::from_millis(50));
        assert!(
            !written.load(std::sync::atomic::Ordering::SeqCst),
            "the other thread waits"
        );
        store
            .write(|tx| Ok(tx.execute("INSERT INTO t VALUES (1)", [])?))
            .unwrap();
        let first: i64 = store
            .read(|conn| Ok(conn.query_row("SELECT x FROM t", [], |row| row.get(0))?))
            .unwrap();
        assert_eq!(first, 1);
        drop(held);
        other.join().unwrap();
    });
    let order: String = store
        .read(|conn| Ok(conn.query_row("SELECT group_concat(x) FROM t", [], |row| row.get(0))?))
        .unwrap();
    assert_eq!(
        order, "1,2",
        "the other write went through once the hold ended"
    );
}

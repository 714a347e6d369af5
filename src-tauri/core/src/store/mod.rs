//! The one place that opens SQLite.
//!
//! Invariants:
//! - every connection has WAL, foreign keys and a busy timeout;
//! - a file that is not SQLite, or was written by a newer schema, is refused
//!   before anything is written to it;
//! - before an existing database is migrated, a `VACUUM INTO` snapshot is
//!   made in the backups folder next to it (see [`crate::backups`]);
//!   migrations then run in one transaction.

mod migrations;

use std::cell::RefCell;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use parking_lot::{ReentrantMutex, ReentrantMutexGuard};
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

pub use migrations::{LATEST_VERSION, MIGRATIONS};

use crate::backups;
use crate::error::{Error, Result};

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// The database of one install. One connection behind a lock: a desktop app
/// has one writer, and every statement here takes microseconds.
///
/// The lock is reentrant: a thread that took the store with [`Store::hold`]
/// reads and writes under that hold without waiting for itself. (A write
/// started inside a read's closure on the same thread panics rather than
/// deadlocking; nothing does that.)
pub struct Store {
    conn: ReentrantMutex<RefCell<Connection>>,
    path: Option<PathBuf>,
    backup: Option<PathBuf>,
}

impl Store {
    /// Opens (or creates) the database at `path` and brings it to the latest
    /// schema. `now` names the backup made before a migration.
    pub fn open(path: &Path, now: DateTime<Utc>) -> Result<Self> {
        check_header(path)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_URI,
        )?;
        let found = user_version(&conn).map_err(|e| not_sqlite_or(path, e))?;
        if found > LATEST_VERSION {
            return Err(Error::NewerSchema {
                path: path.to_owned(),
                found,
                supported: LATEST_VERSION,
            });
        }
        // A database about to be migrated is read whole first (its snapshot
        // would be): damage is refused before the file is switched to WAL.
        if found > 0 && found < LATEST_VERSION {
            let check: String = conn
                .query_row("PRAGMA integrity_check(1)", [], |row| row.get(0))
                .map_err(|e| not_sqlite_or(path, e))?;
            if check != "ok" {
                return Err(Error::NotSqlite {
                    path: path.to_owned(),
                });
            }
        }
        configure(&conn).map_err(|e| not_sqlite_or(path, e))?;
        let backup = if found > 0 && found < LATEST_VERSION {
            let made = backups::snapshot(&conn, path, backups::BackupReason::Migration, now)?;
            backups::prune(path)?;
            Some(made)
        } else {
            None
        };
        let mut conn = conn;
        migrations::apply(&mut conn, LATEST_VERSION)?;
        Ok(Self {
            conn: ReentrantMutex::new(RefCell::new(conn)),
            path: Some(path.to_owned()),
            backup,
        })
    }

    /// A private in-memory database at the latest schema, for tests.
    pub fn open_in_memory() -> Result<Self> {
        let mut conn = Connection::open_in_memory()?;
        configure(&conn)?;
        migrations::apply(&mut conn, LATEST_VERSION)?;
        Ok(Self {
            conn: ReentrantMutex::new(RefCell::new(conn)),
            path: None,
            backup: None,
        })
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The copy made before the last migration, if this open migrated.
    pub fn backup_path(&self) -> Option<&Path> {
        self.backup.as_deref()
    }

    /// Runs `f` with the connection, for reads.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let held = self.lock();
        let conn = held.borrow();
        f(&conn)
    }

    /// Runs `f` in one immediate transaction: all of it is written, or none.
    /// When the install shares clients, what `f` changed is queued for the
    /// paired install in the same transaction (see [`crate::sharing`]).
    pub fn write<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let held = self.lock();
        let mut conn = held.borrow_mut();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = if crate::sharing::capture::active(&tx)? {
            crate::sharing::capture::recording(&tx, || f(&tx))?
        } else {
            f(&tx)?
        };
        tx.commit()?;
        Ok(value)
    }

    /// Like [`Store::write`], but nothing is queued for the paired install:
    /// for applying what came from it, and for sharing's own bookkeeping.
    pub(crate) fn write_unshared<T>(
        &self,
        f: impl FnOnce(&Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let held = self.lock();
        let mut conn = held.borrow_mut();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Replaces the whole database with the SQLite file at `source` (a
    /// snapshot), under the lock so no command sees it half done; `before`
    /// runs first on the current database (to snapshot it). The result is
    /// brought to the latest schema.
    pub(crate) fn replace_with(
        &self,
        source: &Path,
        before: impl FnOnce(&Connection) -> Result<()>,
    ) -> Result<()> {
        let held = self.lock();
        let mut conn = held.borrow_mut();
        before(&conn)?;
        conn.restore(
            rusqlite::MAIN_DB,
            source,
            None::<fn(rusqlite::backup::Progress)>,
        )?;
        configure(&conn)?;
        migrations::apply(&mut conn, LATEST_VERSION)?;
        Ok(())
    }

    /// Takes the store for this thread if nothing holds it right now, without
    /// waiting: while the returned [`Held`] lives, this thread's reads and
    /// writes go through at once and every other thread's wait. `None` when
    /// another thread holds it (a write, an import, a snapshot): a caller
    /// that must not wait (the window's thread) goes elsewhere.
    pub fn hold(&self) -> Option<Held<'_>> {
        self.conn.try_lock().map(|guard| Held { _guard: guard })
    }

    fn lock(&self) -> ReentrantMutexGuard<'_, RefCell<Connection>> {
        // A panic while holding the lock cannot leave a half-written
        // transaction (it rolls back on drop), so the connection is still
        // good; the lock does not poison.
        self.conn.lock()
    }
}

/// The store taken by one thread (see [`Store::hold`]); released on drop.
#[must_use = "the store is released as soon as this is dropped"]
pub struct Held<'a> {
    _guard: ReentrantMutexGuard<'a, RefCell<Connection>>,
}

/// Refuses a non-empty file that does not start with SQLite's header.
fn check_header(path: &Path) -> Result<()> {
    let file_error = |source| Error::File {
        path: path.to_owned(),
        source,
    };
    let mut file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(file_error(e)),
    };
    let mut header = Vec::with_capacity(16);
    file.by_ref()
        .take(16)
        .read_to_end(&mut header)
        .map_err(file_error)?;
    if header.is_empty() || header == SQLITE_HEADER {
        Ok(())
    } else {
        Err(Error::NotSqlite {
            path: path.to_owned(),
        })
    }
}

fn not_sqlite_or(path: &Path, e: rusqlite::Error) -> Error {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt) => {
            Error::NotSqlite {
                path: path.to_owned(),
            }
        }
        _ => Error::Sqlite(e),
    }
}

fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |row| row.get(0))
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
    // `rarray(?)`: a list of values as one parameter (the calendar grid's rows).
    rusqlite::vtab::array::load_module(conn)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    Ok(())
}

/// Builds a database of an older schema, for tests of what comes after.
#[cfg(test)]
pub(crate) fn migrations_up_to(conn: &mut Connection, target: i64) -> Result<()> {
    migrations::apply_up_to(conn, target)
}

#[cfg(test)]
mod tests;

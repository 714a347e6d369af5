//! Snapshots of the database, made with `VACUUM INTO` in a `backups` folder
//! next to it: before every migration, once a day, and before a restore.
//! The last [`KEEP`] are kept.
//!
//! A snapshot is a whole, consistent SQLite file (`VACUUM INTO` reads one
//! transaction's view), named `regia-<UTC time>-<reason>.db`. Restoring one
//! first snapshots the current state, then copies the chosen file's pages
//! into the open database with SQLite's backup API, under the store's lock:
//! the app keeps running on the same connection, now holding exactly the
//! snapshot (brought to the current schema if it is older).

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::Connection;
use serde::Serialize;

use crate::error::{Error, ErrorCode, Result};
use crate::store::Store;
use crate::text_enum;

/// How many snapshots are kept.
pub const KEEP: usize = 7;
const FOLDER: &str = "backups";
const TIME: &str = "%Y%m%dT%H%M%SZ";

text_enum!(
    /// Why a snapshot was made.
    BackupReason { Migration = "migration", Daily = "daily", BeforeRestore = "before-restore" }
);

/// A snapshot, as Settings lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Backup {
    /// The file's name in the backups folder: what a restore asks for.
    pub name: String,
    pub at: DateTime<Utc>,
    pub reason: BackupReason,
    pub kilobytes: u32,
}

/// The folder that holds the snapshots of the database at `database`.
pub fn folder(database: &Path) -> PathBuf {
    database.with_file_name(FOLDER)
}

fn file_error(path: &Path, source: std::io::Error) -> Error {
    Error::File {
        path: path.to_owned(),
        source,
    }
}

fn parse(name: &str) -> Option<(DateTime<Utc>, BackupReason)> {
    let rest = name.strip_prefix("regia-")?.strip_suffix(".db")?;
    let (time, reason) = rest.split_once('-')?;
    // A second snapshot in the same second gets a counter: "daily-2".
    let reason = BackupReason::ALL.iter().copied().find(|r| {
        reason == r.as_str()
            || reason
                .strip_prefix(r.as_str())
                .is_some_and(|n| n.starts_with('-'))
    })?;
    let at = NaiveDateTime::parse_from_str(time, TIME).ok()?.and_utc();
    Some((at, reason))
}

/// Every snapshot of the database at `database`, newest first.
pub(crate) fn list_at(database: &Path) -> Result<Vec<Backup>> {
    let dir = folder(database);
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(file_error(&dir, e)),
    };
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| file_error(&dir, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((at, reason)) = parse(&name) else {
            continue;
        };
        let bytes = entry.metadata().map(|m| m.len()).unwrap_or(0);
        found.push(Backup {
            name,
            at,
            reason,
            kilobytes: u32::try_from(bytes.div_ceil(1024)).unwrap_or(u32::MAX),
        });
    }
    found.sort_by(|a, b| b.at.cmp(&a.at).then_with(|| b.name.cmp(&a.name)));
    Ok(found)
}

/// Copies the database, as `conn` sees it, into a new snapshot.
pub(crate) fn snapshot(
    conn: &Connection,
    database: &Path,
    reason: BackupReason,
    now: DateTime<Utc>,
) -> Result<PathBuf> {
    let dir = folder(database);
    std::fs::create_dir_all(&dir).map_err(|e| file_error(&dir, e))?;
    let stem = format!("regia-{}-{}", now.format(TIME), reason.as_str());
    let mut target = dir.join(format!("{stem}.db"));
    let mut n = 2;
    while target.exists() {
        target = dir.join(format!("{stem}-{n}.db"));
        n += 1;
    }
    conn.execute("VACUUM INTO ?1", [target.to_string_lossy()])?;
    Ok(target)
}

/// Removes all but the newest [`KEEP`] snapshots.
pub(crate) fn prune(database: &Path) -> Result<()> {
    let dir = folder(database);
    for old in list_at(database)?.into_iter().skip(KEEP) {
        let path = dir.join(&old.name);
        std::fs::remove_file(&path).map_err(|e| file_error(&path, e))?;
    }
    Ok(())
}

/// The snapshots of this install's database, newest first (none in memory).
pub fn list(store: &Store) -> Result<Vec<Backup>> {
    store.path().map_or(Ok(Vec::new()), list_at)
}

/// Makes the day's snapshot unless one was made today (UTC); the newest
/// [`KEEP`] are kept. Returns the new one.
pub fn daily(store: &Store, now: DateTime<Utc>) -> Result<Option<Backup>> {
    let Some(database) = store.path() else {
        return Ok(None);
    };
    if list_at(database)?
        .iter()
        .any(|b| b.at.date_naive() == now.date_naive())
    {
        return Ok(None);
    }
    // Its own read-only connection: in WAL mode it reads while the app goes
    // on writing, instead of holding the store's lock for the whole copy.
    let conn = Connection::open_with_flags(database, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let made = snapshot(&conn, database, BackupReason::Daily, now)?;
    drop(conn);
    prune(database)?;
    let name = made.file_name().map(|n| n.to_string_lossy().into_owned());
    Ok(list_at(database)?
        .into_iter()
        .find(|b| Some(&b.name) == name.as_ref()))
}

/// Puts the database back as the snapshot `name` holds, after snapshotting
/// the current state. Returns the snapshots, the new one first.
pub fn restore(store: &Store, name: &str, now: DateTime<Utc>) -> Result<Vec<Backup>> {
    let Some(database) = store.path() else {
        return Err(Error::not_found("backup", name));
    };
    // Only a name from the list: never a path from elsewhere.
    if !list_at(database)?.iter().any(|b| b.name == name) {
        return Err(Error::not_found("backup", name));
    }
    let source = folder(database).join(name);
    // A snapshot a disk or a copy damaged is refused before it replaces
    // anything: SQLite's backup copies pages without reading them. (On a
    // read-only connection the check skips CHECK constraints, so this one
    // is only told not to write.)
    let (version, check): (i64, String) =
        Connection::open_with_flags(&source, rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE)
            .and_then(|c| {
                c.pragma_update(None, "query_only", true)?;
                let version = c.query_row("PRAGMA user_version", [], |row| row.get(0))?;
                let check = c.query_row("PRAGMA integrity_check(1)", [], |row| row.get(0))?;
                Ok((version, check))
            })
            .map_err(|_| Error::NotSqlite {
                path: source.clone(),
            })?;
    if check != "ok" {
        return Err(Error::NotSqlite { path: source });
    }
    if version > crate::store::LATEST_VERSION {
        return Err(Error::NewerSchema {
            path: source,
            found: version,
            supported: crate::store::LATEST_VERSION,
        });
    }
    if version < 1 {
        return Err(Error::invalid(
            "backup",
            ErrorCode::NotSqlite,
            "this snapshot holds no Regia database",
        ));
    }
    store.replace_with(&source, |conn| {
        snapshot(conn, database, BackupReason::BeforeRestore, now).map(drop)
    })?;
    // The restored file's own list may not hold the current snapshots; the
    // folder does. Prune only now, so the file restored was never at risk.
    prune(database)?;
    list_at(database)
}

#[cfg(test)]
mod tests;

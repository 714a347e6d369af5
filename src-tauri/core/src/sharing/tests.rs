//! What sharing stands on: SQLite's session extension, built into the
//! bundled SQLite, records the changes made to Regia's schema in one file
//! and applies them to another; a field changed on both sides comes back as
//! a conflict with both values, never as a silent overwrite.

use std::sync::{Arc, Mutex};

use rusqlite::Connection;
use rusqlite::session::{ConflictAction, ConflictType, Session};

use crate::store::Store;

fn two_installs() -> (tempfile::TempDir, Connection, Connection) {
    let dir = tempfile::tempdir().unwrap();
    let mut conns = Vec::new();
    for name in ["agency.db", "business.db"] {
        let path = dir.path().join(name);
        drop(Store::open(&path, chrono::Utc::now()).unwrap());
        conns.push(Connection::open(&path).unwrap());
    }
    let business = conns.pop().unwrap();
    let agency = conns.pop().unwrap();
    (dir, agency, business)
}

fn record(conn: &Connection, sql: &str) -> Vec<u8> {
    let mut session = Session::new(conn).unwrap();
    session.attach(None::<&str>).unwrap();
    conn.execute_batch(sql).unwrap();
    let mut bytes = Vec::new();
    session.changeset_strm(&mut bytes).unwrap();
    bytes
}

/// Applies `bytes`, keeping the local value on a conflict; the conflicts seen.
fn apply(conn: &Connection, bytes: &[u8]) -> Vec<String> {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    let mut input: &[u8] = bytes;
    conn.apply_strm(&mut input, None::<fn(&str) -> bool>, move |kind, item| {
        // Column 3 of `clients` is the sector.
        let text = |v: rusqlite::Result<rusqlite::types::ValueRef<'_>>| {
            v.ok()
                .and_then(|v| v.as_str().ok().map(str::to_owned))
                .unwrap_or_default()
        };
        let (mine, theirs) = (text(item.conflict(3)), text(item.new_value(3)));
        let kind = match kind {
            ConflictType::SQLITE_CHANGESET_DATA => "data",
            ConflictType::SQLITE_CHANGESET_NOTFOUND => "not found",
            ConflictType::SQLITE_CHANGESET_CONFLICT => "conflict",
            _ => "other",
        };
        log.lock()
            .unwrap()
            .push(format!("{kind}: {mine} / {theirs}"));
        ConflictAction::SQLITE_CHANGESET_OMIT
    })
    .unwrap();
    seen.lock().unwrap().clone()
}

const CLIENT: &str = "INSERT INTO clients (id, name, name_key, timezone, language, phase, status, created_at, updated_at)
     VALUES ('0190b3a2-0000-7000-8000-000000000001', 'Forno Rossi', 'forno rossi', 'Europe/Rome', 'it',
             'startup', 'active', '2026-11-24T10:00:00.000Z', '2026-11-24T10:00:00.000Z');";

fn sector(conn: &Connection) -> String {
    conn.query_row("SELECT sector FROM clients", [], |row| row.get(0))
        .unwrap()
}

#[test]
fn a_change_recorded_in_one_install_applies_in_the_other() {
    let (_dir, agency, business) = two_installs();
    let created = record(&agency, CLIENT);
    assert!(apply(&business, &created).is_empty());
    assert_eq!(sector(&business), "");
    // The same file again changes nothing.
    let again = apply(&business, &created);
    assert_eq!(again.len(), 1, "{again:?}");
    assert!(again[0].starts_with("conflict"));
}

#[test]
fn the_same_field_changed_on_both_sides_comes_back_as_a_conflict_with_both_values() {
    let (_dir, agency, business) = two_installs();
    let created = record(&agency, CLIENT);
    apply(&business, &created);
    let theirs = record(&agency, "UPDATE clients SET sector = 'Panificio'");
    record(
        &business,
        "UPDATE clients SET sector = 'Forno e pasticceria'",
    );
    let conflicts = apply(&business, &theirs);
    assert_eq!(conflicts, ["data: Forno e pasticceria / Panificio"]);
    // Kept, not overwritten: a person decides.
    assert_eq!(sector(&business), "Forno e pasticceria");
}

mod exchange;
mod forged;
mod property;

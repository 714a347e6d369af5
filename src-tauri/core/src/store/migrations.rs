//! Numbered, embedded, append-only migrations tracked by `user_version`.
//! Never edit a shipped migration: add the next one.

use rusqlite::Connection;

use crate::error::Result;

/// Migration `n` (1-based) is `MIGRATIONS[n - 1]`.
pub const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_profile_clients_people.sql"),
    include_str!("migrations/0002_questionnaire.sql"),
    include_str!("migrations/0003_strategy_decisions.sql"),
    include_str!("migrations/0004_calendar.sql"),
    include_str!("migrations/0005_split.sql"),
    include_str!("migrations/0006_monitoring.sql"),
    include_str!("migrations/0007_sharing.sql"),
    include_str!("migrations/0008_calendar_grid.sql"),
];

pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the schema up to `target` in one transaction.
pub(crate) fn apply(conn: &mut Connection, target: i64) -> Result<()> {
    let tx = conn.transaction()?;
    let current: i64 = tx.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    for (index, sql) in MIGRATIONS.iter().enumerate() {
        let version = index as i64 + 1;
        if version > current && version <= target {
            tx.execute_batch(sql)?;
        }
    }
    if target > current {
        tx.pragma_update(None, "user_version", target)?;
    }
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
pub(crate) fn apply_up_to(conn: &mut Connection, target: i64) -> Result<()> {
    apply(conn, target)
}

//! Recording a write's changes for the paired install.
//!
//! Once any client is shared, every write ([`crate::store::Store::write`])
//! runs under a session of SQLite's session extension over the shared
//! tables. In the same transaction, the write's changeset joins the outbox
//! of the client it touched, so a change is saved and queued for the other
//! install together or not at all. A write that touched a shared client and
//! any other client is refused: a file must never carry another client's row.

use rusqlite::Connection;
use rusqlite::session::Session;

use super::tables::{self, Layouts};
use crate::error::{Error, ErrorCode, Result};
use crate::ids::ClientId;

/// Whether this install shares any client (so writes must be recorded).
pub(crate) fn active(conn: &Connection) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM shares)")?
        .query_row([], |row| row.get(0))?)
}

/// A session over the shared tables, recording from now on.
pub(crate) fn session(conn: &Connection) -> Result<Session<'_>> {
    let mut session = Session::new(conn)?;
    session.table_filter(Some(tables::is_shared));
    session.attach(None::<&str>)?;
    Ok(session)
}

/// Runs `f`, then queues what it changed for the paired install.
pub(crate) fn recording<T>(conn: &Connection, f: impl FnOnce() -> Result<T>) -> Result<T> {
    let mut session = session(conn)?;
    let value = f()?;
    queue(conn, &mut session)?;
    Ok(value)
}

/// Puts what `session` recorded in the outbox of the client it touched.
pub(crate) fn queue(conn: &Connection, session: &mut Session<'_>) -> Result<()> {
    if session.is_empty() {
        return Ok(());
    }
    let mut bytes = Vec::new();
    session.changeset_strm(&mut bytes)?;
    if bytes.is_empty() {
        return Ok(());
    }
    let layouts = tables::layouts(conn)?;
    let Some(client) = only_client(conn, &layouts, &bytes)? else {
        return Ok(());
    };
    conn.prepare_cached("INSERT INTO share_outbox (client_id, changeset) VALUES (?1, ?2)")?
        .execute(rusqlite::params![client, bytes])?;
    Ok(())
}

/// The shared client a changeset belongs to; `None` when it touches no
/// shared client. Refuses a changeset that mixes a shared client with
/// any other, or has a row whose client cannot be told.
fn only_client(conn: &Connection, layouts: &Layouts, bytes: &[u8]) -> Result<Option<ClientId>> {
    let changes = tables::read_changes(bytes)?;
    let owners = tables::clients_of(conn, layouts, &changes)?;
    let mut clients: Vec<Option<ClientId>> = owners;
    clients.sort_unstable();
    clients.dedup();
    let shared = clients
        .iter()
        .flatten()
        .filter(|c| is_shared(conn, **c).unwrap_or(true))
        .count();
    match (shared, clients.as_slice()) {
        (0, _) => Ok(None),
        (1, [Some(client)]) => Ok(Some(*client)),
        _ => Err(Error::conflict(
            None,
            ErrorCode::Internal,
            "a write touched a shared client and other rows together",
        )),
    }
}

pub(crate) fn is_shared(conn: &Connection, client: ClientId) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM shares WHERE client_id = ?1)")?
        .query_row([client], |row| row.get(0))?)
}

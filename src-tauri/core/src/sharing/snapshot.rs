//! A client's whole plan as one changeset of inserts, for the invitation.
//!
//! The client's rows are copied into a private in-memory database of the
//! same schema under a session, so the snapshot is a changeset like any
//! other and the business applies it with the same code. Only rows reached
//! from the client (its own `client_id`, or a parent that has it) are read.

use std::io::Read;

use fallible_streaming_iterator::FallibleStreamingIterator;
use rusqlite::Connection;
use rusqlite::session::{ChangesetIter, Session};
use rusqlite::types::Value;

use super::tables::{self, Owner};
use crate::error::Result;
use crate::ids::ClientId;
use crate::store::Store;

/// The rows of `client`, as inserts.
pub(crate) fn snapshot(conn: &Connection, client: ClientId) -> Result<Vec<u8>> {
    let scratch = Store::open_in_memory()?;
    scratch.read(|copy| {
        copy.pragma_update(None, "foreign_keys", false)?;
        copy.execute_batch("BEGIN")?;
        let mut session = Session::new(copy)?;
        session.table_filter(Some(tables::is_shared));
        session.attach(None::<&str>)?;
        for table in tables::SHARED {
            let select = rows_of(table);
            let mut stmt = conn.prepare(&select)?;
            let n = stmt.column_count();
            let insert = format!(
                "INSERT INTO {} VALUES ({})",
                table.name,
                (1..=n)
                    .map(|i| format!("?{i}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            let mut rows = stmt.query([client])?;
            while let Some(row) = rows.next()? {
                let values = (0..n)
                    .map(|i| row.get::<_, Value>(i))
                    .collect::<rusqlite::Result<Vec<_>>>()?;
                copy.prepare_cached(&insert)?
                    .execute(rusqlite::params_from_iter(values))?;
            }
        }
        let mut bytes = Vec::new();
        session.changeset_strm(&mut bytes)?;
        drop(session);
        copy.execute_batch("COMMIT")?;
        Ok(bytes)
    })
}

/// The query for the rows of one client (`?1`) in `table`, by key.
pub(crate) fn rows_of(table: &tables::Shared) -> String {
    match table.owner {
        Owner::Itself => format!("SELECT * FROM {} WHERE id = ?1", table.name),
        Owner::Column => format!("SELECT * FROM {} WHERE client_id = ?1", table.name),
        Owner::Parent {
            column,
            table: parent,
        } => format!(
            "SELECT t.* FROM {} AS t JOIN {parent} AS p ON p.id = t.{column}
              WHERE p.client_id = ?1",
            table.name
        ),
    }
}

/// How many rows a changeset carries.
pub(crate) fn count(bytes: &[u8]) -> Result<usize> {
    let mut input: &[u8] = bytes;
    let reader: &mut dyn Read = &mut input;
    let mut iter = ChangesetIter::start_strm(&reader)?;
    let mut n = 0;
    while iter.next()?.is_some() {
        n += 1;
    }
    Ok(n)
}

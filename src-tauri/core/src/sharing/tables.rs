//! Which tables travel between paired installs, whose client each row is,
//! and the shape of a change read back from a changeset.
//!
//! Every table of the schema is either shared (listed in [`SHARED`], parents
//! before children) or this install's own ([`LOCAL`]); a test holds the two
//! lists to the schema, so a new table cannot travel, or stay, by accident.

use std::collections::HashMap;
use std::io::Read;

use fallible_streaming_iterator::FallibleStreamingIterator;
use rusqlite::hooks::Action;
use rusqlite::session::ChangesetIter;
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, OptionalExtension};

use super::kinds::Kind;
use crate::error::{Error, ErrorCode, Result};
use crate::ids::ClientId;

/// How a row names its client.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Owner {
    /// The row is the client (`clients`).
    Itself,
    /// A `client_id` column.
    Column,
    /// Through its parent: `column` holds the id of a row of `table`.
    Parent {
        column: &'static str,
        table: &'static str,
    },
}

pub(crate) struct Shared {
    pub name: &'static str,
    pub owner: Owner,
}

const fn direct(name: &'static str) -> Shared {
    Shared {
        name,
        owner: Owner::Column,
    }
}

const fn child(name: &'static str, column: &'static str, table: &'static str) -> Shared {
    Shared {
        name,
        owner: Owner::Parent { column, table },
    }
}

/// The tables that travel, parents before children.
pub(crate) const SHARED: &[Shared] = &[
    Shared {
        name: "clients",
        owner: Owner::Itself,
    },
    direct("people"),
    direct("questionnaire_questions"),
    child(
        "questionnaire_answers",
        "question_id",
        "questionnaire_questions",
    ),
    direct("strategies"),
    direct("strategy_segments"),
    direct("strategy_cards"),
    direct("strategy_objectives"),
    direct("strategy_pillars"),
    direct("strategy_channels"),
    direct("strategy_dismissed"),
    direct("strategy_versions"),
    direct("decisions"),
    direct("calendar_slots"),
    direct("split_settings"),
    direct("split_activities"),
    direct("split_cells"),
    child("split_raci", "cell_id", "split_cells"),
    direct("skill_transfers"),
    direct("content_items"),
    child("item_comments", "item_id", "content_items"),
    direct("occasions"),
    direct("monitoring_settings"),
    direct("custom_metrics"),
    direct("measurements"),
    direct("reviews"),
    child("review_items", "review_id", "reviews"),
];

/// The tables that never leave this install.
#[cfg(test)]
pub(crate) const LOCAL: &[&str] = &[
    "profile",
    "settings",
    "shares",
    "share_outbox",
    "share_files",
    "share_conflicts",
];

pub(crate) fn shared(name: &str) -> Option<&'static Shared> {
    SHARED.iter().find(|t| t.name == name)
}

pub(crate) fn is_shared(name: &str) -> bool {
    shared(name).is_some()
}

/// Columns kept in step without asking anyone: on both sides the same value
/// wins (the larger; the earlier creation time), so they converge.
pub(crate) fn is_bookkeeping(table: &str, column: &str) -> bool {
    matches!(column, "updated_at" | "created_at")
        || (table == "content_items" && column == "sequence")
}

/// The column whose choice another follows: who answered follows the
/// answer, who approved (and how, when, with what comment) follows the
/// status. A conflict on the lead carries its followers along.
pub(crate) fn lead_of(table: &str, column: &str) -> Option<&'static str> {
    match (table, column) {
        ("questionnaire_answers", "answered_by") => Some("value"),
        (
            "content_items" | "strategy_versions" | "decisions",
            "decided_at" | "decided_by" | "decided_via",
        )
        | ("strategy_versions", "comment") => Some("status"),
        _ => None,
    }
}

/// A table's columns, in the order a changeset numbers them.
#[derive(Debug, Clone)]
pub(crate) struct Layout {
    pub columns: Vec<String>,
    /// What each column's values must be.
    pub kinds: Vec<Kind>,
    /// Indexes of the primary key's columns.
    pub pk: Vec<usize>,
}

impl Layout {
    pub fn index(&self, column: &str) -> Option<usize> {
        self.columns.iter().position(|c| c == column)
    }

    /// `a = ?1 AND b = ?2` over the primary key.
    pub fn pk_clause(&self, first: usize) -> String {
        self.pk
            .iter()
            .enumerate()
            .map(|(n, &i)| format!("\"{}\" = ?{}", self.columns[i], first + n))
            .collect::<Vec<_>>()
            .join(" AND ")
    }
}

pub(crate) type Layouts = HashMap<&'static str, Layout>;

/// The layout of every shared table, read from the schema.
pub(crate) fn layouts(conn: &Connection) -> Result<Layouts> {
    let mut out = HashMap::new();
    for table in SHARED {
        let mut stmt = conn.prepare(&format!("PRAGMA table_info(\"{}\")", table.name))?;
        let mut columns = Vec::new();
        let mut kinds = Vec::new();
        let mut pk = Vec::new();
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let name: String = row.get(1)?;
            let declared: String = row.get(2)?;
            let in_pk: i64 = row.get(5)?;
            if in_pk > 0 {
                pk.push((in_pk, columns.len()));
            }
            kinds.push(Kind::of(table.name, &name, &declared));
            columns.push(name);
        }
        pk.sort_unstable();
        out.insert(
            table.name,
            Layout {
                columns,
                kinds,
                pk: pk.into_iter().map(|(_, i)| i).collect(),
            },
        );
    }
    Ok(out)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    Insert,
    Update,
    Delete,
}

/// One change of a changeset, owned. `old` is set for an update's changed
/// and key columns and all of a delete's; `new` for an update's changed
/// columns and all of an insert's.
#[derive(Debug, Clone)]
pub(crate) struct Change {
    pub table: String,
    pub op: Op,
    pub old: Vec<Option<Value>>,
    pub new: Vec<Option<Value>>,
}

impl Change {
    /// The value a column has in this change: the new one when there is one.
    pub fn value(&self, index: usize) -> Option<&Value> {
        self.new
            .get(index)
            .and_then(Option::as_ref)
            .or_else(|| self.old.get(index).and_then(Option::as_ref))
    }

    /// The primary key's values.
    pub fn key(&self, layout: &Layout) -> Vec<Value> {
        layout
            .pk
            .iter()
            .map(|&i| self.value(i).cloned().unwrap_or(Value::Null))
            .collect()
    }
}

pub(crate) fn malformed(e: impl std::fmt::Display) -> Error {
    Error::conflict(
        Some("file"),
        ErrorCode::ExchangeTampered,
        format!("the changes cannot be read: {e}"),
    )
}

/// Reads a changeset into owned changes.
pub(crate) fn read_changes(bytes: &[u8]) -> Result<Vec<Change>> {
    let mut input: &[u8] = bytes;
    let reader: &mut dyn Read = &mut input;
    let mut iter = ChangesetIter::start_strm(&reader).map_err(malformed)?;
    let mut out = Vec::new();
    while let Some(item) = iter.next().map_err(malformed)? {
        let op = item.op().map_err(malformed)?;
        let n = usize::try_from(op.number_of_columns()).map_err(malformed)?;
        let table = op.table_name();
        let olds = || owned(n, table, |i| item.old_value(i));
        let news = || owned(n, table, |i| item.new_value(i));
        let (op_kind, old, new) = match op.code() {
            Action::SQLITE_INSERT => (Op::Insert, vec![None; n], news()?),
            Action::SQLITE_DELETE => (Op::Delete, olds()?, vec![None; n]),
            Action::SQLITE_UPDATE => (Op::Update, olds()?, news()?),
            _ => return Err(malformed("an unknown operation")),
        };
        out.push(Change {
            table: table.to_owned(),
            op: op_kind,
            old,
            new,
        });
    }
    Ok(out)
}

/// The `n` values of a change; `None` for a column an update leaves alone.
/// Text that is not UTF-8 is refused: SQLite would store it, and no screen
/// could read it.
fn owned<'a>(
    n: usize,
    table: &str,
    value: impl Fn(usize) -> rusqlite::Result<ValueRef<'a>>,
) -> Result<Vec<Option<Value>>> {
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        out.push(match value(i) {
            Err(_) => None,
            Ok(value) => Some(
                Value::try_from(value)
                    .map_err(|e| malformed(format!("{table}, column {i}: {e}")))?,
            ),
        });
    }
    Ok(out)
}

/// The client of every change, in order. A change whose row names no
/// client this database knows (a child of a row gone on both sides) is
/// `None`.
pub(crate) fn clients_of(
    conn: &Connection,
    layouts: &Layouts,
    changes: &[Change],
) -> Result<Vec<Option<ClientId>>> {
    // Parents deleted along with their children are no longer in the
    // database: their client is in the change that deleted them.
    let mut gone: HashMap<(&str, String), ClientId> = HashMap::new();
    for change in changes.iter().filter(|c| c.op == Op::Delete) {
        let Some(layout) = layouts.get(change.table.as_str()) else {
            continue;
        };
        if let (Some(Value::Text(id)), Some(Value::Text(client))) = (
            layout.index("id").and_then(|i| change.value(i)),
            layout.index("client_id").and_then(|i| change.value(i)),
        ) && let Ok(client) = client.parse()
        {
            gone.insert((table_name(&change.table), id.clone()), client);
        }
    }
    changes
        .iter()
        .map(|change| {
            let table = shared(&change.table).ok_or_else(|| {
                malformed(format!("a change to the local table {}", change.table))
            })?;
            let layout = &layouts[table.name];
            match table.owner {
                Owner::Itself => Ok(text_id(change.value(layout.pk[0]))),
                Owner::Column => column_value(conn, table.name, layout, change, "client_id")
                    .map(|v| text_id(v.as_ref())),
                Owner::Parent {
                    column,
                    table: parent,
                } => {
                    let Some(Value::Text(parent_id)) =
                        column_value(conn, table.name, layout, change, column)?
                    else {
                        return Ok(None);
                    };
                    let found = conn
                        .prepare_cached(&format!("SELECT client_id FROM {parent} WHERE id = ?1"))?
                        .query_row([&parent_id], |row| row.get::<_, String>(0))
                        .optional()?;
                    Ok(found
                        .and_then(|c| c.parse().ok())
                        .or_else(|| gone.get(&(parent, parent_id)).copied()))
                }
            }
        })
        .collect()
}

fn table_name(name: &str) -> &'static str {
    shared(name).map_or("", |t| t.name)
}

fn text_id(value: Option<&Value>) -> Option<ClientId> {
    match value {
        Some(Value::Text(text)) => text.parse().ok(),
        _ => None,
    }
}

/// A column's value: from the change when it carries it, or else from the
/// row in the database (an update that left the column alone).
fn column_value(
    conn: &Connection,
    table: &str,
    layout: &Layout,
    change: &Change,
    column: &str,
) -> Result<Option<Value>> {
    let Some(index) = layout.index(column) else {
        return Ok(None);
    };
    if let Some(value) = change.value(index) {
        return Ok(Some(value.clone()));
    }
    let key = change.key(layout);
    Ok(conn
        .prepare_cached(&format!(
            "SELECT \"{column}\" FROM {table} WHERE {}",
            layout.pk_clause(1)
        ))?
        .query_row(rusqlite::params_from_iter(key.iter()), |row| {
            row.get::<_, Value>(0)
        })
        .optional()?)
}

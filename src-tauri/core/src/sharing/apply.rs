//! Applying the paired install's changes, in one transaction.
//!
//! Before anything is applied, every value the file writes is held to what
//! its column's readers read ([`super::kinds`]): a file with one value no
//! screen could read back is refused whole.
//!
//! SQLite applies every change that meets the row it expects. The rest come
//! back to the conflict handler, which never picks a value by itself:
//! - an update whose row changed here too: its columns are merged one by
//!   one. A column changed on one side only takes that side's value; a
//!   column both sides changed to different values becomes a *field
//!   conflict* for a person, and keeps the local value meanwhile;
//!   bookkeeping columns (`updated_at`, an item's iCal sequence) take the
//!   larger value on both sides, so they converge without asking;
//! - an insert of a row that exists (rows with a natural key have derived
//!   ids, so both sides creating "the answer to question 3" meet here): the
//!   same merge, every differing column being a field conflict;
//! - a delete of a row changed here: the delete wins on both sides, and the
//!   local change is shown as lost (`deleted`); an update of a row deleted
//!   here: the row stays deleted, and the other side's change is shown
//!   (`gone`);
//! - a change this database refuses (a duplicate, a rule of the schema):
//!   skipped and shown (`refused`);
//! - a reference to a row deleted here: what the local delete would have
//!   done (set to NULL, or deleted along), so both sides agree.
//!
//! A file's changes to fields that have open conflicts here close them: the
//! other side decided, or changed the field again (which opens a new one).

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use rusqlite::hooks::Action;
use rusqlite::session::{ChangesetItem, ConflictAction, ConflictType};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params, params_from_iter};
use serde::{Deserialize, Serialize};

use super::kinds;
use super::tables::{self, Change, Layout, Layouts, Op};
use crate::enums::Side;
use crate::error::{Error, ErrorCode, Result};
use crate::ids::{ClientId, ConflictId};
use crate::time;

/// Who sent the file being applied.
pub(crate) struct Context<'a> {
    pub client: ClientId,
    pub sequence: u64,
    pub remote_side: Side,
    pub remote_name: &'a str,
    pub remote_at: DateTime<Utc>,
    pub now: DateTime<Utc>,
}

/// What applying a file did.
#[derive(Debug, Clone, Default)]
pub(crate) struct Applied {
    pub changes: usize,
    pub conflicts: usize,
    pub arrivals: Vec<Arrival>,
}

/// An answer of the business that arrived: a post or a strategy version
/// approved, or sent back with changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Arrival {
    pub kind: ArrivalKind,
    pub label: String,
    /// `approved` or `changes_requested`.
    pub status: String,
    pub by: Option<String>,
    pub at: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ArrivalKind {
    Post,
    Strategy,
}

/// A value as `share_conflicts` keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "t", content = "v")]
pub(crate) enum Stored {
    N,
    I(i64),
    R(f64),
    T(String),
    B(Vec<u8>),
}

impl From<&Value> for Stored {
    fn from(value: &Value) -> Self {
        match value {
            Value::Null => Self::N,
            Value::Integer(i) => Self::I(*i),
            Value::Real(r) => Self::R(*r),
            Value::Text(t) => Self::T(t.clone()),
            Value::Blob(b) => Self::B(b.clone()),
        }
    }
}

impl From<Stored> for Value {
    fn from(value: Stored) -> Self {
        match value {
            Stored::N => Self::Null,
            Stored::I(i) => Self::Integer(i),
            Stored::R(r) => Self::Real(r),
            Stored::T(t) => Self::Text(t),
            Stored::B(b) => Self::Blob(b),
        }
    }
}

pub(crate) fn stored(value: &Value) -> Result<String> {
    Ok(serde_json::to_string(&Stored::from(value))?)
}

pub(crate) fn unstored(text: &str) -> Result<Value> {
    Ok(serde_json::from_str::<Stored>(text)?.into())
}

/// A row's key as `share_conflicts.row_key` keeps it.
pub(crate) fn key_text(key: &[Value]) -> Result<String> {
    Ok(serde_json::to_string(
        &key.iter().map(Stored::from).collect::<Vec<_>>(),
    )?)
}

pub(crate) fn key_values(text: &str) -> Result<Vec<Value>> {
    Ok(serde_json::from_str::<Vec<Stored>>(text)?
        .into_iter()
        .map(Value::from)
        .collect())
}

/// Which side owns a field: its value is the one suggested in a conflict.
/// The business owns its answers and its approvals; the agency the rest
/// (the strategy, the captions, the plan).
pub(crate) fn owner(table: &str, column: Option<&str>) -> Side {
    match (table, column) {
        ("questionnaire_answers", _) => Side::Business,
        (
            "content_items" | "strategy_versions" | "decisions",
            Some("status" | "decided_at" | "decided_by" | "decided_via" | "comment"),
        ) => Side::Business,
        _ => Side::Agency,
    }
}

/// What the conflict handler saw, acted on once SQLite is done.
enum Seen {
    Update {
        table: String,
        old: Vec<Option<Value>>,
        new: Vec<Option<Value>>,
        current: Vec<Value>,
    },
    Exists {
        table: String,
        new: Vec<Option<Value>>,
        current: Vec<Value>,
    },
    Deleted {
        table: String,
        old: Vec<Option<Value>>,
        current: Vec<Value>,
    },
    Gone {
        table: String,
        old: Vec<Option<Value>>,
        new: Vec<Option<Value>>,
    },
    Refused {
        table: String,
        old: Vec<Option<Value>>,
        new: Vec<Option<Value>>,
    },
}

/// Applies a changeset of the shared client `ctx.client`; the caller holds
/// the transaction. `rows_in` runs once the rows are in, before any
/// conflict is recorded.
pub(crate) fn apply(
    conn: &Connection,
    payload: &[u8],
    ctx: &Context<'_>,
    rows_in: impl FnOnce(&Connection) -> Result<()>,
) -> Result<Applied> {
    let layouts = tables::layouts(conn)?;
    let changes = tables::read_changes(payload)?;
    // Every change must fit this schema's tables column for column (a newer
    // schema's file is refused before; this holds the rest of this module's
    // indexing to what is checked here).
    for change in &changes {
        let fits = tables::shared(&change.table)
            .and_then(|t| layouts.get(t.name))
            .is_some_and(|layout| {
                change.old.len() == layout.columns.len() && change.new.len() == layout.columns.len()
            });
        if !fits {
            return Err(Error::conflict(
                Some("file"),
                ErrorCode::ExchangeNewerFormat,
                format!(
                    "the file's table {} differs from this Regia's",
                    change.table
                ),
            ));
        }
    }
    kinds::check(&layouts, &changes)?;
    let owners = tables::clients_of(conn, &layouts, &changes)?;
    if owners.iter().flatten().any(|c| *c != ctx.client) {
        return Err(Error::conflict(
            Some("file"),
            ErrorCode::ExchangeForeign,
            "the file carries rows of another client",
        ));
    }
    close_touched(conn, &layouts, &changes, ctx)?;
    let answers = answered(&layouts, &changes);

    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    let mut input: &[u8] = payload;
    conn.apply_strm(&mut input, Some(tables::is_shared), move |kind, item| {
        handle(kind, item, &log)
    })
    .map_err(|e| match e.sqlite_error_code() {
        // SQLite reads the changes again as it applies them, and finds
        // damage the reading above let through.
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => tables::malformed(e),
        _ => e.into(),
    })?;
    repair_references(conn)?;
    rows_in(conn)?;
    let seen = std::mem::take(&mut *seen.lock().unwrap_or_else(|p| p.into_inner()));
    let mut conflicts = 0;
    for item in seen {
        conflicts += settle(conn, &layouts, ctx, item)?;
    }
    Ok(Applied {
        changes: changes.len(),
        conflicts,
        arrivals: arrivals(conn, &answers)?,
    })
}

fn handle(kind: ConflictType, item: &ChangesetItem, log: &Mutex<Vec<Seen>>) -> ConflictAction {
    // Settled by `repair_references` before the transaction ends. The item
    // SQLite passes with this kind is blank: its table name is a null
    // pointer, which `op` would read (a crash, not an error).
    if kind == ConflictType::SQLITE_CHANGESET_FOREIGN_KEY {
        return ConflictAction::SQLITE_CHANGESET_OMIT;
    }
    let Ok(op) = item.op() else {
        return ConflictAction::SQLITE_CHANGESET_ABORT;
    };
    let n = usize::try_from(op.number_of_columns()).unwrap_or(0);
    let table = op.table_name().to_owned();
    let olds = || -> Vec<Option<Value>> {
        (0..n)
            .map(|i| item.old_value(i).ok().and_then(|v| Value::try_from(v).ok()))
            .collect()
    };
    let news = || -> Vec<Option<Value>> {
        (0..n)
            .map(|i| item.new_value(i).ok().and_then(|v| Value::try_from(v).ok()))
            .collect()
    };
    let current = || -> Vec<Value> {
        (0..n)
            .map(|i| {
                item.conflict(i)
                    .ok()
                    .and_then(|v| Value::try_from(v).ok())
                    .unwrap_or(Value::Null)
            })
            .collect()
    };
    let (seen, action) = match (kind, op.code()) {
        (ConflictType::SQLITE_CHANGESET_DATA, Action::SQLITE_UPDATE) => (
            Some(Seen::Update {
                table,
                old: olds(),
                new: news(),
                current: current(),
            }),
            ConflictAction::SQLITE_CHANGESET_OMIT,
        ),
        (ConflictType::SQLITE_CHANGESET_DATA, Action::SQLITE_DELETE) => (
            Some(Seen::Deleted {
                table,
                old: olds(),
                current: current(),
            }),
            ConflictAction::SQLITE_CHANGESET_REPLACE,
        ),
        (ConflictType::SQLITE_CHANGESET_NOTFOUND, Action::SQLITE_UPDATE) => (
            Some(Seen::Gone {
                table,
                old: olds(),
                new: news(),
            }),
            ConflictAction::SQLITE_CHANGESET_OMIT,
        ),
        (ConflictType::SQLITE_CHANGESET_NOTFOUND, _) => {
            (None, ConflictAction::SQLITE_CHANGESET_OMIT)
        }
        (ConflictType::SQLITE_CHANGESET_CONFLICT, Action::SQLITE_INSERT) => (
            Some(Seen::Exists {
                table,
                new: news(),
                current: current(),
            }),
            ConflictAction::SQLITE_CHANGESET_OMIT,
        ),
        (ConflictType::SQLITE_CHANGESET_CONSTRAINT, _) => (
            Some(Seen::Refused {
                table,
                old: olds(),
                new: news(),
            }),
            ConflictAction::SQLITE_CHANGESET_OMIT,
        ),
        _ => (None, ConflictAction::SQLITE_CHANGESET_ABORT),
    };
    if let Some(seen) = seen {
        log.lock().unwrap_or_else(|p| p.into_inner()).push(seen);
    }
    action
}

/// Rows that point at a row deleted on this side get what the delete did
/// here: the reference set to NULL, or the row deleted along.
fn repair_references(conn: &Connection) -> Result<()> {
    for _ in 0..64 {
        let mut violations = Vec::new();
        {
            let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                violations.push((
                    row.get::<_, String>(0)?,
                    row.get::<_, Option<i64>>(1)?,
                    row.get::<_, i64>(3)?,
                ));
            }
        }
        if violations.is_empty() {
            return Ok(());
        }
        for (table, rowid, fk) in violations {
            let broken = || {
                Error::conflict(
                    Some("file"),
                    ErrorCode::Internal,
                    format!("a broken reference in {table}"),
                )
            };
            let shared = tables::shared(&table).ok_or_else(broken)?;
            let mut columns = Vec::new();
            let mut parent = String::new();
            let mut on_delete = String::new();
            {
                let mut stmt =
                    conn.prepare(&format!("PRAGMA foreign_key_list(\"{}\")", shared.name))?;
                let mut rows = stmt.query([])?;
                while let Some(row) = rows.next()? {
                    if row.get::<_, i64>(0)? == fk {
                        parent = row.get(2)?;
                        columns.push((row.get::<_, String>(3)?, row.get::<_, Option<String>>(4)?));
                        on_delete = row.get(6)?;
                    }
                }
            }
            let which = match rowid {
                Some(_) => "rowid = ?1".to_owned(),
                // A table without rowid (split_raci): its rows whose
                // reference has no parent.
                None => {
                    let from: Vec<String> =
                        columns.iter().map(|(c, _)| format!("\"{c}\"")).collect();
                    let to = columns
                        .iter()
                        .map(|(_, t)| t.as_ref().map(|t| format!("\"{t}\"")))
                        .collect::<Option<Vec<_>>>()
                        .ok_or_else(broken)?;
                    format!(
                        "({}) NOT IN (SELECT {} FROM \"{parent}\")",
                        from.join(", "),
                        to.join(", ")
                    )
                }
            };
            let sql = if on_delete.eq_ignore_ascii_case("SET NULL") {
                let sets = columns
                    .iter()
                    .map(|(c, _)| format!("\"{c}\" = NULL"))
                    .collect::<Vec<_>>()
                    .join(", ");
                format!("UPDATE {} SET {sets} WHERE {which}", shared.name)
            } else {
                format!("DELETE FROM {} WHERE {which}", shared.name)
            };
            conn.execute(&sql, params_from_iter(rowid))?;
        }
    }
    Err(Error::conflict(
        Some("file"),
        ErrorCode::Internal,
        "references could not be repaired",
    ))
}

fn larger(a: &Value, b: &Value) -> Value {
    let b_wins = match (a, b) {
        (Value::Integer(x), Value::Integer(y)) => y > x,
        (Value::Real(x), Value::Real(y)) => y > x,
        (Value::Text(x), Value::Text(y)) => y > x,
        (Value::Null, _) => true,
        _ => false,
    };
    if b_wins { b.clone() } else { a.clone() }
}

fn settle(conn: &Connection, layouts: &Layouts, ctx: &Context<'_>, seen: Seen) -> Result<usize> {
    let layout_of = |table: &str| {
        tables::shared(table)
            .and_then(|t| layouts.get(t.name))
            .ok_or_else(|| Error::conflict(Some("file"), ErrorCode::Internal, "unknown table"))
    };
    match seen {
        Seen::Update {
            table,
            old,
            new,
            current,
        } => {
            let layout = layout_of(&table)?;
            merge(conn, ctx, (&table, layout), &current, |i| {
                (old.get(i).cloned().flatten(), new.get(i).cloned().flatten())
            })
        }
        Seen::Exists {
            table,
            new,
            current,
        } => {
            let layout = layout_of(&table)?;
            merge(conn, ctx, (&table, layout), &current, |i| {
                (None, new.get(i).cloned().flatten())
            })
        }
        Seen::Deleted {
            table,
            old,
            current,
        } => {
            let layout = layout_of(&table)?;
            let changed_here = (0..current.len()).any(|i| {
                !tables::is_bookkeeping(&table, &layout.columns[i])
                    && old.get(i).cloned().flatten().as_ref() != Some(&current[i])
            });
            if !changed_here {
                return Ok(0);
            }
            let key: Vec<Value> = layout.pk.iter().map(|&i| current[i].clone()).collect();
            let label = label(conn, &table, layout, &|i| current.get(i).cloned())?;
            notice(conn, ctx, NoticeKind::Deleted, (&table, &key), &label)
        }
        Seen::Gone { table, old, new } => {
            let layout = layout_of(&table)?;
            let meaningful = new.iter().enumerate().any(|(i, v)| {
                v.is_some()
                    && !layout.pk.contains(&i)
                    && !tables::is_bookkeeping(&table, &layout.columns[i])
            });
            if !meaningful {
                return Ok(0);
            }
            let key: Vec<Value> = layout
                .pk
                .iter()
                .map(|&i| old.get(i).cloned().flatten().unwrap_or(Value::Null))
                .collect();
            let label = label(conn, &table, layout, &|i| {
                new.get(i)
                    .cloned()
                    .flatten()
                    .or(old.get(i).cloned().flatten())
            })?;
            notice(conn, ctx, NoticeKind::Gone, (&table, &key), &label)
        }
        Seen::Refused { table, old, new } => {
            let layout = layout_of(&table)?;
            let value = |i: usize| {
                new.get(i)
                    .cloned()
                    .flatten()
                    .or(old.get(i).cloned().flatten())
            };
            let key: Vec<Value> = layout
                .pk
                .iter()
                .map(|&i| value(i).unwrap_or(Value::Null))
                .collect();
            let label = label(conn, &table, layout, &value)?;
            notice(conn, ctx, NoticeKind::Refused, (&table, &key), &label)
        }
    }
}

/// Merges the other side's version of a row into this one, column by
/// column (see the module comment). `remote(i)` is the column's value
/// before and after the other side's change.
fn merge(
    conn: &Connection,
    ctx: &Context<'_>,
    (table, layout): (&str, &Layout),
    current: &[Value],
    remote: impl Fn(usize) -> (Option<Value>, Option<Value>),
) -> Result<usize> {
    let key: Vec<Value> = layout.pk.iter().map(|&i| current[i].clone()).collect();
    let mut sets: Vec<(usize, Value)> = Vec::new();
    let mut crossed: Vec<(usize, Value)> = Vec::new();
    for (i, here) in current.iter().enumerate() {
        if layout.pk.contains(&i) {
            continue;
        }
        let (before, Some(theirs)) = remote(i) else {
            continue;
        };
        if tables::is_bookkeeping(table, &layout.columns[i]) {
            // A row both sides created keeps the earlier creation time.
            let best = if layout.columns[i] == "created_at" {
                let later = larger(here, &theirs);
                if later == *here {
                    theirs.clone()
                } else {
                    here.clone()
                }
            } else {
                larger(here, &theirs)
            };
            if &best != here {
                sets.push((i, best));
            }
        } else if &theirs == here {
            // Both sides agree already.
        } else if before.as_ref() == Some(here) {
            sets.push((i, theirs));
        } else {
            crossed.push((i, theirs));
        }
    }
    // Followers of a crossed column wait for its choice, whatever they are.
    let leads: Vec<&str> = crossed
        .iter()
        .map(|(i, _)| layout.columns[*i].as_str())
        .collect();
    let follows = |i: usize| {
        tables::lead_of(table, &layout.columns[i]).is_some_and(|lead| leads.contains(&lead))
    };
    let mut companions: Vec<(usize, Value)> = Vec::new();
    sets.retain(|(i, theirs)| {
        let held = follows(*i);
        if held {
            companions.push((*i, theirs.clone()));
        }
        !held
    });
    crossed.retain(|(i, theirs)| {
        let held = follows(*i);
        if held {
            companions.push((*i, theirs.clone()));
        }
        !held
    });
    let mut recorded = 0;
    if !sets.is_empty() {
        let assignments = sets
            .iter()
            .enumerate()
            .map(|(n, (i, _))| format!("\"{}\" = ?{}", layout.columns[*i], n + 1))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "UPDATE {table} SET {assignments} WHERE {}",
            layout.pk_clause(sets.len() + 1)
        );
        let values = sets.iter().map(|(_, v)| v).chain(key.iter());
        if let Err(e) = conn.execute(&sql, params_from_iter(values)) {
            if e.sqlite_error_code() != Some(rusqlite::ErrorCode::ConstraintViolation) {
                return Err(e.into());
            }
            let label = label(conn, table, layout, &|i| current.get(i).cloned())?;
            recorded += notice(conn, ctx, NoticeKind::Refused, (table, &key), &label)?;
        }
    }
    if !crossed.is_empty() {
        let mut after = current.to_vec();
        for (i, value) in &sets {
            after[*i] = value.clone();
        }
        let label = label(conn, table, layout, &|i| after.get(i).cloned())?;
        let local_at = layout.index("updated_at").and_then(|i| match &current[i] {
            Value::Text(t) => Some(t.clone()),
            _ => None,
        });
        for (i, theirs) in crossed {
            let column = layout.columns[i].as_str();
            let followers: Vec<Follower> = companions
                .iter()
                .filter(|(j, _)| tables::lead_of(table, &layout.columns[*j]) == Some(column))
                .map(|(j, remote)| Follower {
                    column: layout.columns[*j].clone(),
                    local: Stored::from(&current[*j]),
                    remote: Stored::from(remote),
                })
                .collect();
            let suggested = if owner(table, Some(column)) == ctx.remote_side {
                "remote"
            } else {
                "local"
            };
            insert_conflict(
                conn,
                ctx,
                &ConflictRow {
                    kind: "field",
                    table,
                    key: &key,
                    column: Some(column),
                    companions: &followers,
                    label: &label,
                    local: Some(&current[i]),
                    remote: Some(&theirs),
                    local_at: local_at.as_deref(),
                    suggested: Some(suggested),
                },
            )?;
            recorded += 1;
        }
    }
    Ok(recorded)
}

#[derive(Clone, Copy)]
enum NoticeKind {
    Deleted,
    Gone,
    Refused,
}

fn notice(
    conn: &Connection,
    ctx: &Context<'_>,
    kind: NoticeKind,
    (table, key): (&str, &[Value]),
    label: &str,
) -> Result<usize> {
    let kind = match kind {
        NoticeKind::Deleted => "deleted",
        NoticeKind::Gone => "gone",
        NoticeKind::Refused => "refused",
    };
    insert_conflict(
        conn,
        ctx,
        &ConflictRow {
            kind,
            table,
            key,
            column: None,
            companions: &[],
            label,
            local: None,
            remote: None,
            local_at: None,
            suggested: None,
        },
    )?;
    Ok(1)
}

/// A column that follows a conflict's column, with both values.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Follower {
    pub column: String,
    pub local: Stored,
    pub remote: Stored,
}

struct ConflictRow<'a> {
    kind: &'a str,
    table: &'a str,
    key: &'a [Value],
    column: Option<&'a str>,
    companions: &'a [Follower],
    label: &'a str,
    local: Option<&'a Value>,
    remote: Option<&'a Value>,
    local_at: Option<&'a str>,
    suggested: Option<&'a str>,
}

fn insert_conflict(conn: &Connection, ctx: &Context<'_>, row: &ConflictRow<'_>) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO share_conflicts (id, client_id, sequence, kind, table_name, row_key,
                column_name, label, local_value, remote_value, local_at, remote_at, remote_side,
                suggested, status, created_at, companions)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 'open', ?15, ?16)",
    )?
    .execute(params![
        ConflictId::new(),
        ctx.client,
        i64::try_from(ctx.sequence).unwrap_or(i64::MAX),
        row.kind,
        row.table,
        key_text(row.key)?,
        row.column,
        row.label,
        row.local.map(stored).transpose()?,
        row.remote.map(stored).transpose()?,
        row.local_at,
        time::to_text(ctx.remote_at),
        ctx.remote_side,
        row.suggested,
        time::to_text(ctx.now),
        serde_json::to_string(row.companions)?,
    ])?;
    Ok(())
}

/// A few words that name a row for a person: its title or name, or the
/// question an answer answers.
fn label(
    conn: &Connection,
    table: &str,
    layout: &Layout,
    value: &dyn Fn(usize) -> Option<Value>,
) -> Result<String> {
    let text = |column: &str| match layout.index(column).and_then(value) {
        Some(Value::Text(t)) if !t.trim().is_empty() => Some(t),
        _ => None,
    };
    if table == "questionnaire_answers" {
        if let Some(question) = text("question_id") {
            let found: Option<(String, Option<String>, bool)> = conn
                .prepare_cached(
                    "SELECT q.prompt, q.template_key, c.language = 'en'
                       FROM questionnaire_questions AS q JOIN clients AS c ON c.id = q.client_id
                      WHERE q.id = ?1",
                )?
                .query_row([question], |row| {
                    Ok((row.get(0)?, row.get(1)?, row.get(2)?))
                })
                .optional()?;
            if let Some((prompt, key, english)) = found {
                if !prompt.is_empty() {
                    return Ok(prompt);
                }
                let key = key.unwrap_or_default();
                return Ok(crate::questionnaire::template()
                    .question(&key)
                    .map_or(key, |q| {
                        if english {
                            q.prompt.en.clone()
                        } else {
                            q.prompt.it.clone()
                        }
                    }));
            }
        }
        return Ok(String::new());
    }
    Ok(["title", "name", "label", "prompt", "body", "text"]
        .into_iter()
        .find_map(text)
        .unwrap_or_default())
}

/// Open field conflicts that this file's changes set again are closed: the
/// other side decided (or changed the field once more; a new conflict then
/// opens if it still crosses).
fn close_touched(
    conn: &Connection,
    layouts: &Layouts,
    changes: &[Change],
    ctx: &Context<'_>,
) -> Result<()> {
    let mut touched: HashSet<(String, String, String)> = HashSet::new();
    for change in changes.iter().filter(|c| c.op != Op::Delete) {
        let Some(layout) = tables::shared(&change.table).and_then(|t| layouts.get(t.name)) else {
            continue;
        };
        let key = key_text(&change.key(layout))?;
        for (i, value) in change.new.iter().enumerate() {
            if value.is_some() && !layout.pk.contains(&i) {
                touched.insert((change.table.clone(), key.clone(), layout.columns[i].clone()));
            }
        }
    }
    if touched.is_empty() {
        return Ok(());
    }
    let open: Vec<(String, String, String, String)> = conn
        .prepare_cached(
            "SELECT id, table_name, row_key, column_name FROM share_conflicts
              WHERE client_id = ?1 AND status = 'open' AND kind = 'field'",
        )?
        .query_map([ctx.client], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    for (id, table, key, column) in open {
        if touched.contains(&(table, key, column)) {
            conn.prepare_cached(
                "UPDATE share_conflicts
                    SET status = 'resolved', choice = 'other_side', resolved_by = ?2,
                        resolved_at = ?3
                  WHERE id = ?1",
            )?
            .execute(params![id, ctx.remote_name, time::to_text(ctx.now)])?;
        }
    }
    Ok(())
}

/// Posts and strategy versions the file answers (approved or sent back).
fn answered(layouts: &Layouts, changes: &[Change]) -> Vec<(ArrivalKind, Value)> {
    let mut out = Vec::new();
    for change in changes.iter().filter(|c| c.op != Op::Delete) {
        let kind = match change.table.as_str() {
            "content_items" => ArrivalKind::Post,
            "strategy_versions" => ArrivalKind::Strategy,
            _ => continue,
        };
        let Some(layout) = layouts.get(change.table.as_str()) else {
            continue;
        };
        let status = layout
            .index("status")
            .and_then(|i| change.new.get(i).cloned().flatten());
        if let Some(Value::Text(status)) = status
            && matches!(status.as_str(), "approved" | "changes_requested")
            && let Some(id) = layout.index("id").and_then(|i| change.value(i))
        {
            out.push((kind, id.clone()));
        }
    }
    out
}

fn arrivals(conn: &Connection, answered: &[(ArrivalKind, Value)]) -> Result<Vec<Arrival>> {
    let mut out = Vec::new();
    for (kind, id) in answered {
        let sql = match kind {
            ArrivalKind::Post => {
                "SELECT title, status, decided_by, decided_at FROM content_items WHERE id = ?1"
            }
            ArrivalKind::Strategy => {
                "SELECT CAST(number AS TEXT), status, decided_by, decided_at
                   FROM strategy_versions WHERE id = ?1"
            }
        };
        let row = conn
            .prepare_cached(sql)?
            .query_row([id], |row| {
                Ok(Arrival {
                    kind: *kind,
                    label: row.get(0)?,
                    status: row.get(1)?,
                    by: row.get(2)?,
                    at: row.get(3)?,
                })
            })
            .optional()?;
        if let Some(arrival) = row
            && matches!(arrival.status.as_str(), "approved" | "changes_requested")
        {
            out.push(arrival);
        }
    }
    Ok(out)
}

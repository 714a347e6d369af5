//! The skill-transfer plan: what the agency teaches whom inside the business,
//! from which level to which, in how many sessions, by when. Completing a
//! transfer raises the person's skill, and with it Regia's advice.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

use crate::enums::Side;
use crate::error::{Error, ErrorCode, Result};
use crate::ids::{ClientId, PersonId, TransferId};
use crate::people::{self, MAX_SKILL, Skill};
use crate::store::Store;
use crate::text::{self, MAX_LONG};
use crate::{text_enum, time};

use super::{Split, read};

text_enum!(
    TransferStatus {
        Planned = "planned",
        InProgress = "in_progress",
        Done = "done",
        Cancelled = "cancelled",
    }
);

pub const MAX_SESSIONS: u32 = 100;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Transfer {
    pub id: TransferId,
    pub person_id: PersonId,
    pub skill: Skill,
    pub from_level: u8,
    pub to_level: u8,
    pub sessions: u32,
    pub due_date: NaiveDate,
    pub status: TransferStatus,
    pub notes: String,
    pub completed_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TransferInput {
    pub id: Option<TransferId>,
    pub person_id: PersonId,
    pub skill: Skill,
    pub to_level: u8,
    pub sessions: u32,
    /// `YYYY-MM-DD`.
    pub due_date: String,
    /// Planned, in progress or cancelled; completing is its own step.
    pub status: TransferStatus,
    pub notes: String,
}

const COLUMNS: &str =
    "id, person_id, skill, from_level, to_level, sessions, due_date, status, notes, completed_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Transfer> {
    Ok(Transfer {
        id: row.get(0)?,
        person_id: row.get(1)?,
        skill: row.get(2)?,
        from_level: row.get(3)?,
        to_level: row.get(4)?,
        sessions: row.get(5)?,
        due_date: row.get(6)?,
        status: row.get(7)?,
        notes: row.get(8)?,
        completed_at: time::optional_column(row, 9)?,
    })
}

pub(super) fn of_client(conn: &Connection, client_id: ClientId) -> Result<Vec<Transfer>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM skill_transfers WHERE client_id = ?1
              ORDER BY status = 'done' OR status = 'cancelled', due_date, created_at"
        ))?
        .query_map([client_id], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

fn find(conn: &Connection, client_id: ClientId, id: TransferId) -> Result<Transfer> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM skill_transfers WHERE id = ?1 AND client_id = ?2"
    ))?
    .query_row(params![id, client_id], from_row)
    .optional()?
    .ok_or_else(|| Error::not_found("skill transfer", id))
}

pub fn save_transfer(
    store: &Store,
    client_id: ClientId,
    input: &TransferInput,
    now: DateTime<Utc>,
) -> Result<Split> {
    if input.status == TransferStatus::Done {
        return Err(Error::invalid(
            "status",
            ErrorCode::InvalidChoice,
            "a transfer is completed with its own step",
        ));
    }
    if !(1..=MAX_SESSIONS).contains(&input.sessions) {
        return Err(Error::invalid(
            "sessions",
            ErrorCode::OutOfRange,
            format!("sessions go from 1 to {MAX_SESSIONS}"),
        )
        .with_param("min", 1)
        .with_param("max", MAX_SESSIONS));
    }
    let due_date = crate::questionnaire::answers::parse_date(&input.due_date).ok_or_else(|| {
        Error::invalid(
            "dueDate",
            ErrorCode::InvalidDate,
            format!("\"{}\" is not a date", input.due_date),
        )
        .with_param("value", &input.due_date)
    })?;
    let notes = text::optional("notes", &input.notes, MAX_LONG)?;
    store.write(|tx| {
        let person = people::find(tx, input.person_id)?;
        if person.client_id != client_id {
            return Err(Error::invalid(
                "personId",
                ErrorCode::ForeignPerson,
                "this person is not one of the client's people",
            ));
        }
        if person.side != Side::Business {
            return Err(Error::invalid(
                "personId",
                ErrorCode::NotInternal,
                "skills are transferred to the business's own people",
            ));
        }
        let existing = match input.id {
            Some(id) => Some(find(tx, client_id, id)?),
            None => None,
        };
        if existing
            .as_ref()
            .is_some_and(|t| t.status == TransferStatus::Done)
        {
            return Err(Error::conflict(
                Some("status"),
                ErrorCode::IllegalTransition,
                "a completed transfer stays as it was",
            )
            .with_param("from", "done")
            .with_param("to", input.status.as_str()));
        }
        // The starting level is the person's level when the plan was made.
        let from_level = match &existing {
            Some(t) if t.person_id == input.person_id && t.skill == input.skill => t.from_level,
            _ => person.skills.get(input.skill),
        };
        if input.to_level > MAX_SKILL || input.to_level <= from_level {
            return Err(Error::invalid(
                "toLevel",
                ErrorCode::NotAnImprovement,
                "the target level must be above the current one",
            )
            .with_param("min", from_level + 1)
            .with_param("max", MAX_SKILL));
        }
        let now = time::to_text(now);
        match existing {
            Some(t) => {
                tx.prepare_cached(
                    "UPDATE skill_transfers SET person_id = ?2, skill = ?3, from_level = ?4,
                            to_level = ?5, sessions = ?6, due_date = ?7, status = ?8, notes = ?9,
                            updated_at = ?10
                      WHERE id = ?1",
                )?
                .execute(params![
                    t.id,
                    input.person_id,
                    input.skill,
                    from_level,
                    input.to_level,
                    input.sessions,
                    due_date,
                    input.status,
                    notes,
                    now
                ])?;
            }
            None => {
                tx.prepare_cached(
                    "INSERT INTO skill_transfers (id, client_id, person_id, skill, from_level,
                            to_level, sessions, due_date, status, notes, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
                )?
                .execute(params![
                    TransferId::new(),
                    client_id,
                    input.person_id,
                    input.skill,
                    from_level,
                    input.to_level,
                    input.sessions,
                    due_date,
                    input.status,
                    notes,
                    now
                ])?;
            }
        }
        read(tx, client_id)
    })
}

/// Marks a transfer done and raises the person's skill to its target (a
/// level already higher stays).
pub fn complete_transfer(
    store: &Store,
    client_id: ClientId,
    id: TransferId,
    now: DateTime<Utc>,
) -> Result<Split> {
    store.write(|tx| {
        let transfer = find(tx, client_id, id)?;
        if matches!(
            transfer.status,
            TransferStatus::Done | TransferStatus::Cancelled
        ) {
            return Err(Error::conflict(
                Some("status"),
                ErrorCode::IllegalTransition,
                "only a planned or running transfer can be completed",
            )
            .with_param("from", transfer.status.as_str())
            .with_param("to", "done"));
        }
        let now = time::to_text(now);
        tx.prepare_cached(
            "UPDATE skill_transfers SET status = 'done', completed_at = ?2, updated_at = ?2
              WHERE id = ?1",
        )?
        .execute(params![id, now])?;
        // The column name comes from the closed set of skills, never from input text.
        let column = format!("skill_{}", transfer.skill.as_str());
        tx.execute(
            &format!(
                "UPDATE people SET {column} = max({column}, ?2), updated_at = ?3 WHERE id = ?1"
            ),
            params![transfer.person_id, transfer.to_level, now],
        )?;
        read(tx, client_id)
    })
}

pub fn delete_transfer(store: &Store, client_id: ClientId, id: TransferId) -> Result<Split> {
    store.write(|tx| {
        find(tx, client_id, id)?;
        tx.execute("DELETE FROM skill_transfers WHERE id = ?1", [id])?;
        read(tx, client_id)
    })
}

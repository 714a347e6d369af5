//! The shapes the calendar's files are written from and read into, kept apart
//! from the database so the writers and the parser are pure functions.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use serde::Serialize;

use super::ItemStatus;
use crate::error::{Error, ErrorCode, Result};
use crate::ids::ItemId;

/// One content item as it leaves Regia (iCalendar, CSV).
#[derive(Debug, Clone, PartialEq)]
pub struct ExportItem {
    /// Stable across exports: the UID is `<id>@regia.it`.
    pub id: ItemId,
    pub title: String,
    pub caption: String,
    pub notes: String,
    /// The channel's key (`instagram`, `custom:…`) and its name for people.
    pub channel: String,
    pub channel_label: String,
    pub pillar: Option<String>,
    pub objective: Option<String>,
    pub occasion: Option<String>,
    pub owner: Option<String>,
    pub status: ItemStatus,
    /// Bumped on every change, for iCalendar's SEQUENCE.
    pub sequence: u32,
    /// Wall-clock time in `timezone`; `None` for an item not yet placed.
    pub start: Option<NaiveDateTime>,
    /// IANA zone of the client (`Europe/Rome`).
    pub timezone: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// One item read from a CSV file, checked but not yet written.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportedItem {
    /// The file's line (1 = header) it came from.
    pub line: u32,
    pub channel: String,
    pub title: String,
    pub caption: String,
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    pub status: Option<ItemStatus>,
    pub pillar: Option<String>,
    pub notes: String,
}

/// Why a row of a CSV file cannot be imported.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RowError {
    /// The file's line (1 = header); 0 for the file as a whole.
    pub line: u32,
    /// The column's header as written in the file; empty for the whole row.
    pub column: String,
    pub code: ErrorCode,
    pub value: String,
    pub message: String,
}

/// What a CSV file would import: every good row, every bad one with why.
/// Nothing is written until the user confirms, and only when `errors` is empty.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    pub items: Vec<ImportedItem>,
    pub errors: Vec<RowError>,
    /// What was detected, said to the user: `;` or `,`, UTF-8 or Windows-1252.
    pub delimiter: String,
    pub encoding: String,
}

/// Refuses an import whose preview has errors: nothing is written.
pub(crate) fn refuse_errors(errors: &[RowError]) -> Result<()> {
    if errors.is_empty() {
        return Ok(());
    }
    Err(Error::conflict(
        None,
        ErrorCode::ImportHasErrors,
        "the file has rows with errors",
    )
    .with_param("count", errors.len()))
}

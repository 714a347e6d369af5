//! Timestamps are stored as RFC 3339 UTC text with milliseconds, so they sort
//! as text and read the same in `sqlite3`.

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::types::{FromSqlError, FromSqlResult, ValueRef};

pub fn to_text(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Reads a stored timestamp.
pub fn from_text(text: &str) -> crate::error::Result<DateTime<Utc>> {
    from_sql(ValueRef::Text(text.as_bytes())).map_err(|e| {
        crate::error::Error::conflict(
            None,
            crate::error::ErrorCode::Internal,
            format!("a stored time cannot be read: {e}"),
        )
    })
}

pub fn from_sql(value: ValueRef<'_>) -> FromSqlResult<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(value.as_str()?)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| FromSqlError::Other(Box::new(e)))
}

/// Reads a timestamp column by index from a row.
pub fn column(row: &rusqlite::Row<'_>, idx: usize) -> rusqlite::Result<DateTime<Utc>> {
    let value = row.get_ref(idx)?;
    from_sql(value)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, value.data_type(), Box::new(e)))
}

/// Reads a nullable timestamp column by index from a row.
pub fn optional_column(
    row: &rusqlite::Row<'_>,
    idx: usize,
) -> rusqlite::Result<Option<DateTime<Utc>>> {
    match row.get_ref(idx)? {
        ValueRef::Null => Ok(None),
        _ => column(row, idx).map(Some),
    }
}

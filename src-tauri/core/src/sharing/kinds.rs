//! What a value of each shared column must be for the screens to read it
//! back, and the check of a file's values against it.
//!
//! The schema says a column's type and its rules; it cannot say that text
//! is a time or JSON. A file altered and sealed again (anyone can make an
//! invitation: it carries its own key) could store such text, and the
//! screens that read it would fail for good. So before a changeset is
//! applied, every value it writes (an insert's columns, an update's changed
//! ones) is held to its column's kind, in exactly the form Regia's writers
//! give it: a file with any other value is refused whole. Values already
//! here were written by this install, and the rest of what applying does
//! (merging, repairing references) only moves values the file carries or
//! sets references to NULL, so the file's values are all there is to check.
//! (Text that is not UTF-8 is refused before, as the changes are read.)
//!
//! The kind comes from the declared type (`PRAGMA table_info`) and the
//! migrations' naming: `id` and `*_id` are row ids, `*_at` instants,
//! `*_on` dates, `*_local` wall-clock times. The JSON columns, and the few
//! columns named otherwise, are listed here. Whether a value may be NULL,
//! or must be one of a few words or within a range, is the schema's to say
//! (its CHECKs).

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use rusqlite::types::Value;
use serde::de::DeserializeOwned;

use super::tables::{self, Change, Layouts, Op};
use crate::calendar::wallclock::LOCAL_FORMAT;
use crate::error::Result;
use crate::people::Skill;
use crate::questionnaire::{AnswerValue, ChoiceOption};
use crate::strategy::StrategyDocument;
use crate::time;

#[derive(Debug, Clone, Copy)]
pub(crate) enum Kind {
    /// Any text.
    Text,
    /// A row id: a UUID, hyphenated lowercase (`ids`).
    Id,
    /// An instant as `time::to_text` writes it.
    Instant,
    /// A day, `YYYY-MM-DD`.
    Date,
    /// A wall-clock time in the client's zone, `YYYY-MM-DDTHH:MM`.
    Local,
    /// A time of day, `HH:MM`.
    Clock,
    /// JSON its reader parses into one type.
    Json(Parses),
    /// A count, position, level or sequence: never negative, and within
    /// the `u32` some readers take it as (an item's iCal sequence).
    Integer,
    /// Any number.
    Real,
}

/// Whether a text parses as what a column's reader expects.
type Parses = fn(&str) -> bool;

/// Columns of JSON, and what their readers parse them into.
const JSON: &[(&str, &str, Parses)] = &[
    (
        "questionnaire_questions",
        "options",
        parses::<Vec<ChoiceOption>>,
    ),
    ("questionnaire_answers", "value", parses::<AnswerValue>),
    ("strategy_versions", "content", parses::<StrategyDocument>),
    ("decisions", "options", parses::<Vec<String>>),
    ("split_activities", "skills", parses::<Vec<Skill>>),
    ("review_items", "detail", parses::<BTreeMap<String, String>>),
];

fn parses<T: DeserializeOwned>(text: &str) -> bool {
    serde_json::from_str::<T>(text).is_ok()
}

/// `parse` reads `text`, and `write` gives exactly `text` back: the one
/// form Regia writes, which queries compare and sort as text.
fn canonical<T>(
    text: &str,
    parse: impl Fn(&str) -> Option<T>,
    write: impl Fn(T) -> String,
) -> bool {
    parse(text).is_some_and(|value| write(value) == text)
}

impl Kind {
    pub fn of(table: &str, column: &str, declared: &str) -> Self {
        if let Some((_, _, parses)) = JSON.iter().find(|(t, c, _)| *t == table && *c == column) {
            return Self::Json(*parses);
        }
        match declared {
            "INTEGER" => Self::Integer,
            "REAL" => Self::Real,
            // A decision's or a review item's subject may be an occasion's
            // reference (`fixed:halloween:2026`), not a row.
            _ if column == "subject_id" => Self::Text,
            _ if column == "id"
                || column.ends_with("_id")
                || matches!(column, "supersedes" | "superseded_by") =>
            {
                Self::Id
            }
            _ if column.ends_with("_at") => Self::Instant,
            _ if column.ends_with("_on")
                || matches!(column, "due_date" | "deadline" | "period_start") =>
            {
                Self::Date
            }
            _ if column.ends_with("_local") => Self::Local,
            _ if column == "time" => Self::Clock,
            _ => Self::Text,
        }
    }

    /// Whether `value` is of this kind. NULL always is: whether a column
    /// may be NULL is the schema's to say. A value of another type than
    /// the column's never is: a genuine changeset carries values as the
    /// STRICT tables stored them.
    pub fn admits(self, value: &Value) -> bool {
        match (self, value) {
            (_, Value::Null) | (Self::Text, Value::Text(_)) => true,
            (Self::Integer, Value::Integer(n)) => u32::try_from(*n).is_ok(),
            (Self::Real, Value::Real(_) | Value::Integer(_)) => true,
            (Self::Id, Value::Text(t)) => {
                canonical(t, |t| uuid::Uuid::parse_str(t).ok(), |id| id.to_string())
            }
            (Self::Instant, Value::Text(t)) => {
                canonical(t, |t| time::from_text(t).ok(), time::to_text)
            }
            (Self::Date, Value::Text(t)) => canonical(
                t,
                |t| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok(),
                |d| d.format("%Y-%m-%d").to_string(),
            ),
            (Self::Local, Value::Text(t)) => canonical(
                t,
                |t| NaiveDateTime::parse_from_str(t, LOCAL_FORMAT).ok(),
                |t| t.format(LOCAL_FORMAT).to_string(),
            ),
            (Self::Clock, Value::Text(t)) => canonical(
                t,
                |t| NaiveTime::parse_from_str(t, "%H:%M").ok(),
                |t| t.format("%H:%M").to_string(),
            ),
            (Self::Json(parses), Value::Text(t)) => parses(t),
            _ => false,
        }
    }

    fn what(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Id => "an id",
            Self::Instant => "a time as Regia writes it",
            Self::Date => "a date as Regia writes it",
            Self::Local => "a wall-clock time as Regia writes it",
            Self::Clock => "a time of day as Regia writes it",
            Self::Json(_) => "the JSON its screen reads",
            Self::Integer => "a count",
            Self::Real => "a number",
        }
    }
}

/// Refuses the file when a value it writes is not of its column's kind.
pub(crate) fn check(layouts: &Layouts, changes: &[Change]) -> Result<()> {
    for change in changes.iter().filter(|c| c.op != Op::Delete) {
        let Some(layout) = tables::shared(&change.table).and_then(|t| layouts.get(t.name)) else {
            continue;
        };
        for ((value, kind), column) in change.new.iter().zip(&layout.kinds).zip(&layout.columns) {
            if let Some(value) = value
                && !kind.admits(value)
            {
                return Err(tables::malformed(format!(
                    "{}.{column} is not {}",
                    change.table,
                    kind.what()
                )));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use rusqlite::types::Value;

    use super::{JSON, Kind};
    use crate::sharing::tables::{self, Layouts};
    use crate::store::Store;

    fn layouts() -> Layouts {
        Store::open_in_memory()
            .unwrap()
            .read(|conn| tables::layouts(conn))
            .unwrap()
    }

    fn text(t: &str) -> Value {
        Value::Text(t.to_owned())
    }

    #[test]
    fn every_json_column_listed_is_a_column_of_a_shared_table() {
        let layouts = layouts();
        for (table, column, _) in JSON {
            let layout = &layouts[table];
            let i = layout
                .index(column)
                .unwrap_or_else(|| panic!("{table}.{column}"));
            assert!(matches!(layout.kinds[i], Kind::Json(_)), "{table}.{column}");
        }
    }

    #[test]
    fn a_value_is_held_to_the_form_regia_writes() {
        let layouts = layouts();
        let cases = [
            (
                "people",
                "updated_at",
                text("2026-11-24T10:00:00.000Z"),
                true,
            ),
            ("people", "updated_at", text("2026-11-24T10:00:00Z"), false),
            (
                "people",
                "updated_at",
                text("2026-11-24T11:00:00.000+01:00"),
                false,
            ),
            ("people", "updated_at", Value::Integer(1_790_000_000), false),
            ("content_items", "deleted_at", Value::Null, true),
            (
                "people",
                "id",
                text("0190b3a2-0000-7000-8000-000000000001"),
                true,
            ),
            (
                "people",
                "id",
                text("0190B3A2-0000-7000-8000-000000000001"),
                false,
            ),
            (
                "people",
                "id",
                text("0190b3a200007000800000000000000001"),
                false,
            ),
            ("decisions", "supersedes", text("Forno Rossi"), false),
            (
                "decisions",
                "subject_id",
                text("fixed:halloween:2026"),
                true,
            ),
            ("occasions", "starts_on", text("2026-12-08"), true),
            ("occasions", "starts_on", text("2026-12-8"), false),
            ("occasions", "starts_on", text("2026-02-30"), false),
            ("strategy_objectives", "deadline", text("31/12/2026"), false),
            (
                "content_items",
                "planned_local",
                text("2026-12-08T10:00"),
                true,
            ),
            (
                "content_items",
                "planned_local",
                text("2026-12-08T10:00:00"),
                false,
            ),
            ("calendar_slots", "time", text("09:30"), true),
            ("calendar_slots", "time", text("9:30"), false),
            ("decisions", "options", text(r#"["Sì","No"]"#), true),
            ("decisions", "options", text(r#"{"Sì":1}"#), false),
            (
                "questionnaire_answers",
                "value",
                text(r#"{"kind":"scale","value":4}"#),
                true,
            ),
            (
                "questionnaire_answers",
                "value",
                text(r#"{"kind":"scale","value":400}"#),
                false,
            ),
            ("split_activities", "skills", text(r#"["photo"]"#), true),
            ("split_activities", "skills", text(r#"["juggling"]"#), false),
            ("content_items", "sequence", Value::Integer(3), true),
            ("content_items", "sequence", Value::Integer(-1), false),
            (
                "strategy_versions",
                "number",
                Value::Integer(i64::MAX),
                false,
            ),
            ("people", "weekly_hours", Value::Real(12.5), true),
            ("people", "weekly_hours", text("12,5"), false),
            ("people", "name", text("Giulia"), true),
            ("people", "name", Value::Blob(b"Giulia".to_vec()), false),
        ];
        for (table, column, value, admitted) in cases {
            let layout = &layouts[table];
            let kind = layout.kinds[layout.index(column).unwrap()];
            assert_eq!(
                kind.admits(&value),
                admitted,
                "{table}.{column} = {value:?}"
            );
        }
    }
}

//! The occasions layer: the business's own events and seasons (added by hand
//! or taken from the questionnaire's key dates, one-off or yearly, single
//! days or ranges) together with the fixed ones (Italian holidays and
//! marketing days, see [`super::holidays`]). Each occasion can seed an idea.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::ItemStatus;
use super::holidays::{self, OccasionKind};
use super::items::{self, CalendarItem, ItemInput};
use crate::error::{Error, ErrorCode, Result};
use crate::ids::{ClientId, OccasionId, QuestionId};
use crate::questionnaire::{self, AnswerValue, parse_date};
use crate::store::Store;
use crate::text::{self, MAX_SHORT};
use crate::{clients, time};

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Occasion {
    pub id: OccasionId,
    pub client_id: ClientId,
    pub name: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// Comes back every year on the same days.
    pub yearly: bool,
    pub source_question_id: Option<QuestionId>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct OccasionInput {
    pub name: String,
    /// As typed (`dd/mm/yyyy` or ISO).
    pub starts_on: String,
    /// Empty for a single day.
    pub ends_on: String,
    pub yearly: bool,
}

/// Where an occasion on the calendar comes from.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OccasionSource {
    /// An Italian holiday or a marketing day; the UI names it by `key`.
    Fixed { key: String, fixed: OccasionKind },
    /// The business's own.
    Own { id: OccasionId, name: String },
}

/// One occasion as it falls in a range of days.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CalendarOccasion {
    /// Stable reference stored on the items planned for it:
    /// `fixed:<key>:<year>` or `own:<id>:<year>`.
    pub reference: String,
    pub source: OccasionSource,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

fn check(input: &OccasionInput) -> Result<(String, NaiveDate, NaiveDate)> {
    let name = text::required("name", &input.name, MAX_SHORT)?;
    let day = |field: &str, typed: &str| {
        parse_date(typed).ok_or_else(|| {
            Error::invalid(
                field,
                ErrorCode::InvalidDate,
                format!("\"{typed}\" is not a date"),
            )
            .with_param("value", typed)
        })
    };
    let starts = day("startsOn", &input.starts_on)?;
    let ends = if input.ends_on.trim().is_empty() {
        starts
    } else {
        day("endsOn", &input.ends_on)?
    };
    if ends < starts {
        return Err(Error::invalid(
            "endsOn",
            ErrorCode::DeadlineBeforeStart,
            "the end is before the start",
        )
        .with_param("start", starts));
    }
    if !(2000..=2100).contains(&starts.year()) || (ends - starts).num_days() > 366 {
        return Err(Error::invalid(
            "endsOn",
            ErrorCode::OutOfRange,
            "an occasion lasts at most a year",
        )
        .with_param("min", 1)
        .with_param("max", 366));
    }
    Ok((name, starts, ends))
}

const COLUMNS: &str = "id, client_id, name, starts_on, ends_on, yearly, source_question_id";

fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Occasion> {
    Ok(Occasion {
        id: row.get(0)?,
        client_id: row.get(1)?,
        name: row.get(2)?,
        starts_on: row.get(3)?,
        ends_on: row.get(4)?,
        yearly: row.get(5)?,
        source_question_id: row.get(6)?,
    })
}

pub fn list(store: &Store, client_id: ClientId) -> Result<Vec<Occasion>> {
    store.read(|conn| own(conn, client_id))
}

fn own(conn: &Connection, client_id: ClientId) -> Result<Vec<Occasion>> {
    clients::find(conn, client_id)?;
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM occasions WHERE client_id = ?1 ORDER BY starts_on, name"
        ))?
        .query_map([client_id], from_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// Adds (no `id`) or edits an occasion of the business.
pub fn save(
    store: &Store,
    client_id: ClientId,
    id: Option<OccasionId>,
    input: &OccasionInput,
    now: DateTime<Utc>,
) -> Result<Occasion> {
    let (name, starts, ends) = check(input)?;
    store.write(|tx| {
        clients::find(tx, client_id)?;
        let id = match id {
            Some(id) => {
                let changed = tx
                    .prepare_cached(
                        "UPDATE occasions SET name = ?3, starts_on = ?4, ends_on = ?5, yearly = ?6, updated_at = ?7
                          WHERE id = ?1 AND client_id = ?2",
                    )?
                    .execute(params![id, client_id, name, starts, ends, input.yearly, time::to_text(now)])?;
                if changed == 0 {
                    return Err(Error::not_found("occasion", id));
                }
                id
            }
            None => insert(tx, client_id, &name, starts, ends, input.yearly, None, now)?,
        };
        tx.prepare_cached(&format!("SELECT {COLUMNS} FROM occasions WHERE id = ?1"))?
            .query_row([id], from_row)
            .optional()?
            .ok_or_else(|| Error::not_found("occasion", id))
    })
}

#[allow(clippy::too_many_arguments)]
fn insert(
    conn: &Connection,
    client_id: ClientId,
    name: &str,
    starts: NaiveDate,
    ends: NaiveDate,
    yearly: bool,
    source: Option<QuestionId>,
    now: DateTime<Utc>,
) -> Result<OccasionId> {
    let id = OccasionId::new();
    conn.prepare_cached(
        "INSERT INTO occasions (id, client_id, name, starts_on, ends_on, yearly, source_question_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
    )?
    .execute(params![id, client_id, name, starts, ends, yearly, source, time::to_text(now)])?;
    Ok(id)
}

pub fn delete(store: &Store, id: OccasionId) -> Result<()> {
    store.write(|tx| {
        if tx.execute("DELETE FROM occasions WHERE id = ?1", [id])? == 0 {
            return Err(Error::not_found("occasion", id));
        }
        Ok(())
    })
}

/// The same days in another year (29 February becomes 28 when it must).
fn in_year(day: NaiveDate, year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, day.month(), day.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, day.month(), day.day().saturating_sub(1)))
}

/// Every occasion, fixed and own, that touches the days `from..=to`.
pub fn between(
    store: &Store,
    client_id: ClientId,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<CalendarOccasion>> {
    store.read(|conn| between_on(conn, client_id, from, to))
}

pub(crate) fn between_on(
    conn: &Connection,
    client_id: ClientId,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<CalendarOccasion>> {
    if (to - from).num_days() > 400 || to < from {
        return Err(
            Error::invalid("to", ErrorCode::OutOfRange, "a range of at most 400 days")
                .with_param("min", 0)
                .with_param("max", 400),
        );
    }
    let mine = own(conn, client_id)?;
    let mut out: Vec<CalendarOccasion> = holidays::occasions_between(from, to)
        .into_iter()
        .map(|o| CalendarOccasion {
            reference: format!("fixed:{}:{}", o.key, o.date.year()),
            source: OccasionSource::Fixed {
                key: o.key.to_owned(),
                fixed: o.kind,
            },
            from: o.date,
            to: o.end,
        })
        .collect();
    for o in mine {
        let years: Vec<i32> = if o.yearly {
            (from.year() - 1..=to.year()).collect()
        } else {
            vec![o.starts_on.year()]
        };
        for year in years {
            let shift = year - o.starts_on.year();
            let (Some(start), Some(end)) = (
                in_year(o.starts_on, year),
                in_year(o.ends_on, o.ends_on.year() + shift),
            ) else {
                continue;
            };
            if start <= to && end >= from {
                out.push(CalendarOccasion {
                    reference: format!("own:{}:{year}", o.id),
                    source: OccasionSource::Own {
                        id: o.id,
                        name: o.name.clone(),
                    },
                    from: start,
                    to: end,
                });
            }
        }
    }
    out.sort_by(|a, b| a.from.cmp(&b.from).then(a.reference.cmp(&b.reference)));
    Ok(out)
}

/// "Plan content for this": an idea on the occasion's first day, linked to it.
pub fn plan_for(
    store: &Store,
    client_id: ClientId,
    reference: &str,
    day: NaiveDate,
    title: &str,
    channel: &str,
    now: DateTime<Utc>,
) -> Result<Vec<CalendarItem>> {
    let reference = text::required("occasion", reference, MAX_SHORT)?;
    let input = ItemInput {
        channels: vec![channel.to_owned()],
        title: title.to_owned(),
        caption: String::new(),
        date: day.to_string(),
        time: String::new(),
        status: ItemStatus::Idea,
        pillar_id: None,
        objective_id: None,
        occasion: Some(reference),
        owner_id: None,
        activity_id: None,
        notes: String::new(),
    };
    items::create(store, client_id, &input, now)
}

/// Occasions the questionnaire suggests: the next important date, and each
/// line of the key dates that carries a day (`15/08`, `15/08/2027`, `15-08`).
pub fn from_questionnaire(
    store: &Store,
    client_id: ClientId,
    now: DateTime<Utc>,
) -> Result<Vec<OccasionInput>> {
    let questionnaire = questionnaire::load(store, client_id, now)?;
    let existing = list(store, client_id)?;
    let mut out = Vec::new();
    let year = now.year();
    for q in questionnaire.sections.iter().flat_map(|s| &s.questions) {
        let Some(answer) = &q.answer else { continue };
        match (q.template_key.as_deref(), &answer.value) {
            (Some("rhythm.next_event"), AnswerValue::Date(day)) => out.push(OccasionInput {
                name: q
                    .prompt
                    .it
                    .trim_end_matches('?')
                    .chars()
                    .take(MAX_SHORT)
                    .collect(),
                starts_on: day.to_string(),
                ends_on: String::new(),
                yearly: false,
            }),
            (Some("rhythm.key_dates"), AnswerValue::Text(lines)) => {
                for line in lines.lines().map(str::trim).filter(|l| !l.is_empty()) {
                    if let Some((day, rest)) = day_in(line, year) {
                        let name = rest.trim_matches(|c: char| {
                            c == '-' || c == ':' || c == ',' || c.is_whitespace()
                        });
                        out.push(OccasionInput {
                            name: if name.is_empty() {
                                line.to_owned()
                            } else {
                                name.chars().take(MAX_SHORT).collect()
                            },
                            starts_on: day.to_string(),
                            ends_on: String::new(),
                            yearly: true,
                        });
                    }
                }
            }
            _ => {}
        }
    }
    out.retain(|o| {
        !existing
            .iter()
            .any(|e| text::name_key(&e.name) == text::name_key(&o.name))
    });
    Ok(out)
}

/// The first `dd/mm` (or `dd/mm/yyyy`, `dd-mm`, `dd.mm`) in a line, and the line without it.
fn day_in(line: &str, year: i32) -> Option<(NaiveDate, String)> {
    let words: Vec<&str> = line.split_whitespace().collect();
    for (i, word) in words.iter().enumerate() {
        let w = word.trim_matches(|c: char| !c.is_ascii_digit());
        let parts: Vec<&str> = w.split(['/', '-', '.']).collect();
        let day = match parts.as_slice() {
            [d, m] => d
                .parse()
                .ok()
                .zip(m.parse().ok())
                .and_then(|(d, m)| NaiveDate::from_ymd_opt(year, m, d)),
            [d, m, y] if y.len() == 4 => parse_date(&format!("{d}/{m}/{y}")),
            _ => None,
        };
        if let Some(day) = day {
            let rest: Vec<&str> = words
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, w)| *w)
                .collect();
            return Some((day, rest.join(" ")));
        }
    }
    None
}

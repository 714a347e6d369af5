//! Wall-clock time in the client's zone. The user plans "Tuesday at 12:30"
//! where the business is; Regia stores that text and the UTC instant it
//! means. A time that does not exist (the spring-forward hour in
//! Europe/Rome) is refused when typed and moved forward by the gap when an
//! item is dragged; a time that exists twice (the fall-back hour) is the
//! first of the two.

use chrono::{
    DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc,
};
use chrono_tz::Tz;
use rusqlite::Row;

use crate::error::{Error, ErrorCode, Result};
use crate::questionnaire::parse_date;

/// The time an item gets when only its day is given.
pub const DEFAULT_TIME: NaiveTime = match NaiveTime::from_hms_opt(10, 0, 0) {
    Some(t) => t,
    None => NaiveTime::MIN,
};

pub(crate) fn local_column(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<NaiveDateTime>> {
    let text: Option<String> = row.get(idx)?;
    text.map(|t| {
        NaiveDateTime::parse_from_str(&t, LOCAL_FORMAT).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e))
        })
    })
    .transpose()
}

/// How a wall-clock time is stored: sortable text, minutes precision.
pub(crate) const LOCAL_FORMAT: &str = "%Y-%m-%dT%H:%M";

/// Where a typed wall-clock time falls, in the client's zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    /// A time that does not exist is an error (typed by the user).
    Refuse,
    /// A time that does not exist moves forward by the gap (a dragged item).
    MoveForward,
}

/// The UTC instant of a wall-clock time in `zone`.
pub fn resolve(zone: Tz, local: NaiveDateTime, gap: Gap) -> Result<DateTime<Utc>> {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        // The fall-back hour happens twice: the first one is meant.
        LocalResult::Ambiguous(first, _) => Ok(first.with_timezone(&Utc)),
        LocalResult::None => match gap {
            Gap::Refuse => Err(Error::invalid(
                "time",
                ErrorCode::NonexistentTime,
                format!("{local} does not exist in {zone}: the clocks go forward"),
            )
            .with_param("date", local.date())
            .with_param("time", local.time().format("%H:%M"))),
            Gap::MoveForward => {
                // Read the time with the offset in force just before the gap, as
                // calendars do: 02:30 on the spring-forward night becomes 03:30.
                (1..=24)
                    .find_map(|hours| {
                        zone.from_local_datetime(&(local - Duration::hours(hours)))
                            .single()
                    })
                    .map(|before| {
                        let offset = i64::from(before.offset().fix().local_minus_utc());
                        Utc.from_utc_datetime(&(local - Duration::seconds(offset)))
                    })
                    .ok_or_else(|| {
                        Error::invalid("time", ErrorCode::NonexistentTime, "no such time")
                    })
            }
        },
    }
}

pub(crate) fn parse_time(typed: &str) -> Option<NaiveTime> {
    let typed = typed.trim();
    NaiveTime::parse_from_str(typed, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(typed, "%H.%M"))
        .ok()
}

/// A typed date and time as a wall-clock time; `None` when no date is given.
pub(crate) fn planned(date: &str, time: &str) -> Result<Option<NaiveDateTime>> {
    if date.trim().is_empty() {
        return Ok(None);
    }
    let day = parse_date(date).ok_or_else(|| {
        Error::invalid(
            "date",
            ErrorCode::InvalidDate,
            format!("\"{date}\" is not a date"),
        )
        .with_param("value", date)
    })?;
    check_year(day)?;
    let at = if time.trim().is_empty() {
        DEFAULT_TIME
    } else {
        parse_time(time).ok_or_else(|| {
            Error::invalid(
                "time",
                ErrorCode::InvalidTime,
                format!("\"{time}\" is not a time"),
            )
            .with_param("value", time)
        })?
    };
    Ok(Some(day.and_time(at)))
}

pub(crate) fn check_year(day: NaiveDate) -> Result<()> {
    use chrono::Datelike;
    if (2000..=2100).contains(&day.year()) {
        Ok(())
    } else {
        Err(Error::invalid(
            "date",
            ErrorCode::OutOfRange,
            "the year must be between 2000 and 2100",
        )
        .with_param("min", 2000)
        .with_param("max", 2100))
    }
}

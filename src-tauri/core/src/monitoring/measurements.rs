//! Recording one value: typed as people type it (`1.234,5`), for a period
//! given by any of its days, refused when negative; a second value for the
//! same place only with the user's say-so.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::{MAX_VALUE, Monitoring, Period, find_metric, metrics, read};
use crate::error::{Error, ErrorCode, Result};
use crate::ids::{ClientId, MeasurementId};
use crate::questionnaire::parse_date;
use crate::store::Store;
use crate::{clients, text, time};

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Measurement {
    pub id: MeasurementId,
    pub channel: String,
    pub metric: String,
    pub period: Period,
    pub starts_on: NaiveDate,
    pub value: f64,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct MeasurementInput {
    /// A channel key of the plan, or '' for the business as a whole.
    pub channel: String,
    pub metric: String,
    pub period: Period,
    /// Any day of the period, ISO or Italian (`03/11/2026`).
    pub day: String,
    /// As typed; empty removes the value.
    pub value: String,
    /// Set once the user has confirmed replacing the value already there.
    pub replace: bool,
}

pub(crate) fn of_client(conn: &Connection, client_id: ClientId) -> Result<Vec<Measurement>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, channel, metric, period, starts_on, value FROM measurements
              WHERE client_id = ?1 ORDER BY starts_on, channel, metric, period",
        )?
        .query_map([client_id], |row| {
            Ok(Measurement {
                id: row.get(0)?,
                channel: row.get(1)?,
                metric: row.get(2)?,
                period: row.get(3)?,
                starts_on: row.get(4)?,
                value: row.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

/// A typed value: a number, not negative, not absurd.
pub(crate) fn value(field: &str, typed: &str) -> Result<f64> {
    let n = text::amount(field, typed)?
        .ok_or_else(|| Error::invalid(field, ErrorCode::Required, "must not be empty"))?;
    if n > MAX_VALUE {
        return Err(Error::invalid(field, ErrorCode::OutOfRange, "too large")
            .with_param("min", 0)
            .with_param("max", MAX_VALUE));
    }
    Ok(n)
}

/// Whether `key` is '' or a channel of the client's plan.
pub(crate) fn known_channel(conn: &Connection, client_id: ClientId, key: &str) -> Result<bool> {
    Ok(key.is_empty()
        || conn
            .prepare_cached(
                "SELECT 1 FROM strategy_channels WHERE client_id = ?1 AND channel = ?2",
            )?
            .query_row(params![client_id, key], |_| Ok(()))
            .optional()?
            .is_some())
}

pub(crate) fn existing(
    conn: &Connection,
    client_id: ClientId,
    (channel, metric, period, starts_on): (&str, &str, Period, NaiveDate),
) -> Result<Option<f64>> {
    Ok(conn
        .prepare_cached(
            "SELECT value FROM measurements
              WHERE client_id = ?1 AND channel = ?2 AND metric = ?3 AND period = ?4 AND starts_on = ?5",
        )?
        .query_row(params![client_id, channel, metric, period, starts_on], |row| {
            row.get(0)
        })
        .optional()?)
}

/// Writes a value, replacing the one there (the caller has checked it may).
pub(crate) fn upsert(
    conn: &Connection,
    client_id: ClientId,
    (channel, metric, period, starts_on): (&str, &str, Period, NaiveDate),
    value: f64,
    source: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO measurements (id, client_id, channel, metric, period, starts_on, value, source,
                created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)
         ON CONFLICT (client_id, channel, metric, period, starts_on) DO UPDATE
            SET value = excluded.value, source = excluded.source, updated_at = excluded.updated_at",
    )?
    .execute(params![
        MeasurementId::new(),
        client_id,
        channel,
        metric,
        period,
        starts_on,
        value,
        source,
        time::to_text(now)
    ])?;
    Ok(())
}

/// Records (or, with an empty value, removes) one value. A different value
/// already recorded for the same place is refused with
/// [`ErrorCode::DuplicateMeasurement`] (its value in the params) until the
/// user confirms with `replace`.
pub fn save_measurement(
    store: &Store,
    client_id: ClientId,
    input: &MeasurementInput,
    now: DateTime<Utc>,
) -> Result<Monitoring> {
    let day = parse_date(&input.day).ok_or_else(|| {
        Error::invalid(
            "day",
            ErrorCode::InvalidDate,
            format!("\"{}\" is not a date", input.day),
        )
        .with_param("value", &input.day)
    })?;
    let starts_on = input.period.start_of(day);
    let typed = input.value.trim();
    let new_value = if typed.is_empty() {
        None
    } else {
        Some(value("value", typed)?)
    };
    store.write(|tx| {
        clients::find(tx, client_id)?;
        let all = metrics(tx, client_id)?;
        let metric = find_metric(&all, &input.metric)
            .ok_or_else(|| {
                Error::invalid(
                    "metric",
                    ErrorCode::InvalidChoice,
                    format!("unknown metric {}", input.metric),
                )
                .with_param("value", &input.metric)
            })?
            .key
            .clone();
        let channel = input.channel.trim();
        if !known_channel(tx, client_id, channel)? {
            return Err(Error::invalid(
                "channel",
                ErrorCode::InvalidChoice,
                format!("{channel} is not in the plan"),
            )
            .with_param("value", channel));
        }
        let place = (channel, metric.as_str(), input.period, starts_on);
        match (new_value, existing(tx, client_id, place)?) {
            (None, _) => {
                tx.prepare_cached(
                    "DELETE FROM measurements
                      WHERE client_id = ?1 AND channel = ?2 AND metric = ?3 AND period = ?4
                        AND starts_on = ?5",
                )?
                .execute(params![
                    client_id,
                    channel,
                    metric,
                    input.period,
                    starts_on
                ])?;
            }
            (Some(new), Some(old)) if new != old && !input.replace => {
                return Err(Error::conflict(
                    Some("value"),
                    ErrorCode::DuplicateMeasurement,
                    format!("{old} is already recorded for this period"),
                )
                .with_param("existing", old)
                .with_param("period", starts_on));
            }
            (Some(new), _) => upsert(tx, client_id, place, new, "manual", now)?,
        }
        read(tx, client_id, now)
    })
}

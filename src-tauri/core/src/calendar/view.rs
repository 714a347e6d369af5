//! The calendar's reads: the items of a range of days, for one client or for
//! every active client (the agency's overview). Each read is a range scan on
//! the (client_id, planned_at, planned_local) or (planned_at, planned_local,
//! client_id) index and returns a compact entry per item; the editor loads
//! the whole item on demand.

use std::rc::Rc;

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use rusqlite::params_from_iter;
use rusqlite::types::Value;
use rusqlite::vtab::array::Array;
use serde::{Deserialize, Serialize};

use super::ItemStatus;
use super::wallclock::{LOCAL_FORMAT, local_column};
use crate::enums::Side;
use crate::error::{Error, ErrorCode, Result};
use crate::ids::{ClientId, ItemId, ObjectiveId, PillarId};
use crate::store::Store;

/// What a calendar view draws of an item, and nothing more: a dense month
/// carries thousands, and the web view's IPC moves about 80 MB/s, so every
/// field costs (the filters are applied here; the editor loads the whole item).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CalendarEntry {
    pub id: ItemId,
    pub client_id: ClientId,
    pub channel: String,
    pub title: String,
    pub planned_local: NaiveDateTime,
    pub status: ItemStatus,
}

#[derive(Debug, Clone, Default, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CalendarQuery {
    /// `None`: every client that is not archived (the agency's overview).
    pub client_id: Option<ClientId>,
    /// First and last day shown, inclusive, as wall-clock dates.
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub channels: Vec<String>,
    pub statuses: Vec<ItemStatus>,
    pub pillar_id: Option<PillarId>,
    pub objective_id: Option<ObjectiveId>,
    pub owner_side: Option<Side>,
}

/// Longest range one read may cover: a view shows at most six weeks.
pub const MAX_DAYS: i64 = 93;

/// Most items a grid view may ask to draw on one day.
pub const MAX_PER_DAY: u32 = 100;

/// One day of a grid view (the month, the week): how many items the day holds
/// and the first `per_day` of them in time order, which are all a cell draws.
/// A month of 2,000 items is then about a hundred chips over IPC, not 2,000.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CalendarDay {
    pub day: NaiveDate,
    pub count: u32,
    pub entries: Vec<GridChip>,
}

/// An item as a grid cell draws it: a [`CalendarEntry`] without what the
/// cell already knows, its day (the [`CalendarDay`]'s) and, when the read
/// covers one client, the client. The dense month is about a third smaller.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct GridChip {
    pub id: ItemId,
    /// Only in the agency's overview, where a day holds many clients; left
    /// out of one client's reads, not sent as `null` (the dense month is
    /// 1.8 of 18.7 KiB lighter).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[specta(optional)]
    pub client_id: Option<ClientId>,
    pub channel: String,
    pub title: String,
    pub time: NaiveTime,
    pub status: ItemStatus,
}

impl GridChip {
    /// The chip of `entry` in a read of `q`.
    pub fn of(entry: CalendarEntry, q: &CalendarQuery) -> Self {
        Self {
            id: entry.id,
            client_id: q.client_id.is_none().then_some(entry.client_id),
            channel: entry.channel,
            title: entry.title,
            time: entry.planned_local.time(),
            status: entry.status,
        }
    }
}

/// The days of `q` that hold items, each with its count and its first
/// `per_day` entries in the order of [`entries`]; days without items are left out.
///
/// A dense month holds thousands of items and a cell draws three: the count
/// and the order are read from the index alone (it holds the wall-clock
/// time), and only the rows a cell draws are read whole.
pub fn days(store: &Store, q: &CalendarQuery, per_day: u32) -> Result<Vec<CalendarDay>> {
    if !(1..=MAX_PER_DAY).contains(&per_day) {
        return Err(Error::invalid(
            "perDay",
            ErrorCode::OutOfRange,
            "a grid draws from 1 to 100 items a day",
        )
        .with_param("min", 1)
        .with_param("max", MAX_PER_DAY));
    }
    let per_day = per_day as usize;
    let (sql, args) = selection(q, "i.rowid, i.planned_local")?;
    store.read(|conn| {
        // Every item of the range: its row and wall-clock time (index only).
        let mut stmt = conn.prepare_cached(&sql)?;
        let mut found: Vec<(String, i64)> = stmt
            .query_map(params_from_iter(args.iter()), |row| {
                Ok((row.get::<_, String>(1)?, row.get(0)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        // LOCAL_FORMAT is fixed-width, so text order is time order.
        found.sort_unstable();
        // Per day, the count and the rows that may be among its first
        // `per_day`: every row up to the time of the per_day-th, ties
        // included (the order within a minute is by id, known once read).
        let mut counts: Vec<usize> = Vec::new();
        let mut wanted: Vec<i64> = Vec::new();
        let mut from = 0;
        while from < found.len() {
            let local = found[from].0.as_str();
            let date = local.get(..DATE_LEN).unwrap_or(local);
            let to = from
                + found[from..]
                    .iter()
                    .take_while(|(local, _)| local.starts_with(date))
                    .count();
            let last = found[(from + per_day).min(to) - 1].0.as_str();
            wanted.extend(
                found[from..to]
                    .iter()
                    .take_while(|(local, _)| local.as_str() <= last)
                    .map(|&(_, rowid)| rowid),
            );
            counts.push(to - from);
            from = to;
        }
        let mut chips = read_rows(conn, &wanted)?;
        chips.sort_unstable_by_key(|e| (e.planned_local, e.id));
        let mut chips = chips.into_iter().peekable();
        let mut out = Vec::with_capacity(counts.len());
        for count in counts {
            // Every day counted has its first rows among the chips, in the
            // same order: the next chip names the day.
            let Some(day) = chips.peek().map(|e| e.planned_local.date()) else {
                break;
            };
            let mut entries = Vec::with_capacity(per_day.min(count));
            while let Some(entry) = chips.next_if(|e| e.planned_local.date() == day) {
                if entries.len() < per_day {
                    entries.push(GridChip::of(entry, q));
                }
            }
            out.push(CalendarDay {
                day,
                count: u32::try_from(count).unwrap_or(u32::MAX),
                entries,
            });
        }
        Ok(out)
    })
}

/// Length of the date that starts a wall-clock value (`YYYY-MM-DD`).
const DATE_LEN: usize = 10;

/// The columns of [`CalendarEntry`], in the order [`entry`] reads them.
const ENTRY_COLUMNS: &str = "i.id, i.client_id, i.channel, i.title, i.planned_local, i.status";

fn entry(row: &rusqlite::Row<'_>) -> rusqlite::Result<CalendarEntry> {
    Ok(CalendarEntry {
        id: row.get(0)?,
        client_id: row.get(1)?,
        channel: row.get(2)?,
        title: row.get(3)?,
        planned_local: local_column(row, 4)?.unwrap_or_default(),
        status: row.get(5)?,
    })
}

/// The entries of the given rows, in no particular order.
fn read_rows(conn: &rusqlite::Connection, rowids: &[i64]) -> Result<Vec<CalendarEntry>> {
    let rowids: Array = Rc::new(rowids.iter().copied().map(Value::from).collect());
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ENTRY_COLUMNS} FROM content_items i WHERE i.rowid IN rarray(?1)"
    ))?;
    let rows = stmt.query_map([rowids], entry)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The items planned from `from` to `to` (wall-clock days), in time order.
pub fn entries(store: &Store, q: &CalendarQuery) -> Result<Vec<CalendarEntry>> {
    let (mut sql, args) = selection(q, ENTRY_COLUMNS)?;
    sql.push_str(" ORDER BY i.planned_local, i.id");
    store.read(|conn| {
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params_from_iter(args.iter()), entry)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    })
}

/// `SELECT columns` of the items `q` selects, unordered, with its arguments.
fn selection(q: &CalendarQuery, columns: &str) -> Result<(String, Vec<Value>)> {
    let days = (q.to - q.from).num_days();
    if !(0..=MAX_DAYS).contains(&days) {
        return Err(Error::invalid(
            "to",
            ErrorCode::OutOfRange,
            "a calendar read covers up to 93 days",
        )
        .with_param("min", 0)
        .with_param("max", MAX_DAYS));
    }
    // planned_at is UTC; zones are at most ±14 h away, so a day either side
    // catches every item whose wall-clock day is in range. The exact filter
    // is on planned_local.
    let low = q.from.and_hms_opt(0, 0, 0).map(|t| t - Duration::days(1));
    let high = q.to.and_hms_opt(0, 0, 0).map(|t| t + Duration::days(2));
    let (Some(low), Some(high)) = (low, high) else {
        return Err(Error::invalid(
            "from",
            ErrorCode::OutOfRange,
            "date out of range",
        ));
    };
    let mut sql = format!("SELECT {columns} FROM content_items i");
    if q.owner_side.is_some() {
        sql.push_str(" JOIN people p ON p.id = i.owner_id");
    }
    let mut args: Vec<Value> = Vec::new();
    let arg = |v: Value, args: &mut Vec<Value>| {
        args.push(v);
        format!("?{}", args.len())
    };
    let lo = arg(
        Value::Text(format!("{}Z", low.format("%Y-%m-%dT%H:%M:%S%.3f"))),
        &mut args,
    );
    let hi = arg(
        Value::Text(format!("{}Z", high.format("%Y-%m-%dT%H:%M:%S%.3f"))),
        &mut args,
    );
    match q.client_id {
        Some(client) => {
            let c = arg(Value::Text(client.to_string()), &mut args);
            sql.push_str(&format!(
                " WHERE i.client_id = {c} AND i.planned_at >= {lo} AND i.planned_at < {hi}"
            ));
        }
        None => sql.push_str(&format!(
            " JOIN clients c ON c.id = i.client_id AND c.status <> 'archived'
              WHERE i.planned_at >= {lo} AND i.planned_at < {hi}"
        )),
    }
    sql.push_str(" AND i.deleted_at IS NULL");
    let first = arg(
        Value::Text(
            q.from
                .and_hms_opt(0, 0, 0)
                .map(|t| t.format(LOCAL_FORMAT).to_string())
                .unwrap_or_default(),
        ),
        &mut args,
    );
    let after = arg(
        Value::Text(
            (q.to + Duration::days(1))
                .and_hms_opt(0, 0, 0)
                .map(|t| t.format(LOCAL_FORMAT).to_string())
                .unwrap_or_default(),
        ),
        &mut args,
    );
    sql.push_str(&format!(
        " AND i.planned_local >= {first} AND i.planned_local < {after}"
    ));
    if !q.channels.is_empty() {
        let list: Vec<String> = q
            .channels
            .iter()
            .map(|c| arg(Value::Text(c.clone()), &mut args))
            .collect();
        sql.push_str(&format!(" AND i.channel IN ({})", list.join(", ")));
    }
    if !q.statuses.is_empty() {
        let list: Vec<String> = q
            .statuses
            .iter()
            .map(|s| arg(Value::Text(s.as_str().to_owned()), &mut args))
            .collect();
        sql.push_str(&format!(" AND i.status IN ({})", list.join(", ")));
    }
    if let Some(pillar) = q.pillar_id {
        let p = arg(Value::Text(pillar.to_string()), &mut args);
        sql.push_str(&format!(" AND i.pillar_id = {p}"));
    }
    if let Some(objective) = q.objective_id {
        let o = arg(Value::Text(objective.to_string()), &mut args);
        sql.push_str(&format!(" AND i.objective_id = {o}"));
    }
    if let Some(side) = q.owner_side {
        let s = arg(Value::Text(side.as_str().to_owned()), &mut args);
        sql.push_str(&format!(" AND p.side = {s}"));
    }
    Ok((sql, args))
}
